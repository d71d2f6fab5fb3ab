// SPDX-License-Identifier: GPL-3.0-or-later
// Screening edge cases with hand-computed expectations (issue 8 definitions).
#include "screen_test_support.h"
#include "taper/input_error.h"
#include "taper/screen.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace taper;
using taper::test::formulary;

namespace {

const Date D = *parseIsoDate("2026-11-21");

std::string day(int daysBeforeD)
{
    return formatIsoDate(D - date::days(daysBeforeD));
}

using test::Screened;

Screened run(const std::string &body, const char *profile = "dk", bool strict = false,
             const std::string &header = "patient_id,date,product,units\n")
{
    Screened s;
    const screen::ProductTable table(formulary(), *formulary().profile(profile));
    screen::ScreenOptions o;
    o.asOf = D;
    o.strict = strict;
    s.result = screen::screenText(header + body, "t.csv", table, o,
                                  [&](const screen::BadRow &b) { s.bad.push_back(b); });
    return s;
}

std::string row(const std::string &patient, int daysBefore, const std::string &product,
                const std::string &units)
{
    return patient + "," + day(daysBefore) + "," + product + "," + units + "\n";
}

} // namespace

TEST(ScreenEdge, OneRedemption)
{
    const auto s = run(row("a", 10, "oxynorm-10", "28"));
    ASSERT_EQ(s.result.patients.size(), 1u);
    const auto &p = s.result.patients[0];
    EXPECT_EQ(p.redemptions, 1u);
    EXPECT_EQ(p.first, D - date::days(10));
    EXPECT_EQ(p.last, p.first);
    EXPECT_DOUBLE_EQ(p.avgMeq90d.value(), 28 * 10 * 1.5 / 90.0);
    EXPECT_FALSE(p.longTerm);
    EXPECT_FALSE(p.multipleOpioids);
}

TEST(ScreenEdge, WindowIsAfterDMinusWindowAndOnOrBeforeD)
{
    const auto s = run(row("a", 365, "oxynorm-10", "1") + row("b", 364, "oxynorm-10", "1") +
                       row("c", 0, "oxynorm-10", "1") + row("d", -1, "oxynorm-10", "1"));
    ASSERT_EQ(s.result.patients.size(), 2u);
    EXPECT_EQ(s.result.patients[0].patientId, "b");
    EXPECT_EQ(s.result.patients[1].patientId, "c");
    EXPECT_EQ(s.result.summary.rowsInWindow, 2u);
    EXPECT_EQ(s.result.summary.dataRows, 4u);
}

TEST(ScreenEdge, NinetyDayAverageIsAfterDMinus90)
{
    // contalgin-30 × 90 tablets = 2700 mg; only the one at D − 89 counts.
    const auto s = run(row("a", 90, "contalgin-30", "90") + row("a", 89, "contalgin-30", "90"));
    EXPECT_DOUBLE_EQ(s.result.patients[0].avgMeq90d.value(), 30.0);
    EXPECT_EQ(s.result.patients[0].redemptions, 2u);
}

TEST(ScreenEdge, PatchesCoverTheirWearTime)
{
    // 10 fentanyl 25 mcg/h patches: 10 × 25 × 2.4 × 72/24 = 1800 mg → 20 mg/day over 90 days (never × 7.2 per
    // mcg/h).
    auto s = run(row("a", 5, "fentanyl-patch-25", "10"));
    EXPECT_NEAR(s.result.patients[0].avgMeq90d.value(), 20.0, 1e-9);
    // 4 Norspan 10 mcg/h (7-day) patches: 4 × 10 × 2.22 × 168/24 = 621.6 mg.
    s = run(row("a", 5, "norspan-10", "4"));
    EXPECT_NEAR(s.result.patients[0].avgMeq90d.value(), 621.6 / 90, 1e-9);
}

