// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Danish dosage text of FMK's structured dosages (taper/fmk_dosage.h): "1 tablet morgen og 1 tablet
// aften", "1 kapsel efter behov, højst 4 gange i døgnet", with the periods, dates and the note where a
// product needs more than one dosage. Danish only: the text is what the GP types into the record.

#include "taper/fmk_dosage.h"
#include "taper/formulary.h"

#include <string>
#include <vector>

namespace taper::text {

/// One dose: "2 depottabletter morgen og 1 depottablet aften", "1 tablet 6 gange i døgnet",
/// "1 kapsel efter behov, højst 4 gange i døgnet", "1 plaster, skiftes hver 3. døgn".
std::string fmkDoseText(const StepDose &dose);
/// A period's doses: the fixed part, then " og desuden " and the as-needed part.
std::string fmkDosesText(const fmk::Period &period);
/// "Fra og med 1.12.2026 til og med 14.12.2026: …" (without an end: "Fra og med 1.12.2026: …").
std::string fmkPeriodText(const fmk::Period &period);
/// The sentence before a further dosage ("Dosering 2 af 2 oprettes som en ny dosering i FMK …").
std::string fmkPartNote(const fmk::ProductDosage &dosage, std::size_t part);
/// Every product: its name, then its periods (and part notes), one line each, indented by two spaces.
std::string fmkPlanText(const Schedule &schedule);

} // namespace taper::text
