// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 item 1: what the writer writes, the reader reads, however long the course. A plan's file
// grows with every session that changes the steps (schedule_history); these courses are longer than
// any real one (200 sessions: about 8 years of a fortnightly tapering group), and every file they
// produce must read back, byte-stable, under kMaxPlanFileBytes with room to spare. The largest file
// seen is recorded as a test property (docs/plan-format.md quotes it).
#include "session_test_support.h"

#include <gtest/gtest.h>

#include <random>

namespace taper {
namespace {

constexpr int kSessions = 200;

struct Course {
    std::size_t largestBytes = 0;
    int recorded = 0;
};

/// Reads `p`'s file text back; fails the test (with the session number) when it is refused or not
/// byte-stable. Returns the size in bytes.
std::size_t checkReadable(const Plan &p, int session)
{
    const std::string text = planFileText(p);
    try {
        const Plan back =
            readPlan(json::parse(text, "p.json", kMaxPlanFileBytes), "p.json", test::formulary());
        EXPECT_EQ(planFileText(back), text) << "session " << session << ": not byte-stable";
    } catch (const InputError &e) {
        ADD_FAILURE() << "session " << session << ": refused: " << e.what();
    }
    return text.size();
}

template <class NextSession> Course runCourse(Plan p, int everyDays, NextSession next)
{
    Course course;
    Date date = p.schedule.steps.front().start;
    for (int n = 1; n <= kSessions && !::testing::Test::HasFailure(); ++n) {
        date += date::days(everyDays);
        try {
            p = test::record(p, next(n, date, p));
        } catch (const InputError &) {
            continue; // a decision that cannot apply today (hold on the last step …): plan unchanged
        }
        ++course.recorded;
        course.largestBytes = std::max(course.largestBytes, checkReadable(p, n));
    }
    return course;
}

SessionInput alternateReplanAndHold(int n, Date date, const Plan &)
{
    return test::sessionOn(formatIsoDate(date).c_str(),
                           n % 2 ? SessionDecision::Replan : SessionDecision::Hold);
}

TaperOptions slowTaper()
{
    TaperOptions o;
    o.stepPercent = 5;
    return o;
}

// The red team's course: Anne at 5 % steps, a session every 14 days alternating replan and hold. It made
// the file unreadable at session 31 (1 075 879 bytes over the 1 MiB limit).
TEST(PlanGrowth, FortnightlyReplanAndHoldStaysReadable)
{
    const Course c = runCourse(test::planFor("anne", slowTaper()), 14, alternateReplanAndHold);
    EXPECT_GE(c.recorded, kSessions / 2);
    EXPECT_LT(c.largestBytes, kMaxPlanFileBytes / 4)
        << "the growth is no longer bounded as docs/plan-format.md says";
    ::testing::Test::RecordProperty("largest_bytes", std::to_string(c.largestBytes));
}

// Weekly replans hit the old limit after 26 sessions.
TEST(PlanGrowth, WeeklyReplansStayReadable)
{
    const Course c = runCourse(test::planFor("anne", slowTaper()), 7, [](int, Date date, const Plan &) {
        return test::sessionOn(formatIsoDate(date).c_str(), SessionDecision::Replan);
    });
    EXPECT_LT(c.largestBytes, kMaxPlanFileBytes / 4);
    ::testing::Test::RecordProperty("largest_bytes", std::to_string(c.largestBytes));
}

// 200 sessions of random valid decisions on several regimens: every file is readable.
TEST(PlanGrowth, RandomCoursesOf200SessionsStayReadable)
{
    std::mt19937 rng(20261203);
    std::size_t largest = 0;
    for (const char *name : {"anne", "morphine-depot-240", "oxycontin-oxynorm-prn", "fentanyl-75"}) {
        const Course c =
            runCourse(test::planFor(name, slowTaper()), 14,
                      [&rng](int, Date date, const Plan &p) { return test::randomSession(rng, date, p); });
        SCOPED_TRACE(name);
        EXPECT_GT(c.recorded, 0);
        largest = std::max(largest, c.largestBytes);
    }
    EXPECT_LT(largest, kMaxPlanFileBytes / 4);
    ::testing::Test::RecordProperty("largest_bytes", std::to_string(largest));
}

} // namespace
} // namespace taper