TEST(ScreenEdge, MethadoneUnderATieredProfileIsCountedButNotInMeq)
{
    const auto s = run(row("a", 5, "metadon-dak-20", "100") + row("a", 40, "metadon-dak-20", "100") +
                       row("a", 200, "oxynorm-10", "10"));
    const auto &p = s.result.patients[0];
    EXPECT_EQ(p.redemptions, 3u);
    EXPECT_TRUE(p.longTerm);
    EXPECT_FALSE(p.shortActingOnly) << "methadone is long-acting";
    EXPECT_DOUBLE_EQ(p.avgMeq90d.value(), 0.0);
    EXPECT_EQ(s.result.summary.rowsWithoutMeq, 2u);
    // Under cdc-2022 (methadone 4.7, flat) it is converted.
    const auto c = run(row("a", 5, "metadon-dak-20", "90"), "cdc-2022");
    EXPECT_NEAR(c.result.patients[0].avgMeq90d.value(), 20 * 4.7, 1e-9);
    EXPECT_EQ(c.result.summary.rowsWithoutMeq, 0u);
}

TEST(ScreenEdge, LongTermNeedsThreeRedemptionsAndMoreThan180Days)
{
    const auto s = run(row("yes", 300, "oxynorm-10", "1") + row("yes", 200, "oxynorm-10", "1") +
                       row("yes", 119, "oxynorm-10", "1") + row("span180", 300, "oxynorm-10", "1") +
                       row("span180", 200, "oxynorm-10", "1") + row("span180", 120, "oxynorm-10", "1") +
                       row("two", 300, "oxynorm-10", "1") + row("two", 1, "oxynorm-10", "1"));
    EXPECT_TRUE(s.patient("yes")->longTerm);
    EXPECT_TRUE(s.patient("yes")->shortActingOnly);
    EXPECT_FALSE(s.patient("span180")->longTerm);
    EXPECT_FALSE(s.patient("two")->longTerm);
    EXPECT_EQ(s.result.summary.longTerm, 1u);
    EXPECT_EQ(s.result.summary.shortActingOnly, 1u);
}

TEST(ScreenEdge, ShortActingOnlyLooksAtTheWholeWindowOnly)
{
    const std::string ir =
        row("p", 300, "oxynorm-10", "1") + row("p", 150, "oxynorm-10", "1") + row("p", 10, "oxynorm-10", "1");
    EXPECT_FALSE(run(ir + row("p", 250, "contalgin-10", "1")).patient("p")->shortActingOnly);
    EXPECT_FALSE(run(ir + row("p", 250, "norspan-5", "1")).patient("p")->shortActingOnly);
    EXPECT_TRUE(run(ir + row("p", 400, "contalgin-10", "1")).patient("p")->shortActingOnly)
        << "depot before the window";
}

TEST(ScreenEdge, ThresholdsFollowTheProfileAndItsInclusiveFlag)
{
    // 90 × contalgin-60 = 5400 mg = exactly 60 mg/day.
    const std::string at60 = row("a", 1, "contalgin-60", "90");
    EXPECT_FALSE(run(at60).result.patients[0].above60) << "dk: strictly above 60";
    const std::string above = at60 + row("a", 2, "contalgin-10", "1");
    EXPECT_TRUE(run(above).result.patients[0].above60);
    // cdc-2022: at or above 50 and 90. 4500 mg = 50 mg/day; 8100 mg = 90 mg/day.
    const auto c = run(row("a", 1, "contalgin-60", "75") + row("b", 1, "contalgin-60", "135"), "cdc-2022");
    EXPECT_TRUE(c.patient("a")->above60);
    EXPECT_FALSE(c.patient("a")->above100);
    EXPECT_TRUE(c.patient("b")->above100);
    // dk 100: 9000 mg is not above; one more tablet is.
    EXPECT_FALSE(run(row("a", 1, "contalgin-100", "90")).result.patients[0].above100);
    EXPECT_TRUE(run(row("a", 1, "contalgin-100", "90") + row("a", 1, "contalgin-10", "1"))
                    .result.patients[0]
                    .above100);
}

TEST(ScreenEdge, MultipleOpioidsCountsSubstancesInTheLast90Days)
{
    EXPECT_TRUE(run(row("a", 1, "oxynorm-10", "1") + row("a", 80, "contalgin-10", "1"))
                    .patient("a")
                    ->multipleOpioids);
    EXPECT_FALSE(run(row("a", 1, "oxynorm-10", "1") + row("a", 80, "oxycontin-10", "1"))
                     .patient("a")
                     ->multipleOpioids);
    EXPECT_FALSE(run(row("a", 1, "oxynorm-10", "1") + row("a", 90, "contalgin-10", "1"))
                     .patient("a")
                     ->multipleOpioids);
}

