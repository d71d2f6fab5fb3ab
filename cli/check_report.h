// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Renders findings only, grouped by severity (critical, warning, info), each with its source title
// and year: `opioid-taper check` and the findings part of `opioid-taper review`.

#include "finding_text.h"
#include "taper/dates.h"
#include "taper/json_reader.h"

#include <string>
#include <vector>

namespace taper::cli {

struct CheckInput {
    const std::vector<Finding> &findings;
    const Profile &profile;
    Date asOf;
    const Formulary &formulary;
    Lang lang = Lang::En;
};

json::Json checkJson(const CheckInput &in);
std::string checkText(const CheckInput &in);

} // namespace taper::cli
