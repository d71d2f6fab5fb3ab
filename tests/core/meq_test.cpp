// SPDX-License-Identifier: GPL-3.0-or-later
// Conversion tests, table-driven per profile; each row cites the source of its factor.
#include "taper/meq.h"
#include "taper/rules.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace taper;

namespace {

struct ConversionCase {
    const char *name;
    const char *profile;
    const char *line;   ///< one regimen line as JSON
    double expectedMeq; ///< mg MEQ/day, or < 0 when the profile must not convert it
    const char *source; ///< where the expected factor comes from (clinical.md §2)
};

const ConversionCase kCases[] = {
    // dk: clinical.md §6 DK-default column
    {"dk_morphine_oral", "dk",
     R"({"substance":"morphine","route":"oral","release":"extended","dose":30,"unit":"mg","times_per_day":4})",
     120, "NO-HDIR 1"},
    {"dk_oxycodone_oral", "dk",
     R"({"substance":"oxycodone","route":"oral","release":"immediate","dose":20,"unit":"mg","times_per_day":3})",
     90, "NO-HDIR 1.5"},
    {"dk_ketobemidone", "dk", R"({"product":"ketogan-5","dose":5,"unit":"mg","times_per_day":6})", 60,
     "DK-IRF-KETOGAN 2"},
    {"dk_hydromorphone", "dk",
     R"({"substance":"hydromorphone","route":"oral","release":"extended","dose":8,"unit":"mg","times_per_day":2})",
     80, "NO-HDIR 5"},
    {"dk_tramadol", "dk",
     R"({"substance":"tramadol","route":"oral","release":"extended","dose":200,"unit":"mg","times_per_day":2})",
     60, "NO-HDIR 0.15"},
    {"dk_tapentadol", "dk",
     R"({"substance":"tapentadol","route":"oral","release":"extended","dose":150,"unit":"mg","times_per_day":2})",
     60, "NO-HDIR 0.2"},
    {"dk_codeine", "dk", R"({"product":"pinex-comp","dose":30,"unit":"mg","times_per_day":4})", 12,
     "NO-HDIR 0.1"},
    {"dk_fentanyl_patch", "dk", R"({"substance":"fentanyl","route":"transdermal","dose":25,"unit":"mcg/h"})",
     60, "NO-HDIR 2.4 per mcg/h"},
    {"dk_fentanyl_two_patches", "dk", R"({"product":"fentanyl-patch-75","dose":75,"unit":"mcg/h","count":2})",
     360, "NO-HDIR 2.4 per mcg/h"},
    {"dk_buprenorphine_patch", "dk",
     R"({"substance":"buprenorphine","route":"transdermal","dose":10,"unit":"mcg/h"})", 22.2,
     "NO-HDIR 2.22 per mcg/h"},
    {"dk_buprenorphine_sl", "dk",
     R"({"substance":"buprenorphine","route":"sublingual","release":"immediate","dose":0.4,"unit":"mg","times_per_day":3})",
     57.6, "NO-HDIR 48 per mg"},
    {"dk_fentanyl_buccal_mcg", "dk",
     R"({"substance":"fentanyl","route":"buccal","release":"immediate","dose":100,"unit":"mcg","times_per_day":2})",
     50, "NO-HDIR 0.25 per mcg"},
    {"dk_fentanyl_buccal_mg", "dk",
     R"({"substance":"fentanyl","route":"buccal","release":"immediate","dose":0.1,"unit":"mg","times_per_day":2})",
     50, "same dose written in mg"},
    {"dk_methadone_tier_20", "dk",
     R"({"substance":"methadone","route":"oral","release":"extended","dose":10,"unit":"mg","times_per_day":2})",
     80, "tier <=20: 4"},
    {"dk_methadone_tier_20_5", "dk",
     R"({"substance":"methadone","route":"oral","release":"extended","dose":20.5,"unit":"mg","times_per_day":1})",
     164, "tier >20-40: 8 (20.5 is continuous)"},
    {"dk_methadone_tier_60", "dk",
     R"({"substance":"methadone","route":"oral","release":"extended","dose":30,"unit":"mg","times_per_day":2})",
     600, "tier >40-60: 10"},
    {"dk_methadone_tier_80", "dk",
     R"({"substance":"methadone","route":"oral","release":"extended","dose":40,"unit":"mg","times_per_day":2})",
     960, "tier >60: 12 (CDC16 80 mg = 960)"},
    {"dk_dihydrocodeine_uncovered", "dk",
     R"({"substance":"dihydrocodeine","route":"oral","release":"immediate","dose":60,"unit":"mg","times_per_day":2})",
     -1, "not in dk"},
    // no-hdir: the Norwegian table as published
    {"nohdir_ketobemidone", "no-hdir", R"({"product":"ketogan-5","dose":5,"unit":"mg","times_per_day":6})",
     30, "NO-HDIR 1"},
    {"nohdir_methadone_excluded", "no-hdir",
     R"({"substance":"methadone","route":"oral","release":"extended","dose":30,"unit":"mg","times_per_day":2})",
     -1, "tiers by morphine dose not invertible"},
    // cdc-2022 (US-CDC22)
    {"cdc22_codeine", "cdc-2022",
     R"({"substance":"codeine","route":"oral","release":"immediate","dose":30,"unit":"mg","times_per_day":4})",
     18, "0.15"},
    {"cdc22_hydromorphone", "cdc-2022",
     R"({"substance":"hydromorphone","route":"oral","release":"immediate","dose":4,"unit":"mg","times_per_day":2})",
     40, "5"},
    {"cdc22_methadone", "cdc-2022",
     R"({"substance":"methadone","route":"oral","release":"extended","dose":40,"unit":"mg","times_per_day":2})",
     376, "4.7 flat (80 mg = 376)"},
    {"cdc22_tapentadol", "cdc-2022",
     R"({"substance":"tapentadol","route":"oral","release":"extended","dose":100,"unit":"mg","times_per_day":2})",
     80, "0.4"},
    {"cdc22_tramadol", "cdc-2022",
     R"({"substance":"tramadol","route":"oral","release":"immediate","dose":50,"unit":"mg","times_per_day":4})",
     40, "0.2"},
    {"cdc22_oxymorphone", "cdc-2022",
     R"({"substance":"oxymorphone","route":"oral","release":"immediate","dose":10,"unit":"mg","times_per_day":2})",
     60, "3"},
    {"cdc22_hydrocodone", "cdc-2022",
     R"({"substance":"hydrocodone","route":"oral","release":"immediate","dose":10,"unit":"mg","times_per_day":3})",
     30, "1"},
    {"cdc22_fentanyl_patch", "cdc-2022",
     R"({"substance":"fentanyl","route":"transdermal","dose":50,"unit":"mcg/h"})", 120,
     "2.4 per mcg/h (not 7.2)"},
    {"cdc22_buprenorphine_excluded", "cdc-2022",
     R"({"substance":"buprenorphine","route":"transdermal","dose":10,"unit":"mcg/h"})", -1,
     "excluded: partial agonist"},
    {"cdc22_ketobemidone_uncovered", "cdc-2022",
     R"({"product":"ketogan-5","dose":5,"unit":"mg","times_per_day":2})", -1, "not in CDC"},
    // cdc-2016 (US-CDC16)
    {"cdc16_hydromorphone", "cdc-2016",
     R"({"substance":"hydromorphone","route":"oral","release":"immediate","dose":4,"unit":"mg","times_per_day":2})",
     32, "4"},
    {"cdc16_methadone_80", "cdc-2016",
     R"({"substance":"methadone","route":"oral","release":"extended","dose":40,"unit":"mg","times_per_day":2})",
     960, "tier 12"},
    {"cdc16_methadone_100", "cdc-2016",
     R"({"substance":"methadone","route":"oral","release":"extended","dose":50,"unit":"mg","times_per_day":2})",
     1200, "clinical.md: 100 mg = 1200 MME"},
    {"cdc16_tramadol_uncovered", "cdc-2016",
     R"({"substance":"tramadol","route":"oral","release":"immediate","dose":50,"unit":"mg","times_per_day":4})",
     -1, "no tramadol row"},
};

void PrintTo(const ConversionCase &c, std::ostream *os)
{
    *os << c.name;
}

class Conversion : public ::testing::TestWithParam<ConversionCase> {};

MeqResult computeLine(const std::string &lineJson, const std::string &profileId)
{
    const Regimen r =
        test::regimenFromText(R"({"schema_version":1,"as_of":"2026-11-21","lines":[)" + lineJson + "]}");
    return meq::compute(r, *test::formulary().profile(profileId), test::formulary());
}

} // namespace

