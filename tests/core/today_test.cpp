// SPDX-License-Identifier: GPL-3.0-or-later
// today() (issue 15 item 17, issue 19 item 4): the Danish calendar date, not the UTC date, unless TZ
// names another zone; pinned instants around midnight and around the summer-time changes.
#include "taper/dates.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <vector>

namespace taper {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::system_clock;

Clock::time_point utc(const char *isoDate, std::chrono::minutes timeOfDay)
{
    return Clock::time_point(*parseIsoDate(isoDate)) + timeOfDay;
}

std::string iso(Date d)
{
    return formatIsoDate(d);
}

TEST(Today, WithoutTzItIsTheDanishDateInWinter)
{
    const test::ScopedEnv tz("TZ", nullptr);
    EXPECT_EQ(iso(today(utc("2026-12-03", 23h + 30min))), "2026-12-04"); // 00:30 CET
    EXPECT_EQ(iso(today(utc("2026-12-03", 22h + 59min))), "2026-12-03"); // 23:59 CET
    EXPECT_EQ(iso(today(utc("2026-12-03", 23h))), "2026-12-04");         // midnight CET
}

TEST(Today, WithoutTzItIsTheDanishDateInSummer)
{
    const test::ScopedEnv tz("TZ", nullptr);
    EXPECT_EQ(iso(today(utc("2026-07-01", 22h + 30min))), "2026-07-02"); // 00:30 CEST
    EXPECT_EQ(iso(today(utc("2026-07-01", 21h + 59min))), "2026-07-01"); // 23:59 CEST
    EXPECT_EQ(iso(today(utc("2026-07-01", 0h))), "2026-07-01");
}

TEST(Today, TzUtcGivesTheUtcDate)
{
    const test::ScopedEnv tz("TZ", "UTC");
    EXPECT_EQ(iso(today(utc("2026-12-03", 23h + 30min))), "2026-12-03");
    EXPECT_EQ(iso(today(utc("2026-07-01", 22h + 30min))), "2026-07-01");
}

TEST(Today, TzNamesAnyZone)
{
    {
        const test::ScopedEnv tz("TZ", "America/New_York");
        EXPECT_EQ(iso(today(utc("2026-12-04", 3h + 30min))), "2026-12-03"); // 22:30 EST
    }
    {
        const test::ScopedEnv tz("TZ", "Europe/Copenhagen");
        EXPECT_EQ(iso(today(utc("2026-12-03", 23h + 30min))), "2026-12-04");
    }
}

TEST(Today, WithoutArgumentsItIsTheDateOfNow)
{
    const test::ScopedEnv tz("TZ", nullptr);
    const Date before = today(Clock::now());
    const Date now = today();
    EXPECT_TRUE(now == before || now == before + date::days{1}) << iso(now);
}

/// The rule used without a tz database agrees with the database (read by date's tz library with TZ
/// unset, and by the C library with TZ=Europe/Copenhagen) every 15 minutes around both summer-time
/// changes and New Year, 1997-2037.
TEST(Today, CentralEuropeanRuleMatchesTheTzDatabase)
{
    std::vector<Clock::time_point> instants;
    for (int year = 1997; year <= 2037; ++year) {
        const date::year y{year};
        const Date march =
            Date(date::year_month_weekday_last{y, date::March, date::weekday_last{date::Sunday}});
        const Date october =
            Date(date::year_month_weekday_last{y, date::October, date::weekday_last{date::Sunday}});
        const Date newYear = Date(date::year_month_day{y, date::January, date::day{1}});
        for (const Date around : {march, october, newYear})
            for (auto t = Clock::time_point(around) - 26h; t < Clock::time_point(around) + 26h; t += 15min)
                instants.push_back(t);
    }
    for (const char *zone : {static_cast<const char *>(nullptr), "Europe/Copenhagen"}) {
        const test::ScopedEnv tz("TZ", zone);
        for (const Clock::time_point t : instants)
            ASSERT_EQ(iso(centralEuropeanDate(t)), iso(today(t)))
                << (zone ? zone : "TZ unset") << " at " << Clock::to_time_t(t);
    }
}

} // namespace
} // namespace taper
