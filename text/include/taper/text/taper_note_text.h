// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Words for taper plan notes (TaperNote codes and parameters), shared by the CLI and the report library.

#include "taper/formulary.h"
#include "taper/taper.h"
#include "taper/text/finding_text.h"

#include <string>

namespace taper::text {

/// One sentence for a plan note, products and substances by their names in `lang` (the GUI's and the
/// report's wording).
std::string taperNoteText(const TaperNote &note, Lang lang, const Formulary &formulary);

} // namespace taper::text
