// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Words and tables for sessions, `show` and `group` (English; Danish with --lang da). The core returns
// codes (decisions, attention flags, status); the withdrawal and attention words come from the
// catalogue (taper/text/session_words.h), shared with the GUI.
#include "commands.h"
#include "taper/plan.h"
#include "taper/text/session_words.h"

#include <string>

namespace taper::cli {

using text::decisionText;
using text::planStatusText;

/// The steps from the one in effect on `date` onwards (taperText's table, original step numbers).
std::string upcomingText(const Plan &plan, Date date, const Formulary &formulary, Lang lang);
/// The session history: date, step, dose taken (MEQ), withdrawal, pain, decision, MEQ trend, reason.
std::string sessionTable(const Plan &plan, Lang lang);
/// The replaced versions of the steps (schedule_history): when, why, and their MEQ sequence.
std::string historyText(const Plan &plan, Lang lang);

/// stop_taper's kept threshold finding (Session::maintenanceFinding) as the meq command prints a finding,
/// each line indented by `indent`; empty when the session has none.
std::string maintenanceFindingText(const Session &session, const Formulary &formulary, Lang lang,
                                   const std::string &indent);

/// Pads `s` to `width` characters (UTF-8 aware: counts code points).
std::string padCell(const std::string &s, std::size_t width);

} // namespace taper::cli
