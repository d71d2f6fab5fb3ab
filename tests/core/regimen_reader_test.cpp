// SPDX-License-Identifier: GPL-3.0-or-later
// Parser corpus: every tests/data/regimen/valid_*.json reads; every invalid_<defect>.json fails with
// an InputError that names the field (JSON pointer) and says what was expected.
#include "taper/json_reader.h"
#include "taper/regimen.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace taper;

namespace {

std::string dataPath(const std::string &name)
{
    return std::string(TAPER_TEST_DATA_DIR) + "/regimen/" + name;
}

Regimen readFile(const std::string &name)
{
    const std::string path = dataPath(name);
    return readRegimen(json::readFile(path), path, test::formulary(),
                       AsOfChoice{std::nullopt, *parseIsoDate("2026-11-21")});
}

struct InvalidCase {
    const char *defect;      ///< file invalid_<defect>.json
    const char *where;       ///< expected JSON pointer (or "" for whole-file problems)
    const char *mustContain; ///< expected part of the message
};

const InvalidCase kInvalid[] = {
    {"malformed_json", "", "malformed JSON"},
    {"schema_version_wrong", "/schema_version", "newer version"},
    {"schema_version_missing", "/schema_version", "missing"},
    {"unknown_substance", "/lines/0/substance", "did you mean \"morphine\""},
    {"unknown_product", "/lines/0/product", "did you mean"},
    {"missing_unit", "/lines/0/unit", "missing; expected \"mg\""},
    {"mg_on_patch", "/lines/0/unit", "expected \"mcg/h\""},
    {"mcgh_on_tablet", "/lines/0/unit", "expected \"mg\""},
    {"zero_dose", "/lines/0/dose", "expected a dose above 0"},
    {"negative_dose", "/lines/0/dose", "got -10"},
    {"nan_dose", "", "malformed JSON"},
    {"absurd_dose", "/lines/0/dose", "expected at most"},
    {"times_per_day_zero", "/lines/0/times_per_day", "from 1 to 24"},
    {"times_per_day_25", "/lines/0/times_per_day", "got 25"},
    {"prn_without_max", "/lines/0/max_per_day", "missing"},
    {"used_above_max", "/lines/0/used_per_day", "got 5"},
    {"impossible_date", "/lines/0/since", "2026-02-30"},
    {"since_after_as_of", "/lines/0/since", "after the evaluation date"},
    {"unknown_key", "/lines/0/dose_mg", "unknown key \"dose_mg\""},
    {"product_and_substance", "/lines/0/substance", "not both"},
    {"half_depot_tablet", "/lines/0/dose", "may not be divided"},
    {"unknown_route", "/lines/0/route", "got \"oralt\""},
    {"empty_lines", "/lines", "at least one line"},
    {"bad_as_of", "/as_of", "YYYY-MM-DD"},
    {"string_dose", "/lines/0/dose", "expected a number"},
    {"oversized", "", "1 MiB"},
    {"duplicate_key", "/lines/0/dose", "duplicate key"},            // issue 15 item 12
    {"number_overflow", "/lines/0/dose", "too large to represent"}, // item 11
    // issue 16 item 6: the patient object
    {"patient_age_and_birth_year", "/patient/age", "not both"},
    {"patient_birth_year_future", "/patient/birth_year", "got 2027"},
    {"patient_birth_year_text", "/patient/birth_year", "expected a whole year"},
    {"patient_age_fraction", "/patient/age", "expected whole years"},
    {"patient_age_negative", "/patient/age", "got -1"},
    {"patient_egfr_zero", "/patient/egfr_ml_min", "got 0"},
    {"patient_egfr_text", "/patient/egfr_ml_min", "expected a number in ml/min"},
    {"patient_weight_absurd", "/patient/weight_kg", "at most 400 kg"},
    {"patient_sleep_apnoea_text", "/patient/sleep_apnoea", "expected true or false"},
    {"patient_copd_number", "/patient/copd", "expected true or false"},
    {"patient_unknown_key", "/patient/egfr", "unknown key \"egfr\""},
    {"patient_not_object", "/patient", "expected a JSON object"},
    {"vanishing_dose", "/lines/0/dose", "at least 0.001"},                   // item 18
    {"times_per_day_2_63", "/lines/0/times_per_day", "9223372036854775808"}, // item 18
};

void PrintTo(const InvalidCase &c, std::ostream *os)
{
    *os << c.defect;
}

class InvalidRegimen : public ::testing::TestWithParam<InvalidCase> {};

} // namespace

