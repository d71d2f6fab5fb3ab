// SPDX-License-Identifier: GPL-3.0-or-later
// The patient rules (issue 16 item 6): elderly, renal_impairment, respiratory_risk, pregnancy and the
// one not_assessed (reason patient_data_missing). Thresholds are read from rules.json and checked here
// against the cited values; the table cases in rule_cases.h cover fire / just below.
#include "rule_cases.h"
#include "test_support.h"

#include "taper/meq.h"
#include "taper/rules.h"

#include <gtest/gtest.h>

using namespace taper;
using test::patientJson;
using test::withPatient;

namespace {

const std::string kMorphine =
    R"({"substance": "morphine", "route": "oral", "release": "extended", "dose": 30, "unit": "mg", "times_per_day": 2})";

std::vector<Finding> check(const std::string &linesAndPatient, const std::string &asOf = "2026-11-21")
{
    const std::string doc =
        R"({"schema_version": 1, "as_of": ")" + asOf + R"(", "lines": )" + linesAndPatient + "}";
    const Regimen regimen = test::regimenFromText(doc);
    const Profile &profile = *test::formulary().profile("dk");
    return rules::check(regimen, meq::compute(regimen, profile, test::formulary()), profile,
                        test::formulary());
}

/// Copies (the findings are often a temporary).
std::vector<Finding> withCode(const std::vector<Finding> &findings, FindingCode code)
{
    std::vector<Finding> out;
    for (const auto &f : findings)
        if (f.code == code) out.push_back(f);
    return out;
}

std::string text(const Finding &f, std::string_view key)
{
    const FindingValue *v = f.parameter(key);
    return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v) : std::string("<none>");
}

double number(const Finding &f, std::string_view key)
{
    const FindingValue *v = f.parameter(key);
    return v && std::holds_alternative<double>(*v) ? std::get<double>(*v) : -1;
}

/// The patient-data not_assessed finding, or null.
const Finding *patientNotAssessed(const std::vector<Finding> &findings)
{
    for (const Finding &f : findings)
        if (f.code == FindingCode::NotAssessed && text(f, "reason") == "patient_data_missing") return &f;
    return nullptr;
}

} // namespace

TEST(PatientRuleData, CitedValues)
{
    const RuleData &d = test::formulary().rules();
    EXPECT_EQ(d.elderly.minAge, 65);
    EXPECT_EQ(d.elderly.source, "DK-SDS22");
    EXPECT_EQ(d.renalImpairment.generalBelowEgfr, 50);
    EXPECT_EQ(d.renalImpairment.source, "DK-RN-NYRE");
    ASSERT_EQ(d.renalImpairment.bands.size(), 5u);
    EXPECT_EQ(d.respiratoryRisk.sleepApnoeaSource, "US-CDC22");
    EXPECT_EQ(d.pregnancy.source, "US-CDC22");
}

// rules.json patient_not_assessed: one not_assessed, reason patient_data_missing.
TEST(PatientRules, NoPatientObjectSaysNotAssessedOnce)
{
    const auto findings = check("[" + kMorphine + "]");
    ASSERT_EQ(withCode(findings, FindingCode::NotAssessed).size(), 1u);
    const Finding *f = patientNotAssessed(findings);
    ASSERT_NE(f, nullptr);
    EXPECT_FALSE(f->line);
    EXPECT_EQ(f->severity, Severity::Info);
    EXPECT_EQ(text(*f, "fields"), "age, egfr_ml_min, sleep_apnoea, copd, pregnant");
    EXPECT_TRUE(withCode(findings, FindingCode::Elderly).empty());
    EXPECT_TRUE(withCode(findings, FindingCode::RenalImpairment).empty());
}

TEST(PatientRules, PartialPatientNamesOnlyTheMissingFields)
{
    const auto findings = check(withPatient("[" + kMorphine + "]", R"({"age": 70, "sleep_apnoea": true})"));
    const Finding *f = patientNotAssessed(findings);
    ASSERT_NE(f, nullptr);
    // sleep apnoea fires respiratory_risk, so a missing copd does not leave that rule unassessed
    EXPECT_EQ(text(*f, "fields"), "egfr_ml_min, pregnant");
    EXPECT_EQ(withCode(findings, FindingCode::Elderly).size(), 1u);
    EXPECT_EQ(withCode(findings, FindingCode::RespiratoryRisk).size(), 1u);
}

TEST(PatientRules, CompletePatientIsAssessed)
{
    EXPECT_EQ(patientNotAssessed(check(withPatient("[" + kMorphine + "]", patientJson()))), nullptr);
}

TEST(PatientRules, NoOpioidNoPatientFindings)
{
    for (const auto &f :
         check(R"([{"substance": "zopiclone", "dose": 7.5, "unit": "mg", "times_per_day": 1}])"))
        EXPECT_NE(text(f, "reason"), "patient_data_missing");
}

TEST(PatientRules, BirthYearCountsAtTheEvaluationDate)
{
    const std::string lines = withPatient("[" + kMorphine + "]", patientJson(R"("birth_year": 1961)"));
    EXPECT_TRUE(withCode(check(lines, "2025-12-31"), FindingCode::Elderly).empty());
    const auto at2026 = withCode(check(lines, "2026-01-01"), FindingCode::Elderly);
    ASSERT_EQ(at2026.size(), 1u);
    EXPECT_EQ(number(at2026[0], "age"), 65);
    EXPECT_EQ(number(at2026[0], "min_age"), 65);
}

