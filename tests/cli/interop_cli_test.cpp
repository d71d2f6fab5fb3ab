// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper import --fhir and export --fhir / --fmk-text (issue 21 items 1-3): exit codes, output,
// refusals naming the pointer, nothing written on a refusal.
#include "taper/json_reader.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace taper {
namespace {

using ::testing::HasSubstr;

void writeText(const std::string &path, const std::string &text)
{
    std::ofstream(path) << text;
}

/// A plan of the Anne example made by `taper -o` in `dir`.
std::string makePlan(const test::TempFolder &dir)
{
    const std::string plan = dir.file("anne.plan.json");
    const auto r = test::runCli({"taper", test::sourcePath("examples/anne.json"), "--start", "2026-12-01",
                                 "--today", "2026-11-21", "-o", plan});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return plan;
}

TEST(InteropCli, ExportFhirThenImportAStep)
{
    test::TempFolder dir("interop-cli");
    const std::string plan = makePlan(dir), bundle = dir.file("bundle.json"),
                      regimen = dir.file("regimen.json");
    auto r = test::runCli({"export", "--fhir", plan, "-o", bundle});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto b = json::parse(test::fileBytes(bundle), "bundle");
    EXPECT_EQ(b["resourceType"], "Bundle");
    EXPECT_EQ(b["entry"][0]["resource"]["dosageInstruction"][0]["text"],
              "1 depottablet morgen og 1 depottablet aften");
    r = test::runCli({"import", "--fhir", bundle, "--as-of", "2026-12-20", "-o", regimen});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Imported 2 line(s) as of 2026-12-20"));
    EXPECT_THAT(r.out, HasSubstr("Left out /entry/2/resource: no dosage in effect"));
    r = test::runCli({"meq", regimen});
    EXPECT_EQ(r.exitCode, 0) << r.err; // the written regimen is what meq reads
}

TEST(InteropCli, ImportRefusalNamesFileAndPointerAndWritesNothing)
{
    test::TempFolder dir("interop-cli");
    const std::string in = dir.file("statement.json"), out = dir.file("regimen.json");
    writeText(in, R"({"resourceType": "MedicationStatement", "status": "active",
      "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "C09AA05"}]},
      "dosage": [{"text": "1 tablet dagligt"}]})");
    const auto r = test::runCli({"import", "--fhir", in, "-o", out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_THAT(r.err, HasSubstr(in + ": /dosage/0: the dosage is free text only"));
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(InteropCli, ImportRefusesToReplaceAPlan)
{
    test::TempFolder dir("interop-cli");
    const std::string plan = makePlan(dir), bundle = dir.file("bundle.json");
    ASSERT_EQ(test::runCli({"export", "--fhir", plan, "-o", bundle}).exitCode, 0);
    const std::string before = test::fileBytes(plan);
    // A plan of revision 1 without sessions may be replaced; one with a history may not: write one.
    auto doc = json::parse(before, "plan");
    doc["revision"] = 2;
    writeText(plan, doc.dump(2) + "\n");
    const auto r = test::runCli({"import", "--fhir", bundle, "--as-of", "2026-12-01", "-o", plan});
    EXPECT_EQ(r.exitCode, 2) << r.out;
    EXPECT_EQ(json::parse(test::fileBytes(plan), "plan")["revision"], 2);
}

TEST(InteropCli, TheWorkedExampleOfTheDocs)
{
    const auto r = test::runCli({"import", "--fhir", test::sourcePath("examples/fhir/fmk-bundle.json"),
                                 "--as-of", "2026-11-21", "-o", "-"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto regimen = json::parse(r.out, "out");
    ASSERT_EQ(regimen["lines"].size(), 3u);
    EXPECT_EQ(regimen["lines"][0]["product"], "oxycontin-10");
    EXPECT_EQ(regimen["lines"][1]["product"], "oxynorm-5");
    EXPECT_EQ(regimen["lines"][2]["atc"], "N06AB06");
    EXPECT_THAT(r.err, HasSubstr("Left out /entry/4/resource: status \"stopped\""));
}

TEST(InteropCli, FmkTextInDanish)
{
    test::TempFolder dir("interop-cli");
    const std::string plan = makePlan(dir);
    const auto r = test::runCli({"export", "--fmk-text", plan});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Contalgin depottablet 60 mg\n  Fra og med 1.12.2026 til og med "));
    EXPECT_THAT(r.out, HasSubstr("1 kapsel efter behov, højst 6 gange i døgnet"));
    EXPECT_THAT(r.out, HasSubstr("Dosering 2 af 2"));
}

TEST(InteropCli, ExportUsage)
{
    EXPECT_EQ(test::runCli({"export"}).exitCode, 2);
    EXPECT_EQ(test::runCli({"export", "--fhir", "a.json", "--fmk-text", "b.json"}).exitCode, 2);
    const auto r = test::runCli({"export", "--fhir", test::sourcePath("examples/anne.json")});
    EXPECT_EQ(r.exitCode, 2); // a regimen is not a plan
    EXPECT_THAT(r.err, HasSubstr("anne.json"));
}

} // namespace
} // namespace taper
