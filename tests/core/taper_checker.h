// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An independent checker of generated taper plans (guarantees 1–6 of issue 4). It looks only at the
// schedule, the formulary and meq::compute — never at the planner's internals.
#include "taper/meq.h"
#include "taper/taper.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "taper/rule_data.h"
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>
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
    const bool halves =
        (p.divisible && p.release == Release::Immediate && !p.isPatch()) || p.unit == StrengthUnit::MgPerMl;
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
        for (std::size_t i = 0; i < 4; ++i)
            a[i] += (*d.unitsByTime)[i].units() * d.product->strength;
    }
    for (const auto &[key, a] : bySubstance) {
        const bool twelve = key.ends_with("/12");
        const std::string at = "step " + std::to_string(st.index) + " " + key;
        if (twelve && (a[1] > 0 || a[3] > 0 || a[0] <= 0 || a[2] <= 0))
            errors.push_back(at + ": not morning + evening");
        const bool eveningLarger = o.largerDose == LargerDose::Evening;
        if (twelve && (eveningLarger ? a[0] > a[2] : a[2] > a[0]))
            errors.push_back(at + ": larger dose in the wrong slot");
        if (!twelve && std::count_if(a.begin(), a.end(), [](double v) { return v > 0; }) != 1)
            errors.push_back(at + ": once-daily depot in more than one slot");
    }
}

/// Issue 17, "never above the labelled maximum": the fixed (non-PRN) daily amount per labelled maximum.
inline void checkLabelMax(const Step &st, const Formulary &formulary, std::vector<std::string> &errors)
{
    for (const LabelMaximum &m : formulary.rules().aboveLabelMax.maxima) {
        double sum = 0;
        for (const StepDose &d : st.doses) {
            const Product &p = *d.product;
            if (d.prn || p.route != m.route) continue;
            if (!m.products.empty() &&
                std::find(m.products.begin(), m.products.end(), p.id) == m.products.end())
                continue;
            if (p.substance == m.substance) sum += d.unitsPerDay.units() * p.strength;
            for (const ProductComponent &c : p.components)
                if (c.substance == m.substance) sum += d.unitsPerDay.units() * c.mg;
        }
        if (sum > m.maxMgPerDay + 1e-6)
            errors.push_back("step " + std::to_string(st.index) + ": " + m.substance + " " +
                             std::to_string(sum) + " mg/day fixed, above the labelled " +
                             std::to_string(m.maxMgPerDay));
    }
}

/// Issue 17, "simple for the patient at home": at most two strengths of a substance's scheduled doses;
/// strengths of unconfirmed availability only when allowed or already taken.
inline void checkStrengths(const Step &st, const TaperOptions &o, const Regimen &input,
                           std::vector<std::string> &errors)
{
    std::map<std::string, std::vector<const Product *>> perSubstance;
    for (const StepDose &d : st.doses) {
        auto &products = perSubstance[d.product->substance + "/" + std::string(toString(d.product->release))];
        if (!d.prn && !d.product->isPatch() &&
            std::find(products.begin(), products.end(), d.product) == products.end())
            products.push_back(d.product);
        const bool own = std::any_of(input.lines.begin(), input.lines.end(),
                                     [&](const RegimenLine &l) { return l.product == d.product->id; });
        if (!d.product->availabilityConfirmed && !o.allowUnconfirmed && !own)
            errors.push_back("step " + std::to_string(st.index) + ": " + d.product->id +
                             " (availability not confirmed)");
    }
    for (const auto &[key, products] : perSubstance) {
        // Lines kept apart (no consolidation) each have their own two, and so has a depot's IR tail.
        int lines = 0;
        for (const RegimenLine &l : input.lines)
            if (!l.prn && !l.coMedication && l.substance + "/" + std::string(toString(l.release)) == key)
                ++lines;
        if (o.rotateTo && key == *o.rotateTo + "/extended") ++lines; // the rotation target's own family
        const int n = static_cast<int>(products.size());
        if (n > 2 * std::max(1, lines) + (key.ends_with("/immediate") && lines > 0 ? 2 : 0))
            errors.push_back("step " + std::to_string(st.index) + ": " + std::to_string(n) +
                             " strengths of " + key);
    }
}

