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
    int revision = 1; ///< 1 when created; incremented by every change
    std::optional<std::string> label; ///< free-text patient label (never a CPR number)
    Date created;
    Regimen regimen;
    Schedule schedule; ///< profile, options, steps, dispense_total, notes
    std::vector<ScheduleVersion> scheduleHistory;
    std::vector<Session> sessions; ///< append-only, in date order (taper/session.h)
};

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

/// Writes `text` to `path` atomically with permissions 0600. Throws InputError naming the path. After
/// the rename it removes leftover temporaries of `path` (".NAME.tmp-XXXXXX") older than
/// kStaleTemporaryAge: a writer killed part-way leaves one behind, and it may hold patient data.
void writeFileAtomically(const std::string &path, const std::string &text);
/// A temporary this old belongs to no live writer (a write takes milliseconds).
inline constexpr std::chrono::minutes kStaleTemporaryAge{10};
/// The exact bytes of a plan file (2-space indented JSON and a final newline).
std::string planFileText(const Plan &plan);
void writePlanFile(const std::string &path, const Plan &plan);

/// Replaces the plan file at `path` with `plan` only if the file on disk still has revision
/// `expectedRevision` (compare-and-swap). The check and the atomic rename happen under an exclusive
/// lock on a lock file beside the plan (".NAME.lock", flock; waits at most `waitMs`). Throws
/// InputError (where "/revision") when another update got there first or the lock stays busy; the
/// file is then untouched.
void savePlanFile(const std::string &path, const Plan &plan, int expectedRevision, int waitMs = 2000);

/// Test seam: called by writeFileAtomically at each stage (before creating the temporary file, after
/// half the bytes, after all bytes, after fsync, after rename). Null (the default) in production.
/// A hook that throws std::system_error before the rename makes that stage fail as its system call
/// would with that error code (create, write, fsync, rename): InputError naming the file, old file
/// untouched. Any exception from the hook leaves no temporary file behind.
enum class AtomicWriteStage { Creating, PartWritten, Written, Flushed, Renamed };
using AtomicWriteHook = void (*)(AtomicWriteStage stage);
void setAtomicWriteHook(AtomicWriteHook hook);

} // namespace taper
