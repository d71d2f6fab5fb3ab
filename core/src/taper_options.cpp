// SPDX-License-Identifier: GPL-3.0-or-later
// Option validation and a step's doses as a regimen.
#include "taper/json_reader.h"
#include "taper/taper.h"

namespace taper {

namespace {

[[noreturn]] void bad(const std::string &key, ProblemCode code, std::vector<std::string> values)
{
    throw InputError("", key, Problem{code, std::move(values)});
}

} // namespace

void validateOptions(const TaperOptions &o)
{
    if (o.start < kEarliestPlanStart || o.start > kLatestPlanStart)
        bad("start", ProblemCode::start_out_of_range,
            {dateToken(formatIsoDate(o.start)), dateToken(formatIsoDate(kEarliestPlanStart)),
             dateToken(formatIsoDate(kLatestPlanStart))});
    if (o.intervalDays <= 0 || o.intervalDays > kMaxIntervalDays)
        bad("interval_days", ProblemCode::interval_out_of_range,
            {std::to_string(o.intervalDays), std::to_string(kMaxIntervalDays)});
    if (!(o.stepPercent > 0 && o.stepPercent <= kMaxStepPercent))
        bad("step_percent", ProblemCode::step_percent_out_of_range,
            {json::formatNumber(o.stepPercent), json::formatNumber(kMaxStepPercent)});
    if (!(o.switchAtPercent > 0 && o.switchAtPercent < 100))
        bad("switch_at_percent", ProblemCode::switch_percent_out_of_range,
            {json::formatNumber(o.switchAtPercent)});
    if (!(o.targetMeq.value() >= 0))
        bad("target_meq", ProblemCode::target_negative, {json::formatNumber(o.targetMeq.value())});
    if (o.minStepMeq && !(o.minStepMeq->value() > 0))
        bad("min_step_meq", ProblemCode::min_step_not_positive, {json::formatNumber(o.minStepMeq->value())});
    if (!(o.crossToleranceReduction >= kMinCrossToleranceReduction &&
          o.crossToleranceReduction <= kMaxCrossToleranceReduction))
        bad("cross_tolerance_reduction", ProblemCode::cross_tolerance_out_of_range,
            {json::formatNumber(o.crossToleranceReduction), json::formatNumber(kMinCrossToleranceReduction),
             json::formatNumber(kMaxCrossToleranceReduction)});
    if (o.maxHoldIntervals < 1 || o.maxHoldIntervals > kMaxHoldIntervals)
        bad("max_hold_intervals", ProblemCode::hold_intervals_out_of_range,
            {std::to_string(o.maxHoldIntervals), std::to_string(kMaxHoldIntervals)});
    if (o.method == TaperMethod::Custom && o.customPercents.empty())
        bad("custom_percents", ProblemCode::custom_percents_missing, {});
    double previous = 100;
    for (double pct : o.customPercents) {
        if (!(pct >= 0 && pct < previous))
            bad("custom_percents", ProblemCode::custom_percents_order, {json::formatNumber(pct)});
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
