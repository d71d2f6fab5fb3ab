#pragma once
// An independent checker of generated taper plans (guarantees 1–6 of issue 4). It looks only at the
// schedule, the formulary and meq::compute — never at the planner's internals.
#include "taper/meq.h"
#include "taper/taper.h"

#include <optional>
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>
#include <vector>

namespace taper::test {

namespace checker_detail {

inline bool hasNote(const Schedule &s, int step, std::initializer_list<TaperNoteCode> codes)
{
    return std::any_of(s.notes.begin(), s.notes.end(), [&](const TaperNote &n) {
        return n.step == step && std::find(codes.begin(), codes.end(), n.code) != codes.end();
    });
}

inline int wearDays(const Product &p)
{
    return (p.wearHours.value_or(24) + 23) / 24;
}

inline void checkDose(const StepDose &d, const std::string &at, std::vector<std::string> &errors)
{
    const Product &p = *d.product;
    auto fail = [&](const std::string &what) { errors.push_back(at + " " + p.id + ": " + what); };
    if (p.marketStatus != MarketStatus::Marketed) fail("not marketed");
    const bool halves = (p.divisible && p.release == Release::Immediate && !p.isPatch()) || p.unit == StrengthUnit::MgPerMl;
    auto whole = [&](HalfUnits h) { return h.value % 2 == 0; };
    if (!halves && !whole(d.unitsPerDay)) fail("split although it may not be divided");
    if (p.isPatch()) {
        if (d.unitsByTime || d.timesPerDay || d.prn) fail("a patch with times of day");
        return;
    }
    if (d.unitsByTime) {
        int sum = 0;
        for (HalfUnits h : *d.unitsByTime) {
            sum += h.value;
            if (!halves && !whole(h)) fail("half of an undividable unit");
        }
        if (sum != d.unitsPerDay.value) fail("units_by_time does not sum to units_per_day");
    } else if (!d.timesPerDay || !d.unitsPerAdministration ||
               d.unitsPerAdministration->value * *d.timesPerDay != d.unitsPerDay.value) {
        fail("times_per_day × units_per_administration != units_per_day");
    } else if (!d.prn && *d.timesPerDay <= 4) {
        fail("≤ 4 administrations must be written by time of day");
    }
}

/// Guarantee 4: a 12-hour depot family is given morning + evening, both taken, larger in the evening.
inline void checkInterval(const Step &st, const TaperOptions &o, std::vector<std::string> &errors)
{
    std::map<std::string, std::array<double, 4>> bySubstance; // depot amount per time of day
    for (const StepDose &d : st.doses) {
        if (d.product->isPatch() || d.prn || d.product->release != Release::Extended) continue;
        const int interval = d.product->dosingIntervalHours.value_or(24);
        auto &a = bySubstance[d.product->substance + "/" + std::to_string(interval)];
        if (!d.unitsByTime) {
            errors.push_back("step " + std::to_string(st.index) + ": depot without times of day");
            continue;
        }
        for (std::size_t i = 0; i < 4; ++i) a[i] += (*d.unitsByTime)[i].units() * d.product->strength;
    }
    for (const auto &[key, a] : bySubstance) {
        const bool twelve = key.ends_with("/12");
        const std::string at = "step " + std::to_string(st.index) + " " + key;
        if (twelve && (a[1] > 0 || a[3] > 0 || a[0] <= 0 || a[2] <= 0)) errors.push_back(at + ": not morning + evening");
        const bool eveningLarger = o.largerDose == LargerDose::Evening;
        if (twelve && (eveningLarger ? a[0] > a[2] : a[2] > a[0])) errors.push_back(at + ": larger dose in the wrong slot");
        if (!twelve && std::count_if(a.begin(), a.end(), [](double v) { return v > 0; }) != 1)
            errors.push_back(at + ": once-daily depot in more than one slot");
    }
}

} // namespace checker_detail
using namespace checker_detail;

/// `linearReferenceMeq`: for a linear schedule that is the tail of a longer plan, the MEQ its linear
/// cuts are measured against (default: the first step of `s`).
inline std::vector<std::string> checkSchedule(const Schedule &s, const Regimen &input, const Profile &profile,
                                              const Formulary &formulary,
                                              std::optional<double> linearReferenceMeq = std::nullopt)
{
    std::vector<std::string> errors;
    const TaperOptions &o = s.options;
    if (s.steps.empty()) return {"no steps"};
    const double actual = meq::compute(input, profile, formulary).actual().value();
    if (s.steps[0].totalMeq.value() > actual + 0.01) errors.push_back("step 0 above the actual MEQ");
    if (s.steps[0].start != o.start) errors.push_back("step 0 does not start on the start date");
    const double start = linearReferenceMeq.value_or(s.steps[0].totalMeq.value());
    for (std::size_t i = 0; i < s.steps.size(); ++i) {
        const Step &st = s.steps[i];
        const std::string at = "step " + std::to_string(i);
        const double total = meq::compute(stepRegimen(st, input.asOf), profile, formulary).total().value();
        if (std::fabs(total - st.totalMeq.value()) > 0.006) errors.push_back(at + ": total differs from meq::compute");
        for (const StepDose &d : st.doses) checkDose(d, at, errors);
        checkInterval(st, o, errors);
        const bool patch = std::any_of(st.doses.begin(), st.doses.end(), [](const StepDose &d) { return d.product->isPatch(); });
        if (i + 1 < s.steps.size()) {
            if (!st.end || *st.end + date::days(1) != s.steps[i + 1].start) errors.push_back(at + ": dates not chained");
            const int days = st.end ? static_cast<int>((*st.end - st.start).count()) + 1 : 0;
            int wear = 1;
            for (const StepDose &d : st.doses)
                if (d.product->isPatch()) wear = std::lcm(wear, wearDays(*d.product));
            if (days < o.intervalDays || (!patch && days != o.intervalDays) || days % wear != 0 ||
                days >= o.intervalDays + wear)
                errors.push_back(at + ": lasts " + std::to_string(days) + " days");
        } else if (st.end) {
            errors.push_back("the last step has an end");
        }
        if (i == 0) continue;
        const double prev = s.steps[i - 1].totalMeq.value();
        if (!(st.totalMeq.value() < prev)) errors.push_back(at + ": MEQ does not fall");
        const double cut = (prev - st.totalMeq.value()) / prev * 100.0;
        const double allowed = o.method == TaperMethod::Linear ? std::max(o.stepPercent * start / prev, o.stepPercent)
                                                               : o.stepPercent;
        if (o.method != TaperMethod::Custom && cut > allowed + 0.01 && !o.minStepMeq &&
            !hasNote(s, st.index, {TaperNoteCode::MinDecrement, TaperNoteCode::Rotation}))
            errors.push_back(at + ": cut " + std::to_string(cut) + " % without a min_decrement note");
        // The final stop to 0 is the end of every taper (guarantee 3), not a fast taper.
        const bool finalStop = st.totalMeq.value() == 0 && o.targetMeq.value() == 0;
        if (cut > 25.01 && !finalStop && !hasNote(s, st.index, {TaperNoteCode::FastTaper}))
            errors.push_back(at + ": no fast_taper note");
        if (finalStop && hasNote(s, st.index, {TaperNoteCode::FastTaper}))
            errors.push_back(at + ": the final stop carries fast_taper");
        const bool hadPatch = std::any_of(s.steps[i - 1].doses.begin(), s.steps[i - 1].doses.end(),
                                          [](const StepDose &d) { return d.product->isPatch(); });
        if (hadPatch && !patch && !hasNote(s, st.index, {TaperNoteCode::PatchStopped, TaperNoteCode::Rotation}))
            errors.push_back(at + ": patch removed without saying why");
    }
    const Step &last = s.steps.back();
    if (last.totalMeq.value() > o.targetMeq.value() + 0.005) errors.push_back("the last step is above the target");
    if (o.targetMeq.value() == 0 && !last.doses.empty()) errors.push_back("target 0 but the last step has doses");
    return errors;
}

} // namespace taper::test
