// SPDX-License-Identifier: GPL-3.0-or-later
#include "patient_names.h"
#include "taper/report/dates_text.h"

#include <array>
#include <cctype>
#include <cmath>

namespace taper::report::detail {

namespace {

std::string lower(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string capitalised(std::string s)
{
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::string trimmed(const std::string &s)
{
    const auto b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

/// The form in the singular: "depottablet" / "extended-release tablet".
std::string formName(Form form, Lang lang)
{
    const bool da = lang == Lang::Da;
    switch (form) {
    case Form::Tablet:
        return da ? "tablet" : "tablet";
    case Form::DepotTablet:
        return da ? "depottablet" : "extended-release tablet";
    case Form::Capsule:
        return da ? "kapsel" : "capsule";
    case Form::DepotCapsule:
        return da ? "depotkapsel" : "extended-release capsule";
    case Form::DepotGranules:
        return da ? "depotgranulat" : "extended-release granules";
    case Form::OrodispersibleTablet:
        return da ? "smeltetablet" : "orodispersible tablet";
    case Form::OralSolution:
        return da ? "oral opløsning" : "oral solution";
    case Form::Suppository:
        return da ? "stikpille" : "suppository";
    case Form::Injection:
        return da ? "injektionsvæske" : "injection";
    case Form::Patch:
        return da ? "depotplaster" : "patch";
    case Form::SublingualTablet:
        return da ? "resoriblet" : "sublingual tablet";
    }
    return "";
}

/// One brand the box may carry, or "" when the formulary's brand says no more than the substance
/// ("Morfin oral opløsning"). "Morfin (SAD/DAK/generics)" gives Morfin "SAD".
std::string brandExample(const Product &p, const Formulary &formulary)
{
    std::string brand = p.brand.substr(0, p.brand.find(" / "));
    const std::string substance = lower(substanceName(p.substance, formulary, Lang::Da));
    if (const auto open = brand.find('('); open != std::string::npos) {
        const std::string outer = trimmed(brand.substr(0, open));
        std::string inner = brand.substr(open + 1, brand.find(')', open) - open - 1);
        inner = trimmed(inner.substr(0, inner.find('/')));
        if (lower(outer) != substance) return outer;
        if (inner.empty() || lower(inner).starts_with("generi")) return "";
        return outer + " \"" + inner + "\"";
    }
    brand = trimmed(brand);
    if (lower(brand).starts_with(substance)) {
        const std::string rest = brand.substr(substance.size());
        bool plain = true;
        for (char c : rest)
            plain &=
                !std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c));
        if (plain) return "";
    }
    return brand;
}

std::string timesADay(int n, Lang lang)
{
    if (lang == Lang::Da) return std::to_string(n) + (n == 1 ? " gang i døgnet" : " gange i døgnet");
    return n == 1 ? "once a day" : std::to_string(n) + " times a day";
}

std::string prnText(int maxPerDay, Lang lang)
{
    return lang == Lang::Da ? "efter behov, højst " + timesADay(maxPerDay, lang)
                            : "when needed, at most " + timesADay(maxPerDay, lang);
}

std::string amountText(double value, const char *unit, Lang lang)
{
    return text::formatAmount(std::round(value * 100) / 100, lang) + " " + unit;
}

/// "30 mg morgen og 30 mg aften" from amounts per time of day (unused slots are 0).
std::string slotsText(const std::array<double, 4> &amounts, const char *unit, Lang lang)
{
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < amounts.size(); ++i)
        if (amounts[i] > 0)
            parts.push_back(amountText(amounts[i], unit, lang) + " " + std::string(timeOfDayName(i, lang)));
    return joinWithAnd(parts, lang);
}

const char *unitWord(DoseUnit unit, Lang lang)
{
    switch (unit) {
    case DoseUnit::Mg:
        return "mg";
    case DoseUnit::Mcg:
        return lang == Lang::Da ? "mikrogram" : "micrograms";
    case DoseUnit::McgPerHour:
        return lang == Lang::Da ? "mikrogram/time" : "micrograms/hour";
    }
    return "";
}

const char *unitWord(StrengthUnit unit, Lang lang)
{
    return unit == StrengthUnit::McgPerHour ? unitWord(DoseUnit::McgPerHour, lang) : "mg";
}

} // namespace

std::string substanceName(const std::string &id, const Formulary &formulary, Lang lang)
{
    const Substance *s = formulary.substance(id);
    return lang == Lang::Da && s ? s->nameDa : id;
}

std::string labelStrength(const Product &p)
{
    // The last word group of the label name that starts with a number: "12 mikrogram/time".
    const std::string &name = p.nameDa;
    for (std::size_t i = name.size(); i-- > 0;) {
        if (i > 0 && name[i - 1] != ' ') continue;
        std::size_t j = i;
        while (j < name.size() &&
               (std::isdigit(static_cast<unsigned char>(name[j])) || name[j] == ',' || name[j] == '.'))
            ++j;
        if (j > i && (j == name.size() || name[j] == ' ')) return name.substr(i);
    }
    return text::formatAmount(p.strength, Lang::Da);
}

std::string patientName(const Product &p, const Formulary &formulary, Lang lang)
{
    if (!p.combination.empty()) return p.nameDa;
    std::string name = capitalised(substanceName(p.substance, formulary, lang)) + " " +
                       formName(p.form, lang) + " " + labelStrength(p);
    if (lang == Lang::En) {
        // English units on English documents.
        if (const auto at = name.find("mikrogram/time"); at != std::string::npos)
            name.replace(at, 14, "micrograms/hour");
    }
    const std::string example = brandExample(p, formulary);
    if (!example.empty()) name += (lang == Lang::Da ? " (fx " : " (e.g. ") + example + ")";
    return name;
}

MedicineGroup groupOf(const Product &product, bool prn)
{
    const auto way = product.isPatch()                      ? MedicineGroup::Patch
                     : product.release == Release::Extended ? MedicineGroup::Depot
                                                            : MedicineGroup::FastActing;
    return {product.substance, way, prn};
}

MedicineGroup groupOf(const RegimenLine &line)
{
    const auto way = line.isPatch()                      ? MedicineGroup::Patch
                     : line.release == Release::Extended ? MedicineGroup::Depot
                                                         : MedicineGroup::FastActing;
    return {line.substance, way, line.prn};
}

std::string groupName(const MedicineGroup &g, const Formulary &formulary, Lang lang)
{
    const bool da = lang == Lang::Da;
    const std::string substance = substanceName(g.substance, formulary, lang);
    std::string name;
    switch (g.way) {
    case MedicineGroup::Depot:
        name = capitalised(substance) + (da ? " depot" : " extended-release");
        break;
    case MedicineGroup::FastActing:
        name = capitalised(substance) + (da ? " hurtigtvirkende" : " immediate-release");
        break;
    case MedicineGroup::Patch:
        name = capitalised(substance) + (da ? "plaster" : " patch");
        break;
    }
    if (g.prn) name += da ? " (efter behov)" : " (when needed)";
    return name;
}

std::string regimenDoseText(const RegimenLine &line, Lang lang)
{
    if (!line.dose && !line.schedule) return "";
    const char *unit = unitWord(line.unit, lang);
    if (line.schedule) {
        std::array<double, 4> amounts = *line.schedule;
        for (double &a : amounts)
            a *= line.count;
        return slotsText(amounts, unit, lang);
    }
    const double perAdministration = valueOf(*line.dose) * line.count;
    if (line.isPatch()) return amountText(perAdministration, unit, lang);
    if (line.prn && line.maxPerDay)
        return amountText(perAdministration, unit, lang) + " " +
               prnText(static_cast<int>(std::lround(*line.maxPerDay)), lang);
    return amountText(perAdministration, unit, lang) + " " + timesADay(line.timesPerDay.value_or(1), lang);
}

std::string stepDoseText(const std::vector<const StepDose *> &doses, Lang lang)
{
    if (doses.empty()) return "";
    const Product &first = *doses.front()->product;
    const char *unit = unitWord(first.unit, lang);
    if (first.isPatch()) { // as labelled: "12 mikrogram/time" (it delivers 12.5), "2 × 25 mikrogram/time"
        std::vector<std::string> parts;
        for (const StepDose *d : doses) {
            const int n = static_cast<int>(d->unitsPerDay.units());
            std::string strength = labelStrength(*d->product);
            if (lang == Lang::En) strength.replace(strength.find(' ') + 1, std::string::npos, unit);
            parts.push_back((n > 1 ? std::to_string(n) + " × " : "") + strength);
        }
        return joinWithAnd(parts, lang);
    }
    if (doses.front()->prn) {
        const StepDose &d = *doses.front(); // one product per PRN line in a step
        return amountText(d.unitsPerAdministration->units() * first.strength, unit, lang) + " " +
               prnText(*d.timesPerDay, lang);
    }
    std::array<double, 4> amounts{};
    for (const StepDose *d : doses) {
        if (!d->unitsByTime) // fixed doses without times of day: one product only
            return amountText(d->unitsPerAdministration->units() * d->product->strength, unit, lang) + " " +
                   timesADay(*d->timesPerDay, lang);
        for (std::size_t i = 0; i < 4; ++i)
            amounts[i] += (*d->unitsByTime)[i].units() * d->product->strength;
    }
    return slotsText(amounts, unit, lang);
}

} // namespace taper::report::detail