TEST_P(Conversion, MatchesPublishedFactor)
{
    const ConversionCase c = GetParam();
    const MeqResult r = computeLine(c.line, c.profile);
    ASSERT_EQ(r.lines.size(), 1u);
    if (c.expectedMeq < 0) {
        EXPECT_FALSE(r.lines[0].meq.has_value()) << c.source;
        EXPECT_TRUE(r.totalIsPartial);
        EXPECT_EQ(r.total().value(), 0);
    } else {
        ASSERT_TRUE(r.lines[0].meq.has_value()) << c.source;
        EXPECT_NEAR(r.lines[0].meq->value(), c.expectedMeq, 1e-9) << c.source;
        EXPECT_FALSE(r.totalIsPartial);
    }
}

INSTANTIATE_TEST_SUITE_P(Profiles, Conversion, ::testing::ValuesIn(kCases),
                         [](const auto &tp) { return std::string(tp.param.name); });

TEST(Meq, MethadoneTierUsesTheWholeDailyDoseAcrossLines)
{
    // 15 mg + 10 mg = 25 mg/day: tier >20-40 (x8) for both lines, not x4 for each.
    const Regimen r = test::regimenFromText(R"({"schema_version":1,"lines":[
        {"substance":"methadone","route":"oral","release":"extended","dose":15,"unit":"mg","times_per_day":1},
        {"substance":"methadone","route":"oral","release":"extended","dose":10,"unit":"mg","times_per_day":1}]})");
    const MeqResult m = meq::compute(r, *test::formulary().profile("dk"), test::formulary());
    EXPECT_DOUBLE_EQ(m.total().value(), 200);
}

