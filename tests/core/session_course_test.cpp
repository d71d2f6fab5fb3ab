// SPDX-License-Identifier: GPL-3.0-or-later
// A scripted 5-session tapering-group course (continue, hold, slow, step back, stop) on depot morphine
// 240 mg, checked by hand-worked expectations and by golden plan files after every session.
// Regenerate after a deliberate change with: UPDATE_GOLDEN=1 ctest -R SessionCourse (then review the diff).
#include "session_test_support.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace taper {
namespace {

using test::day;
using test::sessionOn;

void expectGolden(const Plan &p, const std::string &name)
{
    const std::string text = planFileText(p);
    const std::string path = test::sourcePath("tests/golden/session/" + name + ".json");
    if (std::getenv("UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << text;
        return;
    }
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << "missing golden file " << path << " (run with UPDATE_GOLDEN=1)";
    const std::string golden((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(text, golden) << name << " changed; review and regenerate with UPDATE_GOLDEN=1";
    // The golden file reads back into the same bytes (strict reader, consistency checks).
    EXPECT_EQ(planFileText(readPlan(json::parse(golden, path), path, test::formulary())), golden);
}

std::vector<double> totals(const Plan &p)
{
    std::vector<double> t;
    for (const Step &s : p.schedule.steps)
        t.push_back(s.totalMeq.value());
    return t;
}

TEST(SessionCourse, FiveGroupSessions)
{
    Plan p = test::planFor("morphine-depot-240");
    ASSERT_EQ(formatIsoDate(p.schedule.steps[2].start), "2026-12-29");
    const std::size_t planned = p.schedule.steps.size();

    // 1. 2026-12-15: step 0 went well → continue (nothing in the steps changes).
    SessionInput in = sessionOn("2026-12-15", SessionDecision::Continue);
    in.withdrawal = 1;
    in.pain = 5;
    in.by = "sygeplejerske LB";
    p = test::record(p, in);
    EXPECT_EQ(p.revision, 2);
    EXPECT_TRUE(p.scheduleHistory.empty());
    EXPECT_EQ(p.sessions.back().step, 0);
    expectGolden(p, "course-1-continue");

    // 2. 2026-12-29: moderate withdrawal on step 1 (220) → hold 14 days; step 2 moves to 2027-01-12.
    in = sessionOn("2026-12-29", SessionDecision::Hold);
    in.withdrawal = 2;
    in.pain = 6;
    in.withdrawalNote = "sveden, uro om natten";
    p = test::record(p, in);
    EXPECT_EQ(p.sessions.back().step, 1);
    EXPECT_EQ(p.sessions.back().holdDays, 14);
    EXPECT_EQ(formatIsoDate(*p.schedule.steps[1].end), "2027-01-11");
    EXPECT_EQ(formatIsoDate(p.schedule.steps[2].start), "2027-01-12");
    EXPECT_EQ(p.schedule.steps[1].dispense[0].units.value, 2 * 2 * 28); // 100 mg × 2 a day for 28 days
    ASSERT_EQ(p.scheduleHistory.size(), 1u);
    EXPECT_EQ(p.scheduleHistory[0].reason, "hold");
    EXPECT_EQ(p.scheduleHistory[0].revision, 2);
    expectGolden(p, "course-2-hold");

    // 3. 2027-01-12: still 220 → slow: half the step percent (5 %) from the next planned change.
    in = sessionOn("2027-01-12", SessionDecision::Slow);
    in.withdrawal = 1;
    p = test::record(p, in);
    EXPECT_DOUBLE_EQ(p.schedule.options.stepPercent, 5);
    EXPECT_EQ(p.sessions.back().stepPercent, 5);
    EXPECT_EQ(formatIsoDate(p.schedule.options.start), "2026-12-01");
    const std::vector<double> t = totals(p);
    EXPECT_EQ(std::vector<double>(t.begin(), t.begin() + 5), (std::vector<double>{240, 220, 210, 200, 190}));
    EXPECT_EQ(formatIsoDate(p.schedule.steps[2].start), "2027-01-12");
    expectGolden(p, "course-3-slow");

    // 4. 2027-01-26: severe withdrawal on 210 → step back to 220 (the only increase, with its reason).
    in = sessionOn("2027-01-26", SessionDecision::StepBack);
    in.withdrawal = 3;
    in.reason = "svære abstinenser, sover ikke";
    p = test::record(p, in);
    ASSERT_TRUE(p.sessions.back().increase);
    EXPECT_EQ(p.sessions.back().increase->step, 3);
    EXPECT_DOUBLE_EQ(p.sessions.back().increase->from.value(), 210);
    EXPECT_DOUBLE_EQ(p.sessions.back().increase->to.value(), 220);
    EXPECT_EQ(formatIsoDate(p.schedule.steps[3].start), "2027-01-26");
    EXPECT_EQ(formatIsoDate(*p.schedule.steps[2].end), "2027-01-25");
    expectGolden(p, "course-4-step-back");

    // 5. 2027-02-09: the patient settles → stop_taper: 220 becomes the maintenance dose, review in 3 months.
    in = sessionOn("2027-02-09", SessionDecision::StopTaper);
    in.pain = 4;
    in.functionNote = "sover bedre, går tur dagligt";
    p = test::record(p, in);
    EXPECT_EQ(p.schedule.steps.size(), 4u);
    EXPECT_FALSE(p.schedule.steps.back().end);
    EXPECT_DOUBLE_EQ(p.schedule.steps.back().totalMeq.value(), 220);
    EXPECT_EQ(formatIsoDate(*p.sessions.back().reviewDate), "2027-05-09");
    EXPECT_EQ(planStatus(p, day("2027-02-10")), PlanStatus::Maintenance);
    EXPECT_EQ(p.revision, 6);
    EXPECT_EQ(p.sessions.size(), 5u);
    EXPECT_EQ(p.scheduleHistory.size(), 4u);
    EXPECT_EQ(p.scheduleHistory[0].steps.size(), planned);
    expectGolden(p, "course-5-stop");
}

TEST(SessionCourse, AnneSettlesAtTwentyTimesThree)
{
    // The seeds' Anne: after tapering she settles on a maintenance dose; stop_taper keeps it with a review.
    Plan p = test::planFor("anne");
    const double step2 = p.schedule.steps[2].totalMeq.value();
    p = test::record(p, sessionOn("2026-12-15", SessionDecision::Continue));
    p = test::record(p, sessionOn("2026-12-29", SessionDecision::Continue));
    SessionInput stop = sessionOn("2027-01-12", SessionDecision::StopTaper);
    stop.reviewDate = day("2027-03-01");
    p = test::record(p, stop);
    EXPECT_DOUBLE_EQ(p.schedule.steps.back().totalMeq.value(), step2);
    EXPECT_EQ(formatIsoDate(*p.sessions.back().reviewDate), "2027-03-01");
    EXPECT_TRUE(attentionFlags(p, day("2027-03-01")) == std::vector<Attention>{Attention::ReviewDue});
    expectGolden(p, "anne-stop");
}

} // namespace
} // namespace taper
