// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The source ids a finding cites beyond its own `source`: a finding that merges what another rule said
// (very_high_meq carrying high_meq's threshold, short_acting_long_term carrying prn_long_term,
// a threshold finding with methadone in the total) names that rule's source in a text parameter whose
// key ends in `_source` (docs/findings.md). Reports and screens that cite sources cite these too.

#include "taper/finding.h"

#include <string>
#include <string_view>
#include <vector>

namespace taper {

/// The `*_source` text parameters of `f`, in parameter order, without empty values, `f.source` itself
/// or repeats.
inline std::vector<std::string> carriedSources(const Finding &f)
{
    constexpr std::string_view suffix = "_source";
    std::vector<std::string> ids;
    for (const auto &[key, value] : f.parameters) {
        const auto *id = std::get_if<std::string>(&value);
        if (!id || id->empty() || *id == f.source || key.size() < suffix.size() ||
            key.substr(key.size() - suffix.size()) != suffix)
            continue;
        bool seen = false;
        for (const auto &known : ids)
            seen = seen || known == *id;
        if (!seen) ids.push_back(*id);
    }
    return ids;
}

} // namespace taper
