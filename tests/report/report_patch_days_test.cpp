// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the handout says what the plan dispenses and what its notes say — Transtec changed twice a
// week on fixed weekdays, and after the last patch the first oral dose the morning after it comes off.
#include "report_fixtures.h"
#include "taper/report/builder.h"
#include "taper/report/render.h"

#include <gtest/gtest.h>

namespace taper {
namespace {

TEST(ReportPatchDays, TranstecIsChangedTwiceAWeekOnFixedWeekdays)
{
    const Plan plan = test::makePlan("tests/data/taper/transtec-35.json", "2026-12-07"); // a Monday
    const std::string md = report::renderMarkdown(report::buildHandout(plan, test::context()));
    EXPECT_NE(md.find("skiftes to gange om ugen på faste ugedage"), std::string::npos);
    EXPECT_NE(md.find("Skift plaster: man. 7/12, tor. 10/12, man. 14/12, tor. 17/12"), std::string::npos)
        << md;
    EXPECT_EQ(plan.schedule.steps[0].dispense[0].units.value, 8); // the same 4 patches (in halves)
}

TEST(ReportPatchDays, TheFirstOralDoseAfterAPatchIsTheMorningAfter)
{
    Plan plan = test::makePlan("tests/data/taper/fentanyl-75.json", "2026-12-07");
    TaperOptions o = plan.schedule.options;
    o.rotateTo = "morphine";
    plan.schedule = taper::plan(plan.regimen, o, *test::formulary().profile("dk"), test::formulary());
    const std::string md = report::renderMarkdown(report::buildHandout(plan, test::context()));
    EXPECT_NE(md.find("Tag plasteret af om morgenen "), std::string::npos) << md;
    EXPECT_NE(md.find(". Første dosis om morgenen "), std::string::npos);
}

} // namespace
} // namespace taper