TEST(ScreenEdge, BadRowsAreReportedWithLineAndReasonAndSkipped)
{
    const auto s =
        run(row("a", 1, "oxynorm-10", "1") + row("b", 1, "no-such", "1") + "c,2026-02-30,oxynorm-10,1\n" +
            row("d", 1, "oxynorm-10", "0") + row("e", 1, "oxynorm-10", "-3") +
            row("f", 1, "oxynorm-10", "1e3") + "g," + day(1) + ",oxynorm-10\n" +
            row("", 1, "oxynorm-10", "1") + "\n" + row("h", 1, "oxynorm-10", "2.5"));
    using R = screen::BadRowReason;
    const std::vector<std::pair<std::uint64_t, R>> expected = {
        {3, R::UnknownProduct}, {4, R::BadDate},          {5, R::NonPositiveUnits}, {6, R::NonPositiveUnits},
        {7, R::BadUnits},       {8, R::WrongColumnCount}, {9, R::EmptyPatientId}};
    ASSERT_EQ(s.bad.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(s.bad[i].line, expected[i].first);
        EXPECT_EQ(s.bad[i].reason, expected[i].second);
    }
    EXPECT_EQ(s.bad[0].value, "no-such");
    EXPECT_EQ(s.bad[5].value, "3");
    EXPECT_EQ(s.result.summary.skippedRows, 7u);
    EXPECT_EQ(s.result.summary.dataRows, 9u) << "the blank line is not a row";
    ASSERT_EQ(s.result.patients.size(), 2u);
    EXPECT_EQ(s.result.patients[1].patientId, "h");
}

TEST(ScreenEdge, StrictStopsAtTheFirstBadRowWithItsLine)
{
    try {
        run(row("a", 1, "oxynorm-10", "1") + row("b", 1, "oxynorm-10", "x") + row("c", 1, "nope", "1"), "dk",
            true);
        FAIL() << "expected InputError";
    } catch (const InputError &e) {
        EXPECT_EQ(e.where(), "line 3");
        EXPECT_NE(test::message(e).find("bad_units"), std::string::npos) << e.what();
    }
}

TEST(ScreenEdge, QuotedFieldsExtraColumnsOrderCrlfAndBom)
{
    const std::string body = "\"x,1\",\"oxynorm-10\",\"28\",\"" + day(1) + "\",apotek\r\n" + "\"y\"\"2\"," +
                             "contalgin-10,1," + day(1) + ",\r\n" + "\"z,oxynorm-10,1," + day(1) + ",a\r\n";
    const auto s = run(body, "dk", false, "\xEF\xBB\xBFpatient_id,product,units,date,pharmacy\r\n");
    ASSERT_EQ(s.result.patients.size(), 2u);
    EXPECT_EQ(s.result.patients[0].patientId, "x,1");
    EXPECT_EQ(s.result.patients[1].patientId, "y\"2");
    ASSERT_EQ(s.bad.size(), 1u);
    EXPECT_EQ(s.bad[0].reason, screen::BadRowReason::BadQuoting);
    EXPECT_EQ(s.bad[0].line, 4u);
}

TEST(ScreenEdge, HeaderErrors)
{
    EXPECT_THROW(run("", "dk", false, "patient,date,product,units\n"), InputError);
    EXPECT_THROW(run("", "dk", false, "patient_id,date,product,units,date\n"), InputError);
    EXPECT_THROW(run("", "dk", false, ""), InputError);
    EXPECT_TRUE(run("", "dk", false, "patient_id,date,product,units").result.patients.empty());
}

TEST(ScreenEdge, UnsortedInputGivesSortedPatientsAndSummaryCounts)
{
    const auto s = run(row("b", 1, "oxynorm-10", "1") + row("a", 1, "oxynorm-10", "1") +
                       row("B", 1, "oxynorm-10", "1") + row("a", 2, "contalgin-10", "1"));
    ASSERT_EQ(s.result.patients.size(), 3u);
    EXPECT_EQ(s.result.patients[0].patientId, "B");
    EXPECT_EQ(s.result.patients[1].patientId, "a");
    EXPECT_EQ(s.result.patients[2].patientId, "b");
    EXPECT_EQ(s.result.summary.patients, 3u);
    EXPECT_EQ(s.result.summary.multipleOpioids, 1u);
}
