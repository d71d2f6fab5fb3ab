// SPDX-License-Identifier: GPL-3.0-or-later
// stop_taper keeps the maintenance dose's threshold finding in the session record (issue 16 item 11).
#include "session_test_support.h"

#include <gtest/gtest.h>

using namespace taper;
using test::record;
using test::sessionOn;

namespace {

std::string text(const Finding &f, std::string_view key)
{
    const FindingValue *v = f.parameter(key);
    return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v) : std::string();
}

double number(const Finding &f, std::string_view key)
{
    const FindingValue *v = f.parameter(key);
    return v && std::holds_alternative<double>(*v) ? std::get<double>(*v) : -1;
}

Plan readBack(const Plan &p)
{
    return readPlan(json::parse(planFileText(p), "p.json"), "p.json", test::formulary());
}

} // namespace

TEST(SessionMaintenance, StopAbove100KeepsTheCriticalThresholdFinding)
{
    // Anne: 240 mg depot morphine + OxyNorm PRN, far above 100 mg MEQ at step 0.
    const Plan p = record(test::planFor("anne"), sessionOn("2026-12-08", SessionDecision::StopTaper));
    const Session &s = p.sessions.back();
    ASSERT_TRUE(s.maintenanceFinding);
    const Finding &f = *s.maintenanceFinding;
    EXPECT_EQ(f.code, FindingCode::VeryHighMeq);
    EXPECT_EQ(f.severity, Severity::Critical);
    EXPECT_EQ(f.source, "DK-SEP");
    EXPECT_DOUBLE_EQ(number(f, "total_meq_mg"), p.schedule.steps.back().totalMeq.value());
    EXPECT_DOUBLE_EQ(number(f, "threshold_mg"), 100);
    EXPECT_EQ(text(f, "inclusive"), "false");
    EXPECT_EQ(text(f, "methadone_in_total"), "false");

    const Plan back = readBack(p);
    ASSERT_TRUE(back.sessions.back().maintenanceFinding);
    EXPECT_EQ(planFileText(back), planFileText(p));
}

TEST(SessionMaintenance, StopBetween60And100KeepsHighMeq)
{
    // Step down until the current step is above 60 but not above 100 mg MEQ, then stop there.
    Plan p = test::planFor("morphine-depot-240");
    std::size_t i = 0;
    while (i < p.schedule.steps.size() && p.schedule.steps[i].totalMeq.value() > 100)
        ++i;
    ASSERT_LT(i, p.schedule.steps.size());
    ASSERT_GT(p.schedule.steps[i].totalMeq.value(), 60);
    const Date inStep = p.schedule.steps[i].start + date::days{1};
    SessionInput in = sessionOn("2026-12-01", SessionDecision::StopTaper);
    in.date = inStep;
    p = recordSession(p, in, inStep, test::formulary());
    ASSERT_TRUE(p.sessions.back().maintenanceFinding);
    EXPECT_EQ(p.sessions.back().maintenanceFinding->code, FindingCode::HighMeq);
    EXPECT_EQ(p.sessions.back().maintenanceFinding->severity, Severity::Warning);
}

TEST(SessionMaintenance, StopAtOrBelow60KeepsNothingAndWritesNoKey)
{
    Plan p = test::planFor("morphine-depot-240");
    std::size_t i = 0;
    while (i < p.schedule.steps.size() && p.schedule.steps[i].totalMeq.value() > 60)
        ++i;
    ASSERT_LT(i, p.schedule.steps.size());
    const Date inStep = p.schedule.steps[i].start + date::days{1};
    SessionInput in = sessionOn("2026-12-01", SessionDecision::StopTaper);
    in.date = inStep;
    p = recordSession(p, in, inStep, test::formulary());
    EXPECT_FALSE(p.sessions.back().maintenanceFinding);
    EXPECT_EQ(planFileText(p).find("maintenance_finding"), std::string::npos);
}

TEST(SessionMaintenance, ReaderRefusesAKeptFindingThatDoesNotFit)
{
    const Plan p = record(test::planFor("anne"), sessionOn("2026-12-08", SessionDecision::StopTaper));
    const std::string good = planFileText(p);
    const auto refused = [&](const std::string &from, const std::string &to, const std::string &word) {
        std::string bad = good;
        const auto at = bad.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        bad.replace(at, from.size(), to);
        try {
            readPlan(json::parse(bad, "p.json"), "p.json", test::formulary());
            ADD_FAILURE() << "accepted " << to;
        } catch (const InputError &e) {
            EXPECT_NE(test::message(e).find(word), std::string::npos) << e.what();
            EXPECT_NE(test::message(e).find("maintenance_finding"), std::string::npos) << e.what();
        }
    };
    refused("\"code\": \"very_high_meq\"", "\"code\": \"fast_taper\"", "high_meq");
    refused("\"severity\": \"critical\"", "\"severity\": \"info\"", "critical");
    refused("\"source\": \"DK-SEP\"", "\"source\": \"NOPE\"", "source");
    refused("\"threshold_mg\": 100", "\"threshold_mg\": -1", "positive");
    refused("\"decision\": \"stop_taper\"", "\"decision\": \"continue\"", "stop_taper");
}
