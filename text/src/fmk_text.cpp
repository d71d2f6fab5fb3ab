// SPDX-License-Identifier: GPL-3.0-or-later
// FMK dosage text in Danish (taper/text/fmk_text.h). Wording: danish-style.md ("2 depottabletter morgen og
// 2 depottabletter aften", "efter behov, højst 4 gange i døgnet", "hver 3. døgn" for patches).
#include "taper/text/fmk_text.h"

#include "taper/text/dose_words.h"

#include <array>
#include <string_view>

namespace taper::text {

namespace {

constexpr std::array<std::string_view, 4> kSlots{"morgen", "middag", "aften", "nat"};

/// "2 depottabletter", "½ tablet", "2,5 ml".
std::string amount(const Product &p, HalfUnits units)
{
    if (p.unit == StrengthUnit::MgPerMl) {
        const std::string whole = std::to_string(units.value / 2);
        return (units.value % 2 ? whole + ",5" : whole) + " ml";
    }
    return halfUnitsText(units, Lang::Da) + " " + unitNoun(p, units, Lang::Da);
}

std::string times(int n)
{
    return std::to_string(n) + (n == 1 ? " gang" : " gange");
}

std::string patchText(const StepDose &d)
{
    const Product &p = *d.product;
    std::string every;
    if (p.patchChangesPerWeek)
        every = times(*p.patchChangesPerWeek) + " om ugen";
    else if (const int days = p.wearHours.value_or(24) / 24; days <= 1)
        every = "hver dag";
    else
        every = "hver " + std::to_string(days) + ". døgn";
    return amount(p, d.unitsPerDay) + ", skiftes " + every;
}

std::string dateText(Date d)
{
    return shortDateText(d, Lang::Da);
}

} // namespace

std::string fmkDoseText(const StepDose &d)
{
    const Product &p = *d.product;
    if (p.isPatch()) return patchText(d);
    if (d.prn)
        return amount(p, *d.unitsPerAdministration) + " efter behov, højst " + times(*d.timesPerDay) +
               " i døgnet";
    if (!d.unitsByTime)
        return amount(p, *d.unitsPerAdministration) + " " + times(*d.timesPerDay) + " i døgnet";
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < kSlots.size(); ++i)
        if ((*d.unitsByTime)[i].value)
            parts.push_back(amount(p, (*d.unitsByTime)[i]) + " " + std::string(kSlots[i]));
    std::string s;
    for (std::size_t i = 0; i < parts.size(); ++i)
        s += (i == 0 ? "" : i + 1 == parts.size() ? " og " : ", ") + parts[i];
    return s;
}

std::string fmkDosesText(const fmk::Period &period)
{
    std::string s;
    for (std::size_t i = 0; i < period.doses.size(); ++i)
        s += (i ? " og desuden " : "") + fmkDoseText(period.doses[i]);
    return s;
}

std::string fmkPeriodText(const fmk::Period &period)
{
    std::string s = "Fra og med " + dateText(period.start);
    if (period.end) s += " til og med " + dateText(*period.end);
    return s + ": " + fmkDosesText(period);
}

std::string fmkPartNote(const fmk::ProductDosage &dosage, std::size_t part)
{
    const fmk::Part &p = dosage.parts.at(part);
    const std::string head =
        "Dosering " + std::to_string(part + 1) + " af " + std::to_string(dosage.parts.size());
    if (p.reason == fmk::Split::None) return head + ":";
    const std::string from = dateText(p.periods.front().start);
    if (p.reason == fmk::Split::Pause)
        return head + " – behandlingen genoptages; oprettes som en ny dosering i FMK fra og med " + from +
               ":";
    return head + " – oprettes som en ny dosering i FMK fra og med " + from + ", fordi FMK højst rummer " +
           std::to_string(fmk::kMaxPeriods) + " doseringsperioder i én dosering:";
}

std::string fmkPlanText(const Schedule &schedule)
{
    std::string out;
    for (const fmk::ProductDosage &d : fmk::dosages(schedule)) {
        out += d.product->nameDa + "\n";
        for (std::size_t i = 0; i < d.parts.size(); ++i) {
            if (d.parts.size() > 1) out += "  " + fmkPartNote(d, i) + "\n";
            for (const fmk::Period &period : d.parts[i].periods)
                out += "  " + fmkPeriodText(period) + "\n";
        }
    }
    return out;
}

} // namespace taper::text
