// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sessions of the tapering group (issue 5, docs/sessions.md): what the patient actually took, how it
// went, and the decision that adjusts the rest of the plan. A session is appended to the plan, never
// edited; re-planning goes through taper::plan; the steps already passed are frozen; every replaced
// version of the steps goes to the plan's schedule_history. The core writes no prose: decisions and
// attention flags are codes; "today" is always passed in.

#include "taper/dates.h"
#include "taper/finding.h"
#include "taper/formulary.h"
#include "taper/regimen.h"
#include "taper/taper.h"
#include "taper/units.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace taper {

struct Plan;

enum class SessionDecision { Continue, Hold, Slow, StepBack, Replan, StopTaper };

template <> struct EnumNames<SessionDecision> {
    static constexpr std::array<std::string_view, 6> names{"continue",  "hold",   "slow",
                                                           "step_back", "replan", "stop_taper"};
};

/// Withdrawal symptoms on the simple 0–3 scale (none, mild, moderate, severe). This is NOT a
/// validated instrument (such as SOWS); it is the nurse's summary rating.
inline constexpr int kWithdrawalMax = 3;
inline constexpr int kWithdrawalModerate = 2; ///< from here the group view asks for attention
inline constexpr int kPainMax = 10;           ///< pain NRS 0–10
/// stop_taper without --review-date: review after 3 months (clinical.md §5, DK-MIDT: reassess effect,
/// adverse effects and adherence about every 3 months).
inline constexpr int kDefaultReviewMonths = 3;

/// A deliberate MEQ increase made by step_back: step `step` is above the step before it.
struct MeqIncrease {
    int step = 0;
    MeqPerDay from{0};
    MeqPerDay to{0};
};

/// One recorded session (plan file key `sessions[]`, docs/plan-format.md).
struct Session {
    Date date;
    std::optional<std::string> by; ///< free-text role/initials (læge, sygeplejerske, farmaceut)
    int step = 0;                  ///< the current step: in effect the day before `date` (see currentStep)
    MeqPerDay plannedMeq{0};       ///< steps[step].totalMeq when recorded
    std::optional<Regimen> actual; ///< what the patient took since the last session; none = as planned
    MeqPerDay actualMeq{0};        ///< meq::compute(actual or the planned step).actual(), to 0.01
    std::optional<int> withdrawal; ///< 0–3
    std::optional<std::string> withdrawalNote;
    std::optional<int> pain;                 ///< NRS 0–10
    std::optional<std::string> functionNote; ///< function and sleep
    SessionDecision decision = SessionDecision::Continue;
    std::optional<std::string> reason;
    std::optional<int> holdDays;       ///< hold: days added (rounded up to whole patch wear periods)
    std::optional<double> stepPercent; ///< slow/replan/step_back: the new step percent
    std::optional<int> intervalDays;   ///< slow/replan/step_back: the new interval
    std::optional<Date> reviewDate;    ///< stop_taper: when the maintenance dose is reviewed
    /// stop_taper on a maintenance dose above a threshold: the high_meq or very_high_meq finding of that
    /// step as recorded (parameters total_meq_mg, threshold_mg, inclusive, methadone_in_total).
    std::optional<Finding> maintenanceFinding;
    std::optional<MeqIncrease> increase; ///< step_back only
    int revision = 0;                    ///< the plan revision this session produced

    bool tookMoreThanPlanned() const { return actualMeq.value() > plannedMeq.value() + 0.005; }
};

/// What the user records and asks for. Optional members the decision does not use must be empty.
struct SessionInput {
    Date date;
    SessionDecision decision = SessionDecision::Continue;
    std::optional<std::string> by, reason, withdrawalNote, functionNote;
    std::optional<Regimen> actual;
    std::optional<int> withdrawal, pain, holdDays, intervalDays;
    std::optional<double> stepPercent;
    std::optional<Date> reviewDate;
};

/// The index of the step the patient has been on up to `date`: the last step that started before
/// `date`, or 0 when the plan has not started yet. Precondition: `steps` is not empty.
int currentStep(const std::vector<Step> &steps, Date date);

/// Applies a session and returns the changed plan: the session appended, `revision` + 1, and — when
/// the decision changes the steps — the old steps appended to `schedule_history` (replaced = the
/// session date, reason = the decision code, plus ": " and the reason text when given).
/// Decisions (docs/sessions.md): continue keeps the steps; hold extends the current step by
/// hold_days (default: one interval) and shifts later steps; slow re-plans after the current step
/// with step_percent (default: half) and/or interval_days, from the next planned change; step_back
/// returns from `date` to the last higher dose before the current step (the only MEQ increase;
/// needs a reason) and re-plans from there; replan re-plans from `date` from the actual regimen
/// (default: the current step) and may not raise the MEQ; stop_taper makes the current step the
/// last (maintenance) with a review date. Steps that started before `date` keep their doses.
/// Throws InputError (file empty, where = the input key: "date", "decision", "reason", "actual",
/// "withdrawal", "pain", "hold_days", "step_percent", "interval_days", "review_date") for a date
/// before the last session or after `today`, a value out of range, an option the decision does not
/// take, a decision that cannot apply (hold on the last step, step_back on the first); taper::plan's
/// InputErrors pass through. The input plan is never modified.
Plan recordSession(const Plan &plan, const SessionInput &input, Date today, const Formulary &formulary);

/// Attention flags for the group view (codes; the CLI renders words).
enum class Attention { Withdrawal, RepeatedHold, TookMore, ReviewDue };

/// Why a patient needs attention on `date`, from the last session: withdrawal ≥ moderate, a hold
/// repeated (the last two decisions both hold), took more than planned, a stop_taper review date
/// on or before `date`.
std::vector<Attention> attentionFlags(const Plan &plan, Date date);

/// The plan's state as of its sessions.
enum class PlanStatus { Tapering, Maintenance, Complete };
/// Maintenance when the last session that changed the course was stop_taper; Complete when the
/// current step is the last and has no doses; otherwise Tapering.
PlanStatus planStatus(const Plan &plan, Date date);

} // namespace taper
