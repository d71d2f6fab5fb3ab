// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The journal note (issue 18, "New outputs"): 5–10 lines of plain text to paste into the patient record
// — the regimen in short, the daily MEQ, the main findings, the taper plan or that there is none, and
// the latest session's decision. Clinical prose in the third person, Danish by default (ctx.lang).
// One function per input serves both faces: `opioid-taper report --kind note --format txt` and the
// GUI's "Kopiér journalnotat". Every number comes from a core call (meq::compute, rules::check, the
// plan's steps and sessions, taper::upcomingSessions); findings are worded by taper::text. The patient
// label is never part of the note (the record it is pasted into already names the patient).

#include "taper/report/builder.h"

#include <string>

namespace taper::report {

/// The most findings a note names (the most severe first, as rules::check orders them).
inline constexpr int kNoteMaxFindings = 3;

/// The note for a plan: one line each, "\n"-separated, ending with "\n". ctx.today is the note's date
/// and the day the next session is counted from; ctx.appointments, when given, replace the plan's
/// session rhythm (the first one on or after ctx.today). Throws InputError for an unknown profile.
std::string buildJournalNote(const Plan &plan, const ReportContext &ctx);

/// The note for a bare regimen under `profile`: regimen, MEQ, findings and that no taper plan was made.
std::string buildJournalNote(const Regimen &regimen, const Profile &profile, const ReportContext &ctx);

} // namespace taper::report
