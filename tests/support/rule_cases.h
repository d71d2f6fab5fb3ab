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
    std::string fires; ///< JSON array of regimen lines
    std::string quiet; ///< JSON array of regimen lines that must not raise `code`
};

/// A regimen document from a JSON array of lines, evaluated at 2026-11-21.
inline std::string regimenDoc(const std::string &lines)
{
    return R"({"schema_version": 1, "as_of": "2026-11-21", "lines": )" + lines + "}";
}

inline const std::vector<RuleCase> &ruleCases()
{
    // Long-term limit of every profile is 90 days: 2026-08-22 is 91 days before as_of, 2026-08-23 is 90.
    static const std::string morphineEr = R"({"substance": "morphine", "route": "oral", "release": "extended", "dose": 30, "unit": "mg", "times_per_day": 2})";
    static const std::string macrogol = R"({"substance": "macrogol", "dose": 13125, "unit": "mg", "times_per_day": 1})";
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
         "[" + morphineEr + R"(, {"product": "contalgin-10", "dose": 10, "unit": "mg", "times_per_day": 2}])"},
        {"depot_and_short_acting_morphine", FindingCode::DuplicateRelease, Severity::Warning, "dk",
         "[" + morphineEr + R"(, {"product": "morphine-tablet-10", "dose": 10, "unit": "mg", "prn": true, "max_per_day": 2}])",
         "[" + morphineEr + R"(, {"product": "oxynorm-5", "dose": 5, "unit": "mg", "prn": true, "max_per_day": 2}])"},
        {"diazepam_by_substance", FindingCode::BenzodiazepineCombination, Severity::Critical, "dk",
         "[" + morphineEr + R"(, {"substance": "diazepam", "dose": 5, "unit": "mg", "times_per_day": 2}])",
         "[" + morphineEr + R"(, {"substance": "sertraline", "dose": 50, "unit": "mg", "times_per_day": 1}])"},
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
         "[" + morphineEr + R"(, {"substance": "citalopram", "dose": 40, "unit": "mg", "times_per_day": 1}])"},
        {"methadone_haloperidol", FindingCode::QtcRisk, Severity::Warning, "dk",
         R"([{"product": "metadon-dak-20", "dose": 20, "unit": "mg", "times_per_day": 1},
             {"atc": "N05AD01", "dose": 1, "unit": "mg", "times_per_day": 1}])",
         R"([{"product": "metadon-dak-20", "dose": 20, "unit": "mg", "times_per_day": 1},
             {"substance": "sertraline", "dose": 50, "unit": "mg", "times_per_day": 1}])"},
        {"codeine", FindingCode::Cyp2d6Prodrug, Severity::Info, "dk",
         R"([{"product": "pinex-comp", "dose": 30, "unit": "mg", "times_per_day": 3}])", "[" + morphineEr + "]"},
        {"methadone", FindingCode::MethadoneSpecialist, Severity::Warning, "dk",
         R"([{"product": "metadon-dak-20", "dose": 20, "unit": "mg", "times_per_day": 1}])", "[" + morphineEr + "]"},
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
         R"([{"product": "ketogan-5", "dose": 5, "unit": "mg", "prn": true, "max_per_day": 1}])", "[" + morphineEr + "]"},
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
         "[" + morphineEr + R"(, {"atc": "N06AB06", "dose": 50, "unit": "mg", "times_per_day": 1}])"},
        // Tramadol 400 mg/day: retard 200 x 2 plus a 50 mg capsule PRN (counted at max_per_day) is 450.
        {"tramadol_above_label_max", FindingCode::AboveLabelMax, Severity::Critical, "dk",
         R"([{"product": "tramadol-retard-200", "dose": 200, "unit": "mg", "times_per_day": 2},
             {"product": "tramadol-capsule-50", "dose": 50, "unit": "mg", "prn": true, "max_per_day": 1}])",
         R"([{"product": "tramadol-retard-200", "dose": 200, "unit": "mg", "times_per_day": 2}])"},
        // Paracetamol 4 000 mg/day: 2 Pinex comp x 4 is 4 000; a 500 mg paracetamol co-medication tips it over.
        {"paracetamol_above_label_max", FindingCode::AboveLabelMax, Severity::Critical, "dk",
         R"([{"product": "pinex-comp", "dose": 60, "unit": "mg", "times_per_day": 4},
             {"substance": "paracetamol", "dose": 500, "unit": "mg", "times_per_day": 1}])",
         R"([{"product": "pinex-comp", "dose": 60, "unit": "mg", "times_per_day": 4}])"},
        {"withdrawn_contalgin_5", FindingCode::ProductWithdrawn, Severity::Warning, "dk",
         R"([{"product": "contalgin-5", "dose": 5, "unit": "mg", "times_per_day": 2}])",
         R"([{"product": "contalgin-10", "dose": 10, "unit": "mg", "times_per_day": 2}])"},
    };
    return cases;
}

} // namespace taper::test
