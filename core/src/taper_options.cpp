// Option validation and a step's doses as a regimen.
#include "taper/json_reader.h"
#include "taper/taper.h"

namespace taper {

namespace {

[[noreturn]] void bad(const std::string &key, double got, const std::string &expected)
{
    throw InputError("", key, "got " + json::formatNumber(got) + "; expected " + expected);
}

} // namespace

void validateOptions(const TaperOptions &o)
{
    if (o.start < kEarliestPlanStart || o.start > kLatestPlanStart)
        throw InputError("", "start",
                         "got " + formatIsoDate(o.start) + "; expected a start from " +
                             formatIsoDate(kEarliestPlanStart) + " to " + formatIsoDate(kLatestPlanStart));
    if (o.intervalDays <= 0 || o.intervalDays > kMaxIntervalDays)
        bad("interval_days", o.intervalDays, "1 to " + std::to_string(kMaxIntervalDays) + " days");
    if (!(o.stepPercent > 0 && o.stepPercent <= kMaxStepPercent))
        bad("step_percent", o.stepPercent,
            "a percentage above 0 and at most " + json::formatNumber(kMaxStepPercent));
    if (!(o.switchAtPercent > 0 && o.switchAtPercent < 100))
        bad("switch_at_percent", o.switchAtPercent, "a percentage above 0 and below 100");
    if (!(o.targetMeq.value() >= 0)) bad("target_meq", o.targetMeq.value(), "0 or more mg MEQ");
    if (o.minStepMeq && !(o.minStepMeq->value() > 0))
        bad("min_step_meq", o.minStepMeq->value(), "more than 0 mg MEQ");
    if (!(o.crossToleranceReduction >= kMinCrossToleranceReduction &&
          o.crossToleranceReduction <= kMaxCrossToleranceReduction))
        bad("cross_tolerance_reduction", o.crossToleranceReduction,
            json::formatNumber(kMinCrossToleranceReduction) + " to " +
                json::formatNumber(kMaxCrossToleranceReduction) + " percent (IRF advises " +
                json::formatNumber(kMinCrossToleranceReduction) + ")");
    if (o.maxHoldIntervals < 1 || o.maxHoldIntervals > kMaxHoldIntervals)
        bad("max_hold_intervals", o.maxHoldIntervals,
            "1 to " + std::to_string(kMaxHoldIntervals) + " intervals");
    if (o.method == TaperMethod::Custom && o.customPercents.empty())
        throw InputError("", "custom_percents",
                         "missing; method \"custom\" needs a list of target percentages of the start");
    double previous = 100;
    for (double pct : o.customPercents) {
        if (!(pct >= 0 && pct < previous))
            bad("custom_percents", pct,
                "percentages of the start from below 100 down to 0, each below the one before");
        previous = pct;
    }
}

Regimen stepRegimen(const Step &step, Date asOf)
{
    Regimen r;
    r.asOf = asOf;
    for (const StepDose &d : step.doses) {
        const Product &p = *d.product;
        RegimenLine line;
        line.product = p.id;
        line.substance = p.substance;
        line.route = p.route;
        line.release = p.release;
        line.unit = p.isPatch() ? DoseUnit::McgPerHour : DoseUnit::Mg;
        if (p.isPatch()) {
            line.dose = McgPerHour(p.strength);
            line.count = d.unitsPerDay.value / 2;
        } else if (d.unitsByTime) {
            std::array<double, 4> amounts{};
            for (std::size_t i = 0; i < 4; ++i)
                amounts[i] = (*d.unitsByTime)[i].units() * p.strength;
            line.schedule = amounts;
        } else {
            line.dose = Mg(d.unitsPerAdministration->units() * p.strength);
            if (d.prn) {
                line.prn = true;
                line.maxPerDay = d.timesPerDay.value_or(0);
            } else {
                line.timesPerDay = d.timesPerDay;
            }
        }
        r.lines.push_back(std::move(line));
    }
    return r;
}

} // namespace taper
