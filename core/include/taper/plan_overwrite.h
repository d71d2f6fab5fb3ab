// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Is a file a plan, and would replacing it lose a patient's history? One answer for every face: the
// CLI refuses `taper -o` over such a file without --force, the GUI asks, `group` names a damaged plan
// instead of skipping it. Pure functions of the parsed JSON, plus one that reads the file.

#include "taper/json_reader.h"

#include <cstddef>
#include <string>

namespace taper {

/// True when `doc` is a JSON object with a top-level key that only a plan file has (revision, created,
/// regimen, options, steps, dispense_total, schedule_history, sessions; docs/plan-format.md), whether
/// or not the plan reader accepts the rest. A regimen file (schema_version, as_of, lines) is not a plan.
bool hasPlanKeys(const json::Json &doc);

/// What replacing an existing file would lose.
struct OverwriteRisk {
    enum class Kind {
        None,       ///< no file, or nothing worth protecting (a regimen, a fresh plan at revision 1)
        Plan,       ///< a plan with sessions, replaced steps or a revision above 1
        Unreadable, ///< exists but is not readable JSON: it may be a damaged plan
    };
    Kind kind = Kind::None;
    long long revision = 0;   ///< Plan: the file's revision (0 when it is not an integer)
    std::size_t sessions = 0; ///< Plan: how many sessions the file records

    bool protect() const { return kind != Kind::None; }
};

/// The risk of replacing a file holding `doc`. A plan-like object whose revision, sessions or
/// schedule_history have the wrong type counts as a plan worth protecting (it may be hand-damaged).
OverwriteRisk overwriteRisk(const json::Json &doc);
/// Reads `path` (within json::kMaxFileBytes) and returns overwriteRisk of it: Kind::None when nothing
/// is there, Kind::Unreadable when something is there that cannot be read as JSON. Never throws
/// InputError. The answer is a snapshot: a writer racing with the caller is not detected.
OverwriteRisk overwriteRiskOfFile(const std::string &path);

} // namespace taper
