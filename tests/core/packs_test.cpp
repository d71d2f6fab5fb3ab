// SPDX-License-Identifier: GPL-3.0-or-later
// Least-waste packs per period (taper/packs.h): the fewest units left over, then the fewest packs, and the
// varenummer where one pack of a size is known.
#include "taper/packs.h"

#include <gtest/gtest.h>

using namespace taper;

TEST(Packs, LeastWasteThenFewestPacks)
{
    EXPECT_EQ(leastWastePacks(112, {25, 100}), (std::vector<PackCount>{{100, 1, {}}, {25, 1, {}}}));
    EXPECT_EQ(leastWastePacks(28, {28, 98}), (std::vector<PackCount>{{28, 1, {}}}));
    EXPECT_EQ(leastWastePacks(30, {28, 98}), (std::vector<PackCount>{{28, 2, {}}}));  // 56, not 98
    EXPECT_EQ(leastWastePacks(196, {28, 98}), (std::vector<PackCount>{{98, 2, {}}})); // not 7 × 28
    EXPECT_EQ(leastWastePacks(10, {30}), (std::vector<PackCount>{{30, 1, {}}}));
    EXPECT_TRUE(leastWastePacks(0, {30}).empty());
    EXPECT_TRUE(leastWastePacks(10, {}).empty());
}

TEST(Packs, PeriodPacksRoundHalvesUpAndNameTheVarenummer)
{
    Product p;
    p.id = "x";
    p.packSizes = {25, 100};
    p.packs = {{"466086", 25, "28101080181"}, {"466094", 100, "28101080181"}};
    const auto packs = periodPacks({Dispense{&p, HalfUnits{223}}}); // 111.5 units
    ASSERT_EQ(packs.size(), 1u);
    EXPECT_EQ(packs[0].unitsNeeded, 112);
    EXPECT_EQ(packs[0].packs, (std::vector<PackCount>{{100, 1, "466094"}, {25, 1, "466086"}}));
    EXPECT_EQ(packs[0].unitsInPacks, 125);
    EXPECT_EQ(packs[0].excess(), 13);

    p.packs.push_back({"512345", 100, "28109999999"}); // a second 100-pack (a generic): no single number
    EXPECT_EQ(periodPacks({Dispense{&p, HalfUnits{200}}})[0].packs, (std::vector<PackCount>{{100, 1, {}}}));

    Product none;
    const auto units = periodPacks({Dispense{&none, HalfUnits{56}}});
    EXPECT_TRUE(units[0].packs.empty());
    EXPECT_EQ(units[0].unitsNeeded, 28);
    EXPECT_EQ(units[0].excess(), 0);
}
