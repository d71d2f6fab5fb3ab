// SPDX-License-Identifier: GPL-3.0-or-later
// The patient's handout as a patient acts on it (issue 18): what changes first, STOP rows, version and
// the current period after sessions, names to match the box, patch and PRN-only wording, appointments
// on clinic days, sentences about the plan only when its numbers make them true, 112 and who to call.
#include "report_fixtures.h"
#include "taper/calendar.h"
#include "taper/report/builder.h"
#include "taper/report/render.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace taper {
namespace {

using test::day;

std::string md(const Plan &plan, report::ReportContext ctx = test::context())
{
    return report::renderMarkdown(report::buildHandout(plan, ctx));
}

const report::Table &stepTableOf(const report::Document &doc)
{
    for (const auto &s : doc.sections)
        if (s.heading == "Sådan tager du din medicin")
            for (const auto &b : s.blocks)
                if (const auto *t = std::get_if<report::Table>(&b)) return *t;
    throw std::runtime_error("no step table");
}

TEST(Handout, TodayThenFromTheStartInMilligramsAndTimesADay)
{
    const std::string text = md(test::makePlan("examples/anne.json", "2026-12-07"));
    const auto changes = text.find("## Det ændrer sig fra mandag 7. december 2026");
    ASSERT_NE(changes, std::string::npos);
    EXPECT_LT(changes, text.find("## Sådan tager du din medicin")) << "what changes comes first";
    EXPECT_NE(text.find("| Morfin depot | 30 mg 4 gange i døgnet | 60 mg morgen og 60 mg aften |"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("tager du morfin depot 2 gange i døgnet, ikke 4 gange som nu"), std::string::npos);
}

TEST(Handout, EveryMedicineThatEndsHasAStopRowOnItsDate)
{
    for (const std::string &file : test::documentRegimens()) {
        const Plan plan = test::makePlan(file, "2026-12-07");
        const report::Document doc = report::buildHandout(plan, test::context());
        const report::Table &t = stepTableOf(doc);
        const auto &steps = plan.schedule.steps;
        // Rows of step s: from its group start to the next group start.
        std::size_t row = 0;
        for (std::size_t s = 0; s < steps.size(); ++s) {
            std::size_t end = row + 1;
            while (end < t.rows.size() && !t.rowStartsGroup[end])
                ++end;
            std::string group;
            for (std::size_t r = row; r < end; ++r)
                group += t.rows[r][1].front() + "\n";
            if (s > 0)
                for (const StepDose &before : steps[s - 1].doses) {
                    const bool kept =
                        std::any_of(steps[s].doses.begin(), steps[s].doses.end(),
                                    [&](const StepDose &d) { return d.product == before.product; });
                    if (!kept) {
                        EXPECT_NE(group.find("STOP: "), std::string::npos)
                            << file << " step " << s << " drops " << before.product->id << "\n"
                            << group;
                    }
                }
            row = end;
        }
        EXPECT_EQ(row, t.rows.size()) << file;
        EXPECT_EQ(report::renderMarkdown(doc).find("Ingen opioid"), std::string::npos) << file;
    }
}

TEST(Handout, NamesStartWithTheSubstanceAndGiveTheBrandAsExample)
{
    const std::string text = md(test::makePlan("examples/anne.json", "2026-12-07"));
    EXPECT_NE(text.find("Morfin depottablet 60 mg (fx Contalgin)"), std::string::npos);
    EXPECT_NE(text.find("Oxycodon kapsel 20 mg (fx OxyNorm)"), std::string::npos);
    EXPECT_EQ(text.find("| Contalgin depottablet"), std::string::npos);
    EXPECT_NE(text.find("Æsken fra apoteket kan have et andet navn"), std::string::npos);
    EXPECT_NE(text.find("må ikke deles, knuses eller tygges"), std::string::npos);
    // Depot morphine 10 mg gives way to plain morphine tablets at the end: the patient is told.
    EXPECT_NE(text.find("Det er en anden tablet end før. Den virker hurtigt"), std::string::npos);
}

TEST(Handout, AfterASessionItSaysWhichVersionAndStartsAtTheCurrentPeriod)
{
    Plan plan = test::makePlan("examples/anne.json", "2026-12-07");
    SessionInput in;
    in.date = day("2026-12-21");
    in.decision = SessionDecision::Continue;
    plan = recordSession(plan, in, day("2026-12-21"), test::formulary());
    report::ReportContext ctx = test::context();
    ctx.today = day("2026-12-22");
    const std::string text = md(plan, ctx);
    EXPECT_NE(
        text.find(
            "**Version:** 2 af mandag 21. december 2026 – erstatter planen af lørdag 21. november 2026"),
        std::string::npos)
        << text.substr(0, 600);
    EXPECT_NE(text.find("21.12.2026 –<br>3.1.2027<br>(nuværende periode)"), std::string::npos);
    EXPECT_EQ(text.find("7.12.2026 –<br>20.12.2026"), std::string::npos)
        << "past periods are left out by default";
    EXPECT_NE(text.find("Tidligere perioder er ikke vist."), std::string::npos);
    EXPECT_NE(text.find("Nedtrapningsplan version 2, udskrevet 22.12.2026"), std::string::npos);
    ctx.from = day("2026-12-01");
    EXPECT_NE(md(plan, ctx).find("7.12.2026 –<br>20.12.2026"), std::string::npos)
        << "--from-date shows past periods";
}

TEST(Handout, PatchesComeOffBeforeTheNewOneAndAreFoldedAndReturned)
{
    const std::string text = md(test::makePlan("tests/data/taper/fentanyl-75.json", "2026-12-07"));
    for (const char *s :
         {"Klip aldrig et plaster over. Tag altid det gamle plaster af, før du sætter et nyt på.",
          "Fold brugte plastre sammen med klæbesiden indad", "Undgå varme på plasteret",
          "de næste ca. 18 timer", "STOP: Fentanyl depotplaster"})
        EXPECT_NE(text.find(s), std::string::npos) << s;
}

TEST(Handout, APrnOnlyPlanNeverSaysFixedTimes)
{
    const std::string text = md(test::makePlan("examples/ketogan-prn.json", "2026-12-07"));
    EXPECT_EQ(text.find("faste tidspunkter"), std::string::npos);
    EXPECT_NE(text.find("Tag kun medicinen, når du har brug for den"), std::string::npos);
}

TEST(Handout, AppointmentsFollowTheSessionRhythmOnClinicDays)
{
    // A start on Monday 15 March 2027: the session on 2. påskedag (29 March) moves to Tuesday 30 March.
    report::ReportContext ctx = test::context();
    ctx.today = day("2027-03-10");
    const std::string text = md(test::makePlan("examples/anne.json", "2027-03-15"), ctx);
    EXPECT_NE(text.find("- tirsdag 30. marts 2027"), std::string::npos) << text;
    EXPECT_EQ(text.find("- mandag 29. marts 2027"), std::string::npos);
    for (const std::string &file : test::documentRegimens()) {
        const Plan plan = test::makePlan(file, "2026-12-07");
        for (Date d : upcomingSessions(plan, day("2026-12-01"), 6))
            EXPECT_TRUE(isClinicDay(d)) << file;
    }
}

TEST(Handout, TheSentenceAboutThePaceIsPrintedOnlyWhenTrue)
{
    for (const std::string &file : test::documentRegimens()) {
        const Plan plan = test::makePlan(file, "2026-12-07");
        const auto &steps = plan.schedule.steps;
        double largest = 0;
        for (std::size_t i = 1; i < steps.size(); ++i)
            largest = std::max(largest, steps[i - 1].totalMeq.value() - steps[i].totalMeq.value());
        const bool firstIsLargest =
            steps.size() > 2 && steps[0].totalMeq.value() - steps[1].totalMeq.value() + 0.005 >= largest;
        const std::string text = md(plan);
        EXPECT_EQ(text.find("De største nedsættelser kommer først") != std::string::npos, firstIsLargest)
            << file;
    }
}

TEST(Handout, SafetyBoxAndWhoToCall)
{
    report::ReportContext ctx = test::context();
    ctx.outOfHours = "1813 (Akuttelefonen)";
    const std::string text = md(test::makePlan("examples/anne.json", "2026-12-07"), ctx);
    EXPECT_NE(text.find("**Ring 112, hvis du eller andre ser tegn på for meget medicin"), std::string::npos);
    EXPECT_NE(text.find("Uden for klinikkens åbningstid: ring 1813 (Akuttelefonen)."), std::string::npos);
    EXPECT_NE(text.find("*Anne (eksempel) · Nedtrapningsplan version 1"), std::string::npos)
        << "the name on every page";
    EXPECT_NE(text.find("uro, sved, gåsehud, diarré"), std::string::npos);
    EXPECT_NE(text.find("værst 2–3 døgn efter"), std::string::npos);
}

TEST(Handout, EmptyTimeOfDayColumnsAreDropped)
{
    const report::Document doc =
        report::buildHandout(test::makePlan("examples/anne.json", "2026-12-07"), test::context());
    const report::Table &t = stepTableOf(doc);
    EXPECT_EQ(t.header, (std::vector<std::string>{"Periode", "Medicin", "Morgen", "Aften"}));
}

} // namespace
} // namespace taper
