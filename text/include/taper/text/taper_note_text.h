#pragma once
// Words for taper plan notes (TaperNote codes and parameters), shared by the CLI and the report library.

#include "taper/formulary.h"
#include "taper/taper.h"
#include "taper/text/finding_text.h"

#include <string>

namespace taper::text {

/// One sentence for a plan note. English names substances and products by id (the CLI's wording);
/// Danish uses the formulary's Danish names.
std::string taperNoteText(const TaperNote &note, Lang lang, const Formulary &formulary);
/// English, as the CLI prints it.
std::string taperNoteText(const TaperNote &note);

} // namespace taper::text
