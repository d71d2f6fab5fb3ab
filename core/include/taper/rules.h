// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Findings from Danish guidance (and the profile's thresholds) for a regimen and its MEQ result.
// Every limit and source comes from the formulary (profile, rules.json, atc-groups.json);
// docs/findings.md describes each code.

#include "taper/finding.h"
#include "taper/formulary.h"
#include "taper/meq.h"
#include "taper/regimen.h"

#include <optional>
#include <vector>

namespace taper::rules {

/// Every finding for the regimen under `profile`, ordered by severity (critical first), then by line
/// (whole-regimen findings before line findings). Preconditions: `meq` was computed from `regimen` with
/// `profile`; the regimen was read against `formulary`.
std::vector<Finding> check(const Regimen &regimen, const MeqResult &meq, const Profile &profile,
                           const Formulary &formulary);

/// `fast_taper` for one planned step: cutting `cutPercent` % of the current daily dose, `intervalDays`
/// after the previous step. Fires (warning, no line) when the cut is strictly above rules.json
/// fast_taper.max_cut_percent or the interval strictly below min_interval_days; nullopt otherwise.
/// Parameters: cut_percent, interval_days, max_cut_percent, min_interval_days.
std::optional<Finding> fastTaper(double cutPercent, int intervalDays, const Formulary &formulary);

} // namespace taper::rules
