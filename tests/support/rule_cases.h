// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rule table shared by the core rule tests and the CLI wording tests: for every finding code
// raised by rules::check, a regimen that fires it and the nearest regimen that does not (just below
// its threshold, or without the triggering line). Evaluation date 2026-11-21 unless a case says so.

#include "taper/finding.h"

#include <string>
#include <vector>

namespace taper::test {

struct RuleCase {
    std::string name;
    FindingCode code;
    Severity severity;
    std::string profile;
    /// JSON array of regimen lines; patient cases append `, "patient": {...}` (see withPatient).
    std::string fires;
    std::string quiet; ///< as `fires`, for a regimen that must not raise `code`
};

/// A regimen document from a JSON array of lines, evaluated at 2026-11-21.
inline std::string regimenDoc(const std::string &lines)
{
    return R"({"schema_version": 1, "as_of": "2026-11-21", "lines": )" + lines + "}";
}

/// Lines followed by a patient object, for regimenDoc (which closes the document after them).
inline std::string withPatient(const std::string &lines, const std::string &patient)
{
    return lines + R"(, "patient": )" + patient;
}

/// A patient object with every field the patient rules read; the defaults fire none of them.
/// `age` is the age member as written ("\"age\": 50" or "\"birth_year\": 1961").
inline std::string patientJson(const std::string &age = R"("age": 50)", const std::string &egfr = "90",
                               const std::string &sleepApnoea = "false", const std::string &copd = "false",
                               const std::string &pregnant = "false")
{
    return "{" + age + R"(, "egfr_ml_min": )" + egfr + R"(, "sleep_apnoea": )" + sleepApnoea +
           R"(, "copd": )" + copd + R"(, "pregnant": )" + pregnant + "}";
}

inline const std::vector<RuleCase> &ruleCases()
{
    // Long-term limit of every profile is 90 days: 2026-08-22 is 91 days before as_of, 2026-08-23 is 90.
    static const std::string morphineEr =
        R"({"substance": "morphine", "route": "oral", "release": "extended", "dose": 30, "unit": "mg", "times_per_day": 2})";
    static const std::string macrogol =
        R"({"substance": "macrogol", "dose": 13125, "unit": "mg", "times_per_day": 1})";
    static const std::vector<RuleCase> cases{
        {"high_meq_dk_above_60", FindingCode::HighMeq, Severity::Warning, "dk",
         R"([{"substance": "morphine", "route": "oral", "release": "extended", "dose": 35, "unit": "mg", "times_per_day": 2}])",
         R"([{"substance": "morphine", "route": "oral", "release": "extended", "dose": 30, "unit": "mg", "times_per_day": 2}])"},
        {"high_meq_cdc_at_50", FindingCode::HighMeq, Severity::Warning, "cdc-2022",
         R"([{"substance": "morphine", "route": "oral", "release": "extended", "dose": 25, "unit": "mg", "times_per_day": 2}])",
         R"([{"substance": "morphine", "route": "oral", "release": "extended", "dose": 24.5, "unit": "mg", "times_per_day": 2}])"},
        {"very_high_meq_dk_above_100", FindingCode::VeryHighMeq, Severity::Critical, "dk",
         R"([{"substance": "morphine", "route": "oral", "release": "extended", "dose": 50.5, "unit": "mg", "times_per_day": 2}])",
         R"([{"substance": "morphine", "route": "oral", "release": "extended", "dose": 50, "unit": "mg", "times_per_day": 2}])"},
        {"short_acting_91_days", FindingCode::ShortActingLongTerm, Severity::Warning, "dk",
         R"([{"product": "morphine-tablet-10", "dose": 10, "unit": "mg", "times_per_day": 2, "since": "2026-08-22"}])",
         R"([{"product": "morphine-tablet-10", "dose": 10, "unit": "mg", "times_per_day": 2, "since": "2026-08-23"}])"},
        {"duration_unknown_no_since", FindingCode::DurationUnknown, Severity::Info, "dk",
         R"([{"product": "morphine-tablet-10", "dose": 10, "unit": "mg", "times_per_day": 2}])",
         R"([{"product": "morphine-tablet-10", "dose": 10, "unit": "mg", "times_per_day": 2, "since": "2026-11-01"}])"},
        // Rectal ketobemidone has no published factor (dk excludes it, NO-HELFO); rectal morphine is 1:1.
        {"not_in_profile_suppository", FindingCode::NotInProfile, Severity::Warning, "dk",
         R"([{"product": "ketogan-suppository-10", "dose": 10, "unit": "mg", "times_per_day": 2}])",
         R"([{"product": "morphine-suppository-20", "dose": 20, "unit": "mg", "times_per_day": 2}])"},
        {"prn_in_long_term_treatment", FindingCode::PrnLongTerm, Severity::Warning, "dk",
         R"([{"product": "contalgin-30", "dose": 30, "unit": "mg", "times_per_day": 2, "since": "2026-08-22"},
             {"product": "morphine-tablet-10", "dose": 10, "unit": "mg", "prn": true, "max_per_day": 3, "since": "2026-11-01"}])",
         R"([{"product": "contalgin-30", "dose": 30, "unit": "mg", "times_per_day": 2, "since": "2026-08-23"},
             {"product": "morphine-tablet-10", "dose": 10, "unit": "mg", "prn": true, "max_per_day": 3, "since": "2026-11-01"}])"},
        {"two_opioid_substances", FindingCode::MultipleOpioids, Severity::Warning, "dk",
         "[" + morphineEr + R"(, {"product": "oxycontin-10", "dose": 10, "unit": "mg", "times_per_day": 2}])",
         "[" + morphineEr +
             R"(, {"product": "contalgin-10", "dose": 10, "unit": "mg", "times_per_day": 2}])"},
        {"depot_and_short_acting_morphine", FindingCode::DuplicateRelease, Severity::Warning, "dk",
         "[" + morphineEr +
             R"(, {"product": "morphine-tablet-10", "dose": 10, "unit": "mg", "prn": true, "max_per_day": 2}])",
         "[" + morphineEr +
             R"(, {"product": "oxynorm-5", "dose": 5, "unit": "mg", "prn": true, "max_per_day": 2}])"},
        {"diazepam_by_substance", FindingCode::BenzodiazepineCombination, Severity::Critical, "dk",
         "[" + morphineEr + R"(, {"substance": "diazepam", "dose": 5, "unit": "mg", "times_per_day": 2}])",
         "[" + morphineEr +
             R"(, {"substance": "sertraline", "dose": 50, "unit": "mg", "times_per_day": 1}])"},
        {"zopiclone_by_atc", FindingCode::BenzodiazepineCombination, Severity::Critical, "dk",
         "[" + morphineEr + R"(, {"atc": "N05CF01", "dose": 7.5, "unit": "mg", "times_per_day": 1}])",
         R"([{"atc": "N05CF01", "dose": 7.5, "unit": "mg", "times_per_day": 1}])"},
        {"pregabalin", FindingCode::GabapentinoidCombination, Severity::Warning, "dk",
         "[" + morphineEr + R"(, {"substance": "pregabalin", "dose": 75, "unit": "mg", "times_per_day": 2}])",
         "[" + morphineEr + ", " + macrogol + "]"},
        {"tramadol_sertraline", FindingCode::TramadolSerotonergic, Severity::Warning, "dk",
         R"([{"product": "tramadol-retard-100", "dose": 100, "unit": "mg", "times_per_day": 2},
             {"atc": "N06AB06", "dose": 50, "unit": "mg", "times_per_day": 1}])",
         "[" + morphineEr + R"(, {"atc": "N06AB06", "dose": 50, "unit": "mg", "times_per_day": 1}])"},
        {"tramadol_moclobemide", FindingCode::TramadolSerotonergic, Severity::Critical, "dk",
         R"([{"product": "tramadol-capsule-50", "dose": 50, "unit": "mg", "times_per_day": 2},
             {"substance": "moclobemide", "dose": 150, "unit": "mg", "times_per_day": 2}])",
         R"([{"product": "tramadol-capsule-50", "dose": 50, "unit": "mg", "times_per_day": 2},
             {"atc": "N06AX11", "dose": 15, "unit": "mg", "times_per_day": 1}])"},
        {"diazepam_and_zopiclone", FindingCode::SedativeDuplicate, Severity::Warning, "dk",
         "[" + morphineEr + R"(, {"substance": "diazepam", "dose": 5, "unit": "mg", "times_per_day": 2},
             {"substance": "zopiclone", "dose": 7.5, "unit": "mg", "times_per_day": 1}])",
         "[" + morphineEr + R"(, {"substance": "diazepam", "dose": 5, "unit": "mg", "times_per_day": 2},
             {"substance": "diazepam", "dose": 10, "unit": "mg", "times_per_day": 1}])"},
        {"tapentadol_duloxetine", FindingCode::Serotonergic, Severity::Warning, "dk",
         R"([{"product": "palexia-depot-100", "dose": 100, "unit": "mg", "times_per_day": 2},
             {"substance": "duloxetine", "dose": 60, "unit": "mg", "times_per_day": 1}])",
         R"([{"product": "palexia-depot-100", "dose": 100, "unit": "mg", "times_per_day": 2},
             {"atc": "N06AX11", "dose": 15, "unit": "mg", "times_per_day": 1}])"},
        {"tapentadol_moclobemide", FindingCode::Serotonergic, Severity::Critical, "dk",
         R"([{"product": "palexia-depot-100", "dose": 100, "unit": "mg", "times_per_day": 2},
             {"substance": "moclobemide", "dose": 150, "unit": "mg", "times_per_day": 2}])",
         R"([{"product": "oxycontin-10", "dose": 10, "unit": "mg", "times_per_day": 2},
             {"substance": "moclobemide", "dose": 150, "unit": "mg", "times_per_day": 2}])"},
        {"methadone_citalopram_40", FindingCode::QtcRisk, Severity::Critical, "dk",
         R"([{"product": "metadon-dak-20", "dose": 20, "unit": "mg", "times_per_day": 1},
             {"substance": "citalopram", "dose": 40, "unit": "mg", "times_per_day": 1}])",
         "[" + morphineEr +
             R"(, {"substance": "citalopram", "dose": 40, "unit": "mg", "times_per_day": 1}])"},
        {"methadone_haloperidol", FindingCode::QtcRisk, Severity::Warning, "dk",
         R"([{"product": "metadon-dak-20", "dose": 20, "unit": "mg", "times_per_day": 1},
             {"atc": "N05AD01", "dose": 1, "unit": "mg", "times_per_day": 1}])",
         R"([{"product": "metadon-dak-20", "dose": 20, "unit": "mg", "times_per_day": 1},
             {"substance": "sertraline", "dose": 50, "unit": "mg", "times_per_day": 1}])"},
        {"codeine", FindingCode::Cyp2d6Prodrug, Severity::Info, "dk",
         R"([{"product": "pinex-comp", "dose": 30, "unit": "mg", "times_per_day": 3}])",
         "[" + morphineEr + "]"},
        {"methadone", FindingCode::MethadoneSpecialist, Severity::Warning, "dk",
         R"([{"product": "metadon-dak-20", "dose": 20, "unit": "mg", "times_per_day": 1}])",
         "[" + morphineEr + "]"},
        {"buprenorphine_patch_cdc", FindingCode::BuprenorphinePartialAgonist, Severity::Info, "cdc-2022",
         R"([{"product": "norspan-10", "dose": 10, "unit": "mcg/h"}])",
         R"([{"product": "fentanyl-patch-12", "dose": 12.5, "unit": "mcg/h"}])"},
        {"fentanyl_patch_7_days", FindingCode::PatchInOpioidNaive, Severity::Critical, "dk",
         R"([{"product": "fentanyl-patch-12", "dose": 12.5, "unit": "mcg/h", "since": "2026-11-14"}])",
         R"([{"product": "fentanyl-patch-12", "dose": 12.5, "unit": "mcg/h", "since": "2026-11-13"}])"},
        {"fentanyl_patch_with_other_opioid", FindingCode::PatchInOpioidNaive, Severity::Critical, "dk",
         R"([{"product": "fentanyl-patch-25", "dose": 25, "unit": "mcg/h", "since": "2026-11-20"}])",
         R"([{"product": "fentanyl-patch-25", "dose": 25, "unit": "mcg/h", "since": "2026-11-20"},
             {"product": "contalgin-30", "dose": 30, "unit": "mg", "times_per_day": 2, "since": "2025-01-01"}])"},
        {"no_laxative", FindingCode::NoLaxative, Severity::Info, "dk", "[" + morphineEr + "]",
         "[" + morphineEr + ", " + macrogol + "]"},
        {"driving_depot_morphine_above_360", FindingCode::DrivingLimit, Severity::Warning, "dk",
         R"([{"substance": "morphine", "route": "oral", "release": "extended", "dose": 181, "unit": "mg", "times_per_day": 2}])",
         R"([{"substance": "morphine", "route": "oral", "release": "extended", "dose": 180, "unit": "mg", "times_per_day": 2}])"},
        {"driving_short_acting", FindingCode::DrivingLimit, Severity::Warning, "dk",
         R"([{"product": "oxynorm-5", "dose": 5, "unit": "mg", "times_per_day": 2}])",
         R"([{"product": "oxycontin-5", "dose": 5, "unit": "mg", "times_per_day": 2}])"},
        {"driving_ketobemidone", FindingCode::DrivingLimit, Severity::Warning, "dk",
         R"([{"product": "ketogan-5", "dose": 5, "unit": "mg", "prn": true, "max_per_day": 1}])",
         "[" + morphineEr + "]"},
        {"driving_sedative_with_strong_opioid", FindingCode::DrivingLimit, Severity::Warning, "dk",
         "[" + morphineEr + R"(, {"substance": "zolpidem", "dose": 10, "unit": "mg", "times_per_day": 1}])",
         R"([{"product": "tramadol-retard-100", "dose": 100, "unit": "mg", "times_per_day": 2},
             {"substance": "zolpidem", "dose": 10, "unit": "mg", "times_per_day": 1}])"},
        {"depot_once_daily", FindingCode::DepotUnevenInterval, Severity::Warning, "dk",
         R"([{"product": "contalgin-30", "dose": 30, "unit": "mg", "times_per_day": 1}])",
         R"([{"product": "contalgin-30", "dose": 30, "unit": "mg", "times_per_day": 2}])"},
        {"depot_prn", FindingCode::DepotUnevenInterval, Severity::Warning, "dk",
         R"([{"product": "dolol-retard-uno-100", "dose": 100, "unit": "mg", "prn": true, "max_per_day": 1}])",
         R"([{"product": "dolol-retard-uno-100", "dose": 100, "unit": "mg", "times_per_day": 1}])"},
        {"unknown_atc_group", FindingCode::NotAssessed, Severity::Info, "dk",
         "[" + morphineEr + R"(, {"atc": "N06AX11", "dose": 15, "unit": "mg", "times_per_day": 1}])",
         withPatient("[" + morphineEr +
                         R"(, {"atc": "N06AB06", "dose": 50, "unit": "mg", "times_per_day": 1}])",
                     patientJson())},
        // Tramadol 400 mg/day: retard 200 x 2 plus a 50 mg capsule PRN (counted at max_per_day) is 450.
        {"tramadol_above_label_max", FindingCode::AboveLabelMax, Severity::Critical, "dk",
         R"([{"product": "tramadol-retard-200", "dose": 200, "unit": "mg", "times_per_day": 2},
             {"product": "tramadol-capsule-50", "dose": 50, "unit": "mg", "prn": true, "max_per_day": 1}])",
         R"([{"product": "tramadol-retard-200", "dose": 200, "unit": "mg", "times_per_day": 2}])"},
        // Paracetamol 4 000 mg/day: 2 Pinex comp x 4 is 4 000; a 500 mg paracetamol co-medication tips it
        // over.
        {"paracetamol_above_label_max", FindingCode::AboveLabelMax, Severity::Critical, "dk",
         R"([{"product": "pinex-comp", "dose": 60, "unit": "mg", "times_per_day": 4},
             {"substance": "paracetamol", "dose": 500, "unit": "mg", "times_per_day": 1}])",
         R"([{"product": "pinex-comp", "dose": 60, "unit": "mg", "times_per_day": 4}])"},
        {"withdrawn_contalgin_5", FindingCode::ProductWithdrawn, Severity::Warning, "dk",
         R"([{"product": "contalgin-5", "dose": 5, "unit": "mg", "times_per_day": 2}])",
         R"([{"product": "contalgin-10", "dose": 10, "unit": "mg", "times_per_day": 2}])"},
        // The patient (rules.json elderly, renal_impairment, respiratory_risk, pregnancy,
        // patient_not_assessed).
        {"patient_data_missing", FindingCode::NotAssessed, Severity::Info, "dk", "[" + morphineEr + "]",
         withPatient("[" + morphineEr + "]", patientJson())},
        {"elderly_at_65", FindingCode::Elderly, Severity::Info, "dk",
         withPatient("[" + morphineEr + "]", patientJson(R"("age": 65)")),
         withPatient("[" + morphineEr + "]", patientJson(R"("age": 64)"))},
        {"elderly_birth_year", FindingCode::Elderly, Severity::Info, "dk",
         withPatient("[" + morphineEr + "]", patientJson(R"("birth_year": 1961)")),
         withPatient("[" + morphineEr + "]", patientJson(R"("birth_year": 1962)"))},
        {"elderly_with_sedative", FindingCode::Elderly, Severity::Warning, "dk",
         withPatient("[" + morphineEr +
                         R"(, {"substance": "zopiclone", "dose": 7.5, "unit": "mg", "times_per_day": 1}])",
                     patientJson(R"("age": 80)")),
         withPatient("[" + morphineEr +
                         R"(, {"substance": "zopiclone", "dose": 7.5, "unit": "mg", "times_per_day": 1}])",
                     patientJson(R"("age": 64)"))},
        {"renal_morphine_below_50", FindingCode::RenalImpairment, Severity::Warning, "dk",
         withPatient("[" + morphineEr + "]", patientJson(R"("age": 50)", "49.9")),
         withPatient("[" + morphineEr + "]", patientJson(R"("age": 50)", "50"))},
        {"renal_morphine_below_30", FindingCode::RenalImpairment, Severity::Critical, "dk",
         withPatient("[" + morphineEr + "]", patientJson(R"("age": 50)", "29")),
         withPatient("[" + morphineEr + "]", patientJson(R"("age": 50)", "50"))},
        {"renal_tramadol_below_60", FindingCode::RenalImpairment, Severity::Warning, "dk",
         withPatient(R"([{"product": "tramadol-retard-100", "dose": 100, "unit": "mg", "times_per_day": 2}])",
                     patientJson(R"("age": 50)", "59")),
         withPatient(R"([{"product": "tramadol-retard-100", "dose": 100, "unit": "mg", "times_per_day": 2}])",
                     patientJson(R"("age": 50)", "60"))},
        {"renal_general_hydromorphone", FindingCode::RenalImpairment, Severity::Warning, "dk",
         withPatient(
             R"([{"substance": "hydromorphone", "route": "oral", "release": "extended", "dose": 4, "unit": "mg", "times_per_day": 2}])",
             patientJson(R"("age": 50)", "49")),
         withPatient(
             R"([{"substance": "hydromorphone", "route": "oral", "release": "extended", "dose": 4, "unit": "mg", "times_per_day": 2}])",
             patientJson(R"("age": 50)", "50"))},
        {"respiratory_sleep_apnoea", FindingCode::RespiratoryRisk, Severity::Warning, "dk",
         withPatient("[" + morphineEr + "]", patientJson(R"("age": 50)", "90", "true")),
         withPatient("[" + morphineEr + "]", patientJson())},
        {"respiratory_copd_with_gabapentinoid", FindingCode::RespiratoryRisk, Severity::Critical, "dk",
         withPatient("[" + morphineEr +
                         R"(, {"substance": "pregabalin", "dose": 75, "unit": "mg", "times_per_day": 2}])",
                     patientJson(R"("age": 50)", "90", "false", "true")),
         withPatient("[" + morphineEr +
                         R"(, {"substance": "pregabalin", "dose": 75, "unit": "mg", "times_per_day": 2}])",
                     patientJson())},
        {"pregnancy", FindingCode::Pregnancy, Severity::Warning, "dk",
         withPatient("[" + morphineEr + "]", patientJson(R"("age": 50)", "90", "false", "false", "true")),
         withPatient("[" + morphineEr + "]", patientJson())},
    };
    return cases;
}

} // namespace taper::test
