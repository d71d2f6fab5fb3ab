// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Dates and dosages in words, without system locales (a minimal Debian may have none): Danish
// "mandag 7. december 2026", English "Monday 7 December 2026", and dosage text in the style of the
// shared medication record (FMK): "2 tabletter morgen og 1 tablet aften".

#include "taper/dates.h"
#include "taper/taper.h"
#include "taper/text/dose_words.h"
#include "taper/text/finding_text.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace taper::report {

using text::Lang;

/// "mandag 7. december 2026" / "Monday 7 December 2026".
std::string longDate(Date d, Lang lang);
/// "man. 7/12" / "Mon 7/12": for lists of patch-change days.
std::string shortDate(Date d, Lang lang);

/// "7.12.2026" / "7 Dec 2026": dates in tables (danish-style.md).
std::string numericDate(Date d, Lang lang);

/// "morgen", "middag", "aften", "nat" / "morning", "noon", "evening", "night" for slot 0 to 3 (a dose's
/// times of day, in order).
std::string_view timeOfDayName(std::size_t slot, Lang lang);

/// "a, b og c" / "a, b and c".
std::string joinWithAnd(const std::vector<std::string> &parts, Lang lang);

/// "½", "1", "1½", "2" and "tablet"/"tabletter", "plaster"/"plastre", "ml" (taper/text/dose_words.h).
using text::halfUnitsText;
using text::unitNoun;
/// One product's dose in a step as dosage text, e.g. "2 tabletter morgen og 1 tablet aften",
/// "1 kapsel efter behov, højst 4 gange i døgnet", "1 plaster ad gangen, skiftes hver 3. dag".
std::string dosageText(const StepDose &dose, Lang lang);

} // namespace taper::report
