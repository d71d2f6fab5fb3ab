// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the plans a Danish pain clinician reviewed — one long-acting opioid, labelled maxima,
// holds at the end, patches through every size, short exposure, products without a depot form,
// at most two strengths, dose changes on group days. Worked by hand in docs/taper.md.
#include "taper/taper.h"
#include "taper_checker.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace taper {
namespace {

using ::testing::IsEmpty;

TaperOptions defaults()
{
    TaperOptions o;
    o.start = *parseIsoDate("2026-12-07"); // a Monday
    return o;
}

Schedule planFor(const std::string &dataFile, const TaperOptions &o = defaults())
{
    return test::checkedPlan(dataFile, o);
}

const TaperNote *note(const Schedule &s, TaperNoteCode code, std::optional<int> step = std::nullopt)
{
    for (const TaperNote &n : s.notes)
        if (n.code == code && (!step || n.step == step)) return &n;
    return nullptr;
}

double param(const TaperNote &n, const std::string &key)
{
    for (const auto &[k, v] : n.parameters)
        if (k == key) return std::get<double>(v);
    ADD_FAILURE() << "no parameter " << key;
    return 0;
}

std::string text(const TaperNote &n, const std::string &key)
{
    for (const auto &[k, v] : n.parameters)
        if (k == key) return std::get<std::string>(v);
    ADD_FAILURE() << "no parameter " << key;
    return {};
}

std::set<std::string> substances(const Step &st)
{
    std::set<std::string> out;
    for (const StepDose &d : st.doses)
        out.insert(d.product->substance);
    return out;
}

int days(const Step &st)
{
    return static_cast<int>((*st.end - st.start).count()) + 1;
}

TEST(TaperClinician, AnneWithKnownUseGetsOneDepotMorphine)
{
    // 120 + 5 × 20 × 1.5 × 0.75 = 232.5 → 230 mg depot morphine from step 0; never OxyContin.
    const Schedule s = planFor("anne-used-5.json");
    EXPECT_DOUBLE_EQ(s.steps[0].totalMeq.value(), 230);
    for (const Step &st : s.steps)
        for (const StepDose &d : st.doses)
            EXPECT_EQ(d.product->substance, "morphine") << "step " << st.index;
    const TaperNote *rotation = note(s, TaperNoteCode::Rotation, 0);
    ASSERT_NE(rotation, nullptr);
    EXPECT_EQ(text(*rotation, "from"), "oxycodone");
    EXPECT_DOUBLE_EQ(param(*rotation, "meq_before"), 150);
}

TEST(TaperClinician, PrnBesideAPatchIsReducedNotTurnedIntoDepot)
{
    for (const char *file : {"fentanyl-50-oxynorm.json", "norspan-20-oxynorm.json"}) {
        const Schedule s = planFor(file);
        for (const Step &st : s.steps)
            for (const StepDose &d : st.doses)
                EXPECT_TRUE(d.product->isPatch() || d.prn)
                    << file << " step " << st.index << " " << d.product->id;
        // The PRN allowance goes first, one administration a day per step.
        EXPECT_NE(note(s, TaperNoteCode::PrnAllowanceReduced, 1), nullptr) << file;
    }
}

TEST(TaperClinician, Tramadol600IsBroughtWithinTheLabelAtStepZero)
{
    // Tramadol retard 200 × 2 + 100 mg PRN used twice a day: 600 mg would be consolidated; the label
    // allows 400 mg a day, so step 0 is 400 (a 33 % cut: fast_taper) and no step is above it.
    const Schedule s = planFor("tramadol-600.json");
    const TaperNote *capped = note(s, TaperNoteCode::LabelMaxCapped, 0);
    ASSERT_NE(capped, nullptr);
    EXPECT_EQ(text(*capped, "substance"), "tramadol");
    EXPECT_DOUBLE_EQ(param(*capped, "max_mg_per_day"), 400);
    EXPECT_DOUBLE_EQ(param(*capped, "from_mg_per_day"), 600);
    EXPECT_DOUBLE_EQ(param(*capped, "to_mg_per_day"), 400);
    EXPECT_NE(note(s, TaperNoteCode::FastTaper, 0), nullptr);
    EXPECT_DOUBLE_EQ(s.steps[0].totalMeq.value(), 60); // 400 mg × 0.15
}

TEST(TaperClinician, Transtec35StepsDownThroughTheSevenDayPatchesToFive)
{
    const Schedule s = planFor("transtec-35.json");
    const TaperNote *sw = note(s, TaperNoteCode::PatchFamilySwitch);
    ASSERT_NE(sw, nullptr);
    EXPECT_EQ(text(*sw, "from"), "transtec-35");
    EXPECT_DOUBLE_EQ(param(*sw, "from_rate"), 35);
    // The last patch step is the smallest marketed size, held at least two intervals, then the stop.
    const Step &last = s.steps[s.steps.size() - 2];
    ASSERT_EQ(last.doses.size(), 1u);
    EXPECT_DOUBLE_EQ(last.doses[0].product->strength, 5);
    EXPECT_GE(days(last), 28);
    EXPECT_NE(note(s, TaperNoteCode::PatchStopped), nullptr);
    // Transtec is changed twice weekly on fixed weekdays: Monday and Thursday from a Monday start,
    // 4 patches in the 14 days of step 0.
    const TaperNote *weekdays = note(s, TaperNoteCode::PatchChangeDays, 0);
    ASSERT_NE(weekdays, nullptr);
    EXPECT_EQ(text(*weekdays, "weekdays"), "monday,thursday");
    ASSERT_EQ(s.steps[0].dispense.size(), 1u);
    EXPECT_EQ(s.steps[0].dispense[0].units.value, 8); // halves: 4 patches
}

TEST(TaperClinician, TheEndNeverSpeedsUp)
{
    // Depot morphine 120 × 2: below 90 mg every cut is larger than 10 %, so those steps are held
    // ceil(cut / 10) intervals (at most 3), and every cut above 25 % — the stop included — is fast.
    const Schedule s = planFor("morphine-depot-240.json");
    for (std::size_t i = 1; i + 1 < s.steps.size(); ++i) {
        const double prev = s.steps[i - 1].totalMeq.value(), now = s.steps[i].totalMeq.value();
        const double cut = (prev - now) / prev * 100;
        const int expected = std::min(3, std::max(1, static_cast<int>(std::ceil(cut / 10 - 1e-6))));
        const bool beforeStop = i + 2 == s.steps.size();
        EXPECT_EQ(days(s.steps[i]), 14 * (beforeStop ? std::max(2, expected) : expected)) << "step " << i;
    }
    EXPECT_NE(note(s, TaperNoteCode::FastTaper, static_cast<int>(s.steps.size()) - 1), nullptr);
    EXPECT_NE(note(s, TaperNoteCode::HeldLonger), nullptr);
}

TEST(TaperClinician, MaxHoldIntervalsOneKeepsEveryStepAtOneIntervalButTheLastDose)
{
    TaperOptions o = defaults();
    o.maxHoldIntervals = 1;
    const Schedule s = planFor("morphine-depot-240.json", o);
    for (std::size_t i = 0; i + 2 < s.steps.size(); ++i)
        EXPECT_EQ(days(s.steps[i]), 14) << "step " << i;
    EXPECT_EQ(days(s.steps[s.steps.size() - 2]), 28);
}

TEST(TaperClinician, FentanylStartedTwoDaysAgoGetsTheShortExposurePace)
{
    const Schedule s = planFor("fentanyl-25-new.json");
    const TaperNote *n = note(s, TaperNoteCode::ShortExposure);
    ASSERT_NE(n, nullptr);
    EXPECT_DOUBLE_EQ(param(*n, "days"), 2);
    EXPECT_EQ(s.options.intervalDays, 4);
    EXPECT_DOUBLE_EQ(s.options.stepPercent, 20);
    EXPECT_LT(*s.steps[s.steps.size() - 2].end - s.steps[0].start, date::days(28)); // not a month-long taper
    TaperOptions explicitPace = defaults();
    explicitPace.shortExposurePace = false;
    EXPECT_EQ(planFor("fentanyl-25-new.json", explicitPace).options.intervalDays, 14);
}

TEST(TaperClinician, KetoganWithoutRotationIsTaperedOnThePatientsTimes)
{
    const Schedule s = planFor("ketogan-5x6.json");
    EXPECT_NE(note(s, TaperNoteCode::NoDepotForm), nullptr);
    int administrations = 6;
    for (const Step &st : s.steps) {
        for (const StepDose &d : st.doses) {
            EXPECT_EQ(d.product->id, "ketogan-5");
            const int times = d.timesPerDay ? *d.timesPerDay : [&] {
                int n = 0;
                for (HalfUnits h : *d.unitsByTime)
                    n += h.value > 0;
                return n;
            }();
            EXPECT_LE(times, administrations) << "step " << st.index;
            administrations = times;
            const int perAdministration = d.unitsPerAdministration ? d.unitsPerAdministration->value : [&] {
                int m = 0;
                for (HalfUnits h : *d.unitsByTime)
                    m = std::max(m, h.value);
                return m;
            }();
            EXPECT_LE(perAdministration, 2) << "step " << st.index; // never more than 1 tablet at a time
        }
    }
}

TEST(TaperClinician, RotatingAwayFromPinexSaysTheParacetamolStops)
{
    TaperOptions o = defaults();
    o.rotateTo = "morphine";
    const Schedule s = planFor("codeine-30x8.json", o);
    const TaperNote *n = note(s, TaperNoteCode::ComponentStops, 0);
    ASSERT_NE(n, nullptr);
    EXPECT_EQ(text(*n, "component"), "paracetamol");
    EXPECT_GT(s.steps[0].totalMeq.value(), 0);
}

TEST(TaperClinician, UnconfirmedStrengthsOnlyWhenAllowed)
{
    const Regimen r = test::regimenFromText(
        R"({"schema_version":1,"as_of":"2026-11-21","lines":[{"product":"oxycontin-40","dose":40,"unit":"mg","times_per_day":2}]})");
    const Formulary &f = test::formulary();
    auto usesUnconfirmed = [&](const Schedule &s) {
        for (const Step &st : s.steps)
            for (const StepDose &d : st.doses)
                if (!d.product->availabilityConfirmed) return true;
        return false;
    };
    TaperOptions o = defaults();
    EXPECT_FALSE(usesUnconfirmed(plan(r, o, *f.profile("dk"), f))); // 5, 10, 20, 40 mg only
    o.allowUnconfirmed = true;
    EXPECT_TRUE(usesUnconfirmed(plan(r, o, *f.profile("dk"), f))); // 15 mg makes 75 = 35 + 40
}

TEST(TaperClinician, DoseChangesFallOnGroupDays)
{
    for (const char *file : {"fentanyl-75.json", "transtec-35.json", "anne-used-5.json"}) {
        const Schedule s = planFor(file);
        for (const Step &st : s.steps)
            EXPECT_EQ((st.start - s.options.start).count() % 14, 0) << file << " step " << st.index;
    }
    TaperOptions off = defaults();
    off.alignToSessions = false;
    const Schedule s = planFor("fentanyl-75.json", off);
    EXPECT_EQ(days(s.steps[0]), 15); // whole 72-hour wear periods
}

TEST(TaperClinician, OneLongActingSubstanceNeverMore)
{
    for (const char *file :
         {"anne-used-5.json", "two-opioids.json", "fentanyl-50-oxynorm.json", "tramadol-600.json"}) {
        const Schedule s = planFor(file);
        for (std::size_t i = 1; i < s.steps.size(); ++i)
            EXPECT_LE(substances(s.steps[i]).size(), substances(s.steps[i - 1]).size())
                << file << " step " << i;
    }
}

} // namespace
} // namespace taper

