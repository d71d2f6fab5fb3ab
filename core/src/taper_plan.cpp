// SPDX-License-Identifier: GPL-3.0-or-later
// taper::plan: the step loop (docs/taper.md, "Choosing each step").
#include "taper/json_reader.h"
#include "taper/meq.h"
#include "taper/rule_data.h"
#include "taper_internal.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace taper {

using namespace detail;

namespace {

constexpr double kEps = 1e-9;
constexpr int kMaxPlanSteps = 1000;          ///< a plan is finite by construction; this only guards the loop
constexpr double kFentanylWashoutHours = 18; ///< clinical.md §5, DK-SEP
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
    /// dispensable decrement when nothing between `need` and its current dose exists. A component stops
    /// only from its smallest dose (a patch never from above its smallest size).
    void lower(Component &c, MeqPerDay need, int stepIndex)
    {
        const std::size_t from = c.current;
        const Layout before = c.layout;
        std::optional<std::size_t> pick;
        for (std::size_t i = 1; i < from && !pick; ++i)
            if (c.meqAt(i) >= need - MeqPerDay(kEps) && c.moveTo(i)) pick = i;
        for (std::size_t i = from; !pick && i-- > 1;)
            if (c.moveTo(i)) pick = i;
        if (pick && *pick != from) {
            if (!before.tail && c.layout.tail && c.main.patch) {
                const Family &tf = c.tail;
                notes.push_back({TaperNoteCode::PatchFamilySwitch,
                                 stepIndex,
                                 {{"from", productsOf(c.main, before).front()->id},
                                  {"to", productsOf(tf, c.layout).front()->id},
                                  {"from_rate", fromCenti(c.candidates[from].total)},
                                  {"to_rate", fromCenti(c.candidates[*pick].total)},
                                  {"meq_before", c.meqAt(from).value()},
                                  {"meq_after", c.meqAt(*pick).value()}}});
            } else if (!before.tail && c.layout.tail) {
                notes.push_back({TaperNoteCode::IrTail, stepIndex, {{"substance", c.substance}}});
            }
            return;
        }
        // Only the stop is left: from the smallest dose.
        if (c.main.patch) {
            const double washout =
                c.substance == "buprenorphine" ? kBuprenorphineWashoutHours : kFentanylWashoutHours;
            const std::string patchSubstance = c.substance; // c becomes the oral opioid on rotation
            // With rotate_to the last patch becomes oral; a patch that ends beside another one just
            // stops, so no step adds a substance.
            auto anyOther = [&](bool target) {
                return std::any_of(components.begin(), components.end(), [&](const Component &o) {
                    return &o != &c && o.active() && (o.substance == *options.rotateTo) == target;
                });
            };
            if (c.rotateAtEnd && (anyOther(true) || !anyOther(false))) {
                const MeqPerDay meqBefore = c.meq();
                Component next = rotationComponent(
                    *options.rotateTo, meqBefore * (1.0 - options.crossToleranceReduction / 100.0), c.order,
                    options, profile, formulary, asOf);
                notes.push_back({TaperNoteCode::Rotation,
                                 stepIndex,
                                 {{"from", c.substance},
                                  {"to", *options.rotateTo},
                                  {"meq_before", meqBefore.value()},
                                  {"meq_after", next.meq().value()},
                                  {"reduction_percent", options.crossToleranceReduction}}});
                c = std::move(next);
            } else {
                c.current = 0;
                notes.push_back({TaperNoteCode::PatchStopped, stepIndex, {{"substance", c.substance}}});
            }
            notes.push_back({TaperNoteCode::PatchWashout,
                             stepIndex,
                             {{"substance", patchSubstance}, {"hours", washout}}});
            return;
        }
        c.current = 0;
        c.layout = Layout{};
    }