inline std::vector<std::string> substancesOf(const Step &st, bool longActingOnly)
{
    std::vector<std::string> out;
    for (const StepDose &d : st.doses)
        if ((!longActingOnly || d.product->release == Release::Extended) &&
            std::find(out.begin(), out.end(), d.product->substance) == out.end())
            out.push_back(d.product->substance);
    return out;
}

} // namespace checker_detail
using namespace checker_detail;

/// `linearReferenceMeq`: for a schedule that is the tail of a longer plan, the MEQ its linear cuts are
/// measured against (default: the first step of `s`, a whole plan).
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
    const FastTaperRule &fast = formulary.rules().fastTaper;
    if (actual > 0 && (actual - s.steps[0].totalMeq.value()) / actual * 100.0 > fast.maxCutPercent + 0.01 &&
        !hasNote(s, 0, {TaperNoteCode::FastTaper}))
        errors.push_back("step 0 cuts more than 25 % of the actual MEQ without fast_taper");
    std::vector<std::string> inputSubstances;
    for (const RegimenLine &l : input.lines)
        if (!l.coMedication &&
            std::find(inputSubstances.begin(), inputSubstances.end(), l.substance) == inputSubstances.end())
            inputSubstances.push_back(l.substance);
    for (std::size_t i = 0; i < s.steps.size(); ++i) {
        const Step &st = s.steps[i];
        const std::string at = "step " + std::to_string(i);
        const double total = meq::compute(stepRegimen(st, input.asOf), profile, formulary).total().value();
        if (std::fabs(total - st.totalMeq.value()) > 0.006)
            errors.push_back(at + ": total differs from meq::compute");
        for (const StepDose &d : st.doses)
            checkDose(d, at, errors);
        checkInterval(st, o, errors);
        checkLabelMax(st, formulary, errors);
        checkStrengths(st, o, input, errors);
        for (const std::string &sub : substancesOf(st, true))
            if (std::find(inputSubstances.begin(), inputSubstances.end(), sub) == inputSubstances.end() &&
                (!o.rotateTo || *o.rotateTo != sub))
                errors.push_back(at + ": introduces long-acting " + sub);
        if (i > 0 && substancesOf(st, false).size() > substancesOf(s.steps[i - 1], false).size())
            errors.push_back(at + ": more opioid substances than the step before");
        const bool patch = std::any_of(st.doses.begin(), st.doses.end(),
                                       [](const StepDose &d) { return d.product->isPatch(); });
        if (o.alignToSessions && (st.start - o.start).count() % o.intervalDays != 0)
            errors.push_back(at + ": starts off the session days");
        const double cutInto = i > 0 ? (s.steps[i - 1].totalMeq.value() - st.totalMeq.value()) /
                                           s.steps[i - 1].totalMeq.value() * 100.0
                                     : 0;
        if (i + 1 < s.steps.size()) {
            if (!st.end || *st.end + date::days(1) != s.steps[i + 1].start)
                errors.push_back(at + ": dates not chained");
            const int days = st.end ? static_cast<int>((*st.end - st.start).count()) + 1 : 0;
            int wear = 1;
            for (const StepDose &d : st.doses)
                if (d.product->isPatch())
                    wear = std::lcm(wear, d.product->patchChangesPerWeek ? 7 : wearDays(*d.product));
            // Intervals the step should last: after a cut above the requested one, ceil(cut / requested)
            // up to max_hold_intervals; the smallest dose before the stop at least 2.
            int intervals = 1;
            // The first step of a plan's tail (linearReferenceMeq given) follows a cut this schedule
            // does not show: its length is only bounded.
            const bool exact = o.method == TaperMethod::Proportional && !o.minStepMeq &&
                               o.targetMeq.value() == 0 && !(i == 0 && linearReferenceMeq);
            if (exact && cutInto > o.stepPercent + 0.01)
                intervals =
                    std::min(o.maxHoldIntervals, static_cast<int>(std::ceil(cutInto / o.stepPercent - 1e-6)));
            const bool beforeStop = i + 2 == s.steps.size() && s.steps.back().totalMeq.value() == 0;
            if (beforeStop) intervals = std::max(intervals, 2);
            const int wanted = intervals * o.intervalDays;
            const int longest = std::max(o.maxHoldIntervals, 2) * o.intervalDays;
            if (o.alignToSessions) {
                if (exact ? days != wanted
                          : days % o.intervalDays != 0 || days < o.intervalDays || days > longest)
                    errors.push_back(at + ": lasts " + std::to_string(days) + " days, expected " +
                                     std::to_string(wanted));
            } else if (days < (exact ? wanted : o.intervalDays) || (!patch && days % o.intervalDays != 0) ||
                       days % wear != 0 || days >= (exact ? wanted : longest) + wear) {
                errors.push_back(at + ": lasts " + std::to_string(days) + " days");
            }
            if (beforeStop && days < 2 * o.intervalDays)
                errors.push_back(at + ": smallest dose held less than 2 intervals");
        } else if (st.end) {
            errors.push_back("the last step has an end");
        }
        if (i == 0) continue;
        const double prev = s.steps[i - 1].totalMeq.value();
        if (!(st.totalMeq.value() < prev)) errors.push_back(at + ": MEQ does not fall");
        const double cut = cutInto;
        const double allowed = o.method == TaperMethod::Linear
                                   ? std::max(o.stepPercent * start / prev, o.stepPercent)
                                   : o.stepPercent;
        if (o.method != TaperMethod::Custom && cut > allowed + 0.01 && !o.minStepMeq &&
            !hasNote(s, st.index, {TaperNoteCode::MinDecrement, TaperNoteCode::Rotation}))
            errors.push_back(at + ": cut " + std::to_string(cut) + " % without a min_decrement note");
        // Every cut above 25 % is a fast one, the final stop included (issue 17).
        if (cut > fast.maxCutPercent + 0.01 && !hasNote(s, st.index, {TaperNoteCode::FastTaper}))
            errors.push_back(at + ": no fast_taper note");
        const auto patchRates = [](const Step &x) {
            std::map<std::string, double> rate; // per substance, mcg/h worn
            for (const StepDose &d : x.doses)
                if (d.product->isPatch())
                    rate[d.product->substance] += d.unitsPerDay.units() * d.product->strength;
            return rate;
        };
        const auto ratesNow = patchRates(st);
        for (const auto &[substance, before] : patchRates(s.steps[i - 1])) {
            if (ratesNow.count(substance)) continue;
            if (!hasNote(s, st.index, {TaperNoteCode::PatchStopped, TaperNoteCode::Rotation}))
                errors.push_back(at + ": patch removed without saying why");
            double smallest = 1e9;
            for (const Product &p : formulary.products())
                if (p.isPatch() && p.substance == substance && p.marketStatus == MarketStatus::Marketed &&
                    (p.availabilityConfirmed || o.allowUnconfirmed))
                    smallest = std::min(smallest, p.strength);
            if (before > smallest + 1e-9)
                errors.push_back(at + ": " + substance + " patch stopped from above the smallest size");
        }
    }
    const Step &last = s.steps.back();
    if (last.totalMeq.value() > o.targetMeq.value() + 0.005)
        errors.push_back("the last step is above the target");
    if (o.targetMeq.value() == 0 && !last.doses.empty())
        errors.push_back("target 0 but the last step has doses");
    return errors;
}

/// The plan for tests/data/taper/<dataFile> under the Danish profile; a test fails (naming the file)
/// when checkSchedule finds a broken guarantee.
inline Schedule checkedPlan(const std::string &dataFile, const TaperOptions &o)
{
    const Regimen r = regimenFromText(testData("taper/" + dataFile));
    const Formulary &f = formulary();
    Schedule s = plan(r, o, *f.profile("dk"), f);
    EXPECT_THAT(checkSchedule(s, r, *f.profile("dk"), f), ::testing::IsEmpty()) << dataFile;
    return s;
}

} // namespace taper::test
