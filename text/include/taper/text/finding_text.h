// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// English and Danish wording for findings: the core returns codes and parameters only. Shared by the
// CLI and the report library (taper_text, no Qt).

#include "taper/dates.h"
#include "taper/finding.h"
#include "taper/formulary.h"

#include <optional>
#include <string>
#include <string_view>

namespace taper::text {

enum class Lang { En, Da };
std::optional<Lang> parseLang(std::string_view text);

/// One sentence describing the finding, in `lang`. With `asOf` (the regimen's date), durations counted
/// back from it are written as dates ("siden 1.6.2022") instead of day counts ("i 1634 dage"): for
/// letters read later than the regimen's date.
std::string findingMessage(const Finding &finding, Lang lang, const Formulary &formulary,
                           std::optional<Date> asOf = std::nullopt);
/// A date in a sentence or table: Danish "1.6.2022", English "1 June 2022".
std::string shortDateText(Date d, Lang lang);
/// "Title (Publisher, year)" for a source id; the id itself when unknown.
std::string sourceCitation(std::string_view sourceId, const Formulary &formulary);
/// Severity label in `lang`.
std::string severityLabel(Severity severity, Lang lang);
/// A number for people: at most two decimals, no trailing zeros (Danish uses a decimal comma).
std::string formatAmount(double value, Lang lang = Lang::En);

} // namespace taper::text
