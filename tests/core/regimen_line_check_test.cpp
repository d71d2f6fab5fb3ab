// SPDX-License-Identifier: GPL-3.0-or-later
// checkLine (issue 19 item 2): the value checks of a typed regimen line, shared by the file reader and
// the GUI's line editor. Problems come as codes at the line's fields, all of them at once.
#include "taper/regimen.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace taper {
namespace {

RegimenLine oxynormPrn()
{
    RegimenLine line;
    line.product = "oxynorm-20";
    line.substance = "oxycodone";
    line.route = Route::Oral;
    line.release = Release::Immediate;
    line.unit = DoseUnit::Mg;
    line.dose = Mg(20);
    line.prn = true;
    line.maxPerDay = 6;
    return line;
}

std::vector<std::string> fields(const std::vector<LineProblem> &problems)
{
    std::vector<std::string> out;
    for (const LineProblem &p : problems)
        out.push_back(p.field + ":" + std::string(problemCodeName(p.problem.code)));
    return out;
}

const Date kAsOf = test::day("2026-12-04");

TEST(CheckLine, AValidLineHasNoProblems)
{
    EXPECT_TRUE(checkLine(oxynormPrn(), test::formulary(), kAsOf).empty());
}

TEST(CheckLine, EveryProblemOfTheLineIsReportedAtItsField)
{
    RegimenLine line = oxynormPrn();
    line.dose = Mg(25);                   // 1¼ capsules
    line.usedPerDay = 8;                  // above max_per_day 6
    line.since = test::day("2026-12-10"); // after the evaluation date
    line.count = 11;
    EXPECT_EQ(fields(checkLine(line, test::formulary(), kAsOf)),
              (std::vector<std::string>{"count:out_of_range", "dose:dose_not_whole_units",
                                        "used_per_day:prn_used_out_of_range", "since:since_after_as_of"}));
}

TEST(CheckLine, UnknownProductStopsTheOtherChecksAndSuggests)
{
    RegimenLine line = oxynormPrn();
    line.product = "oxynorm-21";
    const auto problems = checkLine(line, test::formulary(), kAsOf);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].field, "product");
    EXPECT_EQ(problems[0].problem.code, ProblemCode::unknown_product_suggest);
}

TEST(CheckLine, ScheduleSlotsAreCheckedOneByOne)
{
    RegimenLine line = oxynormPrn();
    line.prn = false;
    line.maxPerDay.reset();
    line.dose.reset();
    line.schedule = std::array<double, 4>{20, 0, 30, 0};
    EXPECT_EQ(fields(checkLine(line, test::formulary(), kAsOf)),
              (std::vector<std::string>{"schedule/evening:dose_not_whole_units"}));
    line.schedule = std::array<double, 4>{0, 0, 0, 0};
    EXPECT_EQ(fields(checkLine(line, test::formulary(), kAsOf)),
              (std::vector<std::string>{"schedule:schedule_empty"}));
}

/// Issue 20 item 2: what the patient took may exceed the PRN line's maximum (the session flags it);
/// a prescription may not. Both keep a plausibility bound.
TEST(CheckLine, TakenPrnUseMayExceedTheMaximumButNotPlausibility)
{
    RegimenLine line = oxynormPrn();
    line.usedPerDay = 8;
    EXPECT_EQ(fields(checkLine(line, test::formulary(), kAsOf, LineUse::Prescribed)),
              (std::vector<std::string>{"used_per_day:prn_used_out_of_range"}));
    EXPECT_TRUE(checkLine(line, test::formulary(), kAsOf, LineUse::Taken).empty());
    line.usedPerDay = kMaxTakenPerDay + 1;
    EXPECT_EQ(fields(checkLine(line, test::formulary(), kAsOf, LineUse::Taken)),
              (std::vector<std::string>{"used_per_day:out_of_range"}));
}

TEST(CheckLine, TheReaderRefusesWhatTheCheckFindsAtTheSamePlace)
{
    const json::Json line = json::Json::parse(
        R"({"product": "oxynorm-20", "dose": 20, "unit": "mg", "prn": true, "max_per_day": 6, "used_per_day": 8})");
    try {
        readRegimenLine(line, "/lines/1", "r.json", test::formulary(), kAsOf);
        FAIL() << "accepted";
    } catch (const InputError &e) {
        EXPECT_EQ(e.where(), "/lines/1/used_per_day");
        EXPECT_EQ(e.code(), ProblemCode::prn_used_out_of_range);
    }
}

} // namespace
} // namespace taper

#include "session_test_support.h"

namespace taper {
namespace {

/// A session that records PN use above the line's maximum is written and read back (issue 20 item 2):
/// the plan file keeps it, flagged as taking more than planned, and never becomes unreadable.
TEST(CheckLine, ASessionTakingMoreThanAllowedIsSavedAndReadBack)
{
    const Plan plan = test::planFor("fentanyl-50-oxynorm");
    SessionInput in = test::sessionOn("2026-12-05", SessionDecision::Continue);
    Regimen taken;
    taken.asOf = in.date;
    for (RegimenLine line : test::regimenFromText(test::testData("taper/fentanyl-50-oxynorm.json")).lines) {
        if (line.prn) line.usedPerDay = *line.maxPerDay + 3;
        taken.lines.push_back(line);
    }
    in.actual = taken;
    const Plan recorded = test::record(plan, in);
    ASSERT_TRUE(recorded.sessions.back().tookMoreThanPlanned());
    const Plan reread = readPlan(json::parse(planFileText(recorded), "p.json"), "p.json", test::formulary());
    ASSERT_EQ(reread.sessions.size(), 1u);
    EXPECT_TRUE(reread.sessions.back().tookMoreThanPlanned());
    EXPECT_EQ(planFileText(reread), planFileText(recorded));
}

} // namespace
} // namespace taper
