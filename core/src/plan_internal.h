// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared between plan_json.cpp and plan_io.cpp (not installed).
#include "json_fields.h"
#include "taper/plan.h"

namespace taper {

/// A required revision (of a plan, a schedule version or a session): 1 to kMaxRevision.
long long readRevision(json::ObjectReader &r, std::string_view key);

/// Sessions (session_json.cpp): JSON form and strict reading; checkPlanConsistency refuses a plan
/// whose sessions are out of date order, refer to a missing step, or whose steps rise in MEQ without
/// a step_back session recording the increase (InputError with the JSON pointer).
/// stop_taper's kept threshold finding: only total_meq_mg, threshold_mg, inclusive, methadone_in_total.
Finding maintenanceFinding(const Finding &threshold);
json::Json maintenanceFindingJson(const Finding &finding);
Finding readMaintenanceFinding(const json::Json &value, const std::string &pointer, const std::string &file,
                               const Formulary &formulary);
json::Json sessionsJson(const std::vector<Session> &sessions);
std::vector<Session> readSessions(const json::Json &array, const std::string &pointer,
                                  const std::string &file, const Formulary &formulary);
void checkPlanConsistency(const Plan &plan, const std::string &file);

/// `path` with symbolic links resolved (canonical), or `path` itself when it does not exist yet.
std::string realPlanPath(const std::string &path);

json::Json stepsJson(const std::vector<Step> &steps);
/// Reads steps after `prefix` (steps already known, e.g. shared with a newer version): indices and
/// dates continue from it. Each step's total_meq_mg must equal its doses' MEQ under `profile`.
std::vector<Step> readSteps(const json::Json &array, const std::string &pointer, const std::string &file,
                            const Formulary &formulary, const Profile &profile,
                            std::vector<Step> prefix = {});
/// Throws InputError at ".../N/end" when the last of `steps` has an end (a plan's last step is open).
void requireOpenLastStep(const std::vector<Step> &steps, const std::string &pointer, const std::string &file);
/// Reads profile, options, steps, dispense_total and notes from `r`.
Schedule readSchedule(json::ObjectReader &r, const std::string &file, const Formulary &formulary);

} // namespace taper
