#pragma once
// Findings from Danish guidance for a regimen and its MEQ result.

#include "taper/finding.h"
#include "taper/formulary.h"
#include "taper/meq.h"
#include "taper/regimen.h"

#include <vector>

namespace taper::rules {

/// Every finding for the regimen under `profile`, ordered by severity (critical first), then line.
std::vector<Finding> check(const Regimen &regimen, const MeqResult &meq, const Profile &profile,
                           const Formulary &formulary);

} // namespace taper::rules
