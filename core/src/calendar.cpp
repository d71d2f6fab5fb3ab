// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/calendar.h"

#include "taper/plan.h"

namespace taper {

namespace {

Date ymd(int year, unsigned month, unsigned day)
{
    return date::sys_days{date::year{year} / date::month{month} / date::day{day}};
}

} // namespace

Date easterSunday(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return ymd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

bool isDanishHoliday(Date d)
{
    const date::year_month_day ymdOf{d};
    const int year = int(ymdOf.year());
    const unsigned month = unsigned(ymdOf.month()), day = unsigned(ymdOf.day());
    if ((month == 1 && day == 1) || (month == 6 && day == 5) || (month == 12 && day >= 24 && day <= 26) ||
        (month == 12 && day == 31))
        return true;
    const int fromEaster = int((d - easterSunday(year)).count());
    for (int offset : {-3, -2, 0, 1, 39, 49, 50})
        if (fromEaster == offset) return true;
    return fromEaster == 26 && year <= 2023; // store bededag
}

bool isClinicDay(Date d)
{
    const date::weekday w{d};
    return w != date::Saturday && w != date::Sunday && !isDanishHoliday(d);
}

Date nextClinicDay(Date d)
{
    while (!isClinicDay(d))
        d += date::days(1);
    return d;
}

std::vector<Date> upcomingSessions(const Plan &plan, Date from, int count)
{
    std::vector<Date> out;
    const auto &steps = plan.schedule.steps;
    if (steps.empty() || count <= 0) return out;
    const int interval = plan.schedule.options.intervalDays;
    const Date anchor = plan.sessions.empty() ? steps.front().start : plan.sessions.back().date;
    const Date last = steps.back().start;
    for (Date rhythm = anchor; static_cast<int>(out.size()) < count; rhythm += date::days(interval)) {
        const Date session = nextClinicDay(rhythm);
        if (session >= from && (out.empty() || session > out.back())) out.push_back(session);
        if (rhythm >= last) break;
    }
    return out;
}

} // namespace taper
