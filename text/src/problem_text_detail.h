// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The problem catalogue's tables, one per area (problem_text_*.cpp), joined by problem_text.cpp.

#include "taper/problem.h"

#include <span>
#include <string_view>

namespace taper::text::detail {

struct ProblemWording {
    ProblemCode code;
    std::string_view en;
    std::string_view da;
};

std::span<const ProblemWording> inputProblemWordings();  ///< json, files, values
std::span<const ProblemWording> domainProblemWordings(); ///< regimen, plan, session, screen
std::span<const ProblemWording> dataProblemWordings();   ///< formulary and rules data, CLI
std::span<const ProblemWording> fhirProblemWordings();   ///< FHIR import

} // namespace taper::text::detail