    void reduce(Component &c, MeqPerDay need, int stepIndex)
    {
        if (c.kind == Component::Kind::Prn) {
            --c.prnMax;
            notes.push_back({TaperNoteCode::PrnAllowanceReduced,
                             stepIndex,
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
            for (Component *c : active)
                reduce(*c, c->meq() * keep, stepIndex);
        } else {
            Component &c = *active.front();
            reduce(c, c.meq() - (current - target), stepIndex);
        }
    }
};

MeqPerDay officialMeq(const std::vector<StepDose> &doses, Date asOf, const Profile &profile,
                      const Formulary &formulary)
{
    Step s;
    s.doses = doses;
    return meq::compute(stepRegimen(s, asOf), profile, formulary).total();
}

} // namespace

int rhythmDays(const Product &p);
int patchesFor(const Product &p, int days);

std::vector<Date> patchChangeDays(const Product &product, Date first, Date last)
{
    std::vector<Date> days;
    if (const std::optional<int> perWeek = product.patchChangesPerWeek) {
        for (Date week = first; week <= last; week += date::days(7))
            for (int k = 0; k < *perWeek; ++k)
                if (const Date d = week + date::days(k * 7 / *perWeek); d <= last) days.push_back(d);
        return days;
    }
    const int wear = (product.wearHours.value_or(24) + 23) / 24;
    for (Date d = first; d <= last; d += date::days(wear))
        days.push_back(d);
    return days;
}

namespace detail {

int stepDays(const std::vector<StepDose> &doses, int interval)
{
    int wear = 1;
    for (const StepDose &d : doses)
        if (d.product->isPatch()) wear = std::lcm(wear, rhythmDays(*d.product));
    return (interval + wear - 1) / wear * wear;
}

std::vector<Dispense> dispenseFor(const std::vector<StepDose> &doses, int days)
{
    std::vector<Dispense> out;
    for (const StepDose &d : doses) {
        int halves = 0;
        if (d.product->isPatch()) {
            halves = d.unitsPerDay.value * patchesFor(*d.product, days);
        } else {
            halves = d.unitsPerDay.value * days;
        }
        auto it =
            std::find_if(out.begin(), out.end(), [&](const Dispense &x) { return x.product == d.product; });
        if (it == out.end()) it = out.insert(out.end(), Dispense{d.product, {}});
        it->units.value += halves;
    }
    for (Dispense &x : out)
        if (x.product->unit != StrengthUnit::MgPerMl) x.units.value += x.units.value % 2; // whole units
    return out;
}

} // namespace detail

namespace {

/// The short-exposure pace applies when every opioid line has a start fewer than the rule's days
/// before the evaluation date; returns the longest time on an opioid in days.
std::optional<int> shortExposureDays(const Regimen &opioids, const ShortExposureRule &rule)
{
    int longest = 0;
    for (const RegimenLine &line : opioids.lines) {
        if (!line.since) return std::nullopt;
        const int days = static_cast<int>((opioids.asOf - *line.since).count());
        if (days >= rule.maxDays) return std::nullopt;
        longest = std::max(longest, days);
    }
    return longest;
}

} // namespace

/// Twice-weekly patches: days of a whole change rhythm (7) and patches in it; else the wear days.
int rhythmDays(const Product &p)
{
    return p.patchChangesPerWeek ? 7 : (p.wearHours.value_or(24) + 23) / 24;
}

int patchesFor(const Product &p, int days)
{
    return static_cast<int>(patchChangeDays(p, Date{}, Date{} + date::days(days - 1)).size());
}

namespace {

std::string weekdaysOf(Date first, int changesPerWeek)
{
    static const std::array<std::string_view, 7> names{"sunday",   "monday", "tuesday", "wednesday",
                                                       "thursday", "friday", "saturday"};
    std::string out;
    for (int k = 0; k < changesPerWeek; ++k) {
        const date::weekday wd{first + date::days(k * 7 / changesPerWeek)};
        out += (out.empty() ? "" : ",") + std::string(names[wd.c_encoding()]);
    }
    return out;
}

/// The regimen's opioid lines: co-medications (benzodiazepines, laxatives, …) are not tapered here.
Regimen opioidLines(const Regimen &regimen)
{
    Regimen opioids{regimen.asOf, regimen.asOfInFile, {}, regimen.patient};
    for (const RegimenLine &line : regimen.lines)
        if (!line.coMedication) opioids.lines.push_back(line);
    if (opioids.lines.empty()) throw InputError("", "lines", {ProblemCode::no_opioid_line});
    return opioids;
}

/// When every opioid line started recently (rules.json short_exposure) and the pace was not chosen,
/// the plan takes the short-exposure pace and says so. Returns the earliest line's days, if it applies.
std::optional<int> applyShortExposure(const Regimen &opioids, TaperOptions &options,
                                      const Formulary &formulary, std::vector<TaperNote> &notes)
{
    const ShortExposureRule &rule = formulary.rules().shortExposure;
    const std::optional<int> days =
        options.shortExposurePace ? shortExposureDays(opioids, rule) : std::nullopt;
    if (!days) return std::nullopt;
    options.intervalDays = rule.intervalDays;
    options.stepPercent = rule.stepPercent;
    options.shortExposurePace = false; // re-planning the file keeps this pace
    notes.push_back({TaperNoteCode::ShortExposure,
                     std::nullopt,
                     {{"max_days", double(rule.maxDays)},
                      {"days", double(*days)},
                      {"interval_days", double(options.intervalDays)},
                      {"step_percent", options.stepPercent},
                      {"source", rule.source}}});
    return days;
}

/// The doses and MEQ of every step, from step 0 down to the target, and the cut each step was asked
/// for (percent; 0 for step 0).
struct Descent {
    std::vector<std::vector<StepDose>> doses;
    std::vector<MeqPerDay> totals;
    std::vector<double> requestedCut;
};

/// Steps the planner's components down until the target; notes cuts larger than asked
/// (min_decrement), every cut above the fast-taper limit (the stop included) and a target that
/// cannot be dispensed.
Descent descend(Planner &p, const TaperOptions &options)
{
    const FastTaperRule &fast = p.formulary.rules().fastTaper;
    Descent d;
    d.doses.push_back(stepDoses(p.components));
    d.totals.push_back(officialMeq(d.doses.back(), p.asOf, p.profile, p.formulary));
    d.requestedCut.push_back(0);
    p.start = d.totals.back();
    if (options.targetMeq > p.start + MeqPerDay(kEps))
        throw InputError("", "target_meq",
                         {ProblemCode::target_above_start,
                          {json::formatNumber(options.targetMeq.value()),
                           json::formatNumber(roundToHundredths(p.start).value())}});
    while (d.totals.back() > options.targetMeq + MeqPerDay(kEps)) {
        const int index = static_cast<int>(d.totals.size());
        if (index > kMaxPlanSteps) throw std::logic_error("taper: too many steps");
        const MeqPerDay current = d.totals.back();
        const MeqPerDay target = p.ruleTarget(index, current);
        p.stepDown(current, target, index);
        d.doses.push_back(stepDoses(p.components));
        const MeqPerDay next = officialMeq(d.doses.back(), p.asOf, p.profile, p.formulary);
        if (!(next < current)) throw std::logic_error("taper: a step did not lower the dose");
        d.totals.push_back(next);
        d.requestedCut.push_back((current - target) / current * 100.0);
        const double cut = (current - next) / current * 100.0;
        if (next < target - MeqPerDay(kEps))
            p.notes.push_back({TaperNoteCode::MinDecrement, index, {{"cut_percent", cut}}});
        // Every cut above the limit is a fast one, the final stop included.
        if (cut > fast.maxCutPercent + kEps)
            p.notes.push_back({TaperNoteCode::FastTaper, index, {{"cut_percent", cut}}});
    }
    if (d.totals.back() < options.targetMeq - MeqPerDay(kEps))
        p.notes.push_back({TaperNoteCode::TargetNotDispensable,
                           static_cast<int>(d.totals.size()) - 1,
                           {{"target_meq", options.targetMeq.value()}}});
    return d;
}

/// How many intervals each step lasts: after a cut larger than asked, ceil(cut / asked) (at most
/// max_hold_intervals); the smallest dose before a stop at least 2. `forCut` is the first rule alone.
struct Holds {
    std::vector<int> intervals;
    std::vector<int> forCut;
};

Holds holdIntervals(const Descent &d, const TaperOptions &options)
{
    const auto &totals = d.totals;
    const std::size_t n = totals.size();
    Holds h{std::vector<int>(n, 1), {}};
    for (std::size_t i = 1; i < n; ++i) {
        const double cut = (totals[i - 1] - totals[i]) / totals[i - 1] * 100.0;
        if (d.requestedCut[i] > kEps && cut > d.requestedCut[i] + 0.01)
            h.intervals[i] = std::min(options.maxHoldIntervals,
                                      static_cast<int>(std::ceil(cut / d.requestedCut[i] - 1e-6)));
    }
    h.forCut = h.intervals;
    if (n >= 2 && totals.back().value() <= kEps) h.intervals[n - 2] = std::max(h.intervals[n - 2], 2);
    return h;
}

/// The dated steps with their dispensing, and the notes that depend on the dates: a patch step
/// length, held_longer, a twice-weekly patch's change days, the first oral dose after a patch.
void layOutSteps(Descent &d, const Holds &h, const TaperOptions &options, Planner &p, Schedule &s)
{
    const auto &totals = d.totals;
    const std::size_t n = totals.size();
    Date day = options.start;
    bool patchNoted = false;
    std::string lastWeekdays;
    for (std::size_t i = 0; i < n; ++i) {
        Step step;
        step.index = static_cast<int>(i);
        step.start = day;
        step.totalMeq = roundToHundredths(totals[i]);
        step.percentOfStart = p.start.value() > 0 ? std::round(totals[i] / p.start * 10000.0) / 100.0 : 0.0;
        step.doses = std::move(d.doses[i]);
        const int wanted = h.intervals[i] * options.intervalDays;
        const int days = options.alignToSessions ? wanted : stepDays(step.doses, wanted);
        if (days != wanted && !patchNoted) {
            patchNoted = true;
            p.notes.push_back({TaperNoteCode::PatchStepLength,
                               std::nullopt,
                               {{"days", double(days)}, {"interval_days", double(options.intervalDays)}}});
        }
        // held_longer: after a large cut (cut_percent), or without cut_percent the smallest dose held
        // two intervals before the stop.
        if (h.intervals[i] > 1 && i + 1 < n) {
            TaperNote held{TaperNoteCode::HeldLonger,
                           step.index,
                           {{"intervals", double(h.intervals[i])}, {"days", double(days)}}};
            if (h.intervals[i] == h.forCut[i])
                held.parameters.push_back(
                    {"cut_percent", (totals[i - 1] - totals[i]) / totals[i - 1] * 100.0});
            p.notes.push_back(std::move(held));
        }
        for (const StepDose &dose : step.doses)
            if (dose.product->patchChangesPerWeek) {
                const std::string wd = weekdaysOf(day, *dose.product->patchChangesPerWeek);
                if (wd != lastWeekdays)
                    p.notes.push_back({TaperNoteCode::PatchChangeDays,
                                       step.index,
                                       {{"product", dose.product->id}, {"weekdays", wd}}});
                lastWeekdays = wd;
                break;
            }
        // The old patch comes off on the morning of the change day; an oral opioid that replaces it
        // starts the next morning, past the 18/24 h washout (the table's first oral day is the note's).
        const bool oral = std::any_of(step.doses.begin(), step.doses.end(),
                                      [](const StepDose &dose) { return !dose.product->isPatch(); });
        for (TaperNote &note : p.notes)
            if (note.code == TaperNoteCode::PatchWashout && note.step == step.index && oral)
                note.parameters.push_back({"first_oral_dose", formatIsoDate(day + date::days(1))});
        if (i + 1 < n) step.end = day + date::days(days - 1);
        step.dispense = dispenseFor(step.doses, days);
        for (const Dispense &dispense : step.dispense) {
            auto it = std::find_if(s.dispenseTotal.begin(), s.dispenseTotal.end(),
                                   [&](const Dispense &x) { return x.product == dispense.product; });
            if (it == s.dispenseTotal.end())
                it = s.dispenseTotal.insert(s.dispenseTotal.end(), Dispense{dispense.product, {}});
            it->units.value += dispense.units.value;
        }
        day += date::days(days);
        s.steps.push_back(std::move(step));
    }
}

/// Notes in step order (plan-wide first), one no_depot_form note per substance.
std::vector<TaperNote> orderedNotes(std::vector<TaperNote> notes)
{
    std::stable_sort(notes.begin(), notes.end(), [](const TaperNote &a, const TaperNote &b) {
        return a.step.value_or(-1) < b.step.value_or(-1);
    });
    std::vector<std::string> seen;
    std::erase_if(notes, [&](const TaperNote &note) {
        if (note.code != TaperNoteCode::NoDepotForm) return false;
        const std::string &sub = std::get<std::string>(note.parameters.front().second);
        if (std::find(seen.begin(), seen.end(), sub) != seen.end()) return true;
        seen.push_back(sub);
        return false;
    });
    return notes;
}

} // namespace

Schedule plan(const Regimen &regimen, const TaperOptions &requested, const Profile &profile,
              const Formulary &formulary)
{
    validateOptions(requested);
    const Regimen opioids = opioidLines(regimen);
    TaperOptions options = requested;
    std::vector<TaperNote> planNotes;
    const std::optional<int> shortDays = applyShortExposure(opioids, options, formulary, planNotes);
    Planner p{options, profile, formulary, regimen.asOf, {}, std::move(planNotes), MeqPerDay(0)};
    p.components = initialComponents(opioids, options, profile, formulary, p.notes);
    for (auto &c : p.components)
        c.rotateAtEnd = options.rotateTo && c.main.patch;
    // fast_taper limits come from the rule data (formulary/rules.json), shared with rules::check.
    const FastTaperRule &fast = formulary.rules().fastTaper;
    Descent d = descend(p, options);
    if (options.intervalDays < fast.minIntervalDays && !shortDays)
        p.notes.push_back(
            {TaperNoteCode::FastTaper, std::nullopt, {{"interval_days", double(options.intervalDays)}}});
    // Step 0 against what the patient takes now: rotation, a labelled maximum or rounding may cut.
    const MeqPerDay actual = meq::compute(opioids, profile, formulary).actual();
    if (actual.value() > kEps) {
        const double cut0 = (actual - d.totals.front()) / actual * 100.0;
        if (cut0 > fast.maxCutPercent + kEps)
            p.notes.push_back({TaperNoteCode::FastTaper, 0, {{"cut_percent", cut0}}});
    }
    Schedule s;
    s.profile = profile.id;
    s.options = options;
    layOutSteps(d, holdIntervals(d, options), options, p, s);
    s.notes = orderedNotes(std::move(p.notes));
    return s;
}

} // namespace taper
