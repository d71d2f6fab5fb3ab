// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the taper note renderers (taper_note_text*.cpp).

#include "taper/text/taper_note_text.h"

#include <optional>
#include <string>
#include <vector>

namespace taper::text::detail {

/// The note's parameter `key` as text (numbers via formatAmount in `lang`); "?" when absent.
std::string param(const TaperNote &n, const std::string &key, Lang lang = Lang::En);

/// The note's `line` (a 0-based line index in the core) as the 1-based number findings and tables use.
std::string lineNumber(const TaperNote &n);
/// The numeric parameter `key`, or none when absent or a string.
std::optional<double> number(const TaperNote &n, const std::string &key);
/// "monday,thursday" → {"monday", "thursday"} (empty entries dropped).
std::vector<std::string> splitList(const std::string &list);
/// {"a", "b", "c"} → "a, b and c" with `conjunction` ("and", "og").
std::string joinAnd(const std::vector<std::string> &items, const std::string &conjunction);
/// The first letter in upper case (ASCII letters only; others are left as they are).
std::string capitalized(std::string text);
/// PrnAllowanceReduced to 0 a day: the PRN line stops.
bool stopsPrn(const TaperNote &n);
/// Whether the note has the parameter `key`.
bool hasParam(const TaperNote &n, const std::string &key);
/// An ISO date "YYYY-MM-DD" as Danish "d.m.yyyy" (anything else unchanged).
std::string danishDate(const std::string &iso);

std::string noteEn(const TaperNote &n, const Formulary &formulary);
std::string noteDa(const TaperNote &n, const Formulary &formulary);

} // namespace taper::text::detail
