// SPDX-License-Identifier: GPL-3.0-or-later
// Wording of every finding code in English and Danish, and its documentation in docs/findings.md.
#include "rule_cases.h"
#include "test_support.h"

#include "finding_text.h"
#include "taper/meq.h"
#include "taper/rules.h"
#include "taper/text/taper_note_text.h"

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

namespace {

std::vector<Finding> checkLines(const std::string &lines)
{
    const Regimen r = test::regimenFromText(test::regimenDoc(lines));
    const Profile &p = *test::formulary().profile("dk");
    return rules::check(r, meq::compute(r, p, test::formulary()), p, test::formulary());
}

} // namespace

// Issue 16 item 4: with methadone in the total, neither threshold finding advises a cut.
TEST(FindingText, MethadoneThresholdsNeverSayReduce)
{
    for (const std::string dose : {"20", "30"}) { // 80 mg MEQ (high_meq), 240 mg MEQ (very_high_meq)
        const auto fs =
            checkLines(R"([{"substance": "methadone", "route": "oral", "release": "immediate", "dose": )" +
                       dose + R"(, "unit": "mg", "times_per_day": 1}])");
        int thresholds = 0;
        for (const auto &f : fs) {
            if (f.code != FindingCode::HighMeq && f.code != FindingCode::VeryHighMeq) continue;
            ++thresholds;
            const std::string en = cli::findingMessage(f, cli::Lang::En, test::formulary());
            const std::string da = cli::findingMessage(f, cli::Lang::Da, test::formulary());
            SCOPED_TRACE(en);
            EXPECT_EQ(en.find("reduce"), std::string::npos);
            EXPECT_EQ(en.find("tapering"), std::string::npos);
            EXPECT_NE(en.find("specialist"), std::string::npos);
            EXPECT_NE(en.find("uncertain"), std::string::npos);
            EXPECT_EQ(da.find("nedsættes"), std::string::npos);
            EXPECT_EQ(da.find("nedtrapning"), std::string::npos);
            EXPECT_NE(da.find("speciallæge"), std::string::npos);
            EXPECT_NE(da.find("usikker"), std::string::npos);
        }
        EXPECT_EQ(thresholds, 1) << dose;
    }
    // Without methadone the advice is unchanged.
    const auto morphine = checkLines(
        R"([{"substance": "morphine", "route": "oral", "release": "extended", "dose": 60, "unit": "mg", "times_per_day": 2}])");
    const std::string en = cli::findingMessage(morphine.front(), cli::Lang::En, test::formulary());
    EXPECT_NE(en.find("reduce the dose"), std::string::npos) << en;
}

// Issue 16 item 10: the merged findings say what the dropped one said.
TEST(FindingText, MergedFindingsCarryTheOther)
{
    const auto prn = checkLines(
        R"([{"product": "morphine-tablet-10", "dose": 10, "unit": "mg", "prn": true, "max_per_day": 3, "since": "2026-08-22"}])");
    for (const auto &f : prn) {
        if (f.code != FindingCode::ShortActingLongTerm) continue;
        EXPECT_NE(cli::findingMessage(f, cli::Lang::En, test::formulary())
                      .find("avoid short-acting opioids, fixed or PRN"),
                  std::string::npos);
        EXPECT_NE(cli::findingMessage(f, cli::Lang::Da, test::formulary()).find("både fast og som PN"),
                  std::string::npos);
    }
    const auto cyp = checkLines(R"([{"product": "pinex-comp", "dose": 30, "unit": "mg", "times_per_day": 3},
                                    {"product": "tramadol-capsule-50", "dose": 50, "unit": "mg", "times_per_day": 2}])");
    for (const auto &f : cyp) {
        if (f.code != FindingCode::Cyp2d6Prodrug) continue;
        const std::string en = cli::findingMessage(f, cli::Lang::En, test::formulary());
        const std::string da = cli::findingMessage(f, cli::Lang::Da, test::formulary());
        EXPECT_NE(en.find("need activation by CYP2D6 (also line 2)"), std::string::npos) << en;
        EXPECT_NE(en.find("tramadol"), std::string::npos) << en;
        EXPECT_NE(da.find("(også linje 2)"), std::string::npos) << da;
    }
}

