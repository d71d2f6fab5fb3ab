#pragma once
// Words for taper plans: the core returns codes and parameters, this renders an English table in the
// Danish clinical style (date range, what to take morning/noon/evening/night, MEQ, % of start).
#include "taper/formulary.h"
#include "taper/taper.h"

#include <string>

namespace taper::cli {

std::string taperText(const Schedule &schedule, const Formulary &formulary);
/// One sentence for a plan note.
std::string taperNoteText(const TaperNote &note);

} // namespace taper::cli
