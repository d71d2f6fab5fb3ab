#pragma once
// Renders an MEQ result with its findings: JSON (keys fixed by the foundation issue) and a text table
// that shows the arithmetic of every line.

#include "finding_text.h"
#include "taper/json_reader.h"
#include "taper/meq.h"
#include "taper/regimen.h"

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

/// "30 mg × 4/day × 1.0 = 120 mg MEQ" (or "= not converted") for one line.
std::string lineArithmetic(const RegimenLine &line, const MeqLine &m, Lang lang, bool used = false);
/// A short description of the line: product or substance/route/release and schedule.
std::string lineLabel(const RegimenLine &line, const Formulary &formulary, Lang lang);

} // namespace taper::cli
