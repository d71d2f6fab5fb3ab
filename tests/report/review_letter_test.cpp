// SPDX-License-Identifier: GPL-3.0-or-later
// The review letter to the GP (issue 18): the conclusion comes first with 3–5 bullets, the appendix
// ("Bilag") after the letter and on a new page, no internal codes or English fragments in the Danish
// letter of any example, a prescription per period (packs where the formulary has pack sizes), and
// the letter part of Anne's review on at most 2 pages.
#include "report_fixtures.h"
#include "taper/report/pdf.h"
#include "taper/report/render.h"

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>

namespace taper {
namespace {

using report::Document;
using report::Section;

/// Every string a person reads in `doc` (title, meta, headings, paragraphs, lists, tables, charts).
std::string allText(const Document &doc)
{
    std::string s = doc.title + "\n" + doc.footer + "\n";
    for (const auto &[key, value] : doc.meta)
        s += key + " " + value + "\n";
    for (const Section &sec : doc.sections) {
        s += sec.heading + "\n";
        for (const report::Block &b : sec.blocks) {
            if (const auto *p = std::get_if<report::Paragraph>(&b)) s += p->text + "\n";
            if (const auto *l = std::get_if<report::BulletList>(&b))
                for (const auto &item : l->items)
                    s += item + "\n";
            if (const auto *t = std::get_if<report::Table>(&b)) {
                for (const auto &h : t->header)
                    s += h + "\n";
                for (const auto &row : t->rows)
                    for (const auto &cell : row)
                        for (const auto &line : cell)
                            s += line + "\n";
            }
            if (const auto *c = std::get_if<report::Chart>(&b)) {
                s += c->title + "\n" + c->yLabel + "\n";
                for (const auto &series : c->series)
                    s += series.name + "\n";
            }
        }
    }
    return s;
}

/// Whether `word` occurs in `text` as a whole word (not inside a longer word: "ago" is not "Chicago").
bool hasWord(const std::string &text, const std::string &word)
{
    const auto isWordChar = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool before = at > 0 && isWordChar(text[at - 1]);
        const bool after = at + word.size() < text.size() && isWordChar(text[at + word.size()]);
        if (!before && !after) return true;
    }
    return false;
}

/// The Danish review of an example: of its plan (start 2026-12-07) or, where no plan can be made
/// (methadone), of the regimen under dk.
Document danishReview(const std::string &example, report::Lang lang = report::Lang::Da)
{
    try {
        return report::buildReview(test::makePlan(example, "2026-12-07"), test::context(lang));
    } catch (const std::exception &) {
        return report::buildReview(test::exampleRegimen(example), *test::formulary().profile("dk"),
                                   test::context(lang));
    }
}

std::vector<std::string> examples()
{
    std::vector<std::string> out;
    for (const auto &entry : std::filesystem::directory_iterator(test::sourcePath("examples")))
        if (entry.path().extension() == ".json")
            out.push_back("examples/" + entry.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

const report::Table *tableWithHeader(const Document &doc, const std::string &header)
{
    for (const Section &sec : doc.sections)
        for (const report::Block &b : sec.blocks)
            if (const auto *t = std::get_if<report::Table>(&b))
                if (std::find(t->header.begin(), t->header.end(), header) != t->header.end()) return t;
    return nullptr;
}

TEST(ReviewLetter, ConclusionFirstWithThreeToFiveBulletsThenFindingsThenAppendix)
{
    ASSERT_FALSE(examples().empty());
    for (const std::string &example : examples()) {
        const Document doc = danishReview(example);
        std::size_t first = 0;
        while (first < doc.sections.size() && doc.sections[first].heading.empty())
            ++first;
        ASSERT_LT(first, doc.sections.size()) << example;
        EXPECT_EQ(doc.sections[first].heading, "Konklusion og anbefaling") << example;
        ASSERT_FALSE(doc.sections[first].blocks.empty());
        const auto *bullets = std::get_if<report::BulletList>(&doc.sections[first].blocks.front());
        ASSERT_NE(bullets, nullptr) << example;
        EXPECT_GE(bullets->items.size(), 3u) << example;
        EXPECT_LE(bullets->items.size(), 5u) << example;
        EXPECT_EQ(doc.sections[first + 1].heading, "Fund") << example;
        // The appendix: every section from the first "Bilag" on, the first on a new page, ending with the
        // sources.
        std::size_t appendix = first;
        while (appendix < doc.sections.size() && doc.sections[appendix].heading.rfind("Bilag", 0) != 0)
            ++appendix;
        ASSERT_LT(appendix, doc.sections.size()) << example;
        EXPECT_TRUE(doc.sections[appendix].newPage);
        for (std::size_t i = appendix; i < doc.sections.size(); ++i)
            EXPECT_EQ(doc.sections[i].heading.rfind("Bilag", 0), 0u);
        EXPECT_NE(doc.sections.back().heading.find("Kilder"), std::string::npos);
        EXPECT_NE(allText(doc).find("Sammenligning af omregningstabeller"), std::string::npos);
    }
}

TEST(ReviewLetter, DanishLetterHasNoInternalCodesOrEnglish)
{
    std::vector<std::string> forbidden{
        "oral extended", "oral immediate", "Denmark",          "default",      "days",        "ago",
        "seed:",         "since",          "max_per_day",      "used_per_day", "revision",    "Sessioner",
        "Alvor",         "% af start",     "Udlevering i alt", "gang(e)",      "proportional"};
    for (std::string_view code : kFindingCodeNames)
        forbidden.emplace_back(code);
    for (std::string_view code : EnumNames<TaperNoteCode>::names)
        forbidden.emplace_back(code);
    for (const std::string &example : examples()) {
        // The source list quotes titles as the formulary has them (English and Norwegian titles, and the
        // formulary's notes on them): it is checked for codes, not for English.
        Document doc = danishReview(example);
        ASSERT_NE(doc.sections.back().heading.find("Kilder"), std::string::npos);
        const std::string sources = allText(Document{doc.kind, doc.lang, "", {}, {doc.sections.back()}, ""});
        for (std::string_view code : kFindingCodeNames)
            EXPECT_FALSE(hasWord(sources, std::string(code))) << example;
        EXPECT_EQ(sources.find("seed:"), std::string::npos) << example;
        doc.sections.pop_back();
        const std::string text = allText(doc);
        for (const std::string &word : forbidden)
            EXPECT_FALSE(hasWord(text, word)) << example << ": \"" << word << "\"";
        EXPECT_EQ(text.find("dage siden"), std::string::npos) << example; // dates, not "3 dage siden"
    }
}

TEST(ReviewLetter, AnneInDanish)
{
    const Document doc = danishReview("examples/anne.json");
    const std::string text = allText(doc);
    EXPECT_NE(text.find("dk – Danmark (standard)"), std::string::npos);
    EXPECT_NE(text.find("morfin depottabletter"), std::string::npos);
    EXPECT_NE(text.find("Linje 2: korttidsvirkende oxycodon (PN) brugt siden 1.6.2022"), std::string::npos)
        << text;
    EXPECT_NE(text.find("version 1"), std::string::npos);
    EXPECT_EQ(text.find("Faktisk døgndosis"), std::string::npos); // PRN use unknown
    // The regimen table numbers lines as the findings do: line 2 is the OxyNorm PRN line.
    const report::Table *regimen = tableWithHeader(doc, "Udregning");
    ASSERT_NE(regimen, nullptr);
    ASSERT_EQ(regimen->rows.size(), 2u);
    EXPECT_EQ(regimen->rows[1][0].front(), "2");
    EXPECT_NE(regimen->rows[1][1].front().find("OxyNorm"), std::string::npos);
    // One line per kind of plan note: the "no smaller dispensable dose" cut once, naming its steps.
    std::size_t count = 0;
    for (std::size_t at = text.find("ingen mindre udleverbar"); at != std::string::npos;
         at = text.find("ingen mindre udleverbar", at + 1))
        ++count;
    EXPECT_EQ(count, 1u);
    EXPECT_NE(text.find("Reduktion 11–100 % (ingen mindre udleverbar dosis): trin 2–6 og 10–20"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("Samlet udlevering i planperioden"), std::string::npos);
}

TEST(ReviewLetter, FactualDailyDoseOnlyWhenUseIsKnown)
{
    const Regimen regimen = test::regimenFromText(R"({"schema_version": 1, "as_of": "2026-11-21", "lines": [
        {"product": "contalgin-30", "dose": 30, "unit": "mg", "times_per_day": 2, "since": "2026-01-01"},
        {"product": "oxynorm-5", "dose": 5, "unit": "mg", "prn": true, "max_per_day": 4, "used_per_day": 2, "since": "2026-01-01"}]})");
    const std::string text =
        allText(report::buildReview(regimen, *test::formulary().profile("dk"), test::context()));
    EXPECT_NE(text.find("Faktisk døgndosis"), std::string::npos) << text;
}

TEST(ReviewLetter, DanishSourcesFirst)
{
    const Document doc = danishReview("examples/anne.json");
    const auto *sources = std::get_if<report::BulletList>(&doc.sections.back().blocks.back());
    ASSERT_NE(sources, nullptr);
    ASSERT_GE(sources->items.size(), 3u);
    EXPECT_EQ(sources->items.front().rfind("[1] ", 0), 0u);
    std::size_t lastDanish = 0, firstOther = sources->items.size();
    for (std::size_t i = 0; i < sources->items.size(); ++i) {
        const std::string &item = sources->items[i];
        const bool danish = item.find("Sundhedsstyrelsen") != std::string::npos ||
                            item.find("pro.medicin.dk") != std::string::npos;
        if (danish)
            lastDanish = i;
        else if (item.find("Helsedirektoratet") != std::string::npos || item.find("CDC") != std::string::npos)
            firstOther = std::min(firstOther, i);
    }
    EXPECT_LT(lastDanish, firstOther);
}

TEST(ReviewLetter, PrescriptionPerPeriodForAnne)
{
    const Plan plan = test::makePlan("examples/anne.json", "2026-12-07");
    const Document doc = report::buildReview(plan, test::context());
    const report::Table *t = tableWithHeader(doc, "Ordineres");
    ASSERT_NE(t, nullptr);
    std::size_t expected = 0;
    for (const Step &step : plan.schedule.steps)
        expected += std::max<std::size_t>(1, step.doses.size());
    EXPECT_EQ(t->rows.size(), expected);
    // Step 0: Contalgin 60 mg 1 morning and evening for 14 days, OxyNorm PRN at most 6 a day: the plan's
    // dispensing.
    EXPECT_EQ(t->rows[0][1].front(), "7.12.2026");
    EXPECT_EQ(t->rows[0][3].front(), "Contalgin depottablet 60 mg");
    EXPECT_EQ(t->rows[0][5].front(), "28 depottabletter");
    EXPECT_EQ(t->rows[1][5].front(), "84 kapsler");
    EXPECT_EQ(t->rows.back()[3].front(), "intet opioid");
}

TEST(ReviewLetter, PrescriptionInPacksWherePackSizesAreKnown)
{
    // Contalgin depotgranulat 60 mg comes in packs of 30 (formulary pack_sizes, DK-SPC-CONTALGIN-GRANULAT).
    Plan plan;
    plan.created = test::day("2026-11-21");
    plan.regimen = test::regimenFromText(R"({"schema_version": 1, "as_of": "2026-11-21", "lines": [
        {"product": "contalgin-granulat-60", "dose": 60, "unit": "mg", "times_per_day": 2, "since": "2025-01-01"}]})");
    TaperOptions o;
    o.start = test::day("2026-12-07");
    plan.schedule = taper::plan(plan.regimen, o, *test::formulary().profile("dk"), test::formulary());
    ASSERT_EQ(plan.schedule.steps.front().doses.front().product->id, "contalgin-granulat-60");
    const Document doc = report::buildReview(plan, test::context());
    const report::Table *t = tableWithHeader(doc, "Ordineres");
    ASSERT_NE(t, nullptr);
    ASSERT_EQ(t->rows[0][5].size(), 2u);
    EXPECT_EQ(t->rows[0][5][0], "1 pakning à 30 stk.");
    EXPECT_NE(t->rows[0][5][1].find("behov: 28"), std::string::npos) << t->rows[0][5][1];
}

