#pragma once
// English and Danish wording for findings: the core returns codes and parameters only. Shared by the
// CLI and the report library (taper_text, no Qt).

#include "taper/finding.h"
#include "taper/formulary.h"

#include <optional>
#include <string>
#include <string_view>

namespace taper::text {

enum class Lang { En, Da };
std::optional<Lang> parseLang(std::string_view text);

/// One sentence describing the finding, in `lang`.
std::string findingMessage(const Finding &finding, Lang lang, const Formulary &formulary);
/// "Title (Publisher, year)" for a source id; the id itself when unknown.
std::string sourceCitation(std::string_view sourceId, const Formulary &formulary);
/// Severity label in `lang`.
std::string severityLabel(Severity severity, Lang lang);
/// A number for people: at most two decimals, no trailing zeros (Danish uses a decimal comma).
std::string formatAmount(double value, Lang lang = Lang::En);

} // namespace taper::text
