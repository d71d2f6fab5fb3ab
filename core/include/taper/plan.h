// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plan files (docs/plan-format.md, schema_version 1): the input regimen, the options, the schedule,
// the history of replaced schedules and the sessions. Readers are strict; writing is atomic
// (temporary file in the same folder, flush, rename, permissions 0600); reading a file and writing it
// again gives identical bytes.

#include "taper/json_reader.h"
#include "taper/session.h"
#include "taper/taper.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace taper {

/// An earlier version of the steps, with when and why it was replaced (filled by sessions).
struct ScheduleVersion {
    Date replaced;
    std::string reason;
    int revision = 0; ///< the plan revision these steps belonged to
    std::vector<Step> steps;
};

struct Plan {
    int revision = 1;                 ///< 1 when created; incremented by every change
    std::optional<std::string> label; ///< free-text patient label (never a CPR number)
    Date created;
    Regimen regimen;
    Schedule schedule; ///< profile, options, steps, dispense_total, notes
    std::vector<ScheduleVersion> scheduleHistory;
    std::vector<Session> sessions; ///< append-only, in date order (taper/session.h)
};

/// A plan file is read only up to this size. Derived from what valid courses produce: 200 sessions
/// of random valid decisions (tests/core/plan_growth_test.cpp, about 8 years of a fortnightly group)
/// stay under 0.7 MB, and the test keeps them under a quarter of this; the writer refuses a plan the
/// reader would refuse (docs/plan-format.md).
inline constexpr std::size_t kMaxPlanFileBytes = 4 * 1024 * 1024;
/// Revisions count changes: 1 when created, +1 per session. Far above any real course.
inline constexpr long long kMaxRevision = 1'000'000'000;

/// True when `label` contains something shaped like a Danish CPR number (DDMMYY-NNNN or 10 digits).
bool looksLikeCpr(const std::string &label);

/// The JSON forms (keys as in issue 4). Numbers that are whole are written as integers.
json::Json toJson(const TaperOptions &options);
json::Json toJson(const Step &step);
json::Json toJson(const Schedule &schedule); ///< profile, options, steps, dispense_total, notes
json::Json toJson(const Plan &plan);

TaperOptions readTaperOptions(const json::Json &value, const std::string &pointer, const std::string &file);
/// Reads a plan document; resolves products against `formulary`. Throws InputError with the pointer.
Plan readPlan(const json::Json &doc, const std::string &file, const Formulary &formulary);
Plan readPlanFile(const std::string &path, const Formulary &formulary);
/// Throws InputError ("nothing was written: the plan would not be readable …", with the reader's
/// pointer) when `text` is not a plan that readPlan would accept. Every plan write calls it first.
void checkPlanReadable(const std::string &text, const std::string &path, const Formulary &formulary);

/// The exact bytes of a plan file (2-space indented JSON and a final newline).
std::string planFileText(const Plan &plan);
/// checkPlanReadable, then writeFileAtomically (taper/atomic_file.h).
void writePlanFile(const std::string &path, const Plan &plan, const Formulary &formulary);

/// Replaces the plan file at `path` with `plan` only if the file on disk still has revision
/// `expectedRevision` (compare-and-swap). The check and the atomic rename happen under an exclusive
/// lock on a lock file beside the plan (".NAME.lock", flock; waits at most `waitMs`). A symbolic link
/// is resolved first, so every name of the plan takes the same lock. Throws InputError (where
/// "/revision") when another update got there first or the lock stays busy; the file is then untouched.
void savePlanFile(const std::string &path, const Plan &plan, int expectedRevision, const Formulary &formulary,
                  int waitMs = 2000);

} // namespace taper
