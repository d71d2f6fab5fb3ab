// SPDX-License-Identifier: GPL-3.0-or-later
// Danish clinic days and session dates (taper/calendar.h): Easter from the algorithm against known
// dates, the holidays around it, store bededag's abolition, and a plan's session rhythm moved off
// weekends and holidays.
#include "taper/calendar.h"
#include "taper/plan.h"

#include <gtest/gtest.h>

using namespace taper;

namespace {

Date iso(const char *text)
{
    return *parseIsoDate(text);
}

Plan planFrom(const char *firstStart, int steps, int intervalDays)
{
    Plan plan;
    plan.schedule.options.intervalDays = intervalDays;
    for (int i = 0; i < steps; ++i) {
        Step s;
        s.index = i;
        s.start = iso(firstStart) + date::days(i * intervalDays);
        plan.schedule.steps.push_back(s);
    }
    return plan;
}

} // namespace

TEST(Calendar, EasterSundayMatchesTheAlmanac)
{
    EXPECT_EQ(easterSunday(2000), iso("2000-04-23"));
    EXPECT_EQ(easterSunday(2019), iso("2019-04-21"));
    EXPECT_EQ(easterSunday(2024), iso("2024-03-31"));
    EXPECT_EQ(easterSunday(2025), iso("2025-04-20"));
    EXPECT_EQ(easterSunday(2026), iso("2026-04-05"));
    EXPECT_EQ(easterSunday(2027), iso("2027-03-28"));
    EXPECT_EQ(easterSunday(2038), iso("2038-04-25")); // the latest possible
    EXPECT_EQ(easterSunday(2285), iso("2285-03-22")); // the earliest possible
}

TEST(Calendar, DanishHolidaysOf2027)
{
    for (const char *d :
         {"2027-01-01", "2027-03-25", "2027-03-26", "2027-03-28", "2027-03-29", "2027-05-06", "2027-05-16",
          "2027-05-17", "2027-06-05", "2027-12-24", "2027-12-25", "2027-12-26", "2027-12-31"})
        EXPECT_TRUE(isDanishHoliday(iso(d))) << d;
    for (const char *d : {"2027-03-24", "2027-03-30", "2027-04-23", "2027-05-07", "2027-12-23", "2027-12-27"})
        EXPECT_FALSE(isDanishHoliday(iso(d))) << d;
}

TEST(Calendar, StoreBededagEndedIn2023)
{
    EXPECT_TRUE(isDanishHoliday(iso("2023-05-05")));
    EXPECT_FALSE(isDanishHoliday(iso("2024-04-26")));
}

TEST(Calendar, NextClinicDaySkipsWeekendsAndHolidays)
{
    EXPECT_EQ(nextClinicDay(iso("2026-12-07")), iso("2026-12-07")); // a Monday
    EXPECT_EQ(nextClinicDay(iso("2026-12-05")), iso("2026-12-07")); // Saturday → Monday
    EXPECT_EQ(nextClinicDay(iso("2026-12-24")), iso("2026-12-28")); // Christmas → Monday after
    EXPECT_EQ(nextClinicDay(iso("2027-03-25")), iso("2027-03-30")); // Easter → Tuesday after
    EXPECT_FALSE(isClinicDay(iso("2026-12-06")));
}

TEST(Calendar, SessionsFollowTheRhythmAndAvoidClosedDays)
{
    // Mondays every 14 days from 15 March 2027: 29 March is 2. påskedag → Tuesday 30 March; the rhythm
    // keeps its Mondays afterwards.
    const Plan plan = planFrom("2027-03-15", 4, 14);
    const std::vector<Date> all = upcomingSessions(plan, iso("2027-03-01"), 10);
    const std::vector<Date> want{iso("2027-03-15"), iso("2027-03-30"), iso("2027-04-12"), iso("2027-04-26")};
    EXPECT_EQ(all, want);
    EXPECT_EQ(upcomingSessions(plan, iso("2027-03-16"), 2),
              (std::vector<Date>{iso("2027-03-30"), iso("2027-04-12")}));
    for (Date d : all)
        EXPECT_TRUE(isClinicDay(d));
}

TEST(Calendar, SessionsRunFromTheLastRecordedSession)
{
    Plan plan = planFrom("2026-12-07", 3, 14);
    Session held;
    held.date = iso("2026-12-23"); // a session held on a Wednesday: the rhythm moves with it
    plan.sessions.push_back(held);
    const std::vector<Date> next = upcomingSessions(plan, iso("2026-12-24"), 5);
    // The last step starts 4 January 2027; the session on 6 January is its follow-up, and the last.
    EXPECT_EQ(next, (std::vector<Date>{iso("2027-01-06")}));
}

TEST(Calendar, NoStepsNoSessions)
{
    EXPECT_TRUE(upcomingSessions(Plan{}, iso("2026-12-01"), 5).empty());
}
