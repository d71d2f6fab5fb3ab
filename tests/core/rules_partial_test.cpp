// SPDX-License-Identifier: GPL-3.0-or-later
// Partial totals never hide a threshold (issue 16 item 5): every route of a marketed Danish product is
// converted by the dk profile or excluded with a cited reason, and the threshold findings run on the
// converted part and mark the total as a lower bound (wording: tests/cli/check_text_test.cpp).
#include "rule_cases.h"
#include "test_support.h"

#include "taper/meq.h"
#include "taper/rules.h"

#include <gtest/gtest.h>

using namespace taper;

namespace {

std::vector<Finding> findingsOf(const std::string &lines, MeqResult *meqOut = nullptr)
{
    const Regimen regimen = test::regimenFromText(test::regimenDoc(lines));
    const Profile &dk = *test::formulary().profile("dk");
    const MeqResult meq = meq::compute(regimen, dk, test::formulary());
    if (meqOut) *meqOut = meq;
    return rules::check(regimen, meq, dk, test::formulary());
}

const Finding *find(const std::vector<Finding> &findings, FindingCode code)
{
    for (const auto &f : findings)
        if (f.code == code) return &f;
    return nullptr;
}

} // namespace

TEST(PartialTotal, EveryRouteOfAMarketedDanishProductIsConvertedOrExcludedWithASource)
{
    const Formulary &f = test::formulary();
    const Profile &dk = *f.profile("dk");
    for (const Product &p : f.products()) {
        if (p.marketStatus != MarketStatus::Marketed) continue;
        const ConversionFactor *factor = dk.factorFor(p.substance, p.route);
        const Exclusion *excluded = dk.exclusionFor(p.substance, p.route);
        ASSERT_TRUE(factor || excluded) << p.id << ": " << p.substance << " " << toString(p.route);
        if (factor) {
            EXPECT_NE(f.source(factor->source), nullptr) << p.id;
        }
        if (excluded) {
            EXPECT_NE(f.source(excluded->source), nullptr) << p.id;
            EXPECT_FALSE(excluded->reason.empty()) << p.id;
        }
    }
}

TEST(PartialTotal, MorphineSuppositoriesAreConvertedOneToOne)
{
    MeqResult meq;
    findingsOf(R"([{"product": "morphine-suppository-20", "dose": 20, "unit": "mg", "times_per_day": 3}])",
               &meq);
    ASSERT_TRUE(meq.lines.at(0).meq);
    EXPECT_DOUBLE_EQ(meq.lines.at(0).meq->value(), 60);
    EXPECT_FALSE(meq.totalIsPartial);
}

TEST(PartialTotal, ThresholdRunsOnTheConvertedPartAndSaysAtLeast)
{
    // Contalgin 60 × 2 = 120 mg MEQ converted; Ketogan suppositories are not: at least 120 > 100.
    const auto findings = findingsOf(
        R"([{"product": "contalgin-60", "dose": 60, "unit": "mg", "times_per_day": 2},
            {"product": "ketogan-suppository-10", "dose": 10, "unit": "mg", "prn": true, "max_per_day": 3}])");
    const Finding *f = find(findings, FindingCode::VeryHighMeq);
    ASSERT_NE(f, nullptr);
    ASSERT_NE(f->parameter("total_is_partial"), nullptr);
    EXPECT_EQ(std::get<std::string>(*f->parameter("total_is_partial")), "true");
    EXPECT_DOUBLE_EQ(std::get<double>(*f->parameter("total_meq_mg")), 120);
    const Finding *why = find(findings, FindingCode::NotInProfile);
    ASSERT_NE(why, nullptr);
    EXPECT_EQ(why->source, "NO-HELFO");
}

TEST(PartialTotal, ACompleteTotalIsNotCalledALowerBound)
{
    const auto findings =
        findingsOf(R"([{"product": "contalgin-60", "dose": 60, "unit": "mg", "times_per_day": 2}])");
    const Finding *f = find(findings, FindingCode::VeryHighMeq);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(std::get<std::string>(*f->parameter("total_is_partial")), "false");
}
