// SPDX-License-Identifier: GPL-3.0-or-later
// Wording for formulary and rules data problems and command-line problems (problem_codes/data.inc,
// cli.inc).
#include "problem_text_detail.h"

#include <array>

namespace taper::text::detail {

namespace {
using C = ProblemCode;
using W = ProblemWording;
constexpr std::array kWordings{
    // command line and documents
    W{C::not_a_folder_of_plans, "not a folder; expected a folder of plan files",
      "ikke en mappe; der skal angives en mappe med planfiler"},
    W{C::lang_unknown, "got \"{0}\"; expected \"en\" or \"da\"",
      "\"{0}\" kan ikke bruges: der skal stå \"en\" eller \"da\""},
    W{C::profile_unknown_choice, "unknown profile \"{0}\"; expected one of: {1}",
      "ukendt omregningsprofil \"{0}\"; der skal stå en af: {1}"},
    W{C::profile_list_unknown, "unknown profile \"{0}\"; expected a comma-separated list of: {1}",
      "ukendt omregningsprofil \"{0}\"; der skal stå en kommasepareret liste af: {1}"},
    W{C::profile_listed_twice, "profile \"{0}\" is listed twice", "profilen \"{0}\" står to gange"},
    W{C::report_ics_kind,
      "--format ics writes the plan's calendar; leave --kind out or write --kind calendar (got \"{0}\")",
      "--format ics skriver planens kalender; udelad --kind eller skriv --kind calendar (fik \"{0}\")"},
    W{C::report_calendar_format, "--kind calendar is written as --format ics (got \"{0}\")",
      "--kind calendar skrives som --format ics (fik \"{0}\")"},
    W{C::report_txt_kind, "--format txt is the journal note: write --kind note",
      "--format txt er journalnotatet: skriv --kind note"},
    W{C::report_txt_kind_other, "--format txt is the journal note: write --kind note (got \"{0}\")",
      "--format txt er journalnotatet: skriv --kind note (fik \"{0}\")"},
    W{C::report_note_format, "--kind note is plain text: write --format txt (got \"{0}\")",
      "--kind note er ren tekst: skriv --format txt (fik \"{0}\")"},
    W{C::report_kind_required, "required with --format {0}: handout or review",
      "skal angives med --format {0}: handout eller review"},
    W{C::report_handout_needs_plan,
      "a handout needs a taper plan, and this file is a regimen; make one with `opioid-taper taper {0} -o "
      "plan.json` and run report on plan.json",
      "en patientvejledning kræver en nedtrapningsplan, og denne fil er en behandling; lav planen med "
      "`opioid-taper taper {0} -o plan.json` og kør report på plan.json"},
    W{C::report_calendar_needs_plan,
      "a calendar needs a taper plan, and this file is a regimen; make one with `opioid-taper taper {0} -o "
      "plan.json` and run report on plan.json",
      "en kalender kræver en nedtrapningsplan, og denne fil er en behandling; lav planen med "
      "`opioid-taper taper {0} -o plan.json` og kør report på plan.json"},
    W{C::appointment_clinic_closed,
      "{0} is a Saturday, a Sunday or a Danish public holiday; expected a day the clinic is open",
      "{0} er en lørdag, søndag eller helligdag; der skal stå en dag, hvor klinikken har åbent"},
    W{C::pdf_needs_file, "a PDF needs a file name, not standard output",
      "en PDF skal have et filnavn, ikke standardoutput"},
    W{C::pdf_cannot_render, "cannot render the PDF file", "PDF-filen kan ikke dannes"},
    W{C::screen_strict_stop, "{0} (--strict: stopped at the first bad row)",
      "{0} (--strict: stoppede ved den første ugyldige række)"},
    W{C::overwrite_unreadable,
      "the file exists and cannot be read as JSON; it may be a damaged plan. Write the new plan to another "
      "file, or add --force to replace it",
      "filen findes og kan ikke læses som JSON; den kan være en beskadiget plan. Gem den nye plan i en anden "
      "fil, eller tilføj --force for at erstatte den"},
    W{C::overwrite_plan,
      "holds a plan at revision {0} with {1} sessions; a new plan would replace it at revision 1 with none. "
      "Record changes with `opioid-taper session`, write the new plan to another file, or add --force to "
      "replace it",
      "indeholder en plan i version {0} med {1} konsultationer; en ny plan ville erstatte den med version 1 "
      "uden konsultationer. Registrér ændringer med `opioid-taper session`, gem den nye plan i en anden "
      "fil, eller tilføj --force for at erstatte den"},
    W{C::overwrite_plan_one_session,
      "holds a plan at revision {0} with 1 session; a new plan would replace it at revision 1 with none. "
      "Record changes with `opioid-taper session`, write the new plan to another file, or add --force to "
      "replace it",
      "indeholder en plan i version {0} med 1 konsultation; en ny plan ville erstatte den med version 1 "
      "uden konsultationer. Registrér ændringer med `opioid-taper session`, gem den nye plan i en anden "
      "fil, eller tilføj --force for at erstatte den"},
    W{C::overwrite_plan_unversioned,
      "holds a plan with {0} sessions; a new plan would replace it at revision 1 with none. Record changes "
      "with `opioid-taper session`, write the new plan to another file, or add --force to replace it",
      "indeholder en plan med {0} konsultationer; en ny plan ville erstatte den med version 1 uden "
      "konsultationer. Registrér ændringer med `opioid-taper session`, gem den nye plan i en anden fil, "
      "eller tilføj --force for at erstatte den"},
    // formulary and rules data
    W{C::formulary_folder_missing,
      "formulary folder not found; expected a folder with sources.json, substances.json, products-*.json and "
      "profiles/",
      "formularmappen findes ikke; der skal angives en mappe med sources.json, substances.json, "
      "products-*.json og profiles/"},
    W{C::no_profiles, "no conversion profiles found", "der blev ikke fundet nogen omregningsprofiler"},
    W{C::unknown_source_id, "unknown source id \"{0}\"; expected an id from sources.json",
      "ukendt kilde \"{0}\"; der skal stå et id fra sources.json"},
    W{C::unknown_substance_id, "unknown substance \"{0}\"; expected an id from substances.json",
      "ukendt stof \"{0}\"; der skal stå et id fra substances.json"},
    W{C::unknown_product_id, "unknown product \"{0}\"; expected an id from products-*.json",
      "ukendt præparat \"{0}\"; der skal stå et id fra products-*.json"},
    W{C::unknown_group, "unknown group \"{0}\"; expected an id from atc-groups.json",
      "ukendt ATC-gruppe \"{0}\"; der skal stå et id fra atc-groups.json"},
    W{C::duplicate_substance_id, "duplicate substance id \"{0}\"", "stoffet \"{0}\" står to gange"},
    W{C::duplicate_product_id, "duplicate product id \"{0}\"", "præparatet \"{0}\" står to gange"},
    W{C::duplicate_profile_id, "duplicate profile id \"{0}\"", "omregningsprofilen \"{0}\" står to gange"},
    W{C::duplicate_group_id, "duplicate group id \"{0}\"", "ATC-gruppen \"{0}\" står to gange"},
    W{C::source_year_out_of_range, "got {0}; expected a year", "{0} kan ikke bruges: der skal stå et årstal"},
    W{C::substance_atc_malformed, "got \"{0}\"; expected a full ATC code such as \"N02AA01\"",
      "\"{0}\" kan ikke bruges: der skal stå en fuld ATC-kode, fx \"N02AA01\""},
    W{C::group_only_non_opioid, "only \"non_opioid\" substances have a co-medication group",
      "kun stoffer med \"kind\": \"non_opioid\" kan høre til en gruppe for anden medicin"},
    W{C::component_not_non_opioid, "got \"{0}\"; expected a non_opioid id from substances.json",
      "\"{0}\" kan ikke bruges: der skal stå et id fra substances.json på et stof af typen \"non_opioid\""},
    W{C::duplicate_component, "duplicate component \"{0}\"", "indholdsstoffet \"{0}\" står to gange"},
    W{C::hours_out_of_range, "got {0}; expected a positive number of hours",
      "{0} kan ikke bruges: der skal stå et positivt antal timer"},
    W{C::pack_source_without_sizes, "only with \"pack_sizes\"", "kun sammen med \"pack_sizes\""},
    W{C::pack_sizes_empty, "expected at least one pack size (or no \"pack_sizes\")",
      "der skal stå mindst én pakningsstørrelse (ellers udelades \"pack_sizes\")"},
    W{C::pack_size_out_of_range, "expected a whole number of units from 1 to 10000",
      "der skal stå et helt antal stk. fra 1 til 10000"},
    W{C::lms_folder_missing,
      "not a folder; expected the unpacked Medicinpriser takst (system.txt, lms01.txt, "
      "lms02.txt)",
      "er ikke en mappe; der skal angives den udpakkede Medicinpriser-takst (system.txt, lms01.txt, "
      "lms02.txt)"},
    W{C::lms_file_missing, "no \"{0}\" in the folder; expected the unpacked Medicinpriser takst",
      "mappen har ingen \"{0}\"; der skal angives den udpakkede Medicinpriser-takst"},
    W{C::lms_record_length, "expected a {0} record of {1} characters, found {2}",
      "en {0}-post skal have {1} tegn, men har {2}"},
    W{C::lms_field_digits, "{0} (positions {1}) is \"{2}\"; expected {3} digits",
      "{0} (position {1}) er \"{2}\"; der skal stå {3} cifre"},
    W{C::lms_field_number, "{0} (positions {1}) is \"{2}\"; expected digits (or blanks)",
      "{0} (position {1}) er \"{2}\"; der skal stå cifre (eller blanktegn)"},
    W{C::lms_field_date, "{0} (positions {1}) is \"{2}\"; expected a real date YYYYMMDD (or blanks)",
      "{0} (position {1}) er \"{2}\"; der skal stå en gyldig dato ÅÅÅÅMMDD (eller blanktegn)"},
    W{C::lms_field_empty, "{0} (positions {1}) is blank; expected a value",
      "{0} (position {1}) er tom; der skal stå en værdi"},
    W{C::lms_package_no_drug, "the package's drug id {0} is not in LMS01",
      "pakningens drugid {0} findes ikke i LMS01"},
    W{C::lms_drug_twice, "drug id {0} is listed twice", "drugid {0} står to gange"},
    W{C::lms_takst_empty, "expected the takst's first record with its valid-from date (YYYYMMDD at 48-55)",
      "der skal stå taksens første post med gyldighedsdatoen (ÅÅÅÅMMDD på position 48-55)"},
    W{C::lms_companion_product, "product \"{0}\" is listed twice", "præparatet \"{0}\" står to gange"},
    W{C::pack_sizes_not_ascending, "expected ascending pack sizes",
      "pakningsstørrelserne skal stå i stigende orden"},
    W{C::patch_unit_mismatch,
      "a patch is labelled in \"mcg/h\" and only a patch is; got \"{0}\" on form \"{1}\"",
      "styrken angives i \"mcg/h\" for plastre og kun for plastre; \"{0}\" passer ikke til formen \"{1}\""},
    W{C::patch_route_mismatch, "patches and only patches are transdermal",
      "alle plastre og kun plastre har administrationsvejen \"transdermal\""},
    W{C::patch_wear_hours_missing, "missing; a patch needs its wear time in hours",
      "mangler; et plaster skal have sin bæretid i timer"},
    W{C::wear_hours_not_patch, "only patches have a wear time", "kun plastre har en bæretid"},
    W{C::patch_changes_per_week_invalid, "only patches are changed on fixed weekdays, at most 7 times a week",
      "kun plastre skiftes på faste ugedage, højst 7 gange om ugen"},
    W{C::divisible_depot_or_patch, "depot units and patches may never be divided",
      "depotpræparater og plastre må aldrig deles"},
    W{C::factor_per_mismatch, "transdermal factors and only they are \"per\": \"mcg/h\"",
      "\"per\": \"mcg/h\" bruges til transdermale faktorer og kun til dem"},
    W{C::factor_or_tiers, "expected exactly one of \"factor\" and \"tiers\"",
      "der skal stå enten \"factor\" eller \"tiers\" (præcis én af dem)"},
    W{C::tiers_empty, "expected at least one tier", "der skal være mindst ét dosisinterval"},
    W{C::last_tier_bounded, "the last tier has \"up_to\": null",
      "det sidste dosisinterval skal have \"up_to\": null"},
    W{C::tier_up_to_missing, "missing; only the last tier is open-ended",
      "mangler; kun det sidste dosisinterval er uden øvre grænse"},
    W{C::tiers_not_increasing, "tiers must have increasing upper bounds",
      "dosisintervallernes øvre grænser skal være stigende"},
    W{C::factor_range_not_pair, "got {0}; expected [low, high]",
      "{0} kan ikke bruges: der skal stå [nedre, øvre]"},
    W{C::factor_range_not_ordered, "got {0}; expected 0 < low <= high",
      "{0} kan ikke bruges: der skal gælde 0 < nedre <= øvre"},
    W{C::factor_outside_range, "the range {0} does not contain the factor {1}",
      "intervallet {0} indeholder ikke faktoren {1}"},
    W{C::duplicate_factor, "duplicate factor for {0} {1}",
      "faktoren for {0} ved administrationsvejen \"{1}\" står to gange"},
    W{C::excluded_and_converted, "excluded and converted at once",
      "stoffet er både udelukket og omregnet i samme profil"},
    W{C::very_high_below_high, "expected a value at or above high_meq",
      "værdien skal være mindst lige så høj som \"high_meq\""},
    W{C::long_term_days_out_of_range, "expected a number of days between 1 and 3650",
      "der skal stå et antal dage mellem 1 og 3650"},
    W{C::rule_range_invalid, "got {0}; expected [low, high] with 0 < low <= high",
      "{0} kan ikke bruges: der skal stå [nedre, øvre] med 0 < nedre <= øvre"},
    W{C::whole_number_out_of_range, "got {0}; expected a whole number from {1} to {2}",
      "{0} kan ikke bruges: der skal stå et helt tal fra {1} til {2}"},
    W{C::egfr_above_maximum, "got {0}; expected an eGFR of at most {1} ml/min",
      "{0} kan ikke bruges: eGFR skal være højst {1} ml/min"},
    W{C::label_max_transdermal, "expected a route dosed in mg, not \"transdermal\"",
      "der skal stå en administrationsvej, der doseres i mg, ikke \"transdermal\""},
    W{C::unit_expected, "got \"{0}\"; expected \"{1}\"", "\"{0}\" kan ikke bruges: der skal stå \"{1}\""},
    W{C::unit_expected_on_route, "got \"{0}\"; expected \"{1}\" on this route",
      "\"{0}\" kan ikke bruges: ved denne administrationsvej skal der stå \"{1}\""},
    W{C::duplicate_label_maximum, "duplicate maximum for \"{0}\" on this route and scope",
      "den maksimale dosis for \"{0}\" står to gange for samme administrationsvej og samme præparater"},
    W{C::serotonergic_opioid_twice,
      "\"{0}\" is listed twice (here or in tramadol_serotonergic); expected one serotonergic rule per opioid",
      "\"{0}\" står to gange (her eller i \"tramadol_serotonergic\"); hvert opioid må kun have én "
      "serotonerg regel"},
    W{C::group_not_in_rule, "group \"{0}\" is not in the rule's \"groups\"",
      "gruppen \"{0}\" står ikke i reglens \"groups\""},
    W{C::atc_prefix_malformed, "got \"{0}\"; expected an ATC prefix such as \"{1}\"",
      "\"{0}\" kan ikke bruges: der skal stå en ATC-kode på et af de fem niveauer, fx \"{1}\""},
    W{C::atc_entry_overlaps, "\"{0}\" overlaps \"{1}\"; expected each ATC code in one entry at most",
      "\"{0}\" overlapper \"{1}\"; hver ATC-kode må højst stå i én post"},
    W{C::entries_empty, "expected at least one entry", "der skal være mindst én post"},
    W{C::percentage_not_below, "expected a percentage below {0}", "der skal stå en procent under {0}"},
    W{C::percentage_above_maximum, "expected a percentage of at most {0}",
      "der skal stå en procent på højst {0}"},
    W{C::age_above_maximum, "expected an age of at most {0}", "der skal stå en alder på højst {0} år"},
    W{C::atc_prefixes_empty, "expected at least one ATC prefix",
      "der skal stå mindst én ATC-kode (på et af de fem niveauer)"},
    W{C::atc_prefix_overlaps,
      "prefix \"{0}\" overlaps \"{1}\" of group \"{2}\"; expected each ATC code in one group at most",
      "\"{0}\" overlapper \"{1}\" i gruppen \"{2}\"; hver ATC-kode må højst høre til én gruppe"},
    W{C::opioid_group_missing,
      "missing the reserved group \"opioid\" (opioid ATC codes, which regimen lines may not use)",
      "den reserverede gruppe \"opioid\" mangler (opioiders ATC-koder, som doseringslinjer ikke må bruge)"},
};
} // namespace

std::span<const ProblemWording> dataProblemWordings()
{
    return kWordings;
}

} // namespace taper::text::detail
