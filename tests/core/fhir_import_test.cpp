// SPDX-License-Identifier: GPL-3.0-or-later
// FHIR R4 import (taper/fhir.h): the mapping of DK medication-record resources to regimen lines, and
// every refusal naming its JSON pointer.
#include "taper/fhir.h"
#include "taper/lms.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace taper {
namespace {

using json::Json;

const Date kAsOf = test::day("2026-11-21");

/// A Medication as the medication record's FHIR output writes it (drug id, ATC, ingredient strength).
Json medication(const char *id, const char *atc, double mgPerUnit)
{
    return Json::parse(R"({"resourceType": "Medication", "id": ")" + std::string(id) + R"(",
      "code": {"coding": [{"system": "https://laegemiddelstyrelsen.dk/LMS01/DrugID", "code": "28100000000"},
                          {"system": "http://www.whocc.no/atc", "code": ")" +
                       atc + R"("}]},
      "ingredient": [{"strength": {"numerator": {"value": )" +
                       json::formatNumber(mgPerUnit) + R"(, "unit": "mg"},
                                   "denominator": {"value": 1, "unit": "{tabletter}"}}}]})");
}

Json statement(const char *medicationId, Json dosage, const char *status = "active")
{
    Json s = {{"resourceType", "MedicationStatement"},
              {"status", status},
              {"medicationReference", {{"reference", std::string("Medication/") + medicationId}}},
              {"effectivePeriod", {{"start", "2024-03-01T00:00:00+01:00"}}},
              {"dosage", Json::array({dosage})}};
    return s;
}

Json bundle(std::vector<Json> resources)
{
    Json entries = Json::array();
    for (Json &r : resources)
        entries.push_back({{"resource", std::move(r)}});
    return {{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", entries}};
}

Json dosage(const char *text)
{
    return Json::parse(text);
}

const Json kMorningEvening = dosage(R"({"timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d",
    "when": ["MORN", "EVE"]}}, "doseAndRate": [{"doseQuantity": {"value": 1, "unit": "depottablet"}}]})");

fhir::Import import(const Json &doc)
{
    return fhir::importBundle(doc, "in.json", test::formulary(), kAsOf);
}

/// The pointer of the refusal of `doc` (fails the test when it is accepted).
std::string refusedAt(const Json &doc, ProblemCode expected)
{
    try {
        import(doc);
    } catch (const InputError &e) {
        EXPECT_EQ(problemCodeName(e.code()), problemCodeName(expected)) << test::message(e);
        EXPECT_EQ(e.file(), "in.json");
        return e.where();
    }
    ADD_FAILURE() << "accepted";
    return {};
}

TEST(FhirImport, StatementWithTimesOfDayAndStrengthIsAProductLine)
{
    const auto r = import(bundle({medication("m1", "N02AA05", 10), statement("m1", kMorningEvening)}));
    ASSERT_EQ(r.regimen.lines.size(), 1u);
    const RegimenLine &line = r.regimen.lines[0];
    EXPECT_EQ(line.product, "oxycontin-10");
    ASSERT_TRUE(line.schedule);
    EXPECT_EQ((*line.schedule)[0], 10);
    EXPECT_EQ((*line.schedule)[2], 10);
    EXPECT_EQ(line.since, test::day("2024-03-01"));
    EXPECT_EQ(r.regimen.asOf, kAsOf);
}

TEST(FhirImport, AsNeededWithMaximumIsAPrnLine)
{
    const Json d =
        dosage(R"({"asNeededBoolean": true, "doseAndRate": [{"doseQuantity": {"value": 5, "unit": "mg",
        "system": "http://unitsofmeasure.org", "code": "mg"}}], "maxDosePerPeriod": {"numerator": {"value": 20,
        "system": "http://unitsofmeasure.org", "code": "mg"}, "denominator": {"value": 1, "code": "d"}}})");
    Json s = statement("x", d);
    s.erase("medicationReference");
    s["medicationCodeableConcept"] = {
        {"coding", {{{"system", fhir::kProductSystem}, {"code", "ketogan-5"}}}}};
    const auto r = import(s);
    ASSERT_EQ(r.regimen.lines.size(), 1u);
    EXPECT_TRUE(r.regimen.lines[0].prn);
    EXPECT_EQ(r.regimen.lines[0].maxPerDay, 4);
    EXPECT_EQ(r.regimen.lines[0].product, "ketogan-5");
}

