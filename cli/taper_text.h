// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Words for taper plans: the core returns codes and parameters, this renders an English or Danish table
// in the Danish clinical style (date range, what to take morning/noon/evening/night, MEQ, % of start).
#include "finding_text.h"
#include "taper/formulary.h"
#include "taper/taper.h"
#include "taper/text/taper_note_text.h"

#include <string>

namespace taper::cli {

std::string taperText(const Schedule &schedule, const Formulary &formulary, Lang lang = Lang::En);
using text::taperNoteText; ///< moved to taper_text (shared with the report library)

} // namespace taper::cli
