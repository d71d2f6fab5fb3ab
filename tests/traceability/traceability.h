// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Traceability of every clinical number: builds docs/traceability.md from the loaded formulary (profile
// factors, thresholds, long-term limits, exclusions), formulary/rules.json (rule limits), the ATC groups
// and the finding codes, each with its source and the test files that mention it. Also lists problems:
// a source id that does not resolve, a finding code without a source, or something no test mentions.

#include "taper/formulary.h"

#include <string>
#include <vector>

namespace taper::trace {

struct Traceability {
    std::string markdown;              ///< the full docs/traceability.md text
    std::vector<std::string> problems; ///< empty when every item has a resolvable source and a test
};

/// `testsDir` is the tests/ folder: every *.cpp and *.h below it (except tests/traceability) is searched
/// for whole-word mentions (a word character is a letter, digit or '_').
Traceability build(const Formulary &formulary, const std::string &testsDir);

} // namespace taper::trace
