// Wording of every finding code in English and Danish, and its documentation in docs/findings.md.
#include "rule_cases.h"
#include "test_support.h"

#include "finding_text.h"
#include "taper/meq.h"
#include "taper/rules.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

using namespace taper;

namespace {

/// One fired finding per code: from the rule table, plus fast_taper from its core function.
std::map<FindingCode, Finding> oneFindingPerCode()
{
    std::map<FindingCode, Finding> found;
    for (const auto &c : test::ruleCases()) {
        const Regimen r = test::regimenFromText(test::regimenDoc(c.fires));
        const Profile &p = *test::formulary().profile(c.profile);
        for (const auto &f : rules::check(r, meq::compute(r, p, test::formulary()), p, test::formulary()))
            found.emplace(f.code, f);
    }
    found.emplace(FindingCode::FastTaper, *rules::fastTaper(30, 7, test::formulary()));
    return found;
}

} // namespace

TEST(FindingText, EveryCodeHasSourceAndBothRenderings)
{
    const auto findings = oneFindingPerCode();
    ASSERT_EQ(findings.size(), kFindingCodeCount);
    for (const auto &[code, f] : findings) {
        SCOPED_TRACE(std::string(toString(code)));
        EXPECT_NE(test::formulary().source(f.source), nullptr) << f.source;
        const std::string en = cli::findingMessage(f, cli::Lang::En, test::formulary());
        const std::string da = cli::findingMessage(f, cli::Lang::Da, test::formulary());
        EXPECT_FALSE(en.empty());
        EXPECT_FALSE(da.empty());
        EXPECT_NE(en, da);
        EXPECT_NE(en, toString(code)) << "no English wording";
        EXPECT_NE(da, toString(code)) << "no Danish wording";
    }
}

TEST(FindingText, EveryRuleCaseRendersInBothLanguages)
{
    for (const auto &c : test::ruleCases()) {
        const Regimen r = test::regimenFromText(test::regimenDoc(c.fires));
        const Profile &p = *test::formulary().profile(c.profile);
        for (const auto &f : rules::check(r, meq::compute(r, p, test::formulary()), p, test::formulary())) {
            if (f.code != c.code) continue;
            const std::string en = cli::findingMessage(f, cli::Lang::En, test::formulary());
            const std::string da = cli::findingMessage(f, cli::Lang::Da, test::formulary());
            EXPECT_NE(en, da) << c.name;
            EXPECT_EQ(en.find("  "), std::string::npos) << c.name << ": " << en;
        }
    }
}

TEST(FindingText, EveryCodeDocumented)
{
    std::ifstream in(test::sourcePath("docs/findings.md"));
    ASSERT_TRUE(in) << "docs/findings.md missing";
    std::stringstream s;
    s << in.rdbuf();
    const std::string doc = s.str();
    for (const auto name : kFindingCodeNames) {
        const auto at = doc.find("## `" + std::string(name) + "`");
        ASSERT_NE(at, std::string::npos) << name << " has no section";
        const auto next = doc.find("\n## ", at + 4);
        const std::string section = doc.substr(at, next == std::string::npos ? std::string::npos : next - at);
        EXPECT_NE(section.find("Severity"), std::string::npos) << name;
        EXPECT_NE(section.find("Source"), std::string::npos) << name;
    }
}
