// SPDX-License-Identifier: GPL-3.0-or-later
// FHIR export → import: every step of real plans (tests/data/taper through taper::plan) reads back as
// that step's regimen (issue 21 item 2).
#include "taper/fhir.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace taper {
namespace {

Plan planOf(const std::string &file)
{
    const Formulary &f = test::formulary();
    Plan p;
    p.created = test::day("2026-11-21");
    p.regimen = test::regimenFromText(test::testData("taper/" + file));
    TaperOptions o;
    o.start = test::day("2026-12-01");
    p.schedule = plan(p.regimen, o, *f.profile("dk"), f);
    return p;
}

/// The lines as JSON text, sorted: a step's order of products is not the bundle's.
std::vector<std::string> linesOf(const Regimen &r)
{
    std::vector<std::string> out;
    for (const RegimenLine &line : r.lines)
        out.push_back(toJson(line).dump());
    std::sort(out.begin(), out.end());
    return out;
}

class FhirRoundTrip : public ::testing::TestWithParam<const char *> {};

TEST_P(FhirRoundTrip, EveryStepReadsBackAsItsRegimen)
{
    const Plan p = planOf(GetParam());
    // Through text, as a record system would receive it.
    const json::Json bundle = json::parse(fhir::exportPlan(p).dump(), "bundle");
    int compared = 0;
    for (const Step &step : p.schedule.steps) {
        if (step.doses.empty()) continue;
        const fhir::Import back = fhir::importBundle(bundle, "bundle", test::formulary(), step.start);
        EXPECT_EQ(linesOf(back.regimen), linesOf(stepRegimen(step, step.start))) << "step " << step.index;
        if (step.end) { // the day before the next step still has this step's doses
            const fhir::Import last = fhir::importBundle(bundle, "bundle", test::formulary(), *step.end);
            EXPECT_EQ(linesOf(last.regimen), linesOf(stepRegimen(step, *step.end))) << "step " << step.index;
        }
        ++compared;
    }
    EXPECT_GT(compared, 1);
}

INSTANTIATE_TEST_SUITE_P(Plans, FhirRoundTrip,
                         ::testing::Values("anne.json", "fentanyl-75.json", "transtec-35.json",
                                           "tramadol-600.json", "ketogan-5x6.json",
                                           "oxycontin-oxynorm-prn.json", "fentanyl-50-oxynorm.json",
                                           "tapentadol-depot-150x2.json", "codeine-30x8.json",
                                           "norspan-20-oxynorm.json"),
                         [](const ::testing::TestParamInfo<const char *> &param) {
                             std::string name = param.param;
                             name = name.substr(0, name.find('.'));
                             name.erase(std::remove(name.begin(), name.end(), '-'), name.end());
                             return name;
                         });

TEST(FhirExport, OneRequestPerProductWithTheStepsBounds)
{
    const Plan p = planOf("anne.json");
    const json::Json bundle = fhir::exportPlan(p, [](const StepDose &) { return std::string("text"); });
    EXPECT_EQ(bundle["resourceType"], "Bundle");
    const json::Json &first = bundle["entry"][0]["resource"];
    EXPECT_EQ(first["resourceType"], "MedicationRequest");
    EXPECT_EQ(first["intent"], "plan");
    EXPECT_EQ(first["medicationCodeableConcept"]["coding"][1]["system"], "http://www.whocc.no/atc");
    const json::Json &dosage = first["dosageInstruction"][0];
    EXPECT_EQ(dosage["sequence"], 1);
    EXPECT_EQ(dosage["text"], "text");
    EXPECT_EQ(dosage["timing"]["repeat"]["boundsPeriod"]["start"], "2026-12-01");
    EXPECT_EQ(dosage["timing"]["repeat"]["boundsPeriod"]["end"], formatIsoDate(*p.schedule.steps[0].end));
    EXPECT_TRUE(dosage["timing"]["repeat"]["frequency"].is_number_integer());
}

} // namespace
} // namespace taper