TEST(FhirImport, FrequencyAndCoMedicationByAtc)
{
    const Json d = dosage(R"({"timing": {"repeat": {"frequency": 1, "period": 8, "periodUnit": "h"}},
        "doseAndRate": [{"doseQuantity": {"value": 50, "unit": "mg"}}]})");
    Json s = statement("x", d);
    s.erase("medicationReference");
    s["medicationCodeableConcept"] = {{"coding", {{{"system", fhir::kAtcSystem}, {"code", "N06AB06"}}}}};
    const auto r = import(s);
    ASSERT_EQ(r.regimen.lines.size(), 1u);
    EXPECT_TRUE(r.regimen.lines[0].coMedication);
    EXPECT_EQ(r.regimen.lines[0].atc, "N06AB06");
    EXPECT_EQ(r.regimen.lines[0].timesPerDay, 3);
}

TEST(FhirImport, StoppedAndOutOfBoundsResourcesAreLeftOutAndNamed)
{
    Json later = kMorningEvening;
    later["timing"]["repeat"]["boundsPeriod"] = {{"start", "2027-01-01"}};
    const auto r = import(bundle({medication("m1", "N02AA05", 10), statement("m1", kMorningEvening),
                                  statement("m1", kMorningEvening, "stopped"), statement("m1", later)}));
    EXPECT_EQ(r.regimen.lines.size(), 1u);
    ASSERT_EQ(r.skipped.size(), 2u);
    EXPECT_EQ(r.skipped[0].pointer, "/entry/2/resource");
    EXPECT_EQ(r.skipped[0].reason, fhir::Skipped::Reason::NotCurrent);
    EXPECT_EQ(r.skipped[1].pointer, "/entry/3/resource");
    EXPECT_EQ(r.skipped[1].reason, fhir::Skipped::Reason::NotInEffect);
}

/// Every refusal: the problem and the pointer it names.
TEST(FhirImport, RefusalsNameThePointer)
{
    const Json m = medication("m1", "N02AA05", 10);
    EXPECT_EQ(refusedAt(bundle({m, statement("m1", dosage(R"({"text": "1 tablet dagligt"})"))}),
                        ProblemCode::fhir_dosage_text_only),
              "/entry/1/resource/dosage/0");
    Json hs = kMorningEvening;
    hs["timing"]["repeat"]["when"] = {"HS"};
    EXPECT_EQ(refusedAt(bundle({m, statement("m1", hs)}), ProblemCode::fhir_when_unsupported),
              "/entry/1/resource/dosage/0/timing/repeat/when/0");
    Json unit = kMorningEvening;
    unit["doseAndRate"][0]["doseQuantity"]["unit"] = "pust";
    EXPECT_EQ(refusedAt(bundle({m, statement("m1", unit)}), ProblemCode::fhir_dose_unit_unknown),
              "/entry/1/resource/dosage/0/doseAndRate/0/doseQuantity/unit");
    EXPECT_EQ(
        refusedAt(bundle({m, statement("m1", kMorningEvening, "unknown")}), ProblemCode::fhir_status_unknown),
        "/entry/1/resource/status");
    EXPECT_EQ(refusedAt(bundle({statement("m1", kMorningEvening)}), ProblemCode::fhir_reference_unresolved),
              "/entry/0/resource/medicationReference/reference");
    Json everyOther = dosage(R"({"timing": {"repeat": {"frequency": 1, "period": 2, "periodUnit": "d"}},
        "doseAndRate": [{"doseQuantity": {"value": 1, "unit": "depottablet"}}]})");
    EXPECT_EQ(refusedAt(bundle({m, statement("m1", everyOther)}), ProblemCode::fhir_not_daily),
              "/entry/1/resource/dosage/0/timing/repeat");
    Json prn = kMorningEvening;
    prn["timing"].erase("repeat");
    prn["asNeededBoolean"] = true;
    EXPECT_EQ(refusedAt(bundle({m, statement("m1", prn)}), ProblemCode::fhir_prn_max_missing),
              "/entry/1/resource/dosage/0");
    Json drugIdOnly = m;
    drugIdOnly["code"]["coding"].erase(1);
    EXPECT_EQ(
        refusedAt(bundle({drugIdOnly, statement("m1", kMorningEvening)}), ProblemCode::fhir_drug_id_only),
        "/entry/0/resource/code");
    Json dayOfWeek = kMorningEvening;
    dayOfWeek["timing"]["repeat"]["dayOfWeek"] = {"mon"};
    EXPECT_EQ(refusedAt(bundle({m, statement("m1", dayOfWeek)}), ProblemCode::fhir_unsupported_element),
              "/entry/1/resource/dosage/0/timing/repeat/dayOfWeek");
    Json future = statement("m1", kMorningEvening);
    future["effectivePeriod"]["start"] = "2027-01-01";
    EXPECT_EQ(refusedAt(bundle({m, future}), ProblemCode::since_after_as_of),
              "/entry/1/resource/effectivePeriod/start");
    EXPECT_EQ(refusedAt(bundle({medication("m1", "N02AA05", 7), statement("m1", kMorningEvening)}),
                        ProblemCode::fhir_no_product),
              "/entry/0/resource/code");
    EXPECT_EQ(refusedAt(bundle({m}), ProblemCode::fhir_nothing_in_effect), "");
    EXPECT_EQ(refusedAt(Json{{"resourceType", "Patient"}}, ProblemCode::fhir_not_medication),
              "/resourceType");
}

