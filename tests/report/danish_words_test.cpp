// Danish documents read as Danish (issue 18, ../shared/reference/danish-style.md): no English words, no
// internal codes, no ISO dates, none of the forms the native review corrected, in any Danish handout of
// the example regimens and the taper test regimens.
#include "report_fixtures.h"
#include "taper/finding.h"
#include "taper/report/builder.h"
#include "taper/report/note.h"
#include "taper/report/render.h"

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
