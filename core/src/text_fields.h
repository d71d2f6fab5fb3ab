// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers for fixed-width and delimited text fields (the Medicinpriser files, register rows).
#include <string_view>

namespace taper::detail {

/// `s` without leading and trailing spaces.
inline std::string_view trimSpaces(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

} // namespace taper::detail
