// SPDX-License-Identifier: GPL-3.0-or-later
// The PDFs read back with poppler's pdftotext (installed by scripts/bootstrap): Danish letters survive,
// the table header repeats on every page the table runs over, and every page carries "Side X af N".
#include "report_fixtures.h"
#include "taper/report/pdf.h"

#include <gtest/gtest.h>

#include <cctype>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace taper {
namespace {

using test::outPath;
using test::pdfPages;

/// A 5 % taper from 600 mg oral morphine every 14 days: 50+ steps, the table runs over several pages.
Plan longPlan()
{
    return test::makePlan("tests/data/report/morphine-depot-600.json", "2026-12-07", 5, 14);
}

TEST(ReportPdfText, DanishLettersAndDatesReadBack)
{
    const std::string pdf = outPath("anne-handout-text.pdf");
    const int pages = report::writePdf(
        report::buildHandout(test::makePlan("examples/anne.json", "2026-12-07"), test::context()), pdf);
    const auto text = pdfPages(pdf);
    ASSERT_EQ(static_cast<int>(text.size()), pages) << "is poppler-utils (pdftotext) installed?";
    EXPECT_NE(text[0].find("Din nedtrapningsplan"), std::string::npos);
    EXPECT_NE(text[0].find("mandag 7. december 2026"), std::string::npos);
    EXPECT_NE(text[0].find("Sådan tager du din medicin"), std::string::npos) << text[0];
    EXPECT_NE(text[0].find("Side 1 af " + std::to_string(pages)), std::string::npos);
    std::string all;
    for (const auto &page : text)
        all += page;
    for (const char *word : {"æ", "ø", "å", "Contalgin"})
        EXPECT_NE(all.find(word), std::string::npos) << word;
}

TEST(ReportPdfText, TableHeaderRepeatsOnEveryPageOfALongPlan)
{
    const std::string pdf = outPath("long-handout-text.pdf");
    const int pages = report::writePdf(report::buildHandout(longPlan(), test::context()), pdf);
    ASSERT_GE(pages, 3);
    const auto text = pdfPages(pdf);
    ASSERT_EQ(static_cast<int>(text.size()), pages);
    int withTable = 0;
    for (int p = 0; p < pages; ++p) {
        const std::string &page = text[static_cast<std::size_t>(p)];
        EXPECT_NE(page.find("Side " + std::to_string(p + 1) + " af " + std::to_string(pages)),
                  std::string::npos)
            << "page " << p + 1;
        const bool rows =
            page.find("2027 –") != std::string::npos || page.find("2028 –") != std::string::npos;
        if (!rows) continue;
        ++withTable;
        EXPECT_NE(page.find("Periode"), std::string::npos) << "page " << p + 1 << " has steps but no header";
        EXPECT_NE(page.find("Morgen"), std::string::npos) << "page " << p + 1;
    }
    EXPECT_GE(withTable, 2);
}

/// A table of 90 rows of three lines each ("R7a", "R7b", "R7c" for row 7), after an opening paragraph
/// of `leadLines` lines so that page breaks fall at different places in the rows.
report::Document tableOfThreeLineRows(int leadLines)
{
    report::Document doc;
    doc.title = "Rækker";
    doc.footer = "test";
    report::Table table;
    table.header = {"Nr.", "Doser"};
    table.widthPercent = {10, 90};
    for (int r = 0; r < 90; ++r) {
        const std::string id = "R" + std::to_string(r);
        table.rows.push_back({{id + "n"}, {id + "a", id + "b", id + "c"}});
    }
    std::string lead;
    for (int i = 0; i < leadLines; ++i)
        lead += "Indledning. ";
    doc.sections.push_back({"Plan", {report::Paragraph{lead}, table}});
    return doc;
}

TEST(ReportPdfText, NoTableRowIsSplitAcrossPages)
{
    // A row split by a page break would show a step's first dose line at the foot of one page and the
    // rest on the next, under a row with no step number.
    for (int lead : {0, 7, 23, 41}) {
        const std::string pdf = outPath("three-line-rows-" + std::to_string(lead) + ".pdf");
        const int pages = report::writePdf(tableOfThreeLineRows(lead), pdf);
        ASSERT_GE(pages, 3);
        const auto text = pdfPages(pdf);
        ASSERT_EQ(static_cast<int>(text.size()), pages);
        const auto pageOf = [&](const std::string &word) {
            for (std::size_t p = 0; p < text.size(); ++p) {
                const std::size_t at = text[p].find(word);
                // whole word: "R1a" must not match inside "R11a"
                if (at != std::string::npos &&
                    (at == 0 || !std::isdigit(static_cast<unsigned char>(text[p][at - 1]))))
                    return static_cast<int>(p);
            }
            return -1;
        };
        for (int r = 0; r < 90; ++r) {
            const std::string id = "R" + std::to_string(r);
            const int first = pageOf(id + "n");
            ASSERT_GE(first, 0) << id << " missing (lead " << lead << ")";
            for (const char *line : {"a", "b", "c"})
                EXPECT_EQ(pageOf(id + line), first)
                    << id << line << " is not on the page of its row (lead " << lead << ")";
        }
    }
}

TEST(ReportPdfText, NoGroupOfRowsIsSplitAcrossPages)
{
    // The handout gives a taper step one row per product, its dates only in the first; a step split by a
    // page break would show the next page's products without their dates.
    for (int lead : {0, 5, 11, 17}) {
        report::Document doc;
        doc.title = "Trin";
        doc.footer = "test";
        report::Table table;
        table.header = {"Periode", "Medicin"};
        for (int g = 0; g < 40; ++g) {
            const std::string id = "G" + std::to_string(g);
            table.rows.push_back({{id + "p"}, {id + "x", id + "y"}});
            table.rows.push_back({{}, {id + "z"}});
            table.rows.push_back({{}, {id + "w"}});
            table.rowStartsGroup.insert(table.rowStartsGroup.end(), {true, false, false});
        }
        report::Section section{"Plan", {}};
        for (int i = 0; i < lead; ++i)
            section.blocks.push_back(report::Paragraph{"Indledning " + std::to_string(i)});
        section.blocks.emplace_back(std::move(table));
        doc.sections.push_back(std::move(section));
        const std::string pdf = outPath("groups-" + std::to_string(lead) + ".pdf");
        report::writePdf(doc, pdf);
        const auto text = pdfPages(pdf);
        ASSERT_GE(text.size(), 3u);
        const auto pageOf = [&](const std::string &word) { // whole word: "G1p" must not match "G11p"
            for (std::size_t p = 0; p < text.size(); ++p)
                for (std::size_t at = text[p].find(word); at != std::string::npos;
                     at = text[p].find(word, at + 1))
                    if (at == 0 || !std::isdigit(static_cast<unsigned char>(text[p][at - 1])))
                        return static_cast<int>(p);
            return -1;
        };
        for (int g = 0; g < 40; ++g) {
            const std::string id = "G" + std::to_string(g);
            const int page = pageOf(id + "p");
            ASSERT_GE(page, 0) << id << " missing";
            for (const char *word : {"x", "y", "z", "w"})
                EXPECT_EQ(pageOf(id + word), page)
                    << id << word << " is not on the page of its step (lead " << lead << ")";
        }
    }
}

/// Page of the first line holding `word` in `pages`, or -1.
int pageOfWord(const std::vector<std::string> &pages, const std::string &word)
{
    for (std::size_t p = 0; p < pages.size(); ++p)
        if (pages[p].find(word) != std::string::npos) return static_cast<int>(p);
    return -1;
}

TEST(ReportPdfText, NoHeadingOrListLeadInIsLeftAloneAtThePageFoot)
{
    // `lead` one-line paragraphs move the later sections down the first page; some of these put a
    // heading, or the paragraph introducing a list, on the last line of a page, where QTextDocument
    // leaves it with its content overleaf.
    for (int lead = 20; lead <= 44; ++lead) {
        report::Document doc;
        doc.title = "Overskrifter";
        doc.footer = "test";
        report::Section first{"Første", {}};
        for (int i = 0; i < lead;
             ++i) // in_place: GCC 12 warns (wrongly) of an uninitialised variant otherwise
            first.blocks.emplace_back(std::in_place_type<report::Paragraph>,
                                      report::Paragraph{"Linje " + std::to_string(i)});
        report::Table table;
        table.header = {"Kolonne"};
        table.rows = {{{"IndholdB1", "IndholdB2"}}, {{"IndholdB3"}}};
        report::Section withTable{"OverskriftB", {}};
        withTable.blocks.emplace_back(table);
        report::Section withList{"OverskriftC", {}};
        withList.blocks.emplace_back(report::Paragraph{"IndholdC"});
        withList.blocks.emplace_back(report::Paragraph{"LeadInD:"});
        withList.blocks.emplace_back(report::BulletList{{"PunktD1", "PunktD2"}});
        doc.sections.push_back(std::move(first));
        doc.sections.push_back(std::move(withTable));
        doc.sections.push_back(std::move(withList));
        const std::string pdf = outPath("headings-" + std::to_string(lead) + ".pdf");
        report::writePdf(doc, pdf);
        const auto pages = pdfPages(pdf);
        ASSERT_FALSE(pages.empty());
        EXPECT_EQ(pageOfWord(pages, "OverskriftB"), pageOfWord(pages, "IndholdB1")) << "lead " << lead;
        EXPECT_EQ(pageOfWord(pages, "IndholdB1"), pageOfWord(pages, "IndholdB2")) << "lead " << lead;
        EXPECT_EQ(pageOfWord(pages, "OverskriftC"), pageOfWord(pages, "IndholdC")) << "lead " << lead;
        EXPECT_EQ(pageOfWord(pages, "LeadInD:"), pageOfWord(pages, "PunktD1")) << "lead-in, lead " << lead;
    }
}

TEST(ReportPdfText, ReviewNamesTheDecisionSupportStatement)
{
    const std::string pdf = outPath("methadone-review-text.pdf");
    const Regimen regimen = test::exampleRegimen("examples/methadone-60.json");
    report::writePdf(report::buildReview(regimen, *test::formulary().profile("dk"), test::context()), pdf);
    std::string all;
    for (const auto &page : pdfPages(pdf))
        all += page;
    EXPECT_NE(all.find("Metadon"), std::string::npos) << all.substr(0, 2000);
    EXPECT_NE(all.find("ikke en recept"), std::string::npos) << all.substr(0, 2000);
}

} // namespace
} // namespace taper
