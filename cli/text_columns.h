// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lining up the columns of the text reports (meq, taper) on a terminal.

#include <cstddef>
#include <string>

namespace taper::cli {

/// `s` padded with spaces to `width` characters, counted in code points so that "æøå" and "×" line up;
/// longer text is left as it is. `s` is UTF-8.
std::string padRight(std::string s, std::size_t width);

} // namespace taper::cli