TEST(Meq, PrnCountsAtMaximumAndReportsUseBeside)
{
    const Regimen r = test::regimenFromText(test::testData("regimen/valid_anne.json"));
    const MeqResult m = meq::compute(r, *test::formulary().profile("dk"), test::formulary());
    EXPECT_DOUBLE_EQ(m.scheduled.value(), 120);
    EXPECT_DOUBLE_EQ(m.prn.value(), 180);
    EXPECT_DOUBLE_EQ(m.total().value(), 300);
    ASSERT_TRUE(m.prnUsed.has_value());
    EXPECT_DOUBLE_EQ(m.prnUsed->value(), 120);
    EXPECT_DOUBLE_EQ(m.actual().value(), 240);
}

TEST(Meq, PrnUsedIsNullUnlessEveryPrnLineHasUse)
{
    const Regimen r = test::regimenFromText(R"({"schema_version":1,"lines":[
        {"product":"oxynorm-20","dose":20,"unit":"mg","prn":true,"max_per_day":6,"used_per_day":2},
        {"product":"oxynorm-5","dose":5,"unit":"mg","prn":true,"max_per_day":4}]})");
    const MeqResult m = meq::compute(r, *test::formulary().profile("dk"), test::formulary());
    EXPECT_FALSE(m.prnUsed.has_value());
    EXPECT_DOUBLE_EQ(m.actual().value(), 60 + 30);
}

TEST(Meq, ScheduleBySlotSumsTheSlots)
{
    const Regimen r = test::regimenFromText(test::testData("regimen/valid_schedule.json"));
    const MeqResult m = meq::compute(r, *test::formulary().profile("dk"), test::formulary());
    EXPECT_DOUBLE_EQ(m.total().value(), 90);
}
