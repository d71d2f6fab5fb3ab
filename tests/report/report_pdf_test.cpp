// SPDX-License-Identifier: GPL-3.0-or-later
// PDF rendering with Qt: works with QT_QPA_PLATFORM and DISPLAY unset (the library picks the offscreen
// platform), A4 pages, a long plan paginates, page 1 renders to PNG. Also the CLI's report command.
#include "report_fixtures.h"
#include "taper/report/pdf.h"
#include "taper/report/render.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>

namespace taper {
namespace {

/// Before any Qt object exists: no display, no platform chosen.
class NoDisplayEnvironment : public ::testing::Environment {
public:
    void SetUp() override
    {
        unsetenv("QT_QPA_PLATFORM");
        unsetenv("DISPLAY");
        unsetenv("WAYLAND_DISPLAY");
    }
};
const auto *const kEnvironment = ::testing::AddGlobalTestEnvironment(new NoDisplayEnvironment);

std::string outPath(const std::string &name)
{
    return std::string(TAPER_REPORT_OUT_DIR) + "/" + name;
}

/// Pages of a PDF written by Qt: its page objects are uncompressed dictionaries.
int pdfPageCount(const std::string &bytes)
{
    static const std::regex page(R"(/Type\s*/Page[^s])");
    return static_cast<int>(
        std::distance(std::sregex_iterator(bytes.begin(), bytes.end(), page), std::sregex_iterator()));
}

/// A two-year plan (48 steps: 5 % every 14 days from 600 mg, the end held longer) with 20 sessions
/// recorded as planned.
Plan longPlan()
{
    Plan plan = test::makePlan("tests/data/report/morphine-depot-600.json", "2026-12-07", 5, 14);
    for (int i = 1; i <= 20; ++i) {
        const Step &step = plan.schedule.steps.at(static_cast<std::size_t>(i));
        Session s;
        s.date = step.start;
        s.by = i % 2 ? "sygeplejerske" : "læge";
        s.step = i - 1;
        s.plannedMeq = plan.schedule.steps.at(static_cast<std::size_t>(i - 1)).totalMeq;
        s.actualMeq = s.plannedMeq;
        s.withdrawal = i % 4;
        s.pain = 3 + i % 5;
        s.decision = SessionDecision::Continue;
        s.reason = "Går efter planen";
        s.revision = i + 1;
        plan.sessions.push_back(s);
    }
    plan.revision = 21;
    return plan;
}

TEST(ReportPdf, HandoutIsAnA4PdfWithoutDisplay)
{
    const Plan plan = test::makePlan("examples/anne.json", "2026-12-07");
    const std::string path = outPath("anne-handout.pdf");
    const int pages = report::writePdf(report::buildHandout(plan, test::context()), path);
    const std::string bytes = test::fileBytes(path);
    ASSERT_GT(bytes.size(), 1000u);
    EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
    EXPECT_GE(pages, 2);
    EXPECT_EQ(pdfPageCount(bytes), pages);
    EXPECT_NE(bytes.find("/MediaBox [0 0 595"), std::string::npos) << "A4 is 595 × 842 pt";
}

TEST(ReportPdf, LongPlanWithSessionsPaginates)
{
    const Plan plan = longPlan();
    ASSERT_GE(plan.schedule.steps.size(), 45u);
    ASSERT_GE((plan.schedule.steps.back().start - plan.schedule.steps.front().start).count(), 600);
    const auto doc = report::buildReview(plan, test::context());
    const std::string md = report::renderMarkdown(doc);
    EXPECT_NE(md.find("MEQ over tid"), std::string::npos);
    const std::string path = outPath("long-review.pdf");
    const int pages = report::writePdf(doc, path);
    EXPECT_GE(pages, 4);
    EXPECT_EQ(pdfPageCount(test::fileBytes(path)), pages);
    const int handoutPages =
        report::writePdf(report::buildHandout(plan, test::context()), outPath("long-handout.pdf"));
    EXPECT_GE(handoutPages, 3);
    EXPECT_TRUE(report::writePagePng(doc, pages - 1, 60, outPath("long-review-last.png")));
    EXPECT_FALSE(report::writePagePng(doc, 1000, 60, outPath("none.png")));
}

TEST(ReportPdf, ChartIsDrawnInHtmlAndPdf)
{
    const auto doc = report::buildReview(longPlan(), test::context(report::Lang::En));
    const std::string html = report::renderHtml(doc);
    EXPECT_NE(html.find("<svg"), std::string::npos);
    EXPECT_NE(html.find("<polyline"), std::string::npos);
    report::HtmlOptions forQt;
    forQt.forQtTextDocument = true;
    EXPECT_EQ(report::renderHtml(doc, forQt).find("<svg"), std::string::npos);
}

TEST(ReportPdf, MethadoneReviewAndPage1Png)
{
    const Regimen regimen = test::exampleRegimen("examples/methadone-60.json");
    const auto doc = report::buildReview(regimen, *test::formulary().profile("dk"), test::context());
    EXPECT_GE(report::writePdf(doc, outPath("methadone-review.pdf")), 1);
    const Plan plan = test::makePlan("examples/anne.json", "2026-12-07");
    const std::string png = outPath("sample-handout.png");
    ASSERT_TRUE(report::writePagePng(report::buildHandout(plan, test::context()), 0, 110, png));
    EXPECT_GT(std::filesystem::file_size(png), 20000u);
}

TEST(ReportCli, HandoutOfARegimenIsRefused)
{
    const auto r = test::runCli({"report", test::sourcePath("examples/anne.json"), "--kind", "handout",
                                 "--format", "md", "-o", outPath("x.md")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("a handout needs a taper plan"), std::string::npos) << r.err;
}

TEST(ReportCli, ReviewOfARegimenAsPdfAndPlanHandoutAsHtml)
{
    const std::string pdf = outPath("cli-review.pdf");
    auto r = test::runCli({"report", test::sourcePath("examples/methadone-60.json"), "--kind", "review",
                           "--format", "pdf", "-o", pdf, "--date", "2026-12-01"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(test::fileBytes(pdf).substr(0, 5), "%PDF-");
    EXPECT_FALSE(std::filesystem::exists(pdf + ".tmp-report"));

    const std::string plan = outPath("cli-plan.json");
    r = test::runCli({"taper", test::sourcePath("examples/anne.json"), "--start", "2026-12-07", "-o", plan});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = test::runCli({"report", plan, "--kind", "handout", "--format", "html", "--lang", "en", "-o", "-",
                      "--phone", "70 11 22 33"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Your tapering plan"), std::string::npos);
    EXPECT_NE(r.out.find("Monday 7 December 2026"), std::string::npos);
    r = test::runCli({"report", plan, "--kind", "leaflet", "--format", "md", "-o", "-"});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(ReportCli, HandoutAppointmentsFromDateAndOutOfHours)
{
    const std::string plan = outPath("cli-plan-dates.json");
    auto r =
        test::runCli({"taper", test::sourcePath("examples/anne.json"), "--start", "2026-12-07", "-o", plan});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    // 29 March 2027 is 2. påskedag, 12 December 2026 a Saturday: the clinic is closed.
    for (const char *closed : {"2027-03-29", "2026-12-12"}) {
        r = test::runCli(
            {"report", plan, "--kind", "handout", "--format", "md", "-o", "-", "--appointment", closed});
        EXPECT_EQ(r.exitCode, 2) << closed;
        EXPECT_NE(r.err.find("--appointment"), std::string::npos) << r.err;
        EXPECT_TRUE(r.out.empty());
    }
    r = test::runCli({"report", plan, "--kind", "handout", "--format", "md", "-o", "-", "--date",
                      "2027-01-05", "--out-of-hours", "1813 (Akuttelefonen)", "--appointment", "2027-01-18"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("4.1.2027 –<br>31.1.2027<br>(nuværende periode)"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("7.12.2026 –"), std::string::npos);
    EXPECT_NE(r.out.find("- mandag 18. januar 2027"), std::string::npos);
    EXPECT_NE(r.out.find("ring 1813 (Akuttelefonen)"), std::string::npos);
    r = test::runCli({"report", plan, "--kind", "handout", "--format", "md", "-o", "-", "--date",
                      "2027-01-05", "--from-date", "2026-12-01"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("7.12.2026 –"), std::string::npos) << "--from-date shows past periods";
    r = test::runCli(
        {"report", plan, "--kind", "handout", "--format", "md", "-o", "-", "--from-date", "7.12.2026"});
    EXPECT_EQ(r.exitCode, 2);
}

} // namespace
} // namespace taper
