// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stepwise taper plans that a pharmacy can dispense (docs/taper.md). taper::plan turns a regimen and
// options into a Schedule: dated steps, doses per product and time of day in whole (or half, where
// allowed) units, the MEQ of every step (from meq::compute) and the units to dispense.
// The core writes no prose: deviations are TaperNote codes with named parameters.

#include "taper/dates.h"
#include "taper/formulary.h"
#include "taper/regimen.h"
#include "taper/units.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace taper {

enum class TaperMethod { Proportional, Linear, Custom };
enum class LargerDose { Evening, Morning };

template <> struct EnumNames<TaperMethod> {
    static constexpr std::array<std::string_view, 3> names{"proportional", "linear", "custom"};
};
template <> struct EnumNames<LargerDose> {
    static constexpr std::array<std::string_view, 2> names{"evening", "morning"};
};

/// The range of plan starts accepted: a plan, its holds and re-plans stay far inside the dates a plan
/// file can hold (YYYY-MM-DD), and a start outside it is a typing error (9999-06-01).
inline constexpr Date kEarliestPlanStart = date::sys_days(date::year{2000} / 1 / 1);
inline constexpr Date kLatestPlanStart = date::sys_days(date::year{2199} / 12 / 31);

/// The option limits every face checks and shows (core validation, plan and session readers, CLI help,
/// GUI spin boxes): one place, so a limit cannot drift between them.
/// A step interval, and a session's hold, in days: 1 to kMaxIntervalDays.
inline constexpr int kMaxIntervalDays = 90;
/// The largest cut per step, percent of the previous step (0 < step_percent ≤ this).
inline constexpr double kMaxStepPercent = 50;
/// Cross-tolerance reduction on rotation, percent (IRF advises the minimum; clinical.md).
inline constexpr double kMinCrossToleranceReduction = 25;
inline constexpr double kMaxCrossToleranceReduction = 50;

/// Every option of a plan, with the defaults. Percentages are percent (10 = 10 %).

struct TaperOptions {
    Date start;             ///< first day of step 0 (the CLI passes today when not given)
    int intervalDays = 14;  ///< 1–kMaxIntervalDays; patch steps are rounded up to whole wear periods
    MeqPerDay targetMeq{0}; ///< where the plan ends; ≤ step 0's MEQ
    TaperMethod method = TaperMethod::Proportional;
    double stepPercent = 10;             ///< (0, 50]: the largest cut a step may make (see docs/taper.md)
    double switchAtPercent = 30;         ///< linear: switch to proportional when this % of the start remains
    std::vector<double> customPercents;  ///< custom: targets in % of the start, strictly decreasing
    std::optional<MeqPerDay> minStepMeq; ///< each step cuts at least this much (when dispensable)
    bool allowIrTail = true; ///< below the smallest depot dose, continue with IR of the same substance
    bool fineTail = false;   ///< the IR tail uses the oral solution where there is one (1 mg morphine steps)
    LargerDose largerDose = LargerDose::Evening;
    bool consolidate = true; ///< move short-acting use into the substance's depot product at step 0
    std::optional<std::string> rotateTo; ///< substance id; only when explicitly asked
    double crossToleranceReduction = 25; ///< % cut applied on rotation, [25, 50]
    bool parallel = false;               ///< reduce every line at each step instead of one at a time
    /// A step whose cut is larger than the requested one lasts ceil(cut / requested) intervals, at most
    /// this many (1–kMaxHoldIntervals; 1: never longer). The smallest dose is held at least 2 intervals.
    int maxHoldIntervals = 3;
    bool alignToSessions = true;   ///< every dose change on start + k × interval_days (patches restart)
    bool allowUnconfirmed = false; ///< may use strengths whose Danish availability is not confirmed
    /// When every opioid line started less than the rule data's short_exposure days ago, plan at its
    /// pace (interval_days and step_percent replaced; the schedule's options show what was used).
    bool shortExposurePace = true;
};

/// The longest hold (max_hold_intervals) a plan may ask for.
inline constexpr int kMaxHoldIntervals = 6;

/// Throws InputError (where = the option's key, e.g. "interval_days") for an option out of range.
void validateOptions(const TaperOptions &options);

/// A count of tablets, capsules, patches or ml, in halves (3 = 1.5 tablets). Half units occur only
/// where the product may be divided (or for oral solution, 0.5 ml).
struct HalfUnits {
    int value = 0;
    double units() const { return value / 2.0; }
    friend auto operator<=>(HalfUnits, HalfUnits) = default;
};

/// One product in one step. Oral scheduled doses have either `unitsByTime` (≤ 4 administrations:
/// morning, noon, evening, night) or `timesPerDay` + `unitsPerAdministration` (> 4 a day). PRN doses
/// have `timesPerDay` (= the maximum) + `unitsPerAdministration`. Patches have neither: unitsPerDay is
/// the number worn at once.
struct StepDose {
    const Product *product = nullptr; ///< never null; points into the formulary
    bool prn = false;
    HalfUnits unitsPerDay; ///< PRN: at the maximum
    std::optional<std::array<HalfUnits, 4>> unitsByTime;
    std::optional<int> timesPerDay;
    std::optional<HalfUnits> unitsPerAdministration;
    friend bool operator==(const StepDose &, const StepDose &) = default;
};

