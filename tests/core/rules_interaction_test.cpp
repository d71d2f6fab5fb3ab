// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16 items 2 and 3: serotonergic pairs beyond tramadol (`serotonergic`; tramadol keeps the
// `tramadol_serotonergic` contract) and methadone with QT-prolonging co-medications (`qtc_risk`).
// Every list entry of rules.json is named here so that traceability.md shows its covering test.
#include "test_support.h"

#include "taper/meq.h"
#include "taper/rules.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace taper;

namespace {

const std::string kMethadone =
    R"({"product": "metadon-dak-20", "dose": 20, "unit": "mg", "times_per_day": 1})";

std::vector<Finding> findingsOf(const std::string &lines)
{
    const Regimen regimen =
        test::regimenFromText(R"({"schema_version": 1, "as_of": "2026-11-21", "lines": )" + lines + "}");
    const Profile &profile = *test::formulary().profile("dk");
    return rules::check(regimen, meq::compute(regimen, profile, test::formulary()), profile,
                        test::formulary());
}

std::vector<Finding> ofCode(const std::vector<Finding> &fs, FindingCode code)
{
    std::vector<Finding> out;
    std::copy_if(fs.begin(), fs.end(), std::back_inserter(out),
                 [&](const Finding &f) { return f.code == code; });
    return out;
}

std::string text(const Finding &f, std::string_view key)
{
    const FindingValue *v = f.parameter(key);
    return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v) : std::string();
}

std::string atcLine(std::string_view atc)
{
    return R"({"atc": ")" + std::string(atc) + R"(", "dose": 10, "unit": "mg", "times_per_day": 1})";
}

} // namespace

// qtc_risk: every entry of rules.json qtc_risk.comedications, named by ATC code, fires with methadone
// with the entry's category, severity and source; the class entry N06AA covers every TCA.
TEST(QtcRisk, EveryListedCoMedicationFiresWithMethadone)
{
    struct Entry {
        const char *atc;
        const char *category;
        Severity severity;
        const char *source;
    };
    const Entry entries[] = {
        {"N06AB04", "contraindicated_with_qt_prolonging", Severity::Critical,
         "NO-LMV-CITALOPRAM"},                                                                // citalopram
        {"N06AB10", "contraindicated_with_qt_prolonging", Severity::Critical, "NO-RELIS-QT"}, // escitalopram
        {"C01BD01", "qt_prolonging", Severity::Warning, "NO-LMV-CITALOPRAM"},                 // amiodarone
        {"C01BD07", "qt_prolonging", Severity::Warning, "NO-LMV-CITALOPRAM"},                 // dronedarone
        {"C07AA07", "qt_prolonging", Severity::Warning, "NO-LMV-CITALOPRAM"},                 // sotalol
        {"N05AD01", "qt_prolonging", Severity::Warning, "NO-LMV-CITALOPRAM"},                 // haloperidol
        {"N05AG02", "qt_prolonging", Severity::Warning, "NO-LMV-CITALOPRAM"},                 // pimozide
        {"J01MA14", "qt_prolonging", Severity::Warning, "NO-LMV-CITALOPRAM"},                 // moxifloxacin
        {"N06AA09", "qt_prolonging", Severity::Warning, "NO-LMV-CITALOPRAM"}, // N06AA: amitriptyline
    };
    ASSERT_EQ(std::size(entries), test::formulary().rules().qtcRisk.comedications.size());
    for (const Entry &e : entries) {
        SCOPED_TRACE(e.atc);
        const auto fs =
            ofCode(findingsOf("[" + kMethadone + ", " + atcLine(e.atc) + "]"), FindingCode::QtcRisk);
        ASSERT_EQ(fs.size(), 1u);
        EXPECT_EQ(fs[0].severity, e.severity);
        EXPECT_EQ(fs[0].source, e.source);
        EXPECT_EQ(fs[0].line, std::optional<std::size_t>(1));
        EXPECT_EQ(text(fs[0], "category"), e.category);
        EXPECT_EQ(text(fs[0], "atc"), e.atc);
        EXPECT_EQ(text(fs[0], "ecg_source"), "DK-PRO");
    }
}

