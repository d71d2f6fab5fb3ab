// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/dates.h"

#include <date/tz.h>

#include <charconv>
#include <cstdlib>
#include <ctime>

namespace taper {

std::optional<Date> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto number = [&](std::size_t pos, std::size_t len) -> std::optional<int> {
        int value = 0;
        const char *first = text.data() + pos;
        auto [ptr, ec] = std::from_chars(first, first + len, value);
        if (ec != std::errc() || ptr != first + len) return std::nullopt;
        return value;
    };
    const auto y = number(0, 4), m = number(5, 2), d = number(8, 2);
    if (!y || !m || !d) return std::nullopt;
    const date::year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(*m)},
                                   date::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok() || *y < 1900) return std::nullopt;
    return Date(ymd);
}

std::string formatIsoDate(Date d)
{
    return date::format("%F", d);
}

namespace {

using Clock = std::chrono::system_clock;

/// The date at `now` in the zone TZ names; the UTC date if the C library cannot convert it.
Date dateInEnvironmentZone(Clock::time_point now)
{
    ::tzset(); // glibc's localtime_r reads TZ only once otherwise
    const std::time_t t = Clock::to_time_t(now);
    std::tm local{};
    if (!::localtime_r(&t, &local)) return date::floor<date::days>(now);
    const date::year_month_day ymd{date::year{local.tm_year + 1900},
                                   date::month{static_cast<unsigned>(local.tm_mon + 1)},
                                   date::day{static_cast<unsigned>(local.tm_mday)}};
    return ymd.ok() ? Date(ymd) : date::floor<date::days>(now);
}

Date lastSunday(date::year y, date::month m)
{
    return Date(date::year_month_weekday_last{y, m, date::weekday_last{date::Sunday}});
}

} // namespace

Date centralEuropeanDate(Clock::time_point now)
{
    using namespace std::chrono_literals;
    const date::year y = date::year_month_day{date::floor<date::days>(now)}.year();
    const Clock::time_point summerFrom = lastSunday(y, date::March) + 1h,
                            summerUntil = lastSunday(y, date::October) + 1h;
    const bool summer = now >= summerFrom && now < summerUntil;
    return date::floor<date::days>(now + (summer ? 2h : 1h));
}

Date today(Clock::time_point now)
{
    if (std::getenv("TZ")) return dateInEnvironmentZone(now);
    try {
        static const date::time_zone *const copenhagen = date::locate_zone("Europe/Copenhagen");
        return Date(date::floor<date::days>(copenhagen->to_local(now)).time_since_epoch());
    } catch (...) { // no tz database (a minimal system without tzdata): the rule it would give
        return centralEuropeanDate(now);
    }
}

Date today()
{
    return today(Clock::now());
}

} // namespace taper
