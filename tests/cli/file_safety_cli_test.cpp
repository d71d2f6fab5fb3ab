// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 at the command line: what the red team typed, with the exit code and message it gets now.
#include "taper/plan.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sys/stat.h>

namespace taper {
namespace {

using ::testing::HasSubstr;

std::string regimenWith(const test::TempFolder &dir, const std::string &name, const std::string &line)
{
    const std::string path = dir.file(name);
    std::ofstream(path) << R"({"schema_version": 1, "as_of": "2026-11-21", "lines": [)" << line << "]}";
    return path;
}

const char *const kMorphine30x2 =
    R"({"substance": "morphine", "route": "oral", "release": "extended", "dose": 30, "unit": "mg", "times_per_day": 2})";

// Items 11 and 12: exit 2 naming the file and the JSON pointer (1e309 was "internal error", exit 1).
TEST(FileSafetyCli, NumberBeyondRangeAndDuplicateKeyAreBadInput)
{
    test::TempFolder dir("file-safety-cli");
    const std::string big = regimenWith(dir, "big.json", R"({"substance": "morphine", "route": "oral",
        "release": "extended", "dose": 1e309, "unit": "mg", "times_per_day": 2})");
    auto r = test::runCli({"meq", big});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_THAT(r.err, HasSubstr(big + ": /lines/0/dose: a number too large"));
    const std::string dup = regimenWith(dir, "dup.json", R"({"substance": "morphine", "route": "oral",
        "release": "extended", "dose": 30, "dose": 3000, "unit": "mg", "times_per_day": 2})");
    r = test::runCli({"meq", dup});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_THAT(r.err, HasSubstr(dup + ": /lines/0/dose: duplicate key"));
}

// Item 15: /dev/zero grew without end; a folder was "9223372036854775807 bytes".
TEST(FileSafetyCli, SpecialFilesAreRefused)
{
    test::TempFolder dir("file-safety-cli");
    for (const std::string &path : {std::string("/dev/zero"), dir.path().string()}) {
        const auto r = test::runCli({"meq", path});
        EXPECT_EQ(r.exitCode, 2) << path;
        EXPECT_THAT(r.err, HasSubstr("expected a regular JSON file")) << path;
    }
}

// Item 6: taper --start 9999-06-01 wrote dates the reader refuses.
TEST(FileSafetyCli, FarFutureStartIsRefused)
{
    test::TempFolder dir("file-safety-cli");
    const auto r = test::runCli({"taper", regimenWith(dir, "m.json", kMorphine30x2), "--start", "9999-06-01",
                                 "--today", "2026-11-21", "-o", dir.file("p.json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_THAT(r.err, HasSubstr("--start: got 9999-06-01"));
    EXPECT_FALSE(std::filesystem::exists(dir.file("p.json")));
}

// Item 2, as the red team typed it: m60 with target 60 and 25 % steps, replan then slow the same day.
TEST(FileSafetyCli, SlowAfterReplanLeavesAReadablePlan)
{
    test::TempFolder dir("file-safety-cli");
    const std::string plan = dir.file("p.json");
    ASSERT_EQ(
        test::runCli({"taper", regimenWith(dir, "m60.json", kMorphine30x2), "--start", "2026-11-01",
                      "--today", "2026-11-01", "--target-meq", "60", "--step-percent", "25", "-o", plan})
            .exitCode,
        0);
    ASSERT_EQ(test::runCli(
                  {"session", plan, "--date", "2026-12-03", "--today", "2026-12-03", "--decision", "replan"})
                  .exitCode,
              0);
    const auto slow = test::runCli({"session", plan, "--date", "2026-12-03", "--today", "2026-12-03",
                                    "--decision", "slow", "--step-percent", "1", "--interval-days", "90"});
    EXPECT_EQ(slow.exitCode, 2) << slow.out;
    const auto show = test::runCli({"show", plan});
    EXPECT_EQ(show.exitCode, 0) << show.err;
}

// Item 14: -o /dev/null replaced the device node (as root) with a file holding the plan.
TEST(FileSafetyCli, DeviceOutputIsWrittenNotReplaced)
{
    test::TempFolder dir("file-safety-cli");
    const auto r = test::runCli({"taper", regimenWith(dir, "m.json", kMorphine30x2), "--start", "2026-12-01",
                                 "--today", "2026-11-21", "-o", "/dev/null"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    struct stat st {};
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
}

} // namespace
} // namespace taper