TEST(PatientRules, ElderlyWithSedativeNamesItAndTheFallSource)
{
    const auto findings = check(withPatient(
        "[" + kMorphine + R"(, {"substance": "zopiclone", "dose": 7.5, "unit": "mg", "times_per_day": 1},
        {"substance": "zopiclone", "dose": 3.75, "unit": "mg", "times_per_day": 1}])",
        patientJson(R"("age": 82)")));
    const auto elderly = withCode(findings, FindingCode::Elderly);
    ASSERT_EQ(elderly.size(), 1u);
    EXPECT_EQ(elderly[0].severity, Severity::Warning);
    EXPECT_EQ(text(elderly[0], "sedatives"), "zopiclone");
    EXPECT_EQ(text(elderly[0], "fall_source"), "DK-SST18");
}

TEST(PatientRules, RenalBandsPerSubstance)
{
    struct Row {
        std::string line;
        std::string egfr;
        std::string advice; ///< "" for no finding
        double below;
        Severity severity;
        std::string source;
    };
    const std::string tramadol =
        R"({"product": "tramadol-retard-100", "dose": 100, "unit": "mg", "times_per_day": 2})";
    const std::string oxycodone =
        R"({"substance": "oxycodone", "route": "oral", "release": "extended", "dose": 10, "unit": "mg", "times_per_day": 2})";
    const std::string fentanyl =
        R"({"substance": "fentanyl", "route": "transdermal", "dose": 12, "unit": "mcg/h"})";
    const std::string codeine =
        R"({"substance": "codeine", "route": "oral", "release": "immediate", "dose": 25, "unit": "mg", "times_per_day": 4})";
    const Row rows[] = {
        {kMorphine, "29.9", "avoid", 30, Severity::Critical, "SE-VLL-NJURE"},
        {kMorphine, "30", "reduce", 50, Severity::Warning, "DK-RM"},
        {kMorphine, "50", "", 0, Severity::Info, ""},
        {oxycodone, "10", "reduce", 50, Severity::Warning, "DK-RM"},
        {oxycodone, "50", "", 0, Severity::Info, ""},
        {tramadol, "29", "caution", 30, Severity::Warning, "SE-VLL-NJURE"},
        {tramadol, "30", "reduce_interval", 60, Severity::Warning, "SE-VLL-NJURE"},
        {codeine, "49", "general", 50, Severity::Warning, "DK-RN-NYRE"},
        {fentanyl, "10", "", 0, Severity::Info, ""}, // first choice in severe renal impairment
    };
    for (const Row &row : rows) {
        SCOPED_TRACE(row.line + " eGFR " + row.egfr);
        const auto renal =
            withCode(check(withPatient("[" + row.line + "]", patientJson(R"("age": 50)", row.egfr))),
                     FindingCode::RenalImpairment);
        if (row.advice.empty()) {
            EXPECT_TRUE(renal.empty());
            continue;
        }
        ASSERT_EQ(renal.size(), 1u);
        EXPECT_EQ(text(renal[0], "advice"), row.advice);
        EXPECT_EQ(number(renal[0], "below_egfr"), row.below);
        EXPECT_EQ(number(renal[0], "egfr_ml_min"), std::stod(row.egfr));
        EXPECT_EQ(renal[0].severity, row.severity);
        EXPECT_EQ(renal[0].source, row.source);
        EXPECT_EQ(renal[0].line, 0u);
    }
}

TEST(PatientRules, RenalOncePerSubstance)
{
    const std::string ir =
        R"({"substance": "morphine", "route": "oral", "release": "immediate", "dose": 10, "unit": "mg", "prn": true, "max_per_day": 2})";
    const auto renal =
        withCode(check(withPatient("[" + kMorphine + ", " + ir + "]", patientJson(R"("age": 50)", "40"))),
                 FindingCode::RenalImpairment);
    ASSERT_EQ(renal.size(), 1u);
    EXPECT_EQ(renal[0].line, 0u);
}

TEST(PatientRules, RespiratoryConditionsAndSedatives)
{
    const auto both =
        withCode(check(withPatient("[" + kMorphine + "]", patientJson(R"("age": 50)", "90", "true", "true"))),
                 FindingCode::RespiratoryRisk);
    ASSERT_EQ(both.size(), 1u);
    EXPECT_EQ(text(both[0], "conditions"), "sleep_apnoea, copd");
    EXPECT_EQ(both[0].source, "US-CDC22");
    EXPECT_EQ(text(both[0], "copd_source"), "SPC-PIL");
    EXPECT_EQ(both[0].severity, Severity::Warning);

    const auto sedated = withCode(
        check(withPatient("[" + kMorphine +
                              R"(, {"substance": "diazepam", "dose": 5, "unit": "mg", "times_per_day": 2}])",
                          patientJson(R"("age": 50)", "90", "true"))),
        FindingCode::RespiratoryRisk);
    ASSERT_EQ(sedated.size(), 1u);
    EXPECT_EQ(sedated[0].severity, Severity::Critical);
    EXPECT_EQ(text(sedated[0], "sedatives"), "diazepam");
    EXPECT_EQ(text(sedated[0], "sedative_source"), "US-FDA19");
}

TEST(PatientRules, PregnancyNeedsExpertInput)
{
    const auto f = withCode(check(withPatient("[" + kMorphine + "]",
                                              patientJson(R"("age": 30)", "90", "false", "false", "true"))),
                            FindingCode::Pregnancy);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].source, "US-CDC22");
    EXPECT_EQ(f[0].severity, Severity::Warning);
}
