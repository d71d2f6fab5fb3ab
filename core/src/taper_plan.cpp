// taper::plan: the step loop (docs/taper.md, "Choosing each step").
#include "taper/json_reader.h"
#include "taper/meq.h"
#include "taper_internal.h"
#include "taper/rule_data.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace taper {

using namespace detail;

namespace {

constexpr double kEps = 1e-9;
constexpr int kMaxSteps = 1000; ///< a plan is finite by construction; this only guards the loop
constexpr double kFentanylWashoutHours = 18;      ///< clinical.md §5, DK-SEP
constexpr double kBuprenorphineWashoutHours = 24; ///< clinical.md §5, DK-SEP

struct Planner {
    const TaperOptions &options;
    const Profile &profile;
    const Formulary &formulary;
    Date asOf;
    std::vector<Component> components;
    std::vector<TaperNote> notes;
    MeqPerDay start{0};

    MeqPerDay ruleTarget(int stepIndex, MeqPerDay current) const
    {
        const double p = options.stepPercent / 100.0;
        MeqPerDay t = current * (1.0 - p);
        if (options.method == TaperMethod::Linear) {
            const MeqPerDay floor = start * (options.switchAtPercent / 100.0);
            if (current > floor + MeqPerDay(kEps)) t = std::max(current - start * p, floor);
        } else if (options.method == TaperMethod::Custom &&
                   static_cast<std::size_t>(stepIndex) <= options.customPercents.size()) {
            t = start * (options.customPercents[static_cast<std::size_t>(stepIndex) - 1] / 100.0);
        }
        if (options.minStepMeq) t = std::min(t, current - *options.minStepMeq);
        return std::max(t, options.targetMeq);
    }

    /// Moves one scheduled component down so its MEQ is at least `need`, or by the smallest
    /// dispensable decrement when nothing between `need` and its current dose exists.
    void lower(Component &c, MeqPerDay need, int stepIndex)
    {
        std::size_t idx = c.current - 1;
        for (std::size_t i = 0; i < c.current; ++i)
            if (c.meqAt(i) >= need - MeqPerDay(kEps)) {
                idx = i;
                break;
            }
        const bool wasTail = c.candidates[c.current].tail;
        if (idx == 0 && c.main.patch) {
            const double washout = c.substance == "buprenorphine" ? kBuprenorphineWashoutHours : kFentanylWashoutHours;
            const std::string patchSubstance = c.substance; // c becomes the oral opioid on rotation
            if (c.rotateAtEnd) {
                const MeqPerDay before = c.meq();
                Component next = rotationComponent(*options.rotateTo, before * (1.0 - options.crossToleranceReduction / 100.0),
                                                   c.order, options, profile, formulary, asOf);
                notes.push_back({TaperNoteCode::Rotation, stepIndex,
                                 {{"from", c.substance}, {"to", *options.rotateTo}, {"meq_before", before.value()},
                                  {"meq_after", next.meq().value()},
                                  {"reduction_percent", options.crossToleranceReduction}}});
                c = std::move(next);
            } else {
                c.current = 0;
                notes.push_back({TaperNoteCode::PatchStopped, stepIndex, {{"substance", c.substance}}});
            }
            notes.push_back({TaperNoteCode::PatchWashout, stepIndex, {{"substance", patchSubstance}, {"hours", washout}}});
            return;
        }
        c.current = idx;
        if (!wasTail && c.candidates[idx].tail)
            notes.push_back({TaperNoteCode::IrTail, stepIndex, {{"substance", c.substance}}});
    }

    void reduce(Component &c, MeqPerDay need, int stepIndex)
    {
        if (c.kind == Component::Kind::Prn) {
            --c.prnMax;
            notes.push_back({TaperNoteCode::PrnAllowanceReduced, stepIndex,
                             {{"product", c.prnDose.parts.front().product->id},
                              {"max_per_day", static_cast<double>(c.prnMax)}}});
            return;
        }
        lower(c, need, stepIndex);
    }

    /// One step down from `current` towards `target`: the first component in reduction order
    /// (PRN, short-acting, depot, patch; smaller MEQ first), or all of them when `parallel`.
    void stepDown(MeqPerDay current, MeqPerDay target, int stepIndex)
    {
        std::vector<Component *> active;
        for (auto &c : components)
            if (c.active()) active.push_back(&c);
        if (active.empty()) throw std::logic_error("taper: nothing left to reduce above the target");
        std::stable_sort(active.begin(), active.end(), [](const Component *a, const Component *b) {
            if (a->reductionClass != b->reductionClass) return a->reductionClass < b->reductionClass;
            return a->meq() < b->meq();
        });
        if (options.parallel) {
            const double keep = current.value() > 0 ? target / current : 0.0;
            for (Component *c : active) reduce(*c, c->meq() * keep, stepIndex);
        } else {
            Component &c = *active.front();
            reduce(c, c.meq() - (current - target), stepIndex);
        }
    }
};

MeqPerDay officialMeq(const std::vector<StepDose> &doses, Date asOf, const Profile &profile, const Formulary &formulary)
{
    Step s;
    s.doses = doses;
    return meq::compute(stepRegimen(s, asOf), profile, formulary).total();
}

} // namespace

