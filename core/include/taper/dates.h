#pragma once
// ISO calendar dates (YYYY-MM-DD) with Howard Hinnant's date. "Today" is never read here.

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace taper {

using Date = date::sys_days;

/// Parses a strict ISO date; nullopt for anything else, including impossible dates (2026-02-30).
std::optional<Date> parseIsoDate(std::string_view text);
std::string formatIsoDate(Date d);

} // namespace taper
