// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's "today" is taper::today() (issue 15 item 17): the local calendar date in the zone
// TZ names (Europe/Copenhagen when unset), not the UTC date. Two zones 26 hours apart always disagree
// on the date; under the UTC date they would agree.
#include "taper/dates.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

namespace taper {
namespace {

using ::testing::HasSubstr;

/// The date `show` reports ("Status on YYYY-MM-DD") without --today, and today() in this process
/// before and after the run (the run may cross midnight).
struct Observed {
    std::string shown, before, after;
};

Observed showToday(const std::string &plan, const char *zone)
{
    const test::ScopedEnv tz("TZ", zone);
    Observed o;
    o.before = formatIsoDate(today());
    const auto r = test::runCli({"show", plan});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::smatch m;
    if (std::regex_search(r.out, m, std::regex("Status on (\\d{4}-\\d{2}-\\d{2})"))) o.shown = m[1];
    o.after = formatIsoDate(today());
    return o;
}

TEST(TodayCli, TheCommandLineUsesTheLocalDateOfTz)
{
    const test::TempFolder folder("today-cli");
    const std::string plan = folder.file("p.json");
    ASSERT_EQ(test::runCli({"taper", test::sourcePath("tests/data/taper/anne.json"), "--start", "2026-12-01",
                            "-o", plan})
                  .exitCode,
              0);
    const Observed east = showToday(plan, "Pacific/Kiritimati"); // UTC+14
    const Observed west = showToday(plan, "Etc/GMT+12");         // UTC-12
    EXPECT_TRUE(east.shown == east.before || east.shown == east.after) << east.shown << " " << east.before;
    EXPECT_TRUE(west.shown == west.before || west.shown == west.after) << west.shown << " " << west.before;
    EXPECT_NE(east.shown, west.shown);

    // A session dated today where the user is is not "after today", whatever the UTC date.
    const test::ScopedEnv tz("TZ", "Pacific/Kiritimati");
    const std::string date = formatIsoDate(today());
    const auto r = test::runCli({"session", plan, "--date", date, "--decision", "continue"});
    if (formatIsoDate(today()) == date) { // unless midnight passed meanwhile
        EXPECT_EQ(r.exitCode, 0) << r.err;
    }
}

} // namespace
} // namespace taper
