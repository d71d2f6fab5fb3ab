// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of every printed document read back (issue 18): no page without body text, every section
// heading printed (nothing hidden under the footer), the same pages in a print preview as in the PDF,
// words found by a search of the PDF ("morfin": no fi ligature), English headers not broken.
#include "report_fixtures.h"
#include "taper/report/pdf.h"

#include <QBuffer>
#include <QPdfWriter>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <memory>

namespace taper {
namespace {

using test::outPath;
using test::pdfPages;

struct Printed {
    std::string name;
    report::Document doc;
};

std::vector<Printed> documents()
{
    std::vector<Printed> out;
    for (const char *file : {"examples/anne.json", "examples/fentanyl-diazepam.json",
                             "examples/ketogan-prn.json", "tests/data/report/morphine-depot-600.json"}) {
        const Plan plan =
            test::makePlan(file, "2026-12-07", std::string(file).find("600") != std::string::npos ? 5 : 10);
        const std::string stem = std::filesystem::path(file).stem().string();
        for (report::Lang lang : {report::Lang::Da, report::Lang::En}) {
            const std::string suffix = lang == report::Lang::Da ? ".da" : ".en";
            out.push_back({stem + "-handout" + suffix, report::buildHandout(plan, test::context(lang))});
            out.push_back({stem + "-review" + suffix, report::buildReview(plan, test::context(lang))});
        }
    }
    return out;
}

/// A page's text without its footer line ("Side X af N" and the footer text).
std::string body(const std::string &page, const report::Document &doc)
{
    std::string text = page;
    for (const std::string &drop : {doc.footer}) {
        const auto at = text.find(drop);
        if (!drop.empty() && at != std::string::npos) text.erase(at, drop.size());
    }
    std::string letters;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c))) letters += c;
    return letters;
}

TEST(ReportPages, EveryPageHasBodyTextAndEveryHeadingIsPrinted)
{
    for (const Printed &p : documents()) {
        const std::string pdf = outPath(p.name + ".pdf");
        const int pages = report::writePdf(p.doc, pdf);
        const auto text = pdfPages(pdf, false);
        ASSERT_EQ(static_cast<int>(text.size()), pages)
            << p.name << ": is poppler-utils (pdftotext) installed?";
        std::string all;
        for (int i = 0; i < pages; ++i) {
            EXPECT_GT(body(text[i], p.doc).size(), 40u) << p.name << " page " << i + 1 << " has no body text";
            all += text[i];
        }
        for (const auto &s : p.doc.sections)
            if (!s.heading.empty()) {
                EXPECT_NE(all.find(s.heading), std::string::npos) << p.name << ": " << s.heading;
            }
        if (p.doc.kind == report::Kind::Handout) {
            EXPECT_NE(all.find(p.doc.lang == report::Lang::Da ? "Har du spørgsmål?" : "Questions?"),
                      std::string::npos)
                << p.name;
        }
    }
}

TEST(ReportPages, APreviewHasThePagesOfThePdf)
{
    for (const Printed &p : documents()) {
        const int pdfPagesCount = report::writePdf(p.doc, outPath(p.name + "-pages.pdf"));
        EXPECT_EQ(report::pageCount(p.doc), pdfPagesCount) << p.name;
        for (int dpi : {72, 96, 600}) { // a screen preview's and a printer's resolution
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter device(&buffer);
            device.setPageLayout(report::pageLayout());
            device.setResolution(dpi);
            EXPECT_EQ(report::printTo(p.doc, device), pdfPagesCount) << p.name << " at " << dpi << " dpi";
        }
    }
}

TEST(ReportPages, ASearchOfThePdfFindsTheWords)
{
    const Plan plan = test::makePlan("examples/anne.json", "2026-12-07");
    for (const auto &[name, doc] : {std::pair{"handout", report::buildHandout(plan, test::context())},
                                    std::pair{"review", report::buildReview(plan, test::context())}}) {
        const std::string pdf = outPath(std::string("search-") + name + ".pdf");
        report::writePdf(doc, pdf);
        std::string all;
        for (const auto &page : pdfPages(pdf, false))
            all += page;
        EXPECT_NE(all.find("orfin"), std::string::npos) << name;
        EXPECT_EQ(all.find("\xef\xac\x81"), std::string::npos)
            << name << ": an fi ligature hides words from a search";
    }
}

TEST(ReportPages, EnglishTimeOfDayHeadersAreWhole)
{
    const Plan plan = test::makePlan("examples/anne.json", "2026-12-07");
    const std::string pdf = outPath("anne-handout-headers.en.pdf");
    report::writePdf(report::buildHandout(plan, test::context(report::Lang::En)), pdf);
    const auto pages = pdfPages(pdf, false);
    ASSERT_FALSE(pages.empty());
    EXPECT_NE(pages[0].find("Morning"), std::string::npos) << pages[0];
    EXPECT_NE(pages[0].find("Evening"), std::string::npos);
}

} // namespace
} // namespace taper
