// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Medicine names and doses in the patient's words (private to taper::report): substance and form first
// with the brand as an example, "Morfin depottablet 60 mg (fx Contalgin)", so the patient can match the
// box whatever name the pharmacy substitutes (../shared/reference/danish-style.md).

#include "taper/formulary.h"
#include "taper/regimen.h"
#include "taper/taper.h"
#include "taper/text/finding_text.h"

#include <string>
#include <vector>

namespace taper::report::detail {

using text::Lang;

/// The substance's Danish name ("morfin") in Danish, else its id ("morphine"), which is the English name.
std::string substanceName(const std::string &id, const Formulary &formulary, Lang lang);

/// "Morfin depottablet 60 mg (fx Contalgin)"; a combination product keeps its label name ("Pinex comp
/// tablet 500 mg/30 mg"), which is what the box shows.
std::string patientName(const Product &product, const Formulary &formulary, Lang lang);

/// The label strength as on the box: "60 mg", "12 mikrogram/time", "2 mg/ml", "500 mg/30 mg".
std::string labelStrength(const Product &product);

/// What a patient takes of one substance in one way (depot, fast-acting, patch; fixed or when
/// needed): the unit the rows of "I dag → Fra" are matched by.
struct MedicineGroup {
    std::string substance;
    enum Way { Depot, FastActing, Patch } way = FastActing;
    bool prn = false;
    auto operator<=>(const MedicineGroup &) const = default;
};
MedicineGroup groupOf(const Product &product, bool prn);
MedicineGroup groupOf(const RegimenLine &line);
/// "Morfin depot", "Oxycodon hurtigtvirkende (efter behov)", "Fentanylplaster".
std::string groupName(const MedicineGroup &group, const Formulary &formulary, Lang lang);

/// A regimen line's dose in mg (as the patient knows it): "30 mg 4 gange i døgnet", "20 mg efter
/// behov, højst 6 gange i døgnet", "25 mikrogram/time", "30 mg morgen og 30 mg aften".
std::string regimenDoseText(const RegimenLine &line, Lang lang);
/// The same for a step's doses of one group, summed over its products: "60 mg morgen og 60 mg aften".
std::string stepDoseText(const std::vector<const StepDose *> &doses, Lang lang);

} // namespace taper::report::detail
