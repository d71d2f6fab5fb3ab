// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule of rules::check: one regimen that fires it and the nearest one that does not
// (tests/support/rule_cases.h), plus fast_taper's limits and the coverage of every finding code.
#include "rule_cases.h"
#include "test_support.h"

#include "taper/meq.h"
#include "taper/rules.h"

#include <gtest/gtest.h>

#include <set>

using namespace taper;
using taper::test::RuleCase;

namespace {

std::vector<Finding> findingsOf(const std::string &lines, const std::string &profileId)
{
    const Regimen regimen = test::regimenFromText(test::regimenDoc(lines));
    const Profile &profile = *test::formulary().profile(profileId);
    return rules::check(regimen, meq::compute(regimen, profile, test::formulary()), profile,
                        test::formulary());
}

class RuleTable : public ::testing::TestWithParam<RuleCase> {};

} // namespace

TEST_P(RuleTable, FiresWithSeverityAndKnownSource)
{
    const RuleCase &c = GetParam();
    const auto findings = findingsOf(c.fires, c.profile);
    const Finding *hit = nullptr;
    for (const auto &f : findings)
        if (f.code == c.code && f.severity == c.severity) hit = &f;
    ASSERT_NE(hit, nullptr) << "expected " << toString(c.code) << " (" << toString(c.severity) << ")";
    EXPECT_NE(test::formulary().source(hit->source), nullptr) << hit->source;
}

TEST_P(RuleTable, QuietJustBelow)
{
    const RuleCase &c = GetParam();
    for (const auto &f : findingsOf(c.quiet, c.profile))
        EXPECT_NE(f.code, c.code) << "unexpected " << toString(c.code);
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleTable, ::testing::ValuesIn(test::ruleCases()),
                         [](const auto &tp) { return tp.param.name; });

TEST(FastTaper, LimitsFromRulesData)
{
    const auto &rule = test::formulary().rules().fastTaper;
    ASSERT_EQ(rule.maxCutPercent, 25);
    ASSERT_EQ(rule.minIntervalDays, 7);
    struct Row {
        double cut;
        int days;
        bool fires;
    };
    for (const Row &row :
         {Row{25, 7, false}, Row{25.01, 7, true}, Row{10, 14, false}, Row{10, 6, true}, Row{30, 3, true}}) {
        const auto f = rules::fastTaper(row.cut, row.days, test::formulary());
        EXPECT_EQ(f.has_value(), row.fires) << row.cut << " % after " << row.days << " days";
        if (f) {
            EXPECT_EQ(f->code, FindingCode::FastTaper);
            EXPECT_EQ(f->source, "DK-PRO");
            EXPECT_EQ(std::get<double>(*f->parameter("max_cut_percent")), 25);
        }
    }
}

TEST(RuleTable, EveryFindingCodeIsCovered)
{
    std::set<FindingCode> covered{FindingCode::FastTaper};
    for (const auto &c : test::ruleCases())
        covered.insert(c.code);
    for (std::size_t i = 0; i < kFindingCodeCount; ++i)
        EXPECT_TRUE(covered.count(static_cast<FindingCode>(i)))
            << kFindingCodeNames[i] << " has no rule case";
}

TEST(Rules, OrderedBySeverityThenLine)
{
    const auto findings = findingsOf(
        R"([{"product": "oxynorm-20", "dose": 20, "unit": "mg", "prn": true, "max_per_day": 6, "since": "2020-01-01"},
        {"substance": "diazepam", "dose": 5, "unit": "mg", "times_per_day": 2},
        {"substance": "morphine", "route": "oral", "release": "extended", "dose": 60, "unit": "mg", "times_per_day": 2}])",
        "dk");
    ASSERT_FALSE(findings.empty());
    for (std::size_t i = 1; i < findings.size(); ++i) {
        ASSERT_GE(findings[i - 1].severity, findings[i].severity);
        if (findings[i - 1].severity == findings[i].severity && findings[i - 1].line && findings[i].line) {
            EXPECT_LE(*findings[i - 1].line, *findings[i].line);
        }
    }
}

TEST(Rules, DrivingReasonsAndMaximum)
{
    const auto findings =
        findingsOf(R"([{"product": "fentanyl-patch-100", "dose": 100, "unit": "mcg/h", "count": 2}])", "dk");
    const Finding *hit = nullptr;
    for (const auto &f : findings)
        if (f.code == FindingCode::DrivingLimit) hit = &f;
    ASSERT_NE(hit, nullptr);
    EXPECT_EQ(std::get<std::string>(*hit->parameter("reason")), "above_maximum");
    EXPECT_EQ(std::get<double>(*hit->parameter("daily_amount")), 200);
    EXPECT_EQ(std::get<double>(*hit->parameter("max")), 100);
    EXPECT_EQ(std::get<std::string>(*hit->parameter("unit")), "mcg/h");
}

TEST(Rules, CodeineBelowDrivingAllowanceIsQuiet)
{
    // The allowance (codeine < 10 mg/day) comes from rules.json; 9 mg/day of a substance line stays quiet.
    const auto quiet = findingsOf(
        R"([{"substance": "codeine", "route": "oral", "release": "immediate", "dose": 3, "unit": "mg", "times_per_day": 3}])",
        "dk");
    for (const auto &f : quiet)
        EXPECT_NE(f.code, FindingCode::DrivingLimit);
    const auto fires = findingsOf(
        R"([{"substance": "codeine", "route": "oral", "release": "immediate", "dose": 5, "unit": "mg", "times_per_day": 2}])",
        "dk");
    bool hit = false;
    for (const auto &f : fires)
        hit = hit || f.code == FindingCode::DrivingLimit;
    EXPECT_TRUE(hit);
}

TEST(Rules, BuprenorphineExcludedOnlyUnderCdc)
{
    for (const auto &[profile, excluded] : {std::pair{"dk", "false"}, std::pair{"cdc-2016", "true"}}) {
        for (const auto &f :
             findingsOf(R"([{"product": "norspan-10", "dose": 10, "unit": "mcg/h"}])", profile))
            if (f.code == FindingCode::BuprenorphinePartialAgonist) {
                EXPECT_EQ(std::get<std::string>(*f.parameter("excluded_from_meq")), excluded) << profile;
            }
    }
}
