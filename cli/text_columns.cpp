// SPDX-License-Identifier: GPL-3.0-or-later
#include "text_columns.h"

namespace taper::cli {

std::string padRight(std::string s, std::size_t width)
{
    std::size_t points = 0;
    for (unsigned char ch : s)
        if ((ch & 0xC0) != 0x80) ++points;
    if (points < width) s.append(width - points, ' ');
    return s;
}

} // namespace taper::cli
