// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper taper: the issue 17 options (--max-hold-intervals, --no-align-to-sessions,
// --allow-unconfirmed) and the short-exposure pace that an explicit --interval-days / --step-percent
// (or a session's) turns off.
#include "taper/json_reader.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace taper {
namespace {

using ::testing::HasSubstr;

std::string data(const std::string &name)
{
    return test::sourcePath("tests/data/taper/" + name);
}

json::Json options(std::vector<std::string> more)
{
    std::vector<std::string> args{"taper", data("anne.json"), "--start", "2026-12-01", "--format", "json"};
    args.insert(args.end(), more.begin(), more.end());
    const auto r = test::runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    if (r.exitCode != 0) return json::Json::object();
    return json::parse(r.out, "out")["options"];
}

TEST(PlanOptionsCli, Defaults)
{
    const json::Json o = options({});
    EXPECT_EQ(o["max_hold_intervals"], 3);
    EXPECT_EQ(o["align_to_sessions"], true);
    EXPECT_EQ(o["allow_unconfirmed"], false);
    EXPECT_EQ(o["short_exposure_pace"], true);
}

TEST(PlanOptionsCli, FlagsReachTheOptions)
{
    const json::Json o =
        options({"--max-hold-intervals", "6", "--no-align-to-sessions", "--allow-unconfirmed"});
    EXPECT_EQ(o["max_hold_intervals"], 6);
    EXPECT_EQ(o["align_to_sessions"], false);
    EXPECT_EQ(o["allow_unconfirmed"], true);
    EXPECT_EQ(options({"--max-hold-intervals", "1"})["max_hold_intervals"], 1);
}

TEST(PlanOptionsCli, AnExplicitPaceIsNeverReplaced)
{
    // Even when the value equals the default: the user chose it.
    EXPECT_EQ(options({"--interval-days", "14"})["short_exposure_pace"], false);
    EXPECT_EQ(options({"--step-percent", "10"})["short_exposure_pace"], false);
    EXPECT_EQ(options({"--target-meq", "0"})["short_exposure_pace"], true);
}

TEST(PlanOptionsCli, BadMaxHoldIntervalsExitTwo)
{
    for (const char *bad : {"0", "7", "-1", "abc", "2.5"}) {
        const auto r =
            test::runCli({"taper", data("anne.json"), "--start", "2026-12-01", "--max-hold-intervals", bad});
        EXPECT_EQ(r.exitCode, 2) << bad;
        EXPECT_THAT(r.err, HasSubstr("--max-hold-intervals")) << bad;
        EXPECT_TRUE(r.out.empty()) << bad;
    }
    const auto r =
        test::runCli({"taper", data("anne.json"), "--start", "2026-12-01", "--max-hold-intervals", "7"});
    EXPECT_THAT(r.err, HasSubstr("1 to 6"));
}

TEST(PlanOptionsCli, ThePlanFileKeepsTheOptionsAndASessionPaceTurnsShortExposureOff)
{
    test::TempFolder dir("plan-options-cli");
    const std::string plan = dir.file("plan.json");
    auto r = test::runCli({"taper", data("anne.json"), "--start", "2026-12-01", "--today", "2026-11-21", "-o",
                           plan, "--max-hold-intervals", "2", "--allow-unconfirmed"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json::Json j = json::parse(test::fileBytes(plan), "plan");
    EXPECT_EQ(j["options"]["max_hold_intervals"], 2);
    EXPECT_EQ(j["options"]["allow_unconfirmed"], true);
    EXPECT_EQ(j["options"]["short_exposure_pace"], true);
    r = test::runCli({"session", plan, "--date", "2026-12-15", "--today", "2026-12-15", "--decision",
                      "replan", "--step-percent", "5"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    j = json::parse(test::fileBytes(plan), "plan");
    EXPECT_EQ(j["options"]["step_percent"], 5);
    EXPECT_EQ(j["options"]["short_exposure_pace"], false);
    EXPECT_EQ(j["options"]["max_hold_intervals"], 2); // the rest as planned
    EXPECT_EQ(j["options"]["allow_unconfirmed"], true);
}

} // namespace
} // namespace taper
