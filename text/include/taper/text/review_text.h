// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Wording for the review letter to the GP (issue 18): what to do about a finding, and one line per kind
// of taper note instead of one per step. The core returns codes and parameters; this chooses words.

#include "taper/formulary.h"
#include "taper/taper.h"
#include "taper/text/finding_text.h"

#include <optional>
#include <string>
#include <vector>

namespace taper::text {

/// What the prescriber should do about `finding`, as one short sentence in `lang` ("Ordinér et
/// laksantium."), or nullopt for a finding that asks for nothing beyond what it states (CYP2D6, ...).
std::optional<std::string> findingAction(const Finding &finding, Lang lang, const Formulary &formulary);

/// Steps as ranges: {2, 3, 4, 6, 10, 11} → "2–4, 6 og 10–11" / "2–4, 6 and 10–11".
std::string stepRanges(std::vector<int> steps, Lang lang);

/// One line for every note of one kind (`notes` non-empty, all with the same code), naming the steps it
/// applies to: "Reduktion 11–33 % (ingen mindre udleverbar dosis): trin 2–6 og 10–20". A relative
/// duration (short_exposure: "started 20 days ago") is written as a date counted back from `asOf`.
std::string taperNoteSummary(const std::vector<TaperNote> &notes, Lang lang, const Formulary &formulary,
                             Date asOf);

} // namespace taper::text
