// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Input problems in Danish and English: part of the one wording catalogue. The core throws
// InputError with a Problem (code + values); the CLI, the report and the GUI word it here.

#include "taper/input_error.h"
#include "taper/text/finding_text.h"

#include <string>
#include <string_view>

namespace taper::text {

/// The problem's sentence ("got -30; expected a number above 0" / "-30 kan ikke bruges: der skal stå
/// et tal over 0"). Values are filled in; word tokens (valueKindToken, systemErrorToken, …) are worded;
/// in Danish a decimal point in a number becomes a comma. With `formulary`, Danish names substances and
/// products by their names; without it (or in English) by their ids.
std::string problemText(const Problem &problem, Lang lang, const Formulary *formulary = nullptr);

/// Where the problem is: English keeps the JSON pointer or option as written; Danish names the
/// fields ("/actual/1/used_per_day" → "faktisk forbrug nr. 2, brugt pr. døgn").
std::string whereText(const std::string &where, Lang lang);

/// "file: where: problem" as the CLI prints it and the GUI shows it (empty parts left out).
std::string inputErrorText(const InputError &error, Lang lang, const Formulary *formulary = nullptr);

/// The catalogue's template for `code` ({0}, {1}, … stand for the values); empty when missing.
std::string_view problemTemplate(ProblemCode code, Lang lang);

} // namespace taper::text
