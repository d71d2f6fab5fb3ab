// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Words for MEQ results, shared by the CLI and the report library: a label per regimen line and the
// arithmetic of its conversion. Every number comes from the core's MeqLine; nothing is computed here.

#include "taper/meq.h"
#include "taper/regimen.h"
#include "taper/text/finding_text.h"

#include <string>

namespace taper::text {

/// "30 mg × 4/day × 1.0 = 120 mg MEQ" (or "= not converted") for one line.
std::string lineArithmetic(const RegimenLine &line, const MeqLine &m, Lang lang, bool used = false);
/// A short description of the line: product or substance/route/release and schedule.
std::string lineLabel(const RegimenLine &line, const Formulary &formulary, Lang lang);

} // namespace taper::text