namespace detail {

int stepDays(const std::vector<StepDose> &doses, int interval)
{
    int wear = 1;
    for (const StepDose &d : doses)
        if (d.product->isPatch()) wear = std::lcm(wear, (d.product->wearHours.value_or(24) + 23) / 24);
    return (interval + wear - 1) / wear * wear;
}

std::vector<Dispense> dispenseFor(const std::vector<StepDose> &doses, int days)
{
    std::vector<Dispense> out;
    for (const StepDose &d : doses) {
        int halves = 0;
        if (d.product->isPatch()) {
            const int wearDays = (d.product->wearHours.value_or(24) + 23) / 24;
            halves = d.unitsPerDay.value * ((days + wearDays - 1) / wearDays);
        } else {
            halves = d.unitsPerDay.value * days;
        }
        auto it = std::find_if(out.begin(), out.end(), [&](const Dispense &x) { return x.product == d.product; });
        if (it == out.end()) it = out.insert(out.end(), Dispense{d.product, {}});
        it->units.value += halves;
    }
    for (Dispense &x : out)
        if (x.product->unit != StrengthUnit::MgPerMl) x.units.value += x.units.value % 2; // whole units
    return out;
}

} // namespace detail

Schedule plan(const Regimen &regimen, const TaperOptions &options, const Profile &profile, const Formulary &formulary)
{
    validateOptions(options);
    // Co-medications (benzodiazepines, laxatives, …) are not tapered here: plan the opioid lines only.
    Regimen opioids{regimen.asOf, regimen.asOfInFile, {}};
    for (const RegimenLine &line : regimen.lines)
        if (!line.coMedication) opioids.lines.push_back(line);
    if (opioids.lines.empty())
        throw InputError("", "lines", "the regimen has no opioid line to taper (only co-medications)");
    Planner p{options, profile, formulary, regimen.asOf, {}, {}, MeqPerDay(0)};
    p.components = initialComponents(opioids, options, profile, formulary, p.notes);
    for (auto &c : p.components) c.rotateAtEnd = options.rotateTo && c.main.patch;

    std::vector<std::vector<StepDose>> doses{stepDoses(p.components)};
    std::vector<MeqPerDay> totals{officialMeq(doses.back(), regimen.asOf, profile, formulary)};
    p.start = totals.back();
    if (options.targetMeq > p.start + MeqPerDay(kEps))
        throw InputError("", "target_meq", "got " + json::formatNumber(options.targetMeq.value()) +
                                               " mg MEQ, above the starting dose of " +
                                               json::formatNumber(roundToHundredths(p.start).value()) +
                                               " mg MEQ; expected a target at or below it");
    // fast_taper limits come from the rule data (formulary/rules.json), shared with rules::check.
    const FastTaperRule &fast = formulary.rules().fastTaper;
    if (options.intervalDays < fast.minIntervalDays)
        p.notes.push_back({TaperNoteCode::FastTaper, std::nullopt, {{"interval_days", double(options.intervalDays)}}});

    while (totals.back() > options.targetMeq + MeqPerDay(kEps)) {
        const int index = static_cast<int>(totals.size());
        if (index > kMaxSteps) throw std::logic_error("taper: too many steps");
        const MeqPerDay current = totals.back();
        const MeqPerDay target = p.ruleTarget(index, current);
        p.stepDown(current, target, index);
        doses.push_back(stepDoses(p.components));
        const MeqPerDay next = officialMeq(doses.back(), regimen.asOf, profile, formulary);
        if (!(next < current)) throw std::logic_error("taper: a step did not lower the dose");
        totals.push_back(next);
        const double cut = (current - next) / current * 100.0;
        if (next < target - MeqPerDay(kEps))
            p.notes.push_back({TaperNoteCode::MinDecrement, index, {{"cut_percent", cut}}});
        // The final stop from the smallest dispensable dose to 0 is always a 100 % cut; it is the end of
        // every taper, not a fast one (guarantee 3), so it does not carry fast_taper.
        const bool finalStop = next.value() <= kEps && options.targetMeq.value() <= kEps;
        if (!finalStop && cut > fast.maxCutPercent + kEps)
            p.notes.push_back({TaperNoteCode::FastTaper, index, {{"cut_percent", cut}}});
    }
    if (totals.back() < options.targetMeq - MeqPerDay(kEps))
        p.notes.push_back({TaperNoteCode::TargetNotDispensable, static_cast<int>(totals.size()) - 1,
                           {{"target_meq", options.targetMeq.value()}}});

    Schedule s;
    s.profile = profile.id;
    s.options = options;
    Date day = options.start;
    bool patchNoted = false;
    for (std::size_t i = 0; i < doses.size(); ++i) {
        Step step;
        step.index = static_cast<int>(i);
        step.start = day;
        step.totalMeq = roundToHundredths(totals[i]);
        step.percentOfStart = p.start.value() > 0 ? std::round(totals[i] / p.start * 10000.0) / 100.0 : 0.0;
        step.doses = std::move(doses[i]);
        const int days = stepDays(step.doses, options.intervalDays);
        if (days != options.intervalDays && !patchNoted) {
            patchNoted = true;
            p.notes.push_back({TaperNoteCode::PatchStepLength, std::nullopt,
                               {{"days", double(days)}, {"interval_days", double(options.intervalDays)}}});
        }
        if (i + 1 < totals.size()) step.end = day + date::days(days - 1);
        step.dispense = dispenseFor(step.doses, days);
        for (const Dispense &d : step.dispense) {
            auto it = std::find_if(s.dispenseTotal.begin(), s.dispenseTotal.end(),
                                   [&](const Dispense &x) { return x.product == d.product; });
            if (it == s.dispenseTotal.end()) it = s.dispenseTotal.insert(s.dispenseTotal.end(), Dispense{d.product, {}});
            it->units.value += d.units.value;
        }
        day += date::days(days);
        s.steps.push_back(std::move(step));
    }
    std::stable_sort(p.notes.begin(), p.notes.end(), [](const TaperNote &a, const TaperNote &b) {
        return a.step.value_or(-1) < b.step.value_or(-1);
    });
    s.notes = std::move(p.notes);
    return s;
}

} // namespace taper
