// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the readers and writers of plan, regimen and formulary files (not installed).
#include "taper/dates.h"
#include "taper/enums.h"
#include "taper/json_reader.h"

#include <array>
#include <string>
#include <string_view>

namespace taper {

/// The members of a dose by time of day, in slot order (morning, noon, evening, night).
inline constexpr std::array<std::string_view, 4> kTimeOfDayKeys{"morning", "noon", "evening", "night"};

/// Whole numbers as integers, everything else as double: the same bytes after a read/write cycle
/// (and FHIR's positiveInt where a count is whole: 60 rather than 60.0).
json::Json jsonNumber(double value);

/// A required ISO date member ("2026-12-07").
Date readDateMember(json::ObjectReader &r, std::string_view key);

/// A required member holding one of the enum's names.
template <class E> E readEnumMember(json::ObjectReader &r, std::string_view key)
{
    const std::string text = r.string(key);
    auto value = parseEnum<E>(text);
    if (!value) r.fail(key, ProblemCode::not_one_of, {text, expectedList<E>()});
    return *value;
}

} // namespace taper