TEST(ReviewLetter, EnglishLetterHasTheSameParts)
{
    const std::string text = allText(danishReview("examples/anne.json", report::Lang::En));
    for (const char *part : {"Conclusion and recommendation", "Findings", "Prescription per period",
                             "Appendix 1", "Danish sources first"})
        EXPECT_NE(text.find(part), std::string::npos) << part;
}

TEST(ReviewLetter, AnnesLetterFitsOnTwoPagesBeforeTheAppendix)
{
    const std::string pdf = std::string(TAPER_REPORT_OUT_DIR) + "/anne-review-letter.pdf";
    const int pages = report::writePdf(danishReview("examples/anne.json"), pdf);
    const auto text = test::pdfPages(pdf);
    ASSERT_EQ(static_cast<int>(text.size()), pages) << "is poppler-utils (pdftotext) installed?";
    int appendixPage = 0;
    for (int i = 0; i < pages && !appendixPage; ++i)
        if (text[i].find("Bilag 1") != std::string::npos) appendixPage = i + 1;
    EXPECT_GE(appendixPage, 2);
    EXPECT_LE(appendixPage, 3) << "the letter before the appendix takes more than 2 pages";
    EXPECT_NE(text[0].find("Konklusion og anbefaling"), std::string::npos);
    // docs/sample-review.png is this page 1 (copied from the test output folder).
    EXPECT_TRUE(
        report::writePagePng(danishReview("examples/anne.json"), 0, 110, test::outPath("sample-review.png")));
}

} // namespace
} // namespace taper
