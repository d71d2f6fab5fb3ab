// SPDX-License-Identifier: GPL-3.0-or-later
// recordSession: a session's decision applied to the remaining plan (docs/sessions.md). Re-planning
// always goes through taper::plan; steps that started before the session keep their doses.
#include "plan_internal.h"
#include "taper/meq.h"
#include "taper/rules.h"
#include "taper_internal.h"

#include <algorithm>
#include <cmath>

namespace taper {

using namespace detail;

namespace {

using D = SessionDecision;
constexpr double kStoredMeqTolerance = 0.005; ///< MEQ are stored to 0.01

[[noreturn]] void refuse(const std::string &key, ProblemCode code, std::vector<std::string> values = {})
{
    throw InputError("", key, Problem{code, std::move(values)});
}

std::string day(Date d)
{
    return dateToken(formatIsoDate(d));
}

std::string mgText(MeqPerDay m)
{
    return json::formatNumber(m.value());
}

void validateInput(const Plan &plan, const SessionInput &in, Date today)
{
    if (in.date > today) refuse("date", ProblemCode::session_after_today, {day(in.date), day(today)});
    if (in.date < plan.created)
        refuse("date", ProblemCode::session_before_plan, {day(in.date), day(plan.created)});
    if (!plan.sessions.empty() && in.date < plan.sessions.back().date)
        refuse("date", ProblemCode::session_before_last, {day(in.date), day(plan.sessions.back().date)});
    if (in.withdrawal && (*in.withdrawal < 0 || *in.withdrawal > kWithdrawalMax))
        refuse("withdrawal", ProblemCode::withdrawal_out_of_range, {std::to_string(*in.withdrawal)});
    if (in.pain && (*in.pain < 0 || *in.pain > kPainMax))
        refuse("pain", ProblemCode::pain_out_of_range, {std::to_string(*in.pain)});
    const D d = in.decision;
    if (in.holdDays && d != D::Hold) refuse("hold_days", ProblemCode::hold_days_without_hold);
    if (in.holdDays && (*in.holdDays < 1 || *in.holdDays > kMaxIntervalDays))
        refuse("hold_days", ProblemCode::hold_days_out_of_range,
               {std::to_string(*in.holdDays), std::to_string(kMaxIntervalDays)});
    const bool replans = d == D::Slow || d == D::StepBack || d == D::Replan;
    if (in.stepPercent && !replans) refuse("step_percent", ProblemCode::pace_without_replan);
    if (in.intervalDays && !replans) refuse("interval_days", ProblemCode::pace_without_replan);
    if (in.reviewDate && d != D::StopTaper) refuse("review_date", ProblemCode::review_date_without_stop);
    if (in.reviewDate && *in.reviewDate < in.date)
        refuse("review_date", ProblemCode::review_date_before_session, {day(*in.reviewDate)});
    const bool noReason = !in.reason || in.reason->find_first_not_of(" \t\r\n") == std::string::npos;
    if (d == D::StepBack && noReason) refuse("reason", ProblemCode::step_back_without_reason);
}

/// The actual intake is written into the plan file and read back with the regimen line reader: a line
/// that reader would refuse (e.g. a schedule of all zeros — leave a line the patient stopped out) is
/// refused now, so a recorded session never makes the plan file unreadable.
void validateActual(const SessionInput &in, const Formulary &formulary)
{
    if (!in.actual) return;
    for (std::size_t i = 0; i < in.actual->lines.size(); ++i) {
        const std::string where = "actual/" + std::to_string(i);
        try {
            (void)readRegimenLine(toJson(in.actual->lines[i]), "/" + where, "", formulary, in.date,
                                  LineUse::Taken);
        } catch (const InputError &e) {
            throw InputError("", e.where().empty() ? where : e.where().substr(1), e.problem());
        }
    }
}

Date addMonths(Date day, int months)
{
    date::year_month_day ymd{day};
    ymd += date::months(months);
    if (!ymd.ok()) ymd = ymd.year() / ymd.month() / date::last;
    return date::sys_days(ymd);
}

/// Sets the step's end (none: the last step) and dispenses for its new length.
void setEnd(Step &step, std::optional<Date> end, int intervalDays)
{
    step.end = end;
    const int days = end ? static_cast<int>((*end - step.start).count()) + 1 : intervalDays;
    step.dispense = dispenseFor(step.doses, days);
}

void shift(Step &step, int days)
{
    step.start += date::days(days);
    if (step.end) *step.end += date::days(days);
}

/// The options of a re-plan: the plan's options with the session's step percent / interval.
TaperOptions replanOptions(const TaperOptions &o, const SessionInput &in, Date start)
{
    TaperOptions n = o;
    if (in.stepPercent) n.stepPercent = *in.stepPercent;
    if (in.intervalDays) n.intervalDays = *in.intervalDays;
    // A pace chosen at the session is never replaced by the short-exposure pace.
    if (in.stepPercent || in.intervalDays) n.shortExposurePace = false;
    n.start = start;
    return n;
}

/// A re-planned tail and how its step indices map into the plan.
struct Tail {
    Schedule schedule;
    int firstKept = 0; ///< tail steps before this are dropped
    int offset = 0;    ///< tail step k becomes plan step k + offset
};

/// The new plan: steps 0..keep-1 of `plan` (the last kept one ending the day before the tail), then the
/// tail; indices, percent_of_start, dispense_total and notes made consistent.
void splice(Plan &plan, int keep, const Tail &tail, const TaperOptions &newOptions)
{
    Schedule &s = plan.schedule;
    std::vector<Step> steps(s.steps.begin(), s.steps.begin() + keep);
    std::vector<TaperNote> notes;
    for (const TaperNote &n : s.notes)
        if (!n.step || *n.step < keep) notes.push_back(n);
    const std::vector<Step> &t = tail.schedule.steps;
    if (!steps.empty() && tail.firstKept < static_cast<int>(t.size()))
        setEnd(steps.back(), t[tail.firstKept].start - date::days(1), s.options.intervalDays);
    else if (!steps.empty()) // nothing follows: the last kept step is the last step, open-ended
        setEnd(steps.back(), std::nullopt, s.options.intervalDays);
    for (std::size_t k = tail.firstKept; k < t.size(); ++k)
        steps.push_back(t[k]);
    for (const TaperNote &n : tail.schedule.notes) {
        if (n.step && *n.step < tail.firstKept) continue;
        TaperNote moved = n;
        if (moved.step) *moved.step += tail.offset;
        const bool known = !n.step && std::any_of(notes.begin(), notes.end(), [&](const TaperNote &o) {
            return !o.step && o.code == n.code;
        });
        if (!known) notes.push_back(std::move(moved));
    }
    std::stable_sort(notes.begin(), notes.end(), [](const TaperNote &a, const TaperNote &b) {
        return a.step.value_or(-1) < b.step.value_or(-1);
    });
    const double start = steps.front().totalMeq.value();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        steps[i].index = static_cast<int>(i);
        if (static_cast<int>(i) >= keep)
            steps[i].percentOfStart =
                start > 0 ? std::round(steps[i].totalMeq.value() / start * 10000.0) / 100.0 : 0.0;
    }
    TaperOptions options = newOptions;
    options.start = steps.front().start;
    s.options = options;
    s.steps = std::move(steps);
    s.notes = std::move(notes);
}

void recomputeDispenseTotal(Schedule &s)
{
    s.dispenseTotal.clear();
    for (const Step &st : s.steps)
        for (const Dispense &d : st.dispense) {
            auto it = std::find_if(s.dispenseTotal.begin(), s.dispenseTotal.end(),
                                   [&](const Dispense &x) { return x.product == d.product; });
            if (it == s.dispenseTotal.end())
                it = s.dispenseTotal.insert(s.dispenseTotal.end(), Dispense{d.product, {}});
            it->units.value += d.units.value;
        }
}

bool hasOpioid(const Regimen &r)
{
    return std::any_of(r.lines.begin(), r.lines.end(), [](const RegimenLine &l) { return !l.coMedication; });
}

struct Context {
    Plan &plan;
    Session &session;
    const SessionInput &in;
    const Profile &profile;
    const Formulary &formulary;
    int c; ///< the current step
};

void applyHold(Context &x)
{
    std::vector<Step> &steps = x.plan.schedule.steps;
    if (x.c + 1 >= static_cast<int>(steps.size())) refuse("decision", ProblemCode::hold_on_last_step);
    // Dose changes stay on group days (align_to_sessions): a hold lasts whole intervals; otherwise
    // whole patch wear periods.
    const TaperOptions &o = x.plan.schedule.options;
    const int asked = x.in.holdDays.value_or(o.intervalDays);
    const int days = o.alignToSessions ? (asked + o.intervalDays - 1) / o.intervalDays * o.intervalDays
                                       : stepDays(steps[x.c].doses, asked);
    for (std::size_t k = x.c + 1; k < steps.size(); ++k)
        shift(steps[k], days);
    setEnd(steps[x.c], *steps[x.c].end + date::days(days), x.plan.schedule.options.intervalDays);
    x.session.holdDays = days;
}

/// Re-plans the steps after the current one with the slower options `n`.
void slowTo(Context &x, TaperOptions n)
{
    const Schedule &s = x.plan.schedule;
    const TaperOptions &o = s.options;
    if (n.stepPercent > o.stepPercent)
        refuse("step_percent", ProblemCode::slow_percent_higher,
               {json::formatNumber(n.stepPercent), json::formatNumber(o.stepPercent)});
    if (n.intervalDays < o.intervalDays)
        refuse("interval_days", ProblemCode::slow_interval_shorter,
               {std::to_string(n.intervalDays), std::to_string(o.intervalDays)});
    if (n.stepPercent == o.stepPercent && n.intervalDays == o.intervalDays)
        refuse("step_percent", ProblemCode::slow_same_pace);
    if (n.method == TaperMethod::Custom)
        n.method = TaperMethod::Proportional; // custom targets cannot be slowed
    n.shortExposurePace = false;              // the slower pace is the session's choice
    const Step &cur = s.steps[x.c];
    if (cur.doses.empty()) refuse("decision", ProblemCode::slow_taper_complete);
    const bool last = x.c + 1 >= static_cast<int>(s.steps.size());
    // The next planned change (on the last step: from the session, but after the step's first day).
    const Date from = last ? std::max(x.in.date, cur.start + date::days(1)) : s.steps[x.c + 1].start;
    Tail tail{plan(stepRegimen(cur, from), n, x.profile, x.formulary), 1, x.c};
    if (tail.schedule.steps.size() < 2) refuse("decision", ProblemCode::slow_at_target);
    // The tail's step 0 is the current dose again: drop it, and start the first cut at `from`.
    if (tail.schedule.steps.size() > 1) {
        const int back = static_cast<int>((tail.schedule.steps[1].start - from).count());
        for (Step &st : tail.schedule.steps)
            shift(st, -back);
    }
    splice(x.plan, x.c + 1, tail, n);
    x.session.stepPercent = n.stepPercent;
    x.session.intervalDays = n.intervalDays;
}

/// The doubled interval in whole weeks, within the option limit (issue 17 item 9); 0 when none is longer.
int longerInterval(int days)
{
    const int doubled = std::min(kMaxIntervalDays, (2 * days + 6) / 7 * 7);
    return doubled > days ? doubled : 0;
}

/// slow: the given step percent and/or interval; by default half the step percent, and when that leaves
/// the steps unchanged (the next cut is already the smallest dispensable one) the interval doubled.
void applySlow(Context &x)
{
    const TaperOptions &o = x.plan.schedule.options;
    TaperOptions n = replanOptions(o, x.in, x.in.date);
    if (!x.in.stepPercent && !x.in.intervalDays) {
        n.stepPercent = o.stepPercent / 2;
        Plan trial = x.plan;
        Session trialSession = x.session;
        Context t{trial, trialSession, x.in, x.profile, x.formulary, x.c};
        slowTo(t, n);
        if (stepsJson(trial.schedule.steps) != stepsJson(x.plan.schedule.steps)) {
            x.plan = std::move(trial);
            x.session = std::move(trialSession);
            return;
        }
        if (const int longer = longerInterval(o.intervalDays)) {
            n.stepPercent = o.stepPercent;
            n.intervalDays = longer;
        }
    }
    slowTo(x, n);
}

void applyStepBack(Context &x)
{
    const Schedule &s = x.plan.schedule;
    const Step &cur = s.steps[x.c];
    int previous = -1;
    for (int j = x.c - 1; j >= 0 && previous < 0; --j)
        if (s.steps[j].totalMeq.value() > cur.totalMeq.value() + kStoredMeqTolerance) previous = j;
    if (previous < 0) refuse("decision", ProblemCode::step_back_no_higher_step);
    const TaperOptions n = replanOptions(s.options, x.in, x.in.date);
    Tail tail{plan(stepRegimen(s.steps[previous], x.in.date), n, x.profile, x.formulary), 0, x.c + 1};
    const MeqPerDay from = cur.totalMeq;
    const MeqPerDay to = tail.schedule.steps.front().totalMeq;
    splice(x.plan, x.c + 1, tail, n);
    if (to.value() > from.value() + kStoredMeqTolerance) x.session.increase = MeqIncrease{x.c + 1, from, to};
    if (x.in.stepPercent) x.session.stepPercent = n.stepPercent;
    if (x.in.intervalDays) x.session.intervalDays = n.intervalDays;
}

void applyReplan(Context &x, const Regimen &taken)
{
    const Schedule &s = x.plan.schedule;
    if (!hasOpioid(taken)) refuse(x.in.actual ? "actual" : "decision", ProblemCode::replan_no_opioid);
    const TaperOptions n = replanOptions(s.options, x.in, x.in.date);
    const Step &cur = s.steps[x.c];
    const bool started = cur.start < x.in.date; // false only before the plan's first day
    Tail tail{plan(taken, n, x.profile, x.formulary), 0, started ? x.c + 1 : 0};
    const MeqPerDay first = tail.schedule.steps.front().totalMeq;
    if (first.value() > cur.totalMeq.value() + kStoredMeqTolerance)
        refuse(x.in.actual ? "actual" : "decision", ProblemCode::replan_raises_dose,
               {mgText(cur.totalMeq), mgText(first)});
    splice(x.plan, started ? x.c + 1 : 0, tail, n);
    if (x.in.stepPercent) x.session.stepPercent = n.stepPercent;
    if (x.in.intervalDays) x.session.intervalDays = n.intervalDays;
}

void applyStop(Context &x)
{
    Schedule &s = x.plan.schedule;
    s.steps.resize(x.c + 1);
    setEnd(s.steps.back(), std::nullopt, s.options.intervalDays);
    std::erase_if(s.notes, [&](const TaperNote &n) { return n.step && *n.step > x.c; });
    x.session.reviewDate = x.in.reviewDate.value_or(addMonths(x.in.date, kDefaultReviewMonths));
    // A maintenance dose above a threshold keeps the threshold finding with the decision (issue 16 item 11).
    Regimen kept = stepRegimen(s.steps.back(), x.in.date);
    kept.asOf = x.in.date;
    for (Finding &f : rules::check(kept, meq::compute(kept, x.profile, x.formulary), x.profile, x.formulary))
        if (f.code == FindingCode::HighMeq || f.code == FindingCode::VeryHighMeq) {
            x.session.maintenanceFinding = maintenanceFinding(f);
            break;
        }
}

} // namespace

