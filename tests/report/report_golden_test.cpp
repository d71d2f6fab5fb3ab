// SPDX-License-Identifier: GPL-3.0-or-later
// Golden Markdown and HTML for Anne's plan (handout and review) and a methadone regimen review.
// Regenerate after a deliberate change with: UPDATE_GOLDEN=1 ./report_tests (then review the diff).
#include "report_fixtures.h"
#include "taper/report/render.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace taper {
namespace {

void expectGolden(const std::string &name, const std::string &actual)
{
    const std::string path = std::string(TAPER_GOLDEN_DIR) + "/" + name;
    if (std::getenv("UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << "missing golden file " << path << " (run with UPDATE_GOLDEN=1)";
    EXPECT_EQ(test::fileBytes(path), actual) << "differs from " << path;
}

TEST(ReportGolden, AnneHandoutDanish)
{
    const Plan plan = test::makePlan("examples/anne.json", "2026-12-07");
    const auto doc = report::buildHandout(plan, test::context());
    expectGolden("anne-handout.da.md", report::renderMarkdown(doc));
    expectGolden("anne-handout.da.html", report::renderHtml(doc));
}

TEST(ReportGolden, AnneHandoutEnglish)
{
    const Plan plan = test::makePlan("examples/anne.json", "2026-12-07");
    expectGolden("anne-handout.en.md",
                 report::renderMarkdown(report::buildHandout(plan, test::context(report::Lang::En))));
}

TEST(ReportGolden, AnneReview)
{
    const Plan plan = test::makePlan("examples/anne.json", "2026-12-07");
    expectGolden("anne-review.da.md", report::renderMarkdown(report::buildReview(plan, test::context())));
    expectGolden("anne-review.en.html",
                 report::renderHtml(report::buildReview(plan, test::context(report::Lang::En))));
}

TEST(ReportGolden, MethadoneRegimenReview)
{
    const Regimen regimen = test::exampleRegimen("examples/methadone-60.json");
    const auto doc = report::buildReview(regimen, *test::formulary().profile("dk"), test::context());
    expectGolden("methadone-review.da.md", report::renderMarkdown(doc));
    expectGolden("methadone-review.da.html", report::renderHtml(doc));
}

TEST(ReportContent, HandoutHasNoMeqJargonAndNamesTheAuthor)
{
    const Plan plan = test::makePlan("examples/anne.json", "2026-12-07");
    const std::string md = report::renderMarkdown(report::buildHandout(plan, test::context()));
    EXPECT_EQ(md.find("MEQ"), std::string::npos);
    EXPECT_EQ(md.find("morfinækvivalent"), std::string::npos);
    EXPECT_NE(md.find("Læge A. Hansen"), std::string::npos);
    EXPECT_NE(md.find("70 11 22 33"), std::string::npos);
    EXPECT_NE(md.find("mandag 7. december 2026"), std::string::npos);
    EXPECT_NE(md.find("½ tablet"), std::string::npos);
}

TEST(ReportContent, PatchHandoutHasChangeDaysAndWashout)
{
    const Plan plan = test::makePlan("tests/data/taper/fentanyl-75.json", "2026-12-07");
    const std::string md = report::renderMarkdown(report::buildHandout(plan, test::context()));
    EXPECT_NE(md.find("Skift plaster: man. 7/12, tor. 10/12"), std::string::npos) << md;
    EXPECT_NE(md.find("18 timer"), std::string::npos);
    EXPECT_NE(md.find("Klip aldrig et plaster over"), std::string::npos);
    EXPECT_EQ(md.find("24 timer"), std::string::npos); // no buprenorphine patch in this plan
}

TEST(ReportContent, RegimenWithoutFindingsStillMakesSense)
{
    const Regimen regimen = test::regimenFromText(R"({"schema_version": 1, "as_of": "2026-11-21", "lines": [
        {"product": "contalgin-10", "dose": 10, "unit": "mg", "times_per_day": 2, "since": "2026-10-01"},
        {"substance": "sodium-picosulfate", "dose": 7.5, "unit": "mg", "times_per_day": 1}],
        "patient": {"age": 50, "egfr_ml_min": 90, "sleep_apnoea": false, "copd": false, "pregnant": false}})");
    const std::string md = report::renderMarkdown(
        report::buildReview(regimen, *test::formulary().profile("dk"), test::context()));
    EXPECT_NE(md.find("Ingen fund"), std::string::npos) << md;
    EXPECT_NE(md.find("Der er ikke lavet en nedtrapningsplan"), std::string::npos);
    EXPECT_NE(md.find("Beslutningsstøtte – ikke en recept"), std::string::npos);
}

} // namespace
} // namespace taper