TEST(QtcRisk, MatchesBySubstanceAndOnlyWithMethadone)
{
    const std::string citalopram =
        R"({"substance": "citalopram", "dose": 40, "unit": "mg", "times_per_day": 1})";
    const auto fs = ofCode(findingsOf("[" + kMethadone + ", " + citalopram + "]"), FindingCode::QtcRisk);
    ASSERT_EQ(fs.size(), 1u);
    EXPECT_EQ(text(fs[0], "atc"), "N06AB04");
    EXPECT_EQ(text(fs[0], "opioid"), "methadone");
    // No source lists another opioid: tapentadol, oxycodone and morphine with citalopram stay quiet.
    for (const char *other :
         {R"({"product": "palexia-depot-100", "dose": 100, "unit": "mg", "times_per_day": 2})",
          R"({"product": "oxycontin-10", "dose": 10, "unit": "mg", "times_per_day": 2})"})
        EXPECT_TRUE(
            ofCode(findingsOf(std::string("[") + other + ", " + citalopram + "]"), FindingCode::QtcRisk)
                .empty());
    // A co-medication outside the list (mirtazapine) stays quiet even with methadone.
    EXPECT_TRUE(
        ofCode(findingsOf("[" + kMethadone + ", " + atcLine("N06AX11") + "]"), FindingCode::QtcRisk).empty());
}

// serotonergic: every opioid of rules.json serotonergic.opioids (tapentadol, methadone, fentanyl,
// pethidine) with an SNRI; critical only where its source makes MAO inhibitors a contraindication.
TEST(Serotonergic, EveryListedOpioidWithDuloxetineAndMoclobemide)
{
    struct Case {
        const char *opioid;
        std::string line;
        Severity maoi;
    };
    const Case cases[] = {
        {"tapentadol", R"({"product": "palexia-depot-100", "dose": 100, "unit": "mg", "times_per_day": 2})",
         Severity::Critical},
        {"methadone", kMethadone, Severity::Warning},
        {"fentanyl", R"({"product": "fentanyl-patch-25", "dose": 25, "unit": "mcg/h"})", Severity::Warning},
        {"pethidine",
         R"({"substance": "pethidine", "route": "oral", "release": "immediate", "dose": 50, "unit": "mg", "times_per_day": 2})",
         Severity::Warning},
    };
    ASSERT_EQ(std::size(cases), test::formulary().rules().serotonergic.opioids.size());
    for (const Case &c : cases) {
        SCOPED_TRACE(c.opioid);
        const auto snri = ofCode(
            findingsOf("[" + c.line +
                       R"(, {"substance": "duloxetine", "dose": 60, "unit": "mg", "times_per_day": 1}])"),
            FindingCode::Serotonergic);
        ASSERT_EQ(snri.size(), 1u);
        EXPECT_EQ(snri[0].severity, Severity::Warning);
        EXPECT_EQ(snri[0].source, "US-FDA16");
        EXPECT_EQ(text(snri[0], "opioid"), c.opioid);
        const auto maoi = ofCode(
            findingsOf("[" + c.line +
                       R"(, {"substance": "moclobemide", "dose": 150, "unit": "mg", "times_per_day": 2}])"),
            FindingCode::Serotonergic);
        ASSERT_EQ(maoi.size(), 1u);
        EXPECT_EQ(maoi[0].severity, c.maoi);
        EXPECT_EQ(maoi[0].source, c.maoi == Severity::Critical ? "CH-TAPENTADOL-MAOI" : "US-FDA16");
    }
}

TEST(Serotonergic, TriptanCountsAndMirtazapineDoesNot)
{
    const auto triptan = ofCode(
        findingsOf(
            "[" + kMethadone +
            R"(, {"substance": "sumatriptan", "dose": 50, "unit": "mg", "prn": true, "max_per_day": 2}])"),
        FindingCode::Serotonergic);
    ASSERT_EQ(triptan.size(), 1u);
    EXPECT_EQ(text(triptan[0], "group"), "triptan");
    EXPECT_TRUE(
        ofCode(findingsOf("[" + kMethadone + ", " + atcLine("N06AX11") + "]"), FindingCode::Serotonergic)
            .empty());
}