TEST(FhirImport, InterchangeableBrandsBecomeASubstanceLineAndDifferentOnesAreRefused)
{
    // Palexia Depot and Tapentadol "Medical Valley" 50 mg: the same depot tablet.
    Json s = statement("x", kMorningEvening);
    s.erase("medicationReference");
    s["medicationCodeableConcept"] = {{"coding", {{{"system", fhir::kAtcSystem}, {"code", "N02AX06"}}}}};
    Json m = medication("m1", "N02AX06", 50);
    const auto r = import(bundle({m, statement("m1", kMorningEvening)}));
    ASSERT_EQ(r.regimen.lines.size(), 1u);
    EXPECT_FALSE(r.regimen.lines[0].product);
    EXPECT_EQ(r.regimen.lines[0].substance, "tapentadol");
    EXPECT_EQ(r.regimen.lines[0].release, Release::Extended);
    // "tablet" (the record's unit for every tablet) fits the 50 mg immediate-release tablet too.
    Json tablet = kMorningEvening;
    tablet["doseAndRate"][0]["doseQuantity"]["unit"] = "tablet";
    EXPECT_EQ(refusedAt(bundle({m, statement("m1", tablet)}), ProblemCode::fhir_ambiguous_product),
              "/entry/0/resource/code");
    // Without a strength the tapentadol tablets differ in strength: a count of tablets cannot be mapped.
    EXPECT_EQ(refusedAt(s, ProblemCode::fhir_ambiguous_product), "/medicationCodeableConcept");
}

} // namespace
} // namespace taper

namespace taper {
namespace {

/// The shipped formulary with the Medicinpriser fixture imported (tests/data/lms/takst): products have
/// their drug ids (Contalgin 10 mg: 28101080181).
Formulary formularyWithDrugIds(const test::TempFolder &folder)
{
    std::filesystem::copy(test::sourcePath("formulary"), folder.path(),
                          std::filesystem::copy_options::recursive);
    const auto matched =
        lms::matchProducts(lms::readTakst(test::sourcePath("tests/data/lms/takst")), test::formulary());
    std::ofstream(folder.file("lms-dk.json")) << lms::companionJson(matched).dump(2);
    return Formulary::load(folder.path().string());
}

TEST(FhirImport, ADrugIdNamesTheProductOnceTheFormularyHasDrugIds)
{
    const test::TempFolder folder("fhir-drug-ids");
    const Formulary formulary = formularyWithDrugIds(folder);
    Json contalgin = medication("m1", "N02AA01", 10);
    contalgin["code"]["coding"][0]["code"] = "28101080181";
    Json drugIdOnly = contalgin;
    drugIdOnly["code"]["coding"].erase(1);
    for (const Json &m : {contalgin, drugIdOnly}) {
        const auto r =
            fhir::importBundle(bundle({m, statement("m1", kMorningEvening)}), "in.json", formulary, kAsOf);
        ASSERT_EQ(r.regimen.lines.size(), 1u);
        EXPECT_EQ(r.regimen.lines[0].product, "contalgin-10");
    }
    // A drug id and an ATC code that name different things are refused, not guessed.
    Json disagree = contalgin;
    disagree["code"]["coding"][1]["code"] = "N02AA05";
    try {
        fhir::importBundle(bundle({disagree, statement("m1", kMorningEvening)}), "in.json", formulary, kAsOf);
        FAIL() << "accepted a drug id and an ATC code that disagree";
    } catch (const InputError &e) {
        EXPECT_EQ(problemCodeName(e.code()), problemCodeName(ProblemCode::fhir_codes_disagree));
        EXPECT_EQ(e.where(), "/entry/0/resource/code");
    }
}

} // namespace
} // namespace taper
