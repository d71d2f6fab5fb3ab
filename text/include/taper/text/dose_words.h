// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Counts of a product's units in words, shared by every dosage text (the report's dosage lines, the
// FMK dosage text): "½", "1½", "tablet"/"tabletter", "plaster"/"plastre".

#include "taper/taper.h"
#include "taper/text/finding_text.h"

#include <string>

namespace taper::text {

/// "½", "1", "1½", "2".
std::string halfUnitsText(HalfUnits units, Lang lang);
/// The unit noun for a count of the product's form: "tablet"/"tabletter", "plaster"/"plastre", "ml"
/// (½, 1 and 1½ take the singular in Danish).
std::string unitNoun(const Product &product, HalfUnits count, Lang lang);

} // namespace taper::text
