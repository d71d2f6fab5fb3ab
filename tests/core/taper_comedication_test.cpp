// SPDX-License-Identifier: GPL-3.0-or-later
// The planner tapers opioid lines only: co-medications stay out of the schedule, and a regimen with
// no opioid line is refused. The final stop to 0 is the end of a taper, not a fast_taper.
#include "taper/taper.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace taper;

namespace {
Schedule planFor(const std::string &regimenJson)
{
    const Regimen r = test::regimenFromText(regimenJson);
    TaperOptions o;
    o.start = r.asOf;
    return plan(r, o, *test::formulary().profile("dk"), test::formulary());
}
} // namespace

TEST(TaperCoMedication, CoMedicationsAreNotTapered)
{
    const Schedule s = planFor(test::testData("../../examples/tramadol-sertraline.json"));
    ASSERT_FALSE(s.steps.empty());
    for (const auto &step : s.steps)
        for (const auto &d : step.doses)
            EXPECT_EQ(d.product->substance, "tramadol");
}

TEST(TaperCoMedication, OnlyCoMedicationsIsRefused)
{
    EXPECT_THROW(
        planFor(
            R"({"schema_version":1,"lines":[{"substance":"diazepam","dose":5,"unit":"mg","times_per_day":2}]})"),
        InputError);
}

TEST(TaperFastTaper, FinalStopToZeroIsAFastTaper)
{
    // Issue 17: every cut above 25 % carries fast_taper, the final stop included (the handout must not
    // say the plan slows down while the last step stops 100 %).
    const Schedule s = planFor(
        R"({"schema_version":1,"lines":[{"product":"contalgin-10","dose":10,"unit":"mg","times_per_day":2}]})");
    const int last = static_cast<int>(s.steps.size()) - 1;
    EXPECT_TRUE(std::any_of(s.notes.begin(), s.notes.end(), [&](const TaperNote &n) {
        return n.code == TaperNoteCode::FastTaper && n.step == last;
    }));
}
