// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the libFuzzer targets: the shipped formulary (loaded once) and a fixed "today", so a
// crash reproduces on any day. The build passes TAPER_FORMULARY_DIR.
#include "taper/dates.h"
#include "taper/formulary.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace taper::fuzz {

inline const Formulary &formulary()
{
    static const Formulary f = Formulary::load(TAPER_FORMULARY_DIR);
    return f;
}

inline Date today()
{
    return *parseIsoDate("2026-11-21");
}

inline std::string_view text(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), size};
}

} // namespace taper::fuzz
