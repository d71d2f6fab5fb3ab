// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper taper: exit codes, JSON keys, text table, plan files.
#include "taper/json_reader.h"
#include "taper/plan.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace taper {
namespace {

using ::testing::HasSubstr;

std::string data(const std::string &name)
{
    return test::sourcePath("tests/data/taper/" + name);
}

TEST(TaperCli, JsonKeys)
{
    const auto r = test::runCli({"taper", data("anne.json"), "--start", "2026-12-01", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = json::parse(r.out, "out");
    for (const char *key : {"profile", "options", "steps", "dispense_total", "notes"})
        EXPECT_TRUE(j.contains(key)) << key;
    const auto &dose = j["steps"][0]["doses"][0];
    for (const char *key : {"product", "substance", "route", "release", "strength", "unit", "units_per_day",
                            "prn", "units_by_time"})
        EXPECT_TRUE(dose.contains(key)) << key;
    const auto &prn = j["steps"][0]["doses"][1];
    EXPECT_EQ(prn["prn"], true);
    EXPECT_EQ(prn["units_per_day"], 6);
    EXPECT_EQ(j["steps"].back()["total_meq_mg"], 0);
    EXPECT_TRUE(j["steps"].back()["doses"].empty());
    EXPECT_EQ(j["options"]["interval_days"], 14);
}

TEST(TaperCli, TextTable)
{
    const auto r = test::runCli({"taper", data("fentanyl-75.json"), "--start", "2026-12-01"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Morning"));
    EXPECT_THAT(r.out, HasSubstr("2026-12-15"));
    EXPECT_THAT(r.out, HasSubstr("patch"));
}

TEST(TaperCli, DanishTextTable)
{
    const auto r = test::runCli({"taper", data("fentanyl-75.json"), "--start", "2026-12-01", "--lang", "da"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    for (const char *word : {"Nedtrapningsplan", "Præparat   ", "Morgen", "skiftes hver 72 timer",
                             "MEQ mg/døgn", "Udleveres i alt", "plastre", "2026-12-15"})
        EXPECT_THAT(r.out, HasSubstr(word));
    EXPECT_THAT(r.out, ::testing::Not(HasSubstr("Morning")));
    const std::string plan = (std::filesystem::temp_directory_path() /
                              ("lang-refused-" + std::to_string(::getpid()) + ".plan.json"))
                                 .string();
    const auto bad = test::runCli({"taper", data("fentanyl-75.json"), "--lang", "de", "-o", plan});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_THAT(bad.err, HasSubstr("--lang"));
    EXPECT_FALSE(std::filesystem::exists(plan)) << "nothing is written when an option is wrong";
}

TEST(TaperCli, BadInputExitsTwoNamingTheOption)
{
    struct Case {
        std::vector<std::string> args;
        std::string expected;
    };
    const std::string anne = data("anne.json");
    const std::vector<Case> cases{
        {{"taper", data("methadone.json")}, "methadone"},
        {{"taper", anne, "--interval-days", "0"}, "--interval-days"},
        {{"taper", anne, "--interval-days", "91"}, "--interval-days"},
        {{"taper", anne, "--step-percent", "0"}, "--step-percent"},
        {{"taper", anne, "--step-percent", "60"}, "--step-percent"},
        {{"taper", anne, "--target-meq", "400"}, "--target-meq"},
        {{"taper", anne, "--start", "2026-02-30"}, "--start"},
        {{"taper", anne, "--today", "2026-13-01", "-o", "unwritten.json"}, "--today"},
        {{"taper", anne, "--rotate-to", "fentanyl"}, "--rotate-to"},
        {{"taper", anne, "--cross-tolerance-reduction", "30"}, "rotate-to"},
        {{"taper", anne, "--profile", "nope"}, "--profile"},
    };
    for (const Case &c : cases) {
        const auto r = test::runCli(c.args);
        EXPECT_EQ(r.exitCode, 2) << c.expected << ": " << r.out;
        EXPECT_THAT(r.err, HasSubstr(c.expected));
        EXPECT_TRUE(r.out.empty()) << c.expected;
    }
}

TEST(TaperCli, NoDispensableStrengthExitsTwo)
{
    const auto r = test::runCli({"taper", "-"}, R"({"schema_version":1,"lines":[{"substance":"buprenorphine",
        "route":"sublingual","release":"immediate","dose":0.4,"unit":"mg","times_per_day":2}]})");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_THAT(r.err, HasSubstr("/lines/0"));
}

TEST(TaperCli, WritesAPlanFileThatReadsBackByteIdentically)
{
    const auto dir =
        std::filesystem::temp_directory_path() / ("taper-cli-plan-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "plan.json").string();
    const auto r = test::runCli({"taper", data("two-opioids.json"), "--start", "2026-12-01", "--today",
                                 "2026-11-21", "-o", path, "--label", "010203-1234"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.err, HasSubstr("CPR"));
    std::ifstream in(path, std::ios::binary);
    const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(planFileText(readPlanFile(path, test::formulary())), written);
    EXPECT_THAT(written, HasSubstr(R"("created": "2026-11-21")")); // --today, not the clock
    std::filesystem::remove_all(dir);
}

/// `taper -o` over an existing plan (issue 15 item 3): a plan with a history, or a file that may be a
/// damaged plan, is refused without --force (exit 2, the file untouched); a fresh plan or a regimen
/// file is replaced as before.
class TaperOverwrite : public ::testing::Test {
protected:
    test::CliResult taper(const std::string &target, bool force = false)
    {
        std::vector<std::string> args{
            "taper", data("anne.json"), "--start", "2026-12-01", "--today", "2026-11-21", "-o",
            target,  "--label",         "Anne"};
        if (force) args.push_back("--force");
        return test::runCli(args);
    }

    test::TempFolder m_folder{"taper-overwrite"};
    std::string m_plan = m_folder.file("anne.plan.json");
};

TEST_F(TaperOverwrite, RefusesToReplaceAPlanWithSessionsUnlessForced)
{
    ASSERT_EQ(taper(m_plan).exitCode, 0);
    const auto session = test::runCli({"session", m_plan, "--date", "2026-12-15", "--today", "2026-12-15",
                                       "--decision", "hold", "--reason", "uro"});
    ASSERT_EQ(session.exitCode, 0) << session.err;
    const std::string before = test::fileBytes(m_plan);

    const auto refused = taper(m_plan);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_THAT(refused.err, HasSubstr(m_plan + ": holds a plan at revision 2 with 1 session"));
    EXPECT_THAT(refused.err, HasSubstr("--force"));
    EXPECT_TRUE(refused.out.empty());
    EXPECT_EQ(test::fileBytes(m_plan), before);

    const auto forced = taper(m_plan, true);
    ASSERT_EQ(forced.exitCode, 0) << forced.err;
    const Plan replaced = readPlanFile(m_plan, test::formulary());
    EXPECT_EQ(replaced.revision, 1);
    EXPECT_TRUE(replaced.sessions.empty());
}

TEST_F(TaperOverwrite, RefusesAFileThatMayBeADamagedPlan)
{
    std::ofstream(m_plan) << R"({"schema_version": 1, "revision": 3, "label": "Anne", "sessions": [{"da)";
    const std::string before = test::fileBytes(m_plan);
    const auto refused = taper(m_plan);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_THAT(refused.err, HasSubstr("cannot be read as JSON"));
    EXPECT_THAT(refused.err, HasSubstr("--force"));
    EXPECT_THAT(refused.err, ::testing::Not(HasSubstr("Anne")));
    EXPECT_EQ(test::fileBytes(m_plan), before);
    EXPECT_EQ(taper(m_plan, true).exitCode, 0);
}

TEST_F(TaperOverwrite, ReplacesAFreshPlanOrARegimenAsBefore)
{
    ASSERT_EQ(taper(m_plan).exitCode, 0);
    EXPECT_EQ(taper(m_plan).exitCode, 0); // revision 1, no sessions: nothing is lost
    const std::string regimen = m_folder.file("anne.json");
    std::filesystem::copy_file(data("anne.json"), regimen);
    EXPECT_EQ(taper(regimen).exitCode, 0);
    const auto forceWithoutOutput = test::runCli({"taper", data("anne.json"), "--force"});
    EXPECT_EQ(forceWithoutOutput.exitCode, 2); // --force needs -o
}

} // namespace
} // namespace taper
