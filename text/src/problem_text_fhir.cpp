// SPDX-License-Identifier: GPL-3.0-or-later
// Wording for FHIR import problems (problem_codes/fhir.inc). FHIR element names stay as written in
// both languages: they are what the sender's system shows.
#include "problem_text_detail.h"

#include <array>

namespace taper::text::detail {

namespace {
using C = ProblemCode;
using W = ProblemWording;
constexpr std::array kFhirWordings{
    W{C::fhir_not_medication,
      "got resourceType \"{0}\"; expected a Bundle, MedicationStatement or MedicationRequest",
      "resourceType \"{0}\" kan ikke bruges: der skal stå Bundle, MedicationStatement eller "
      "MedicationRequest"},
    W{C::fhir_status_unknown,
      "status \"unknown\": it cannot be told whether the medicine is taken now; expected a known status",
      "status \"unknown\": det fremgår ikke, om lægemidlet tages nu; der skal stå en kendt status"},
    W{C::fhir_reference_unresolved,
      "\"{0}\" names no Medication in this file; expected a reference within the file",
      "\"{0}\" henviser ikke til et Medication-element i filen; henvisningen skal pege ind i filen"},
    W{C::fhir_no_known_code,
      "no ATC code (http://www.whocc.no/atc) or Danish drug id; expected the medicine coded by one of them",
      "hverken ATC-kode (http://www.whocc.no/atc) eller dansk lægemiddel-id; lægemidlet skal være kodet med "
      "en af dem"},
    W{C::fhir_drug_id_only,
      "drug id {0} is not in the formulary's Medicinpriser import (formulary import-lms); expected also the "
      "ATC code",
      "lægemiddel-id {0} findes ikke i formularens import af Medicinpriser (formulary import-lms); ATC-koden "
      "skal også stå der"},
    W{C::fhir_no_product,
      "no product in the formulary has ATC code {0} and strength \"{1}\" in this dose form",
      "intet præparat i formularen har ATC-kode {0} og styrke \"{1}\" i denne dosisform"},
    W{C::fhir_ambiguous_product,
      "ATC code {0} fits several products that differ ({1}); expected the strength or the product coded",
      "ATC-kode {0} passer til flere præparater, der er forskellige ({1}); styrken eller præparatet skal "
      "være kodet"},
    W{C::fhir_codes_disagree, "product \"{0}\" does not have ATC code {1}; expected codes that agree",
      "præparatet \"{0}\" har ikke ATC-kode {1}; koderne skal passe sammen"},
    W{C::fhir_dosage_missing, "no dosage; expected at least one structured dosage",
      "ingen dosering; der skal være mindst én struktureret dosering"},
    W{C::fhir_dosage_text_only,
      "the dosage is free text only; expected a structured dosage (timing and doseAndRate)",
      "doseringen er kun fritekst; der skal være en struktureret dosering (timing og doseAndRate)"},
    W{C::fhir_unsupported_element, "{0} cannot be carried over into a regimen; expected a dosage without it",
      "{0} kan ikke overføres til en behandling; doseringen skal være uden dette element"},
    W{C::fhir_when_unsupported, "when \"{0}\"; expected MORN, NOON, EVE or NIGHT",
      "tidspunktet \"{0}\" kan ikke bruges: der skal stå FHIR-koden for morgen, middag, aften eller nat"},
    W{C::fhir_when_twice, "\"{0}\" is given twice; expected each time of day once",
      "\"{0}\" står to gange; hvert tidspunkt må kun stå én gang"},
    W{C::fhir_when_with_frequency,
      "frequency {0} per {1} together with times of day; expected once a day at each time",
      "frekvens {0} pr. {1} sammen med tidspunkter; der skal stå én gang dagligt på hvert tidspunkt"},
    W{C::fhir_not_daily, "{0} per {1} is not a whole number of administrations a day; expected 1 to 24 a day",
      "{0} pr. {1} er ikke et helt antal gange i døgnet; der skal stå 1 til 24 gange i døgnet"},
    W{C::fhir_dose_unit_unknown,
      "dose unit \"{0}\"; expected mg, g, ug, ml or a count (tablet, kapsel, plaster, …)",
      "dosisenheden \"{0}\" kan ikke bruges: der skal stå mg, g, ug, ml eller et antal (tablet, kapsel, "
      "plaster …)"},
    W{C::fhir_dose_needs_strength,
      "a dose in \"{0}\" needs the strength; expected Medication.ingredient.strength or a dose in mg",
      "en dosis i \"{0}\" kræver styrken; der skal stå Medication.ingredient.strength eller en dosis i mg"},
    W{C::fhir_dose_unit_wrong_form, "dose unit \"{0}\" does not fit {1}; expected a unit of its dose form",
      "dosisenheden \"{0}\" passer ikke til {1}; der skal stå en enhed for præparatets dosisform"},
    W{C::fhir_prn_max_missing, "as needed without a maximum; expected maxDosePerPeriod or a frequency a day",
      "efter behov uden maksimum; der skal stå maxDosePerPeriod eller en frekvens pr. døgn"},
    W{C::fhir_prn_max_disagree,
      "the timing allows {0} a day, maxDosePerPeriod {1}; expected the same maximum",
      "timing tillader {0} gange i døgnet, maxDosePerPeriod {1}; de to maksima skal være ens"},
    W{C::fhir_prn_max_not_whole, "maxDosePerPeriod is {0} doses a day; expected a whole number of doses",
      "maxDosePerPeriod svarer til {0} doser i døgnet; der skal stå et helt antal doser"},
    W{C::fhir_patch_timing, "{0} changes a week; {1} is changed {2} times a week",
      "{0} skift om ugen; {1} skiftes {2} gange om ugen"},
    W{C::fhir_route_unmapped, "route {0} {1}; expected a SNOMED CT or LMS11 route code this program knows",
      "administrationsvejen {0} {1} er ukendt; der skal stå en SNOMED CT- eller LMS11-kode, som programmet "
      "kender"},
    W{C::fhir_route_disagrees, "route {0} does not fit {1}; expected the product's route",
      "administrationsvejen {0} passer ikke til {1}; der skal stå præparatets administrationsvej"},
    W{C::fhir_nothing_in_effect, "no current medicine with a dosage in effect on {0}; expected at least one",
      "intet aktuelt lægemiddel har en dosering, der gælder {0}; der skal være mindst ét"},
    W{C::fhir_bounds_reversed, "the period ends before it starts; expected end on or after start",
      "perioden slutter, før den begynder; slutdatoen skal ligge på eller efter startdatoen"},
    W{C::fhir_not_a_datetime, "got \"{0}\"; expected a full date (YYYY-MM-DD, optionally with a time)",
      "\"{0}\" kan ikke bruges: der skal stå en fuld dato (ÅÅÅÅ-MM-DD, evt. med klokkeslæt)"},
};
} // namespace

std::span<const ProblemWording> fhirProblemWordings()
{
    return kFhirWordings;
}

} // namespace taper::text::detail
