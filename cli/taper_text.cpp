#include "taper_text.h"

#include "finding_text.h"

#include <cstdio>
#include <sstream>

namespace taper::cli {

namespace {

std::string param(const TaperNote &n, const std::string &key)
{
    for (const auto &[k, v] : n.parameters)
        if (k == key) return std::holds_alternative<double>(v) ? formatAmount(std::get<double>(v)) : std::get<std::string>(v);
    return "?";
}

std::string productName(const Product &p)
{
    const std::string brand = p.brand.substr(0, p.brand.find(" /")); // first of the brand names
    return brand + " " + formatAmount(p.strength) + " " + std::string(toString(p.unit));
}

std::string units(HalfUnits h)
{
    return h.value == 0 ? "-" : formatAmount(h.units());
}

std::string pad(std::string s, std::size_t width)
{
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}

std::string doseCells(const StepDose &d)
{
    const std::string unit = d.product->unit == StrengthUnit::MgPerMl ? " ml" : "";
    if (d.product->isPatch()) return formatAmount(d.unitsPerDay.units()) + " patch(es) worn, changed every " +
                                     formatAmount(d.product->wearHours.value_or(0)) + " h";
    if (d.prn) return "as needed: " + formatAmount(d.unitsPerAdministration->units()) + unit + " at most " +
                      std::to_string(*d.timesPerDay) + " times a day";
    if (!d.unitsByTime) return formatAmount(d.unitsPerAdministration->units()) + unit + " " +
                               std::to_string(*d.timesPerDay) + " times a day";
    std::string s;
    for (HalfUnits h : *d.unitsByTime) s += pad(units(h), 8);
    return s;
}

} // namespace

std::string taperNoteText(const TaperNote &n)
{
    const std::string step = n.step ? "Step " + std::to_string(*n.step) + ": " : "";
    switch (n.code) {
    case TaperNoteCode::FastTaper:
        return step + (n.step ? "cut of " + param(n, "cut_percent") + " % is above 25 % - a fast taper; watch for withdrawal"
                              : "interval of " + param(n, "interval_days") + " days is under 7 days - a fast taper");
    case TaperNoteCode::MinDecrement:
        return step + "cut of " + param(n, "cut_percent") + " % is larger than requested: no smaller dispensable cut exists";
    case TaperNoteCode::Consolidated:
        return step + "short-acting " + param(n, "substance") + " (" + param(n, "from_mg_per_day") +
               " mg/day) moved into the depot form; depot now " + param(n, "to_mg_per_day") + " mg/day";
    case TaperNoteCode::PrnUseUnknown:
        return "Line " + param(n, "line") + " (" + param(n, "product") + "): PRN use per day is unknown - ask the "
               "patient; the allowance is reduced first, one dose a day per step";
    case TaperNoteCode::PrnReducedToUse:
        return "Line " + param(n, "line") + ": PRN allowance set to the actual use, " + param(n, "from_max") + " -> " +
               param(n, "to_max") + " a day";
    case TaperNoteCode::PrnAllowanceReduced:
        return step + "PRN " + param(n, "product") + " reduced to at most " + param(n, "max_per_day") + " a day";
    case TaperNoteCode::Rotation:
        return step + "switch from " + param(n, "from") + " to " + param(n, "to") + ": " + param(n, "meq_before") +
               " mg MEQ reduced by " + param(n, "reduction_percent") + " % for incomplete cross-tolerance -> " +
               param(n, "meq_after") + " mg MEQ";
    case TaperNoteCode::IrTail:
        return step + "below the smallest depot dose: immediate-release " + param(n, "substance") + " from here";
    case TaperNoteCode::PatchStopped:
        return step + "the smallest " + param(n, "substance") + " patch was held a full step and is now stopped";
    case TaperNoteCode::PatchWashout:
        return step + "after removing the last " + param(n, "substance") + " patch, wait about " + param(n, "hours") +
               " h before any oral opioid";
    case TaperNoteCode::RoundedDown:
        return step + "line " + param(n, "line") + " rounded down to a dispensable dose: " + param(n, "from_meq") +
               " -> " + param(n, "to_meq") + " mg MEQ";
    case TaperNoteCode::PatchStepLength:
        return "Patch steps last " + param(n, "days") + " days (whole wear periods) instead of " +
               param(n, "interval_days");
    case TaperNoteCode::TargetNotDispensable:
        return step + "the target of " + param(n, "target_meq") + " mg MEQ is not dispensable; this is the largest "
               "dispensable dose below it";
    }
    return step + std::string(toString(n.code));
}

std::string taperText(const Schedule &s, const Formulary &formulary)
{
    (void)formulary;
    std::ostringstream out;
    const TaperOptions &o = s.options;
    out << "Taper plan (profile " << s.profile << "): " << toString(o.method) << ", at most "
        << formatAmount(o.stepPercent) << " % per step, every " << o.intervalDays << " days, target "
        << formatAmount(o.targetMeq.value()) << " mg MEQ/day\n\n";
    out << pad("Step", 5) << pad("From", 12) << pad("To", 12) << pad("Product", 34) << pad("Morning", 8)
        << pad("Noon", 8) << pad("Evening", 8) << pad("Night", 8) << "MEQ mg/day  % of start\n";
    for (const Step &st : s.steps) {
        const std::string head = pad(std::to_string(st.index), 5) + pad(formatIsoDate(st.start), 12) +
                                 pad(st.end ? formatIsoDate(*st.end) : "", 12);
        const std::string tail = "  " + formatAmount(st.totalMeq.value()) + "  " + formatAmount(st.percentOfStart) + " %";
        if (st.doses.empty()) out << head << pad("(no opioid)", 34) << pad("", 32) << tail << "\n";
        for (std::size_t i = 0; i < st.doses.size(); ++i)
            out << (i == 0 ? head : pad("", 29)) << pad(productName(*st.doses[i].product), 34)
                << pad(doseCells(st.doses[i]), 32) << (i == 0 ? tail : "") << "\n";
    }
    if (!s.dispenseTotal.empty()) {
        out << "\nTo dispense over the plan:\n";
        for (const Dispense &d : s.dispenseTotal)
            out << "  " << pad(productName(*d.product), 34) << formatAmount(d.units.units())
                << (d.product->unit == StrengthUnit::MgPerMl ? " ml" : (d.product->isPatch() ? " patches" : " units"))
                << "\n";
    }
    if (!s.notes.empty()) {
        out << "\nNotes:\n";
        for (const TaperNote &n : s.notes) out << "  - " << taperNoteText(n) << "\n";
    }
    return out.str();
}

} // namespace taper::cli