namespace taper {
namespace {

TEST(TaperClinician, RotationFromAPatchStartsTheOralOpioidAfterTheWashout)
{
    // The last patch comes off on the morning of the change day; the note gives the first oral dose
    // the next morning (past the 18 h fentanyl washout), the day after the step's first day.
    TaperOptions o = defaults();
    o.rotateTo = "morphine";
    const Schedule s = planFor("fentanyl-75.json", o);
    const TaperNote *washout = note(s, TaperNoteCode::PatchWashout);
    ASSERT_NE(washout, nullptr);
    const Step &step = s.steps[static_cast<std::size_t>(*washout->step)];
    EXPECT_EQ(text(*washout, "first_oral_dose"), formatIsoDate(step.start + date::days(1)));
    for (const StepDose &d : step.doses)
        EXPECT_FALSE(d.product->isPatch());
}

} // namespace
} // namespace taper

namespace taper {
namespace {

TEST(TaperClinician, FineTailFinishesOnMorphineSolutionInOneMilligramSteps)
{
    TaperOptions o = defaults();
    o.fineTail = true;
    const Schedule s = planFor("morphine-depot-240.json", o);
    bool solution = false;
    for (std::size_t i = 1; i < s.steps.size(); ++i)
        for (const StepDose &d : s.steps[i].doses)
            if (d.product->id == "morphine-solution-2mg-ml") {
                solution = true;
                // 0.5 ml = 1 mg: every cut in the tail is a whole number of mg.
                const double cut = s.steps[i - 1].totalMeq.value() - s.steps[i].totalMeq.value();
                EXPECT_DOUBLE_EQ(cut, std::round(cut)) << "step " << i;
            }
    EXPECT_TRUE(solution);
    EXPECT_GT(s.steps.size(), planFor("morphine-depot-240.json").steps.size());
}

} // namespace
} // namespace taper
