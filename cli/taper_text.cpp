#include "taper_text.h"

#include "finding_text.h"

#include <cstdio>
#include <sstream>

namespace taper::cli {

namespace {

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
