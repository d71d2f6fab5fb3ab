// SPDX-License-Identifier: GPL-3.0-or-later
// Property: for plans made with different methods, steps and intervals, after any sequence of session
// decisions, (1) the steps that had started are unchanged
// (frozen; only the current step's end may move), (2) the remaining steps still satisfy the taper
// guarantees (the taper tests' independent checker on the steps from the session on), (3) the MEQ only
// rises where a step_back session recorded it, and (4) the file reads back into the same bytes.
#include "session_test_support.h"
#include "taper_checker.h"

#include <gtest/gtest.h>

#include <random>

namespace taper {
namespace {

const char *const kRegimens[] = {"morphine-depot-240",     "anne",
                                 "oxycontin-oxynorm-prn",  "fentanyl-75",
                                 "buprenorphine-20",       "tramadol-depot-200x2",
                                 "tapentadol-depot-150x2", "two-opioids",
                                 "fentanyl-25-oral"};

/// The steps starting on or after `from` as a schedule of their own (indices and notes re-based).
Schedule remaining(const Plan &p, Date from)
{
    Schedule s = p.schedule;
    s.steps.clear();
    s.notes.clear();
    int first = -1;
    for (const Step &st : p.schedule.steps)
        if (st.start >= from) {
            if (first < 0) first = st.index;
            Step copy = st;
            copy.index -= first;
            s.steps.push_back(copy);
        }
    for (const TaperNote &n : p.schedule.notes)
        if (!n.step || (first >= 0 && *n.step >= first)) {
            TaperNote copy = n;
            if (copy.step) *copy.step -= first;
            s.notes.push_back(copy);
        }
    if (!s.steps.empty()) s.options.start = s.steps.front().start;
    return s;
}

void checkAfter(const Plan &before, const Plan &after, const SessionInput &in,
                std::vector<std::string> &errors)
{
    const Formulary &f = test::formulary();
    const Profile &profile = *f.profile("dk");
    const std::string at = formatIsoDate(in.date) + " " + std::string(toString(in.decision)) + ": ";
    const int c = currentStep(before.schedule.steps, in.date);
    for (int k = 0;
         k < static_cast<int>(before.schedule.steps.size()) && before.schedule.steps[k].start < in.date;
         ++k) {
        if (k >= static_cast<int>(after.schedule.steps.size())) {
            errors.push_back(at + "a started step was removed");
            break;
        }
        json::Json a = toJson(before.schedule.steps[k]), b = toJson(after.schedule.steps[k]);
        if (k == c) {
            for (json::Json *j : {&a, &b}) {
                j->erase("end");
                j->erase("dispense");
            }
        }
        if (a != b) errors.push_back(at + "started step " + std::to_string(k) + " changed");
    }
    const Schedule rest = remaining(after, in.date);
    if (!rest.steps.empty()) {
        const Regimen input = stepRegimen(rest.steps.front(), rest.steps.front().start);
        const bool maintenance = planStatus(after, in.date) == PlanStatus::Maintenance;
        // A linear plan cuts a fixed share of the dose it started from (the first plan or a later
        // re-plan): bounded here by the highest dose the plan ever had.
        double highest = 0;
        for (const Step &st : after.schedule.steps)
            highest = std::max(highest, st.totalMeq.value());
        for (const std::string &e : test::checkSchedule(rest, input, profile, f, highest))
            if (!(maintenance && e.find("above the target") != std::string::npos) &&
                !(maintenance && e.find("target 0") != std::string::npos))
                errors.push_back(at + e);
    }
    const std::string text = planFileText(after);
    try {
        const Plan back =
            readPlan(json::parse(text, "p.json"), "p.json", f); // also: rises only where recorded
        if (planFileText(back) != text) errors.push_back(at + "not byte-stable");
    } catch (const InputError &e) {
        errors.push_back(at + "file refused: " + e.what());
    }
    if (after.revision != before.revision + 1) errors.push_back(at + "revision not +1");
}

/// The starting plans vary: proportional 10 % / 14 days (the default), linear 10 % of the start,
/// proportional 20 % weekly, and linear 5 % every 28 days.
TaperOptions optionsForRun(int run)
{
    TaperOptions o;
    switch (run % 4) {
    case 1:
        o.method = TaperMethod::Linear;
        break;
    case 2:
        o.stepPercent = 20;
        o.intervalDays = 7;
        break;
    case 3:
        o.method = TaperMethod::Linear;
        o.stepPercent = 5;
        o.intervalDays = 28;
        break;
    default:
        break;
    }
    return o;
}

TEST(SessionProperty, GuaranteesHoldAfterAnySequenceOfDecisions)
{
    std::mt19937 rng(20261201);
    int sessions = 0, refused = 0;
    for (const char *name : kRegimens) {
        for (int run = 0; run < 12; ++run) {
            Plan p = test::planFor(name, optionsForRun(run));
            Date date = p.schedule.steps.front().start;
            for (int n = 0; n < 6; ++n) {
                date += date::days(std::uniform_int_distribution<int>(7, 21)(rng));
                const SessionInput in = test::randomSession(rng, date, p);
                Plan next;
                try {
                    next = test::record(p, in);
                } catch (const InputError &) {
                    ++refused; // a decision that cannot apply (e.g. hold on the last step): plan unchanged
                    continue;
                }
                std::vector<std::string> errors;
                checkAfter(p, next, in, errors);
                ASSERT_TRUE(errors.empty()) << name << " run " << run << ": " << errors.front();
                p = std::move(next);
                ++sessions;
            }
        }
    }
    EXPECT_GT(sessions, 400);
    RecordProperty("sessions", sessions);
    RecordProperty("refused", refused);
}

} // namespace
} // namespace taper
