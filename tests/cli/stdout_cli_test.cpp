// SPDX-License-Identifier: GPL-3.0-or-later
// Standard output that cannot be written is an error (issue 15 item 13): every command with its
// output sent to /dev/full (ENOSPC on every write, as a full disk) exits 1 and says so, instead of
// exit 0 with a document cut short.
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

namespace taper {
namespace {

using ::testing::HasSubstr;

constexpr const char *kFull = "/dev/full";
constexpr const char *kMessage =
    "opioid-taper: error: cannot write to standard output: No space left on device";

std::string regimen(const std::string &name)
{
    return test::sourcePath("tests/data/taper/" + name + ".json");
}

class StandardOutput : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!std::filesystem::exists(kFull)) GTEST_SKIP() << "no /dev/full";
        const auto made = test::runCli({"taper", regimen("anne"), "--start", "2026-12-01", "--today",
                                        "2026-11-21", "-o", m_plan, "--label", "Anne"});
        ASSERT_EQ(made.exitCode, 0) << made.err;
    }

    test::TempFolder m_folder{"stdout-cli"};
    std::string m_plan = m_folder.file("anne.plan.json");
};

TEST_F(StandardOutput, EveryCommandFailsOnAFullDisk)
{
    const std::string anne = test::sourcePath("examples/anne.json");
    const std::vector<std::vector<std::string>> commands{
        {"meq", anne},
        {"meq", anne, "--format", "json"},
        {"check", anne},
        {"review", anne},
        {"formulary", "--profile", "dk"},
        {"formulary", "--profile", "dk", "--format", "csv"},
        {"taper", regimen("anne"), "--start", "2026-12-01"},
        {"show", m_plan, "--today", "2026-12-10", "--history"},
        {"group", m_folder.path().string(), "--date", "2026-12-10"},
        {"report", m_plan, "--kind", "handout", "--format", "md", "-o", "-"},
        {"report", m_plan, "--kind", "review", "--format", "html", "-o", "-"},
        {"report", anne, "--kind", "review", "--format", "md", "-o", "-"},
        {"--help"},
    };
    for (const auto &args : commands) {
        const auto ok = test::runCli(args);
        ASSERT_EQ(ok.exitCode, 0) << args[0] << ": " << ok.err;
        ASSERT_FALSE(ok.out.empty()) << args[0];
        const auto full = test::runCliTo(kFull, args);
        EXPECT_EQ(full.exitCode, 1) << args[0] << " " << args.back();
        EXPECT_THAT(full.err, HasSubstr(kMessage)) << args[0] << " " << args.back();
    }
}

TEST_F(StandardOutput, ASessionSavedBeforeTheFailureSaysSo)
{
    const auto r = test::runCliTo(kFull, {"session", m_plan, "--date", "2026-12-15", "--today", "2026-12-15",
                                          "--decision", "continue"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_THAT(r.err, HasSubstr(kMessage));
    EXPECT_THAT(r.err, HasSubstr(m_plan + " was saved before this error")); // do not record it twice
    EXPECT_THAT(test::fileBytes(m_plan), HasSubstr("\"revision\": 2"));
}

TEST_F(StandardOutput, AnErrorBeforeAnyOutputKeepsItsExitCode)
{
    const auto r = test::runCliTo(kFull, {"show", m_folder.file("missing.json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_THAT(r.err, HasSubstr("missing.json"));
}

} // namespace
} // namespace taper