int currentStep(const std::vector<Step> &steps, Date date)
{
    int c = 0;
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i].start < date) c = static_cast<int>(i);
    return c;
}

Plan recordSession(const Plan &input, const SessionInput &in, Date today, const Formulary &formulary)
{
    validateInput(input, in, today);
    validateActual(in, formulary);
    const Profile *profile = formulary.profile(input.schedule.profile);
    if (!profile) throw InputError("", "/profile", {ProblemCode::unknown_profile, {input.schedule.profile}});
    Plan plan = input;
    const int c = currentStep(plan.schedule.steps, in.date);
    const Step &cur = plan.schedule.steps[c];

    Session session;
    session.date = in.date;
    session.by = in.by;
    session.step = c;
    session.plannedMeq = cur.totalMeq;
    session.actual = in.actual;
    Regimen taken = in.actual ? *in.actual : stepRegimen(cur, in.date);
    taken.asOf = in.date;
    const double actualMeq = meq::compute(taken, *profile, formulary).actual().value();
    session.actualMeq = MeqPerDay(std::round(actualMeq * 100.0) / 100.0);
    session.withdrawal = in.withdrawal;
    session.withdrawalNote = in.withdrawalNote;
    session.pain = in.pain;
    session.functionNote = in.functionNote;
    session.decision = in.decision;
    session.reason = in.reason;

    const json::Json before = stepsJson(plan.schedule.steps);
    const std::vector<Step> oldSteps = plan.schedule.steps;
    Context x{plan, session, in, *profile, formulary, c};
    switch (in.decision) {
    case D::Continue:
        break;
    case D::Hold:
        applyHold(x);
        break;
    case D::Slow:
        applySlow(x);
        break;
    case D::StepBack:
        applyStepBack(x);
        break;
    case D::Replan:
        applyReplan(x, taken);
        break;
    case D::StopTaper:
        applyStop(x);
        break;
    }
    recomputeDispenseTotal(plan.schedule);
    const bool changed = stepsJson(plan.schedule.steps) != before;
    // A smaller percent can give the same steps (the next cut is already the smallest one the products
    // allow): that is not slower, and recording it would claim a change that did not happen.
    if (in.decision == D::Slow && !changed)
        refuse(in.intervalDays ? "interval_days" : "step_percent",
               input.schedule.options.intervalDays >= kMaxIntervalDays ? ProblemCode::slow_unchanged_longest
                                                                       : ProblemCode::slow_unchanged,
               input.schedule.options.intervalDays >= kMaxIntervalDays
                   ? std::vector<std::string>{std::to_string(kMaxIntervalDays)}
                   : std::vector<std::string>{});
    if (changed) {
        std::string reason(toString(in.decision));
        if (in.reason) reason += ": " + *in.reason;
        plan.scheduleHistory.push_back(ScheduleVersion{in.date, reason, input.revision, oldSteps});
    }
    plan.revision = input.revision + 1;
    session.revision = plan.revision;
    plan.sessions.push_back(std::move(session));
    return plan;
}

} // namespace taper