// The contract: tramadol keeps `tramadol_serotonergic` and never also gets `serotonergic`; one finding
// per opioid and co-medication line, so tramadol + tapentadol + sertraline gives one of each.
TEST(Serotonergic, TramadolKeepsItsCodeAndPairsAreNeverDoubled)
{
    const std::string tramadol =
        R"({"product": "tramadol-retard-100", "dose": 100, "unit": "mg", "times_per_day": 2})";
    const std::string tapentadol =
        R"({"product": "palexia-depot-100", "dose": 100, "unit": "mg", "times_per_day": 2})";
    const std::string sertraline =
        R"({"substance": "sertraline", "dose": 50, "unit": "mg", "times_per_day": 1})";
    const auto alone = findingsOf("[" + tramadol + ", " + sertraline + "]");
    EXPECT_EQ(ofCode(alone, FindingCode::TramadolSerotonergic).size(), 1u);
    EXPECT_TRUE(ofCode(alone, FindingCode::Serotonergic).empty());
    const auto both = findingsOf("[" + tramadol + ", " + tapentadol + ", " + sertraline + "]");
    ASSERT_EQ(ofCode(both, FindingCode::TramadolSerotonergic).size(), 1u);
    const auto other = ofCode(both, FindingCode::Serotonergic);
    ASSERT_EQ(other.size(), 1u);
    EXPECT_EQ(text(other[0], "opioid"), "tapentadol");
}

// sedative_duplicate (issue 16 item 7): benzodiazepine + z-hypnotic, or two benzodiazepines, beside an
// opioid; not without an opioid; two lines of one substance are one substance. Gabapentin + pregabalin
// has no source and is no rule.
TEST(SedativeDuplicate, BenzodiazepineAndZHypnoticBesideAnOpioid)
{
    const std::string morphine =
        R"({"substance": "morphine", "route": "oral", "release": "extended", "dose": 30, "unit": "mg", "times_per_day": 2})";
    const std::string diazepam = R"({"substance": "diazepam", "dose": 5, "unit": "mg", "times_per_day": 2})";
    const std::string zopiclone = R"({"atc": "N05CF01", "dose": 7.5, "unit": "mg", "times_per_day": 1})";
    const std::string oxazepam = R"({"substance": "oxazepam", "dose": 15, "unit": "mg", "times_per_day": 1})";
    const auto fs = ofCode(findingsOf("[" + morphine + ", " + diazepam + ", " + zopiclone + "]"),
                           FindingCode::SedativeDuplicate);
    ASSERT_EQ(fs.size(), 1u);
    EXPECT_EQ(fs[0].severity, Severity::Warning);
    EXPECT_EQ(fs[0].source, "NO-HELSEKOMP-SAMTIDIG");
    EXPECT_EQ(fs[0].line, std::optional<std::size_t>(2));
    EXPECT_EQ(text(fs[0], "substances"), "diazepam, zopiclone");
    EXPECT_EQ(ofCode(findingsOf("[" + morphine + ", " + diazepam + ", " + oxazepam + "]"),
                     FindingCode::SedativeDuplicate)
                  .size(),
              1u);
    EXPECT_TRUE(
        ofCode(findingsOf("[" + diazepam + ", " + zopiclone + "]"), FindingCode::SedativeDuplicate).empty());
    const std::string gabapentin =
        R"({"substance": "gabapentin", "dose": 300, "unit": "mg", "times_per_day": 3})";
    const std::string pregabalin =
        R"({"substance": "pregabalin", "dose": 75, "unit": "mg", "times_per_day": 2})";
    EXPECT_TRUE(ofCode(findingsOf("[" + morphine + ", " + gabapentin + ", " + pregabalin + "]"),
                       FindingCode::SedativeDuplicate)
                    .empty());
}
