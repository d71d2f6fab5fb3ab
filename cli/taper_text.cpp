// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper_text.h"

#include "finding_text.h"
#include "taper/packs.h"
#include "text_columns.h"

#include <cstdio>
#include <sstream>

namespace taper::cli {

namespace {

std::string productName(const Product &p)
{
    const std::string brand = p.brand.substr(0, p.brand.find(" /")); // first of the brand names
    return brand + " " + formatAmount(p.strength) + " " + std::string(toString(p.unit));
}

std::string units(HalfUnits h, Lang lang)
{
    return h.value == 0 ? "-" : formatAmount(h.units(), lang);
}

std::string doseCells(const StepDose &d, Lang lang)
{
    const bool da = lang == Lang::Da;
    const std::string unit = d.product->unit == StrengthUnit::MgPerMl ? " ml" : "";
    if (d.product->isPatch() && d.product->patchChangesPerWeek == 2)
        return formatAmount(d.unitsPerDay.units(), lang) +
               (da ? " plaster(e) på, skiftes 2 gange om ugen" : " patch(es) worn, changed twice a week");
    if (d.product->isPatch())
        return formatAmount(d.unitsPerDay.units(), lang) +
               (da ? " plaster(e) på, skiftes hver " : " patch(es) worn, changed every ") +
               formatAmount(d.product->wearHours.value_or(0), lang) + (da ? " timer" : " h");
    const int n = *d.timesPerDay;
    const std::string times = n == 1 ? (da ? "1 gang i døgnet" : "once a day")
                                     : std::to_string(n) + (da ? " gange i døgnet" : " times a day");
    if (d.prn)
        return (da ? "efter behov: " : "as needed: ") +
               formatAmount(d.unitsPerAdministration->units(), lang) + unit + (da ? " højst " : " at most ") +
               times;
    if (!d.unitsByTime) return formatAmount(d.unitsPerAdministration->units(), lang) + unit + " " + times;
    std::string s;
    for (HalfUnits h : *d.unitsByTime)
        s += padRight(units(h, lang), 8);
    return s;
}

std::string methodText(TaperMethod m, bool da)
{
    if (!da) return std::string(toString(m));
    switch (m) {
    case TaperMethod::Proportional:
        return "proportional";
    case TaperMethod::Linear:
        return "lineær";
    case TaperMethod::Custom:
        return "egne procentsatser";
    }
    return std::string(toString(m));
}

/// "1 x 100 + 1 x 25 stk. (varenr. …)": a product's packs for one period, or its units without pack sizes.
std::string packsCell(const PeriodPacks &p, Lang lang)
{
    const bool da = lang == Lang::Da;
    const bool ml = p.product->unit == StrengthUnit::MgPerMl;
    const std::string unit = ml                     ? " ml"
                             : p.product->isPatch() ? (da ? " plastre" : " patches")
                                                    : (da ? " stk." : " units");
    if (p.packs.empty())
        return std::to_string(p.unitsNeeded) + unit +
               (da ? " (ingen kendt pakningsstørrelse)" : " (no known pack size)");
    std::string s;
    for (const PackCount &pc : p.packs)
        s += (s.empty() ? "" : " + ") + std::to_string(pc.count) + " x " + std::to_string(pc.units) + unit +
             (pc.varenummer.empty() ? "" : (da ? " (varenr. " : " (item no. ") + pc.varenummer + ")");
    if (p.excess() > 0)
        s += da ? " (behov " + std::to_string(p.unitsNeeded) + ", " + std::to_string(p.excess()) +
                      " i overskud)"
                : " (needed " + std::to_string(p.unitsNeeded) + ", " + std::to_string(p.excess()) +
                      " left over)";
    return s;
}

/// The packs to prescribe per step (taper/packs.h), when any product of the plan has pack sizes.
std::string packsSection(const Schedule &s, const Formulary &formulary, Lang lang)
{
    const bool da = lang == Lang::Da;
    bool any = false;
    for (const Dispense &d : s.dispenseTotal)
        any = any || !d.product->packSizes.empty();
    if (!any) return {};
    std::string out =
        da ? "\nPakninger pr. periode (mindst spild" : "\nPacks to prescribe per period (least waste";
    if (const auto &takst = formulary.lmsTakstDate())
        out += da ? "; Medicinpriser, takst " + formatIsoDate(*takst)
                  : "; Medicinpriser, takst of " + formatIsoDate(*takst);
    out += "):\n";
    for (const Step &st : s.steps) {
        const auto packs = periodPacks(st.dispense);
        for (std::size_t i = 0; i < packs.size(); ++i)
            out +=
                (i == 0 ? "  " + padRight(std::to_string(st.index), 5) + padRight(formatIsoDate(st.start), 12)
                        : padRight("", 19)) +
                padRight(productName(*packs[i].product), 34) + packsCell(packs[i], lang) + "\n";
    }
    return out;
}

} // namespace

std::string taperText(const Schedule &s, const Formulary &formulary, Lang lang)
{
    const bool da = lang == Lang::Da;
    const auto num = [lang](double v) { return formatAmount(v, lang); };
    std::ostringstream out;
    const TaperOptions &o = s.options;
    if (da)
        out << "Nedtrapningsplan (profil " << s.profile << "): " << methodText(o.method, da) << ", højst "
            << num(o.stepPercent) << " % pr. trin, hver " << o.intervalDays << ". dag, mål "
            << num(o.targetMeq.value()) << " mg MEQ/døgn\n\n";
    else
        out << "Taper plan (profile " << s.profile << "): " << toString(o.method) << ", at most "
            << num(o.stepPercent) << " % per step, every " << o.intervalDays << " days, target "
            << num(o.targetMeq.value()) << " mg MEQ/day\n\n";
    out << padRight(da ? "Trin" : "Step", 5) << padRight(da ? "Fra" : "From", 12)
        << padRight(da ? "Til" : "To", 12) << padRight(da ? "Præparat" : "Product", 34)
        << padRight(da ? "Morgen" : "Morning", 8) << padRight(da ? "Middag" : "Noon", 8)
        << padRight(da ? "Aften" : "Evening", 8) << padRight(da ? "Nat" : "Night", 8)
        << (da ? "MEQ mg/døgn  % af startdosis\n" : "MEQ mg/day  % of start\n");
    for (const Step &st : s.steps) {
        const std::string head = padRight(std::to_string(st.index), 5) +
                                 padRight(formatIsoDate(st.start), 12) +
                                 padRight(st.end ? formatIsoDate(*st.end) : "", 12);
        const std::string tail = "  " + num(st.totalMeq.value()) + "  " + num(st.percentOfStart) + " %";
        if (st.doses.empty())
            out << head << padRight(da ? "(intet opioid)" : "(no opioid)", 34) << padRight("", 32) << tail
                << "\n";
        for (std::size_t i = 0; i < st.doses.size(); ++i)
            out << (i == 0 ? head : padRight("", 29)) << padRight(productName(*st.doses[i].product), 34)
                << padRight(doseCells(st.doses[i], lang), 32) << (i == 0 ? tail : "") << "\n";
    }
    if (!s.dispenseTotal.empty()) {
        out << (da ? "\nUdleveres i alt over planen:\n" : "\nTo dispense over the plan:\n");
        for (const Dispense &d : s.dispenseTotal) {
            const bool ml = d.product->unit == StrengthUnit::MgPerMl;
            out << "  " << padRight(productName(*d.product), 34) << num(d.units.units())
                << (ml                     ? " ml"
                    : d.product->isPatch() ? (da ? " plastre" : " patches")
                                           : (da ? " stk." : " units"))
                << "\n";
        }
    }
    out << packsSection(s, formulary, lang);
    if (!s.notes.empty()) {
        out << (da ? "\nBemærkninger:\n" : "\nNotes:\n");
        for (const TaperNote &n : s.notes)
            out << "  - " << text::taperNoteText(n, lang, formulary) << "\n";
    }
    return out.str();
}

} // namespace taper::cli
