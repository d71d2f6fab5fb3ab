// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers for fixed-width and delimited text fields (the Medicinpriser files, register rows).
#include <algorithm>
#include <cctype>
#include <string>
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

/// `s` with ASCII letters in lower case (other bytes, UTF-8 included, as they are).
inline std::string asciiLower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
        return c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
    });
    return out;
}

} // namespace taper::detail
