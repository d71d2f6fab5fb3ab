// SPDX-License-Identifier: GPL-3.0-or-later
// Plans worked by hand in docs/taper.md, and the refusals of issue 4.
#include "taper/taper.h"
#include "taper_checker.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace taper {
namespace {

using ::testing::ElementsAreArray;
using ::testing::HasSubstr;

TaperOptions defaults()
{
    TaperOptions o;
    o.start = *parseIsoDate("2026-12-01");
    return o;
}

Schedule planFor(const std::string &dataFile, const TaperOptions &o = defaults())
{
    return test::checkedPlan(dataFile, o);
}

std::vector<double> totals(const Schedule &s)
{
    std::vector<double> t;
    for (const Step &st : s.steps)
        t.push_back(st.totalMeq.value());
    return t;
}

bool hasNote(const Schedule &s, TaperNoteCode code, std::optional<int> step = std::nullopt)
{
    for (const TaperNote &n : s.notes)
        if (n.code == code && (!step || n.step == step)) return true;
    return false;
}

TEST(TaperPlan, DepotMorphine240ByHand)
{
    const Schedule s = planFor("morphine-depot-240.json");
    EXPECT_THAT(totals(s), ElementsAreArray({240.0, 220.0, 200.0, 180.0, 170.0, 160.0, 150.0, 140.0,
                                             130.0, 120.0, 110.0, 100.0, 90.0,  80.0,  70.0,  60.0,
                                             50.0,  40.0,  30.0,  20.0,  15.0,  10.0,  5.0,   0.0}));
    // Step 0 is 120 mg twice daily as 2 × Contalgin 60 morning and evening.
    ASSERT_EQ(s.steps[0].doses.size(), 1u);
    EXPECT_EQ(s.steps[0].doses[0].product->id, "contalgin-60");
    EXPECT_EQ((*s.steps[0].doses[0].unitsByTime)[0].value, 4);
    EXPECT_EQ((*s.steps[0].doses[0].unitsByTime)[2].value, 4);
    // 90 → 80 is the smallest dispensable decrement (11.1 %), noted.
    EXPECT_TRUE(hasNote(s, TaperNoteCode::MinDecrement, 13));
    // 20 mg depot is the smallest; the tail is IR morphine 10 mg in halves: 5 morning + 10 evening.
    const Step &tail = s.steps[20];
    ASSERT_EQ(tail.doses.size(), 1u);
    EXPECT_EQ(tail.doses[0].product->id, "morphine-tablet-10");
    EXPECT_EQ((*tail.doses[0].unitsByTime)[0].value, 1);
    EXPECT_EQ((*tail.doses[0].unitsByTime)[2].value, 2);
    EXPECT_TRUE(hasNote(s, TaperNoteCode::IrTail, 20));
    EXPECT_EQ(formatIsoDate(s.steps[1].start), "2026-12-15");
    EXPECT_EQ(formatIsoDate(*s.steps[0].end), "2026-12-14");
    EXPECT_FALSE(s.steps.back().end);
    EXPECT_TRUE(s.steps.back().doses.empty());
}

TEST(TaperPlan, AnneByHand)
{
    const Schedule s = planFor("anne.json");
    EXPECT_THAT(totals(s),
                ElementsAreArray({300.0, 270.0, 240.0, 210.0, 180.0, 150.0, 120.0, 110.0, 100.0, 90.0, 80.0,
                                  70.0,  60.0,  50.0,  40.0,  30.0,  20.0,  15.0,  10.0,  5.0,   0.0}));
    EXPECT_TRUE(hasNote(s, TaperNoteCode::PrnUseUnknown, 0));
    EXPECT_TRUE(hasNote(s, TaperNoteCode::PrnAllowanceReduced, 1));
    // The PRN allowance goes first: OxyNorm 20 at most 5 a day in step 1.
    ASSERT_EQ(s.steps[1].doses.size(), 2u);
    EXPECT_TRUE(s.steps[1].doses[1].prn);
    EXPECT_EQ(*s.steps[1].doses[1].timesPerDay, 5);
}

TEST(TaperPlan, AnneWithKnownUseIsRotatedIntoHerDepotMorphine)
{
    // Issue 17: her OxyNorm use goes into the depot morphine she already takes, not into a new
    // OxyContin: 120 + 4 × 20 × 1.5 × 0.75 = 210 mg MEQ of depot morphine.
    TaperOptions o = defaults();
    const Formulary &f = test::formulary();
    const Regimen r = test::regimenFromText(R"({"schema_version":1,"as_of":"2026-11-21","lines":[
      {"substance":"morphine","route":"oral","release":"extended","dose":30,"unit":"mg","times_per_day":4},
      {"product":"oxynorm-20","dose":20,"unit":"mg","prn":true,"max_per_day":6,"used_per_day":4}]})");
    const Schedule s = plan(r, o, *f.profile("dk"), f);
    EXPECT_THAT(test::checkSchedule(s, r, *f.profile("dk"), f), ::testing::IsEmpty());
    EXPECT_DOUBLE_EQ(s.steps[0].totalMeq.value(), 120 + 80 * 1.5 * 0.75);
    EXPECT_TRUE(hasNote(s, TaperNoteCode::Rotation, 0));
    for (const StepDose &d : s.steps[0].doses) {
        EXPECT_FALSE(d.prn);
        EXPECT_EQ(d.product->substance, "morphine");
    }
}

