// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Words for what a nurse records and is warned about at a tapering-group session, in Danish and
// English: part of the one wording catalogue, shared by the CLI (session, show, group) and the GUI's
// session table, dialog and panel.

#include "taper/session.h"
#include "taper/text/finding_text.h"

#include <optional>
#include <string>

namespace taper::text {

/// The withdrawal rating 0–3 with its word: "2 moderate" (Danish "2 moderate", as in "moderate
/// abstinenser"); "-" when not recorded.
std::string withdrawalRatingText(std::optional<int> rating, Lang lang);
/// Why a plan needs the nurse's attention ("moderate or severe withdrawal", …).
std::string attentionText(Attention flag, Lang lang);
/// The session's decision, lower case as in a table or a sentence: "hold dosis" / "hold".
std::string decisionText(SessionDecision decision, Lang lang);
/// Where a plan stands: "nedtrapning i gang" / "tapering", …
std::string planStatusText(PlanStatus status, Lang lang);

} // namespace taper::text
