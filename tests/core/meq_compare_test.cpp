// SPDX-License-Identifier: GPL-3.0-or-later
// Side-by-side MEQ under several profiles: lines × profiles matrices and published-range spreads.
#include "test_support.h"

#include "taper/meq_compare.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace taper;

TEST(MeqCompare, AnneUnderFourProfiles)
{
    const Regimen r = test::regimenFromText(test::testData("../../examples/anne.json"));
    std::vector<const Profile *> profiles;
    for (const char *id : {"dk", "no-hdir", "cdc-2022", "cdc-2016"})
        profiles.push_back(test::formulary().profile(id));
    const MeqComparison c = meq::compare(r, profiles, test::formulary());
    ASSERT_EQ(c.meq.rows(), 2);
    ASSERT_EQ(c.meq.cols(), 4);
    for (Eigen::Index p = 0; p < 4; ++p)
        EXPECT_DOUBLE_EQ(c.total(p), 300);
    // Oxycodone 120 mg/day: dk/no-hdir factor 1.5, range 1.3-2 (NO-HDIR); CDC 1.5 without a range.
    EXPECT_DOUBLE_EQ(c.low(1, 0), 156);
    EXPECT_DOUBLE_EQ(c.high(1, 0), 240);
    EXPECT_DOUBLE_EQ(c.low(1, 2), 180);
    EXPECT_DOUBLE_EQ(c.totalLow(0), 276);
    EXPECT_DOUBLE_EQ(c.totalHigh(0), 360);
}

TEST(MeqCompare, UncoveredCellsAreNanAndLeftOutOfTotals)
{
    const Regimen r = test::regimenFromText(R"({"schema_version": 1, "as_of": "2026-11-21", "lines": [
        {"product": "tramadol-retard-100", "dose": 100, "unit": "mg", "times_per_day": 2},
        {"product": "contalgin-30", "dose": 30, "unit": "mg", "times_per_day": 2},
        {"substance": "sertraline", "dose": 50, "unit": "mg", "times_per_day": 1}]})");
    const MeqComparison c = meq::compare(
        r, {test::formulary().profile("dk"), test::formulary().profile("cdc-2016")}, test::formulary());
    ASSERT_EQ(c.lines.size(), 2u); // the co-medication is not a row
    EXPECT_DOUBLE_EQ(c.meq(0, 0), 30);
    EXPECT_TRUE(std::isnan(c.meq(0, 1)));
    EXPECT_DOUBLE_EQ(c.total(1), 60);
    EXPECT_TRUE(c.results[1].totalIsPartial);
    EXPECT_FALSE(c.results[0].totalIsPartial);
}