TEST(TaperPlan, Fentanyl75ByHand)
{
    const Schedule s = planFor("fentanyl-75.json");
    EXPECT_THAT(totals(s), ElementsAreArray({180.0, 150.0, 120.0, 90.0, 60.0, 30.0, 0.0}));
    // 14 days (align_to_sessions): the change rhythm restarts on each dose-change day, so five
    // 72-hour patches are dispensed (the fifth is taken off on the next group day).
    EXPECT_EQ(formatIsoDate(*s.steps[0].end), "2026-12-14");
    EXPECT_EQ(s.steps[0].dispense[0].units.value, 10);
    EXPECT_TRUE(hasNote(s, TaperNoteCode::PatchStopped, 6));
    EXPECT_TRUE(hasNote(s, TaperNoteCode::FastTaper, 4));
}

TEST(TaperPlan, FentanylWithRotationEndsOnOralMorphine)
{
    TaperOptions o = defaults();
    o.rotateTo = "morphine";
    const Schedule s = planFor("fentanyl-75.json", o);
    EXPECT_TRUE(hasNote(s, TaperNoteCode::Rotation));
    // 12.5 mcg/h = 30 mg MEQ, less 25 % = 22.5 → depot morphine 20 mg/day.
    const auto t = totals(s);
    EXPECT_NE(std::find(t.begin(), t.end(), 20.0), t.end());
}

TEST(TaperPlan, KetoganRotatedToDepotMorphine)
{
    TaperOptions o = defaults();
    o.rotateTo = "morphine";
    const Schedule s = planFor("ketogan-5x6.json", o);
    // 6 × 5 mg × 2 = 60 mg MEQ, −25 % = 45 → 40 mg depot morphine (dispensable, rounded down).
    EXPECT_DOUBLE_EQ(s.steps[0].totalMeq.value(), 40);
    EXPECT_EQ(s.steps[0].doses[0].product->substance, "morphine");
    EXPECT_TRUE(hasNote(s, TaperNoteCode::Rotation, 0));
}

TEST(TaperPlan, ReplanFromAStepContinuesTheSameWay)
{
    const Schedule s = planFor("morphine-depot-240.json");
    TaperOptions o = defaults();
    o.start = s.steps[5].start;
    const Formulary &f = test::formulary();
    const Schedule again = plan(stepRegimen(s.steps[5], o.start), o, *f.profile("dk"), f);
    ASSERT_EQ(again.steps.size(), s.steps.size() - 5);
    for (std::size_t i = 0; i < again.steps.size(); ++i)
        EXPECT_EQ(again.steps[i].totalMeq, s.steps[i + 5].totalMeq);
}

TEST(TaperPlan, TargetAboveZeroEndsThere)
{
    TaperOptions o = defaults();
    o.targetMeq = MeqPerDay(60);
    const Schedule s = planFor("morphine-depot-240.json", o);
    EXPECT_DOUBLE_EQ(s.steps.back().totalMeq.value(), 60);
    EXPECT_FALSE(s.steps.back().doses.empty());
}

void expectRefused(const std::string &regimenText, const TaperOptions &o, const std::string &where,
                   const std::string &word)
{
    const Formulary &f = test::formulary();
    try {
        plan(test::regimenFromText(regimenText), o, *f.profile("dk"), f);
        FAIL() << "expected InputError at " << where;
    } catch (const InputError &e) {
        EXPECT_THAT(e.where(), HasSubstr(where));
        EXPECT_THAT(test::message(e), HasSubstr(word));
    }
}

const std::string kMorphine =
    R"({"schema_version":1,"lines":[{"product":"contalgin-30","dose":30,"unit":"mg","times_per_day":2}]})";

TEST(TaperPlan, Refusals)
{
    expectRefused(test::testData("taper/methadone.json"), defaults(), "/lines/0", "methadone");
    TaperOptions o = defaults();
    o.intervalDays = 0;
    expectRefused(kMorphine, o, "interval_days", "1 to 90");
    o.intervalDays = 91;
    expectRefused(kMorphine, o, "interval_days", "1 to 90");
    o = defaults();
    o.stepPercent = 0;
    expectRefused(kMorphine, o, "step_percent", "50");
    o.stepPercent = 51;
    expectRefused(kMorphine, o, "step_percent", "50");
    o = defaults();
    o.targetMeq = MeqPerDay(61);
    expectRefused(kMorphine, o, "target_meq", "above");
    o = defaults();
    o.rotateTo = "fentanyl";
    expectRefused(kMorphine, o, "rotate_to", "specialist");
    o.rotateTo = "methadone";
    expectRefused(kMorphine, o, "rotate_to", "specialist");
    expectRefused(
        R"({"schema_version":1,"lines":[{"substance":"buprenorphine","route":"sublingual","release":"immediate",
                    "dose":0.4,"unit":"mg","times_per_day":2}]})",
        defaults(), "/lines/0", "dispensable");
}

TEST(TaperPlan, WashoutAfterARotatedPatchNamesThePatch)
{
    // Issue 17 item 10: the washout note spoke of "the last morphine patch" after fentanyl → morphine.
    TaperOptions o = defaults();
    o.rotateTo = "morphine";
    const Schedule s = planFor("fentanyl-25-oral.json", o);
    bool seen = false;
    for (const TaperNote &n : s.notes) {
        if (n.code != TaperNoteCode::PatchWashout) continue;
        seen = true;
        for (const auto &[key, value] : n.parameters)
            if (key == "substance") {
                EXPECT_EQ(std::get<std::string>(value), "fentanyl");
            }
    }
    EXPECT_TRUE(seen);
}

} // namespace
} // namespace taper
