// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ISO calendar dates (YYYY-MM-DD) with Howard Hinnant's date, and the one definition of "today".
// Only the edges (CLI main, GUI main) call today(); everything below them takes the date as a value.

#include <date/date.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace taper {

using Date = date::sys_days;

/// Parses a strict ISO date; nullopt for anything else, including impossible dates (2026-02-30).
std::optional<Date> parseIsoDate(std::string_view text);
std::string formatIsoDate(Date d);

/// The calendar date at `now` where the program runs: in the time zone the TZ environment variable
/// gives when it is set (read as the C library reads it: "UTC", "Europe/Paris", a POSIX rule), else in
/// Europe/Copenhagen from the tz database (/usr/share/zoneinfo; centralEuropeanDate when that cannot be
/// read). Never throws. Between midnight and 01:00 Danish time (02:00 in summer) this is one day after
/// the UTC date.
Date today(std::chrono::system_clock::time_point now);
/// today() at the system clock's now.
Date today();

/// The calendar date at `now` in Denmark by the EU summer-time rule alone: UTC+1, and UTC+2 from 01:00
/// UTC on the last Sunday of March until 01:00 UTC on the last Sunday of October (Danish law since
/// 1996). today()'s fallback when the tz database is missing.
Date centralEuropeanDate(std::chrono::system_clock::time_point now);

} // namespace taper