TEST(FindingText, APartialTotalIsALowerBoundInBothLanguages)
{
    // Contalgin 60 × 2 converted, Ketogan suppositories not (issue 16 item 5).
    const Regimen r = test::regimenFromText(test::regimenDoc(
        R"([{"product": "contalgin-60", "dose": 60, "unit": "mg", "times_per_day": 2},
            {"product": "ketogan-suppository-10", "dose": 10, "unit": "mg", "prn": true, "max_per_day": 3}])"));
    const Profile &dk = *test::formulary().profile("dk");
    for (const auto &f : rules::check(r, meq::compute(r, dk, test::formulary()), dk, test::formulary())) {
        if (f.code != FindingCode::VeryHighMeq) continue;
        EXPECT_NE(cli::findingMessage(f, cli::Lang::Da, test::formulary())
                      .find("svarer til mindst 120 mg oral morfin"),
                  std::string::npos);
        EXPECT_NE(cli::findingMessage(f, cli::Lang::En, test::formulary()).find("Total of at least 120 mg"),
                  std::string::npos);
        return;
    }
    ADD_FAILURE() << "no very_high_meq";
}

TEST(TaperNoteText, LinesCountFromOneAndAStoppedPrnSaysStopped)
{
    // Issue 17 item 10: notes number lines as findings do (from 1); "at most 0 a day" reads "stopped".
    const TaperNote unknown{
        TaperNoteCode::PrnUseUnknown, std::nullopt, {{"line", 1.0}, {"product", std::string("oxynorm-20")}}};
    EXPECT_EQ(text::taperNoteText(unknown, cli::Lang::En, test::formulary())
                  .rfind("Line 2 (OxyNorm kapsel 20 mg)", 0),
              0u);
    EXPECT_EQ(text::taperNoteText(unknown, cli::Lang::Da, test::formulary()).rfind("Linje 2 (", 0), 0u);
    const TaperNote stopped{TaperNoteCode::PrnAllowanceReduced,
                            6,
                            {{"product", std::string("oxynorm-20")}, {"max_per_day", 0.0}}};
    EXPECT_EQ(text::taperNoteText(stopped, cli::Lang::En, test::formulary()),
              "Step 6: PRN OxyNorm kapsel 20 mg stopped");
    EXPECT_EQ(text::taperNoteText(stopped, cli::Lang::Da, test::formulary()),
              "Trin 6: OxyNorm kapsel 20 mg (PN) stoppes");
    const TaperNote fewer{TaperNoteCode::PrnAllowanceReduced,
                          5,
                          {{"product", std::string("oxynorm-20")}, {"max_per_day", 1.0}}};
    EXPECT_EQ(text::taperNoteText(fewer, cli::Lang::En, test::formulary()),
              "Step 5: PRN OxyNorm kapsel 20 mg reduced to at most 1 a day");
}

// Issue 16 item 6: the patient findings in words, never codes or JSON keys.
TEST(FindingText, PatientFindingsInPlainWords)
{
    const std::string morphine =
        R"([{"substance": "morphine", "route": "oral", "release": "extended", "dose": 30, "unit": "mg", "times_per_day": 2}])";
    std::map<FindingCode, std::string> da, en;
    for (const auto &f : checkLines(test::withPatient(
             morphine, R"({"birth_year": 1940, "egfr_ml_min": 25.5, "sleep_apnoea": true})"))) {
        da[f.code] = cli::findingMessage(f, cli::Lang::Da, test::formulary());
        en[f.code] = cli::findingMessage(f, cli::Lang::En, test::formulary());
    }
    EXPECT_EQ(da[FindingCode::RespiratoryRisk].rfind("Søvnapnø sammen med et opioid", 0), 0u)
        << da[FindingCode::RespiratoryRisk];
    EXPECT_EQ(en[FindingCode::RespiratoryRisk].rfind("Sleep apnoea with an opioid", 0), 0u)
        << en[FindingCode::RespiratoryRisk];
    EXPECT_NE(da[FindingCode::RenalImpairment].find("eGFR 25,5 ml/min (under 30): morfin bør undgås"),
              std::string::npos)
        << da[FindingCode::RenalImpairment];
    EXPECT_NE(da[FindingCode::Elderly].find("Patienten er 86 år (grænse 65 år)"), std::string::npos)
        << da[FindingCode::Elderly];
    EXPECT_EQ(da[FindingCode::NotAssessed],
              "Ikke vurderet, da disse patientoplysninger mangler: graviditet.");
    EXPECT_EQ(en[FindingCode::NotAssessed], "Not assessed for lack of patient data: pregnancy.");
}
