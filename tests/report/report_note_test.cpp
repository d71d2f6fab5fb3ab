// SPDX-License-Identifier: GPL-3.0-or-later
// The journal note (issue 18): 5–10 lines, every number from the core, findings worded by taper::text,
// Danish per danish-style.md (no internal codes, no ISO dates, decimal comma), no patient label.
#include "report_fixtures.h"
#include "taper/calendar.h"
#include "taper/report/note.h"
#include "taper/rules.h"
#include "taper/text/finding_text.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

namespace taper {
namespace {

using report::Lang;
using test::day;
using ::testing::HasSubstr;
using ::testing::Not;

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
        lines.push_back(text.substr(start, nl - start));
    EXPECT_EQ(start, text.size()) << "the note ends with a line break";
    return lines;
}

/// Danish text a person reads: no internal codes, no ISO dates, no English fragments.
void expectDanishProse(const std::string &note)
{
    for (std::string_view code : kFindingCodeNames)
        EXPECT_THAT(note, Not(HasSubstr(std::string(code))));
    EXPECT_FALSE(std::regex_search(note, std::regex(R"(\d{4}-\d{2}-\d{2})"))) << note;
    for (const char *english :
         {" the ", " and ", "PRN", "extended", "immediate", "profile ", "step", "Finding"})
        EXPECT_THAT(note, Not(HasSubstr(english))) << english;
}

/// "7.12.2026": how the note writes dates.
std::string numeric(Date d)
{
    const date::year_month_day ymd{d};
    return std::to_string(unsigned(ymd.day())) + "." + std::to_string(unsigned(ymd.month())) + "." +
           std::to_string(int(ymd.year()));
}

Plan annePlan()
{
    return test::makePlan("examples/anne.json", "2026-12-07");
}

TEST(JournalNote, PlanHasRegimenMeqFindingsPlanAndNextSession)
{
    const Plan plan = annePlan();
    const auto ctx = test::context(Lang::Da); // today 2026-12-01
    const std::string note = report::buildJournalNote(plan, ctx);
    const auto lines = linesOf(note);
    EXPECT_GE(lines.size(), 5u);
    EXPECT_LE(lines.size(), 10u);
    expectDanishProse(note);
    EXPECT_THAT(note, Not(HasSubstr("Anne"))) << "no patient label in the note";

    EXPECT_EQ(lines[0], "Opioidbehandling gennemgået 1.12.2026 med OpioidTaper 0.1.0 (beslutningsstøtte).");
    EXPECT_THAT(lines[1], HasSubstr("1) Morfin depot 30 mg 4 gange i døgnet"));
    EXPECT_THAT(lines[1], HasSubstr("2) Oxycodon kapsel 20 mg (fx OxyNorm): 20 mg efter behov, højst 6 gange "
                                    "i døgnet (forbrug ukendt)"));
    const MeqResult meq = meq::compute(plan.regimen, *test::formulary().profile("dk"), test::formulary());
    EXPECT_THAT(lines[2], HasSubstr("svarer til " + text::formatAmount(meq.total().value(), text::Lang::Da) +
                                    " mg oral morfin"));
    EXPECT_THAT(lines[2], HasSubstr("PN ved maksimum"));

    // The findings: the core's, most severe first, at most three, in taper::text's words.
    const auto findings =
        rules::check(plan.regimen, meq, *test::formulary().profile("dk"), test::formulary());
    ASSERT_GT(findings.size(), 3u);
    for (int i = 0; i < report::kNoteMaxFindings; ++i)
        EXPECT_THAT(lines[3 + i],
                    HasSubstr("Fund: " + text::findingMessage(findings[i], text::Lang::Da, test::formulary(),
                                                              plan.regimen.asOf)));
    // A note is read later than it is written: durations are dates ("brugt siden 1.6.2022").
    EXPECT_THAT(lines[5], HasSubstr("brugt siden 1.6.2022"));

    const Step &first = plan.schedule.steps.front(), &last = plan.schedule.steps.back();
    EXPECT_THAT(
        note,
        HasSubstr("Plan: nedtrapning fra 7.12.2026 i " + std::to_string(plan.schedule.steps.size()) +
                  " trin, dosisændring hver 14. dag (nogle trin varer længere), fra 300 til 0 mg MEQ/døgn"));
    EXPECT_EQ(first.totalMeq.value(), 300);
    EXPECT_THAT(note, HasSubstr("forventet opioidfri fra " + numeric(last.start) + "."));
    const std::vector<Date> next = upcomingSessions(plan, ctx.today, 1);
    ASSERT_EQ(next.size(), 1u);
    EXPECT_EQ(next.front(), day("2026-12-07"));
    EXPECT_EQ(lines.back(), "Næste konsultation: 7.12.2026.");
}

TEST(JournalNote, LatestSessionDecisionAndAppointments)
{
    Plan plan = annePlan();
    SessionInput in;
    in.date = day("2026-12-21");
    in.decision = SessionDecision::Hold;
    in.holdDays = 14;
    in.withdrawal = 2;
    in.pain = 5;
    in.reason = "uro og\nsvedture";
    plan = recordSession(plan, in, day("2026-12-21"), test::formulary());
    auto ctx = test::context(Lang::Da);
    ctx.today = day("2026-12-22");
    const std::string note = report::buildJournalNote(plan, ctx);
    const auto lines = linesOf(note);
    EXPECT_LE(lines.size(), 10u);
    expectDanishProse(note);
    EXPECT_THAT(
        note,
        HasSubstr(
            "Seneste konsultation 21.12.2026: indtaget som planlagt, 300 mg MEQ/døgn; abstinensgrad 2 af 3 "
            "(moderat); smerte NRS 5 af 10. Beslutning: dosis fastholdes 14 dage mere. Begrundelse: uro "
            "og\\x0asvedture."));
    EXPECT_EQ(lines.back(),
              "Næste konsultation: " + numeric(upcomingSessions(plan, ctx.today, 1).front()) + ".");

    ctx.appointments = {day("2027-01-05"), day("2026-12-01")}; // the first on or after today counts
    EXPECT_EQ(linesOf(report::buildJournalNote(plan, ctx)).back(), "Næste konsultation: 5.1.2027.");
}

TEST(JournalNote, StopTaperKeepsTheDoseUntilTheReview)
{
    Plan plan = annePlan();
    SessionInput in;
    in.date = day("2026-12-21");
    in.decision = SessionDecision::StopTaper;
    in.reviewDate = day("2027-03-22");
    plan = recordSession(plan, in, day("2026-12-21"), test::formulary());
    auto ctx = test::context(Lang::Da);
    ctx.today = day("2026-12-22");
    const std::string note = report::buildJournalNote(plan, ctx);
    const auto lines = linesOf(note);
    expectDanishProse(note);
    EXPECT_THAT(note,
                HasSubstr("Plan: ingen videre nedtrapning; dosis " +
                          text::formatAmount(plan.schedule.steps.back().totalMeq.value(), text::Lang::Da) +
                          " mg MEQ/døgn fastholdes fra "));
    EXPECT_THAT(
        note,
        HasSubstr(
            "Beslutning: nedtrapningen stoppes, og den nuværende dosis fastholdes; revurderes 22.3.2027."));
    EXPECT_EQ(lines.back(), "Næste konsultation: 22.3.2027 (revurdering).");
    EXPECT_THAT(lines[5], HasSubstr("(og 3 fund mere)")); // Anne has six findings; the note names three
}

TEST(JournalNote, BareRegimenSaysThereIsNoPlan)
{
    for (const char *example :
         {"examples/methadone-60.json", "examples/tramadol-sertraline.json", "examples/elderly-renal.json"}) {
        const Regimen regimen = test::exampleRegimen(example);
        const std::string note =
            report::buildJournalNote(regimen, *test::formulary().profile("dk"), test::context(Lang::Da));
        const auto lines = linesOf(note);
        EXPECT_GE(lines.size(), 5u) << example;
        EXPECT_LE(lines.size(), 10u) << example;
        EXPECT_EQ(lines.back(), "Ingen nedtrapningsplan lagt.") << example;
        expectDanishProse(note);
    }
}

TEST(JournalNote, DecimalCommaInDanishAndPointInEnglish)
{
    const Plan plan = test::makePlan("examples/ketogan-prn.json", "2026-12-07");
    const std::string da = report::buildJournalNote(plan, test::context(Lang::Da));
    const std::string en = report::buildJournalNote(plan, test::context(Lang::En));
    // No "12.5 mg" in Danish (dates are day.month.year, never followed by a unit).
    EXPECT_FALSE(std::regex_search(da, std::regex(R"(\d\.\d+ (mg|%))"))) << da;
    EXPECT_THAT(en,
                HasSubstr("Opioid treatment reviewed 1.12.2026 with OpioidTaper 0.1.0 (decision support)."));
    EXPECT_THAT(en, HasSubstr("Plan: taper from 7.12.2026 in "));
    EXPECT_THAT(en, Not(HasSubstr("døgn")));
}

} // namespace
} // namespace taper
