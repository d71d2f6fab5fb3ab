// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Renders the side-by-side review (meq --compare, review): JSON with a `comparison` object keyed by
// profile id holding exactly the single-profile meq result, and a text table lines × profiles.

#include "finding_text.h"
#include "taper/json_reader.h"
#include "taper/meq_compare.h"
#include "taper/regimen.h"

#include <string>

namespace taper::cli {

struct CompareInput {
    const Regimen &regimen;
    MeqComparison comparison;
    const Formulary &formulary;
    Lang lang = Lang::En;
};

json::Json compareJson(const CompareInput &in);
std::string compareText(const CompareInput &in);

} // namespace taper::cli
