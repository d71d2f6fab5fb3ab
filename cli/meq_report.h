// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Renders an MEQ result with its findings: JSON (keys fixed by the foundation issue) and a text table
// that shows the arithmetic of every line.

#include "finding_text.h"
#include "taper/json_reader.h"
#include "taper/meq.h"
#include "taper/regimen.h"
#include "taper/text/meq_text.h"

#include <string>
#include <vector>

namespace taper::cli {

struct MeqReportInput {
    const Regimen &regimen;
    const MeqResult &result;
    const std::vector<Finding> &findings;
    const Profile &profile;
    const Formulary &formulary;
    Lang lang = Lang::En;
};

json::Json meqJson(const MeqReportInput &in);
/// One finding as JSON: code, severity, line, message (in `lang`), source, parameters.
json::Json findingJson(const Finding &finding, Lang lang, const Formulary &formulary);
std::string meqText(const MeqReportInput &in);

using text::lineArithmetic; ///< moved to taper_text (shared with the report library)
using text::lineLabel;

} // namespace taper::cli
