// SPDX-License-Identifier: GPL-3.0-or-later
// Danish dates and dosage text without system locales.
#include "report_fixtures.h"
#include "taper/report/dates_text.h"

#include <gtest/gtest.h>

namespace taper {
namespace {

using report::Lang;
using test::day;

TEST(ReportDates, DanishLongDate)
{
    EXPECT_EQ(report::longDate(day("2026-12-07"), Lang::Da), "mandag 7. december 2026");
    EXPECT_EQ(report::longDate(day("2027-01-03"), Lang::Da), "søndag 3. januar 2027");
    EXPECT_EQ(report::longDate(day("2027-05-15"), Lang::Da), "lørdag 15. maj 2027");
    EXPECT_EQ(report::longDate(day("2028-02-29"), Lang::Da), "tirsdag 29. februar 2028");
}

TEST(ReportDates, EnglishAndShortDates)
{
    EXPECT_EQ(report::longDate(day("2026-12-07"), Lang::En), "Monday 7 December 2026");
    EXPECT_EQ(report::shortDate(day("2026-12-10"), Lang::Da), "tor. 10/12");
    EXPECT_EQ(report::shortDate(day("2026-12-10"), Lang::En), "Thu 10/12");
}

TEST(ReportDosage, HalfUnits)
{
    EXPECT_EQ(report::halfUnitsText(HalfUnits{1}, Lang::Da), "½");
    EXPECT_EQ(report::halfUnitsText(HalfUnits{2}, Lang::Da), "1");
    EXPECT_EQ(report::halfUnitsText(HalfUnits{3}, Lang::Da), "1½");
    EXPECT_EQ(report::halfUnitsText(HalfUnits{4}, Lang::Da), "2");
}

StepDose byTime(const char *product, int morning, int noon, int evening, int night)
{
    StepDose d;
    d.product = test::formulary().product(product);
    d.unitsByTime =
        std::array<HalfUnits, 4>{HalfUnits{morning}, HalfUnits{noon}, HalfUnits{evening}, HalfUnits{night}};
    d.unitsPerDay = HalfUnits{morning + noon + evening + night};
    return d;
}

TEST(ReportDosage, TabletsByTimeOfDay)
{
    EXPECT_EQ(report::dosageText(byTime("morphine-tablet-10", 4, 0, 2, 0), Lang::Da),
              "2 tabletter morgen og 1 tablet aften");
    EXPECT_EQ(report::dosageText(byTime("contalgin-30", 2, 0, 2, 0), Lang::Da),
              "1 depottablet morgen og 1 depottablet aften");
    EXPECT_EQ(report::dosageText(byTime("morphine-tablet-10", 1, 0, 2, 0), Lang::Da),
              "½ tablet morgen og 1 tablet aften");
    EXPECT_EQ(report::dosageText(byTime("morphine-tablet-10", 3, 3, 3, 0), Lang::Da),
              "1½ tablet morgen, 1½ tablet middag og 1½ tablet aften");
    EXPECT_EQ(report::dosageText(byTime("oxynorm-10", 2, 2, 2, 2), Lang::Da),
              "1 kapsel morgen, 1 kapsel middag, 1 kapsel aften og 1 kapsel nat");
    EXPECT_EQ(report::dosageText(byTime("morphine-tablet-10", 4, 0, 2, 0), Lang::En),
              "2 tablets morning and 1 tablet evening");
}

TEST(ReportDosage, PatchesPrnAndFrequentDoses)
{
    StepDose patch;
    patch.product = test::formulary().product("fentanyl-patch-25");
    patch.unitsPerDay = HalfUnits{2};
    EXPECT_EQ(report::dosageText(patch, Lang::Da), "1 plaster ad gangen, skiftes hver 3. døgn");
    patch.unitsPerDay = HalfUnits{4};
    EXPECT_EQ(report::dosageText(patch, Lang::Da), "2 plastre ad gangen, skiftes hver 3. døgn");
    patch.product = test::formulary().product("norspan-10");
    patch.unitsPerDay = HalfUnits{2};
    EXPECT_EQ(report::dosageText(patch, Lang::En), "1 patch at a time, changed every 7 days");

    StepDose prn;
    prn.product = test::formulary().product("oxynorm-20");
    prn.prn = true;
    prn.timesPerDay = 4;
    prn.unitsPerAdministration = HalfUnits{2};
    EXPECT_EQ(report::dosageText(prn, Lang::Da), "1 kapsel efter behov, højst 4 gange i døgnet");
    prn.timesPerDay = 1;
    EXPECT_EQ(report::dosageText(prn, Lang::Da), "1 kapsel efter behov, højst 1 gang i døgnet");
    EXPECT_EQ(report::dosageText(prn, Lang::En), "1 capsule when needed, at most once a day");

    StepDose often;
    often.product = test::formulary().product("ketogan-5");
    often.timesPerDay = 6;
    often.unitsPerAdministration = HalfUnits{2};
    EXPECT_EQ(report::dosageText(often, Lang::Da), "1 tablet 6 gange i døgnet");
}

} // namespace
} // namespace taper