TEST_P(InvalidRegimen, FailsNamingTheField)
{
    const InvalidCase c = GetParam();
    const std::string name = std::string("invalid_") + c.defect + ".json";
    try {
        readFile(name);
        FAIL() << name << " was accepted";
    } catch (const InputError &e) {
        EXPECT_EQ(e.where(), c.where) << e.what();
        EXPECT_NE(test::message(e).find(c.mustContain), std::string::npos) << e.what();
        EXPECT_NE(e.file().find(name), std::string::npos) << "message must name the file: " << e.what();
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, InvalidRegimen, ::testing::ValuesIn(kInvalid),
                         [](const auto &tp) { return std::string(tp.param.defect); });

TEST(RegimenCorpus, EveryInvalidFileHasACase)
{
    for (const auto &entry :
         std::filesystem::directory_iterator(std::string(TAPER_TEST_DATA_DIR) + "/regimen")) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("invalid_", 0) != 0) continue;
        const std::string defect = name.substr(8, name.size() - 8 - 5);
        bool found = false;
        for (const auto &c : kInvalid)
            found |= defect == c.defect;
        EXPECT_TRUE(found) << name << " has no expectation in kInvalid";
    }
}

TEST(RegimenCorpus, EveryValidFileReads)
{
    int count = 0;
    for (const auto &entry :
         std::filesystem::directory_iterator(std::string(TAPER_TEST_DATA_DIR) + "/regimen")) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("valid_", 0) != 0) continue;
        EXPECT_NO_THROW(readFile(name)) << name;
        ++count;
    }
    EXPECT_GE(count, 8);
}

TEST(RegimenReader, ProductFixesSubstanceRouteAndRelease)
{
    const Regimen r = readFile("valid_product_prn.json");
    ASSERT_EQ(r.lines.size(), 1u);
    const RegimenLine &l = r.lines[0];
    EXPECT_EQ(l.substance, "oxycodone");
    EXPECT_EQ(l.route, Route::Oral);
    EXPECT_EQ(l.release, Release::Immediate);
    EXPECT_TRUE(l.prn);
    EXPECT_EQ(*l.maxPerDay, 6);
    EXPECT_EQ(*l.usedPerDay, 4);
}

TEST(RegimenReader, PatchReleaseIsExtendedByDefault)
{
    const Regimen r = readFile("valid_patch.json");
    EXPECT_EQ(r.lines[0].release, Release::Extended);
    EXPECT_TRUE(r.lines[0].isPatch());
}

TEST(RegimenReader, AsOfPrecedence)
{
    const std::string text = test::testData("regimen/valid_substance_line.json");
    const Date today = *parseIsoDate("2027-01-01");
    const Formulary &f = test::formulary();
    EXPECT_EQ(readRegimen(json::parse(text, "x"), "x", f, {std::nullopt, today}).asOf,
              *parseIsoDate("2026-11-21"));
    EXPECT_EQ(readRegimen(json::parse(text, "x"), "x", f, {*parseIsoDate("2026-12-24"), today}).asOf,
              *parseIsoDate("2026-12-24"));
    const std::string noAsOf = test::testData("regimen/valid_no_as_of.json");
    EXPECT_EQ(readRegimen(json::parse(noAsOf, "x"), "x", f, {std::nullopt, today}).asOf, today);
}

TEST(RegimenReader, WritesBackWhatItRead)
{
    const Regimen r = readFile("valid_anne.json");
    const json::Json written = toJson(r);
    const Regimen again =
        readRegimen(written, "again", test::formulary(), {std::nullopt, *parseIsoDate("2026-11-21")});
    EXPECT_EQ(toJson(again).dump(), written.dump());
}

TEST(RegimenReader, PatientReadAndWrittenBack)
{
    const Regimen r = readFile("valid_patient.json");
    ASSERT_TRUE(r.patient);
    EXPECT_EQ(r.patient->birthYear, 1948);
    EXPECT_FALSE(r.patient->age);
    EXPECT_EQ(r.patient->ageAt(r.asOf), 78); // 2026 - 1948, the age reached in the as_of year
    EXPECT_EQ(r.patient->egfrMlMin, 42);
    EXPECT_EQ(r.patient->weightKg, 61.5);
    EXPECT_EQ(r.patient->copd, true);
    EXPECT_EQ(r.patient->sleepApnoea, false);
    const json::Json written = toJson(r);
    EXPECT_EQ(written.at("patient"), json::readFile(dataPath("valid_patient.json")).at("patient"));
    const Regimen again = readRegimen(written, "again", test::formulary(), AsOfChoice{std::nullopt, r.asOf});
    EXPECT_EQ(again.patient, r.patient);
}

TEST(RegimenReader, NoPatientWritesNoPatientKey)
{
    const Regimen r = readFile("valid_substance_line.json");
    EXPECT_FALSE(r.patient);
    EXPECT_FALSE(toJson(r).contains("patient"));
}

TEST(RegimenReader, AgeFromBirthYearAtTheEvaluationDate)
{
    Patient p;
    p.birthYear = 1961;
    EXPECT_EQ(p.ageAt(*parseIsoDate("2026-01-01")), 65);
    EXPECT_EQ(p.ageAt(*parseIsoDate("2025-12-31")), 64);
    p.birthYear.reset();
    EXPECT_FALSE(p.ageAt(*parseIsoDate("2026-01-01")));
    p.age = 40;
    EXPECT_EQ(p.ageAt(*parseIsoDate("2026-01-01")), 40);
}
