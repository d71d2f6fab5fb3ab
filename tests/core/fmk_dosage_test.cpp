// SPDX-License-Identifier: GPL-3.0-or-later
// FMK dosage periods and their Danish text (issue 21 item 3), for real plans and at FMK's period limit.
#include "taper/fmk_dosage.h"
#include "taper/text/finding_text.h"
#include "taper/text/fmk_text.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace taper {
namespace {

using ::testing::HasSubstr;

Schedule scheduleOf(const std::string &file)
{
    const Formulary &f = test::formulary();
    TaperOptions o;
    o.start = test::day("2026-12-01");
    return plan(test::regimenFromText(test::testData("taper/" + file)), o, *f.profile("dk"), f);
}

StepDose byTime(const char *product, std::array<int, 4> halves)
{
    StepDose d;
    d.product = test::formulary().product(product);
    d.unitsByTime = std::array<HalfUnits, 4>{HalfUnits{halves[0]}, HalfUnits{halves[1]}, HalfUnits{halves[2]},
                                             HalfUnits{halves[3]}};
    return d;
}

TEST(FmkText, DosesInTheRecordsWords)
{
    EXPECT_EQ(text::fmkDoseText(byTime("morphine-tablet-10", {2, 0, 2, 0})),
              "1 tablet morgen og 1 tablet aften");
    EXPECT_EQ(text::fmkDoseText(byTime("contalgin-30", {4, 0, 2, 0})),
              "2 depottabletter morgen og 1 depottablet aften");
    EXPECT_EQ(text::fmkDoseText(byTime("morphine-tablet-10", {1, 2, 0, 3})),
              "½ tablet morgen, 1 tablet middag og 1½ tablet nat");
    StepDose prn;
    prn.product = test::formulary().product("oxynorm-5");
    prn.prn = true;
    prn.timesPerDay = 4;
    prn.unitsPerAdministration = HalfUnits{2};
    EXPECT_EQ(text::fmkDoseText(prn), "1 kapsel efter behov, højst 4 gange i døgnet");
}

TEST(FmkDosage, RealPlansJoinStepsWithTheSameDose)
{
    const Schedule s = scheduleOf("anne.json");
    const auto dosages = fmk::dosages(s);
    ASSERT_FALSE(dosages.empty());
    EXPECT_EQ(dosages[0].product->id, "contalgin-60");
    ASSERT_EQ(dosages[0].parts.size(), 1u);
    ASSERT_EQ(dosages[0].parts[0].periods.size(), 1u); // the depot dose is held while PN is cut
    EXPECT_EQ(dosages[0].parts[0].periods[0].start, test::day("2026-12-01"));
    const std::string all = text::fmkPlanText(s);
    EXPECT_THAT(all, HasSubstr("Contalgin depottablet 60 mg\n  Fra og med 1.12.2026 til og med "));
    EXPECT_THAT(all, HasSubstr("1 kapsel efter behov, højst 6 gange i døgnet"));
    EXPECT_THAT(all, HasSubstr("1 kapsel efter behov, højst 1 gang i døgnet"));
}

TEST(FmkDosage, PatchesAndTheirChangeRhythm)
{
    EXPECT_THAT(text::fmkPlanText(scheduleOf("fentanyl-75.json")),
                HasSubstr("1 plaster, skiftes hver 3. døgn"));
    EXPECT_THAT(text::fmkPlanText(scheduleOf("transtec-35.json")),
                HasSubstr("1 plaster, skiftes 2 gange om ugen"));
}

TEST(FmkDosage, SplitAtTheLimitWithANote)
{
    Schedule s;
    const int steps = fmk::kMaxPeriods + 3;
    for (int i = 0; i < steps; ++i) {
        Step step;
        step.index = i;
        step.start = test::day("2027-01-01") + date::days(7 * i);
        if (i + 1 < steps) step.end = step.start + date::days(6);
        step.doses.push_back(byTime("morphine-tablet-10", {steps - i, 0, steps - i, 0}));
        s.steps.push_back(step);
    }
    const auto dosages = fmk::dosages(s);
    ASSERT_EQ(dosages.size(), 1u);
    ASSERT_EQ(dosages[0].parts.size(), 2u);
    EXPECT_EQ(dosages[0].parts[0].periods.size(), std::size_t(fmk::kMaxPeriods));
    EXPECT_EQ(dosages[0].parts[1].reason, fmk::Split::PeriodLimit);
    EXPECT_EQ(dosages[0].parts[1].periods.size(), 3u);
    const std::string note = text::fmkPartNote(dosages[0], 1);
    EXPECT_THAT(note, HasSubstr("Dosering 2 af 2"));
    EXPECT_THAT(note, HasSubstr("højst rummer 10 doseringsperioder"));
    EXPECT_THAT(note, HasSubstr(text::shortDateText(s.steps[fmk::kMaxPeriods].start, text::Lang::Da)));
    EXPECT_FALSE(text::fmkPeriodText(dosages[0].parts[1].periods.back()).find("til og med") !=
                 std::string::npos);
}

TEST(FmkDosage, FixedAndAsNeededCountAsTwoPeriods)
{
    Schedule s;
    for (int i = 0; i < 6; ++i) {
        Step step;
        step.index = i;
        step.start = test::day("2027-01-01") + date::days(14 * i);
        step.end = step.start + date::days(13);
        step.doses.push_back(byTime("oxynorm-5", {12 - i, 0, 12 - i, 0}));
        StepDose prn;
        prn.product = test::formulary().product("oxynorm-5");
        prn.prn = true;
        prn.timesPerDay = 6 - i;
        prn.unitsPerAdministration = HalfUnits{2};
        step.doses.push_back(prn);
        s.steps.push_back(step);
    }
    const auto dosages = fmk::dosages(s);
    ASSERT_EQ(dosages[0].parts.size(), 2u);
    EXPECT_EQ(dosages[0].parts[0].periods.size(), 5u);
    EXPECT_THAT(
        text::fmkPeriodText(dosages[0].parts[0].periods[0]),
        HasSubstr("6 kapsler morgen og 6 kapsler aften og desuden 1 kapsel efter behov, højst 6 gange"));
}

} // namespace
} // namespace taper
