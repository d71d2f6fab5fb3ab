// SPDX-License-Identifier: GPL-3.0-or-later
// Danish documents read as Danish (issue 18, ../shared/reference/danish-style.md): no English words, no
// internal codes, no ISO dates, none of the forms the native review corrected, in any Danish handout of
// the example regimens and the taper test regimens.
#include "report_fixtures.h"
#include "sample_parameters.h"
#include "taper/finding.h"
#include "taper/report/builder.h"
#include "taper/report/note.h"
#include "taper/report/render.h"
#include "taper/text/advice_text.h"
#include "taper/text/finding_text.h"
#include "taper/text/problem_text.h"
#include "taper/text/session_words.h"
#include "taper/text/taper_note_text.h"

#include <gtest/gtest.h>

#include <regex>

namespace taper {
namespace {

/// Forms danish-style.md lists under "avoid", internal codes, English words and ISO dates.
std::vector<std::pair<std::string, std::regex>> forbidden()
{
    std::vector<std::string> words{
        "krydstolerans\\b", "ukendt tolerans\\b", "\\bproportional\\b", "oral extended", "oral immediate",
        "generics", "\\bDenmark\\b", "\\bdefault\\b", "[Ii]ngen opioid\\b", "kørekort frarådes",
        "depot-tramadol", "fentanyl-plaster", "dobbelt dosis", "trap benzodiazepin gradvist ud",
        "\\bSessioner\\b", "Taget \\(ved session\\)", "\\bAlvor\\b", "% af start\\b",
        "Udlevering i alt over planen", "\\brevision\\b", "gang\\(e\\)", "mcg/h", "\\bmcg\\b", "højst 0\\b",
        "Planen gennemgås", "Sæt ikke selv", "hver 72 timer",
        // English words that have no business in Danish text
        "\\b(the|and|with|when|needed|days?|weeks?|ago|morning|evening|noon|night|patch|patches|step|steps)"
        "\\b",
        // ISO dates and JSON-style codes
        "\\b\\d{4}-\\d{2}-\\d{2}\\b", "\\b[a-z]+_[a-z_]+\\b"};
    for (std::string_view code : kFindingCodeNames)
        words.push_back("\\b" + std::string(code) + "\\b");
    std::vector<std::pair<std::string, std::regex>> out;
    for (const std::string &w : words)
        out.emplace_back(w, std::regex(w, std::regex::icase));
    return out;
}

/// The document's words without the parts people typed (the patient label, author, clinic).
std::string readable(report::Document doc)
{
    doc.meta.clear();
    doc.footer.clear();
    return report::renderMarkdown(doc);
}

TEST(DanishWords, HandoutsHaveNoEnglishNoCodesNoCorrectedForms)
{
    const auto rules = forbidden();
    for (const std::string &file : test::documentRegimens()) {
        const std::string text =
            readable(report::buildHandout(test::makePlan(file, "2026-12-07"), test::context()));
        for (const auto &[word, pattern] : rules) {
            std::smatch m;
            if (std::regex_search(text, m, pattern))
                ADD_FAILURE() << file << ": \"" << m.str() << "\" (rule " << word << ")";
        }
    }
}

TEST(DanishWords, JournalNotesHaveNoEnglishNoCodesNoCorrectedForms)
{
    const auto rules = forbidden();
    for (const std::string &file : test::documentRegimens()) {
        const std::string text =
            report::buildJournalNote(test::makePlan(file, "2026-12-07"), test::context());
        for (const auto &[word, pattern] : rules) {
            std::smatch m;
            if (std::regex_search(text, m, pattern))
                ADD_FAILURE() << file << ": \"" << m.str() << "\" (rule " << word << ")";
        }
    }
}

/// Issue 19 item 1: the catalogue (taper::text) is the one source of every clinical sentence the CLI,
/// the documents and the GUI show. Every finding and plan note code and every patient advice, with sample
/// parameters, has a Danish and an English sentence: not empty, not the same in both languages, no parameter
/// left unrendered ("?"), no code name, and the Danish passes the same list as the documents.
TEST(DanishWords, EveryFindingAndNoteOfTheCatalogueHasDanishAndEnglish)
{
    const auto rules = forbidden();
    const Formulary &formulary = test::formulary();
    const auto check = [&](const std::string &code, const std::string &da, const std::string &en) {
        EXPECT_FALSE(da.empty()) << code;
        EXPECT_FALSE(en.empty()) << code;
        EXPECT_NE(da, en) << code << ": not translated";
        for (const std::string &t : {da, en}) {
            EXPECT_EQ(t.find(" ?"), std::string::npos) << code << ": a parameter is missing: " << t;
            EXPECT_EQ(t.find(code), std::string::npos) << code << ": the code name in the text: " << t;
        }
        for (const auto &[word, pattern] : rules) {
            std::smatch m;
            if (std::regex_search(da, m, pattern))
                ADD_FAILURE() << code << ": \"" << m.str() << "\" (rule " << word << ") in: " << da;
        }
    };
    for (std::size_t i = 0; i < kFindingCodeCount; ++i)
        for (const bool flags : {false, true}) {
            const Finding f = test::sampleFinding(static_cast<FindingCode>(i), flags);
            check(std::string(kFindingCodeNames[i]), text::findingMessage(f, text::Lang::Da, formulary),
                  text::findingMessage(f, text::Lang::En, formulary));
        }
    for (int i = 0; i < text::kAdviceTextCount; ++i) {
        const auto advice = static_cast<text::AdviceText>(i);
        check("advice " + std::to_string(i), text::adviceText(advice, text::Lang::Da),
              text::adviceText(advice, text::Lang::En));
    }
    for (const int rating : {0, 1, 3}) // 2 is "moderate" in both languages
        check("withdrawal " + std::to_string(rating), text::withdrawalRatingText(rating, text::Lang::Da),
              text::withdrawalRatingText(rating, text::Lang::En));
    for (const Attention flag :
         {Attention::Withdrawal, Attention::RepeatedHold, Attention::TookMore, Attention::ReviewDue})
        check("attention", text::attentionText(flag, text::Lang::Da),
              text::attentionText(flag, text::Lang::En));
    for (const SessionDecision d :
         {SessionDecision::Continue, SessionDecision::Hold, SessionDecision::Slow, SessionDecision::StepBack,
          SessionDecision::Replan, SessionDecision::StopTaper})
        check("decision", text::decisionText(d, text::Lang::Da), text::decisionText(d, text::Lang::En));
    for (const PlanStatus st : {PlanStatus::Tapering, PlanStatus::Maintenance, PlanStatus::Complete})
        check("status", text::planStatusText(st, text::Lang::Da), text::planStatusText(st, text::Lang::En));
    // A profile's exclusion reason is quoted in Danish from its reason_da.
    Finding excluded{FindingCode::NotInProfile, Severity::Warning, std::size_t{0}, {}, "US-CDC22"};
    excluded.parameters = {{"substance", std::string("buprenorphine")},
                           {"route", std::string("transdermal")},
                           {"profile", std::string("cdc-2022")},
                           {"reason", formulary.profile("cdc-2022")->excluded.front().reason}};
    EXPECT_NE(
        text::findingMessage(excluded, text::Lang::Da, formulary).find("(Partiel μ-agonist med loftseffekt"),
        std::string::npos)
        << text::findingMessage(excluded, text::Lang::Da, formulary);
    const auto &noteNames = EnumNames<TaperNoteCode>::names;
    for (std::size_t i = 0; i < noteNames.size(); ++i)
        for (const bool step : {false, true}) {
            const TaperNote n = test::sampleNote(static_cast<TaperNoteCode>(i), step);
            check(std::string(noteNames[i]), text::taperNoteText(n, text::Lang::Da, formulary),
                  text::taperNoteText(n, text::Lang::En, formulary));
        }
}

/// Issue 19 item 1: every input problem code is worded in both languages, its values are shown, and the
/// Danish reads as Danish once the parts that are typed as written are taken out (quoted keys and
/// values, command-line options, commands in backquotes): a refusal reaches a Danish GUI in Danish.
TEST(DanishWords, EveryInputProblemOfTheCatalogueHasDanishAndEnglish)
{
    auto rules = forbidden();
    for (const char *english :
         {"\\b(got|expected|missing|must|only|not|unknown|file|number|value|above|below)\\b",
          "\\b(least|most|whole|year|years|dose|product|substance|line|lines|session)\\b",
          "\\b(sessions|cannot|nothing|written|required|duplicate|between|per)\\b"})
        rules.emplace_back(english, std::regex(english, std::regex::icase));
    const std::regex typedAsWritten("\"[^\"]*\"|--[a-z-]+|`[^`]*`|[a-z_]+\\.json");
    ASSERT_GT(problemCodeCount(), 200u);
    for (std::size_t i = 0; i < problemCodeCount(); ++i) {
        const auto code = static_cast<ProblemCode>(i);
        const std::string name(problemCodeName(code));
        const std::string en(text::problemTemplate(code, text::Lang::En));
        const std::string da(text::problemTemplate(code, text::Lang::Da));
        ASSERT_FALSE(en.empty()) << name << ": no English wording";
        ASSERT_FALSE(da.empty()) << name << ": no Danish wording";
        EXPECT_NE(da, en) << name << ": not translated";
        Problem sample{code, {}, {Problem{ProblemCode::member_missing}}};
        for (std::size_t v = 0; v < problemArity(code); ++v)
            sample.values.push_back("V" + std::to_string(v));
        const std::string enText = text::problemText(sample, text::Lang::En);
        const std::string daText = text::problemText(sample, text::Lang::Da);
        for (std::size_t v = 0; v < problemArity(code); ++v)
            EXPECT_TRUE(enText.find("V" + std::to_string(v)) != std::string::npos ||
                        daText.find("V" + std::to_string(v)) != std::string::npos)
                << name << ": value " << v << " is never shown";
        for (const std::string &t : {enText, daText}) {
            EXPECT_EQ(t.find('{'), std::string::npos)
                << name << ": a placeholder beyond the code's values: " << t;
            EXPECT_EQ(t.find(name), std::string::npos) << name << ": the code name in the text: " << t;
        }
        const std::string prose = std::regex_replace(daText, typedAsWritten, "");
        for (const auto &[word, pattern] : rules) {
            std::smatch m;
            if (std::regex_search(prose, m, pattern))
                ADD_FAILURE() << name << ": \"" << m.str() << "\" (rule " << word << ") in: " << daText;
        }
    }
}

/// The values a Danish refusal shows are Danish too: dates, decimal commas, product and substance
/// names from the formulary, operating-system errors, and the field it is about.
TEST(DanishWords, ProblemValuesAndPlacesAreWordedInDanish)
{
    const Formulary &formulary = test::formulary();
    const Problem since{ProblemCode::since_after_as_of, {dateToken("2026-12-07"), dateToken("2026-12-01")}};
    EXPECT_EQ(text::problemText(since, text::Lang::Da),
              "7.12.2026 ligger efter opgørelsesdatoen 1.12.2026: datoen skal være samme dag eller før");
    EXPECT_EQ(text::problemText(since, text::Lang::En),
              "got \"2026-12-07\", after the evaluation date 2026-12-01; expected a date on or before it");
    const Problem halves{ProblemCode::dose_not_whole_units, {"25", productToken("oxynorm-20"), "20", "mg"}};
    EXPECT_NE(text::problemText(halves, text::Lang::Da, &formulary).find("OxyNorm"), std::string::npos)
        << text::problemText(halves, text::Lang::Da, &formulary);
    EXPECT_NE(text::problemText(halves, text::Lang::En, &formulary).find("oxynorm-20"), std::string::npos);
    const Problem dose{ProblemCode::dose_implausible, {"2.5", "mg", substanceToken("morphine"), "1200"}};
    EXPECT_NE(text::problemText(dose, text::Lang::Da, &formulary).find("2,5 mg morfin"), std::string::npos)
        << text::problemText(dose, text::Lang::Da, &formulary);
    const Problem full{ProblemCode::file_cannot_write, {systemErrorToken(28)}}; // ENOSPC
    EXPECT_EQ(text::problemText(full, text::Lang::Da), "kan ikke skrives: der er ikke mere plads på disken");
    const Problem kind{ProblemCode::not_a_number, {valueKindToken("string")}};
    EXPECT_EQ(text::problemText(kind, text::Lang::En), "got a string; expected a number");
    EXPECT_EQ(text::problemText(kind, text::Lang::Da), "en tekst kan ikke bruges: der skal stå et tal");
    EXPECT_EQ(text::whereText("actual/1/used_per_day", text::Lang::Da),
              "faktisk indtagelse nr. 2, brugt pr. døgn");
    EXPECT_EQ(text::whereText("/lines/0/dose", text::Lang::Da), "linje nr. 1, dosis");
    EXPECT_EQ(text::whereText("/lines/0/dose", text::Lang::En), "/lines/0/dose");
    EXPECT_EQ(text::whereText("--today", text::Lang::Da), "--today");
    EXPECT_EQ(text::whereText("/lines/99999999999999999999999", text::Lang::Da),
              "linje, 99999999999999999999999");
}

TEST(DanishWords, TheListCatchesWhatItShould)
{
    const auto rules = forbidden();
    for (const char *bad : {"very_high_meq", "Ingen opioid.", "2026-12-07", "morfin oral extended",
                            "take the patch", "dk – Denmark (default)", "hver 72 timer"}) {
        const std::string text(bad);
        EXPECT_TRUE(std::any_of(rules.begin(), rules.end(), [&](const auto &r) {
            return std::regex_search(text, r.second);
        })) << bad;
    }
}

} // namespace
} // namespace taper
