// SPDX-License-Identifier: GPL-3.0-or-later
// The foundation's headline findings: thresholds (inclusive or not per profile), short-acting
// long-term use, unknown duration, and lines a profile does not convert.
#include "taper/meq.h"
#include "taper/rules.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace taper;

namespace {

std::vector<Finding> findingsFor(const std::string &regimenJson, const std::string &profileId = "dk")
{
    const Regimen r = test::regimenFromText(regimenJson);
    const Profile &p = *test::formulary().profile(profileId);
    return rules::check(r, meq::compute(r, p, test::formulary()), p, test::formulary());
}

bool has(const std::vector<Finding> &fs, FindingCode code)
{
    return std::any_of(fs.begin(), fs.end(), [&](const Finding &f) { return f.code == code; });
}

std::string morphine(double dosePerAdministration, int times)
{
    return R"({"schema_version":1,"as_of":"2026-11-21","lines":[{"substance":"morphine","route":"oral","release":"extended","dose":)" +
           std::to_string(dosePerAdministration) + R"(,"unit":"mg","times_per_day":)" +
           std::to_string(times) + "}]}";
}

} // namespace

TEST(HeadlineFindings, AnneGetsAllThree)
{
    // SST 2019 case (seed 002): depot morphine 30 mg x 4 + oxycodone 20 mg up to 6 a day, for years.
    const auto fs = findingsFor(test::testData("../../examples/anne.json"));
    // 300 mg passes both thresholds: one very_high_meq carrying the 60 mg threshold (issue 16 item 10).
    EXPECT_FALSE(has(fs, FindingCode::HighMeq));
    EXPECT_TRUE(has(fs, FindingCode::VeryHighMeq));
    EXPECT_NE(fs.front().parameter("high_threshold_mg"), nullptr);
    EXPECT_TRUE(has(fs, FindingCode::ShortActingLongTerm));
    EXPECT_EQ(fs.front().code, FindingCode::VeryHighMeq) << "critical findings come first";
}

TEST(HeadlineFindings, AnnesLaterDoseIsNotFlagged)
{
    // 20 mg x 3 = 60 mg: dk flags strictly above 60.
    const auto fs = findingsFor(morphine(20, 3));
    EXPECT_FALSE(has(fs, FindingCode::HighMeq));
    EXPECT_FALSE(has(fs, FindingCode::VeryHighMeq));
}

TEST(HeadlineFindings, DkThresholdsAreExclusive)
{
    EXPECT_TRUE(has(findingsFor(morphine(30.5, 2)), FindingCode::HighMeq));
    EXPECT_FALSE(has(findingsFor(morphine(50, 2)), FindingCode::VeryHighMeq));
    EXPECT_TRUE(has(findingsFor(morphine(50.5, 2)), FindingCode::VeryHighMeq));
}

TEST(HeadlineFindings, CdcThresholdsAreInclusive)
{
    EXPECT_TRUE(has(findingsFor(morphine(25, 2), "cdc-2022"), FindingCode::HighMeq));
    EXPECT_FALSE(has(findingsFor(morphine(24.5, 2), "cdc-2022"), FindingCode::HighMeq));
    EXPECT_TRUE(has(findingsFor(morphine(45, 2), "cdc-2016"), FindingCode::VeryHighMeq));
    EXPECT_FALSE(has(findingsFor(morphine(44.5, 2), "cdc-2016"), FindingCode::VeryHighMeq));
}

TEST(HeadlineFindings, ShortActingLongTermNeedsMoreThanTheLimit)
{
    const std::string line =
        R"({"schema_version":1,"as_of":"2026-11-21","lines":[{"product":"oxynorm-5","dose":5,"unit":"mg","prn":true,"max_per_day":3,"since":")";
    // 2026-08-23 is 90 days before 2026-11-21: not more than the 90-day limit.
    EXPECT_FALSE(has(findingsFor(line + "2026-08-23\"}]}"), FindingCode::ShortActingLongTerm));
    EXPECT_TRUE(has(findingsFor(line + "2026-08-22\"}]}"), FindingCode::ShortActingLongTerm));
}

TEST(HeadlineFindings, DepotAndPatchLinesAreNotShortActing)
{
    const auto fs = findingsFor(R"({"schema_version":1,"as_of":"2026-11-21","lines":[
        {"substance":"morphine","route":"oral","release":"extended","dose":10,"unit":"mg","times_per_day":2,"since":"2020-01-01"},
        {"substance":"fentanyl","route":"transdermal","dose":12.5,"unit":"mcg/h"}]})");
    EXPECT_FALSE(has(fs, FindingCode::ShortActingLongTerm));
    EXPECT_FALSE(has(fs, FindingCode::DurationUnknown));
}

TEST(HeadlineFindings, ShortActingWithoutSinceIsDurationUnknown)
{
    const auto fs = findingsFor(
        R"({"schema_version":1,"lines":[{"product":"morphine-tablet-10","dose":10,"unit":"mg","times_per_day":2}]})");
    ASSERT_TRUE(has(fs, FindingCode::DurationUnknown));
    const auto it = std::find_if(fs.begin(), fs.end(),
                                 [](const Finding &f) { return f.code == FindingCode::DurationUnknown; });
    EXPECT_EQ(it->severity, Severity::Info);
    EXPECT_EQ(it->line, 0u);
}

TEST(HeadlineFindings, UncoveredLineIsReportedNeverCountedAsZeroSilently)
{
    const auto fs = findingsFor(
        R"({"schema_version":1,"lines":[{"product":"ketogan-5","dose":5,"unit":"mg","times_per_day":2,"since":"2026-11-01"}]})",
        "cdc-2022");
    ASSERT_TRUE(has(fs, FindingCode::NotInProfile));
}

TEST(HeadlineFindings, EveryFindingHasAKnownSource)
{
    for (const char *profile : {"dk", "no-hdir", "cdc-2022", "cdc-2016"})
        for (const auto &f : findingsFor(test::testData("../../examples/anne.json"), profile))
            EXPECT_NE(test::formulary().source(f.source), nullptr)
                << toString(f.code) << " under " << profile;
}