struct Dispense {
    const Product *product = nullptr;
    HalfUnits units; ///< whole units for tablets, capsules and patches; ml (0.5 steps) for solutions
    friend bool operator==(const Dispense &, const Dispense &) = default;
};

struct Step {
    int index = 0;
    Date start;
    std::optional<Date> end;     ///< the day before the next step's start; none for the last step
    MeqPerDay totalMeq{0};       ///< meq::compute(stepRegimen(step)).total(), rounded to 0.01
    double percentOfStart = 100; ///< of step 0's MEQ, rounded to 0.01
    std::vector<StepDose> doses;
    std::vector<Dispense> dispense; ///< for the step's duration (the last step: one interval)
    friend bool operator==(const Step &, const Step &) = default;
};

enum class TaperNoteCode {
    FastTaper,           ///< a cut above 25 % (step, cut_percent) or an interval under 7 days (interval_days)
    MinDecrement,        ///< the cut exceeds step_percent because no smaller dispensable cut exists
    Consolidated,        ///< short-acting use moved into depot (substance, from_mg_per_day, to_mg_per_day)
    PrnUseUnknown,       ///< PRN line without used_per_day: allowance reduced first (line, product)
    PrnReducedToUse,     ///< PRN allowance set to the actual use at step 0 (line, from_max, to_max)
    PrnAllowanceReduced, ///< a step cuts one PRN administration a day (step, product, max_per_day)
    Rotation,            ///< substance switch (step, from, to, meq_before, meq_after, reduction_percent)
    IrTail,              ///< depot replaced by immediate release of the same substance (step, substance)
    PatchStopped,        ///< the smallest patch was held one step and stopped (step, substance)
    PatchWashout,        ///< wait after patch removal before oral opioid (step, substance, hours; with an
                         ///< oral opioid in the step, first_oral_dose: the ISO day after the change day)
    RoundedDown,         ///< step 0 rounded down to a dispensable dose (line, from_meq, to_meq)
    PatchStepLength,     ///< patch steps rounded up to whole wear periods (days, wear_days)
    TargetNotDispensable, ///< the last step is the largest dispensable dose below target_meq
    LabelMaxCapped, ///< step 0's fixed dose brought within the labelled maximum (substance, max_mg_per_day,
                    ///< from_mg_per_day, to_mg_per_day)
    HeldLonger,     ///< the step lasts `intervals` intervals (days) after a cut of cut_percent
    PatchFamilySwitch, ///< to another patch family of the substance (from, to, from_rate, to_rate,
                       ///< meq_before, meq_after)
    PatchChangeDays,   ///< a twice-weekly patch is changed on `weekdays` ("monday,thursday") (product)
    ShortExposure,     ///< every line started < `max_days` ago (days): plan at interval_days/step_percent
                       ///< (source)
    NoDepotForm,       ///< immediate release tapered itself: `substance` has no depot (rotate_to suggested)
    ComponentStops,    ///< rotating away from a combination product stops its `component` too (product)
};

template <> struct EnumNames<TaperNoteCode> {
    static constexpr std::array<std::string_view, 20> names{"fast_taper",
                                                            "min_decrement",
                                                            "consolidated",
                                                            "prn_use_unknown",
                                                            "prn_reduced_to_use",
                                                            "prn_allowance_reduced",
                                                            "rotation",
                                                            "ir_tail",
                                                            "patch_stopped",
                                                            "patch_washout",
                                                            "rounded_down",
                                                            "patch_step_length",
                                                            "target_not_dispensable",
                                                            "label_max_capped",
                                                            "held_longer",
                                                            "patch_family_switch",
                                                            "patch_change_days",
                                                            "short_exposure",
                                                            "no_depot_form",
                                                            "component_stops"};
};

using NoteValue = std::variant<double, std::string>;

struct TaperNote {
    TaperNoteCode code;
    std::optional<int> step; ///< the step it concerns, or none for the whole plan
    std::vector<std::pair<std::string, NoteValue>> parameters;
};

struct Schedule {
    std::string profile;
    TaperOptions options;
    std::vector<Step> steps;
    std::vector<Dispense> dispenseTotal;
    std::vector<TaperNote> notes;
};

/// The days in [first, last] on which a patch of `product` is put on: `first` and then every wear
/// period, or for a twice-weekly patch (patch_changes_per_week) its fixed weekdays counted from `first`
/// (Tuesday start: Tuesday and Friday). Their number is the patches dispensed for the period.
std::vector<Date> patchChangeDays(const Product &product, Date first, Date last);

/// The doses of `step` as a regimen (product lines), e.g. to compute its MEQ or to re-plan from it.
Regimen stepRegimen(const Step &step, Date asOf);

/// Plans the taper. Preconditions: `regimen` was read against `formulary`; `profile` is one of its
/// profiles. Throws InputError for invalid options, methadone, a line the profile cannot convert, a
/// line without dispensable products (unless rotated), a target above the starting MEQ, or a
/// forbidden rotation target. To re-plan from a later step (sessions), pass stepRegimen(step) and
/// options with the new start.
Schedule plan(const Regimen &regimen, const TaperOptions &options, const Profile &profile,
              const Formulary &formulary);

} // namespace taper
