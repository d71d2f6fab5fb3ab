// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to taper::core: strict readers for formulary/atc-groups.json and formulary/rules.json,
// called by Formulary::load. Every failure is an InputError with the file and JSON pointer.

#include "taper/rule_data.h"

#include <set>
#include <string>
#include <vector>

namespace taper::detail {

using IdSet = std::set<std::string, std::less<>>;

/// Reads the ATC groups; `sources` are the known source ids. Prefixes must be valid ATC prefixes and
/// no prefix may start another group's prefix (a code belongs to one group at most).
std::vector<AtcGroup> loadAtcGroups(const std::string &file, const IdSet &sources);

/// Reads the rule limits; every source, substance and group id must be known.
RuleData loadRuleData(const std::string &file, const IdSet &sources, const IdSet &substances,
                      const IdSet &groups, const IdSet &products);

} // namespace taper::detail
