// SPDX-License-Identifier: GPL-3.0-or-later
// The plan parts of the review letter: the taper in brief, the sessions (Konsultationer), and in the
// appendix the plan notes (one line per kind), the dispensing totals, the handout's advice and the MEQ
// chart over the sessions.
#include "patient_names.h"
#include "review_parts.h"

#include "taper/report/dates_text.h"
#include "taper/text/review_text.h"
#include "taper/text/session_words.h"

#include <algorithm>

namespace taper::report::detail {

namespace {

std::string methodLabel(TaperMethod m, const ReportContext &ctx)
{
    switch (m) {
    case TaperMethod::Proportional:
        return tr(ctx, "proportionel", "proportional");
    case TaperMethod::Linear:
        return tr(ctx, "lineær", "linear");
    case TaperMethod::Custom:
        return tr(ctx, "egne procenter", "custom percentages");
    }
    return "";
}

} // namespace

Section taperSection(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    const Schedule &s = data.plan->schedule;
    const TaperOptions &o = s.options;
    Section sec{tr(ctx, "Foreslået nedtrapning og ordination", "Proposed taper and prescriptions"), {}};
    std::string summary = std::string(tr(ctx, "Metode: ", "Method: ")) + methodLabel(o.method, ctx) + ", " +
                          tr(ctx, "højst ", "at most ") + num(o.stepPercent, ctx) +
                          tr(ctx, " % pr. trin, hvert ", " % per step, every ") +
                          std::to_string(o.intervalDays) + tr(ctx, ". dag, mål ", " days, target ") +
                          num(o.targetMeq.value(), ctx) + tr(ctx, " mg MEQ/døgn.", " mg MEQ/day.");
    if (o.rotateTo)
        summary += std::string(tr(ctx, " Skift til ", " Rotation to ")) +
                   substanceName(*o.rotateTo, ctx.formulary, ctx.lang) + tr(ctx, " med ", " with ") +
                   num(o.crossToleranceReduction, ctx) +
                   tr(ctx, " % reduktion for krydstolerance.", " % cross-tolerance reduction.");
    if (!s.steps.empty()) {
        const Step &first = s.steps.front(), &last = s.steps.back();
        summary += " " + std::to_string(s.steps.size()) + tr(ctx, " trin fra ", " steps from ") +
                   dateText(first.start, ctx) + tr(ctx, "; sidste trin fra ", "; the last step from ") +
                   dateText(last.start, ctx) + " (" + num(first.totalMeq.value(), ctx) + " → " +
                   num(last.totalMeq.value(), ctx) + tr(ctx, " mg MEQ/døgn).", " mg MEQ/day).");
    }
    sec.blocks.emplace_back(Paragraph{summary});
    return sec;
}

Section noTaperSection(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    Section sec{tr(ctx, "Nedtrapning", "Taper"), {}};
    sec.blocks.emplace_back(
        Paragraph{tr(ctx, "Der er ikke lavet en nedtrapningsplan: brevet gælder ordinationen som indtastet.",
                     "No taper plan was made: this letter covers the regimen as entered.")});
    for (const RegimenLine &line : data.regimen.lines) {
        const Substance *sub = ctx.formulary.substance(line.substance);
        if (sub && sub->kind == SubstanceKind::Methadone) {
            sec.blocks.emplace_back(Paragraph{
                tr(ctx, "Metadon nedtrappes ikke automatisk: specialistopgave (EKG, ikke-lineær omregning).",
                   "Methadone is not tapered automatically: specialist handling (ECG, non-linear "
                   "conversion)."),
                true});
            break;
        }
    }
    return sec;
}

Section sessionSection(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    const Plan &plan = *data.plan;
    Section sec{tr(ctx, "Konsultationer", "Sessions"), {}};
    Table t;
    t.header = {tr(ctx, "Dato", "Date"),
                tr(ctx, "Af", "By"),
                tr(ctx, "Abstinenser", "Withdrawal"),
                tr(ctx, "Smerte", "Pain"),
                tr(ctx, "Beslutning og begrundelse", "Decision and reason"),
                tr(ctx, "Indtaget / planlagt (MEQ)", "Taken / planned (MEQ)")};
    t.numeric = {false, false, false, true, false, true};
    t.widthPercent = {12, 10, 16, 7, 40, 15};
    for (const Session &s : plan.sessions) {
        Cell withdrawal{s.withdrawal ? text::withdrawalRatingText(*s.withdrawal, ctx.lang) : "–"};
        if (s.withdrawalNote) withdrawal.push_back(*s.withdrawalNote);
        Cell decision{text::decisionText(s.decision, ctx.lang)};
        if (s.reason) decision.push_back(*s.reason);
        if (s.functionNote) decision.push_back(*s.functionNote);
        if (s.increase)
            decision.push_back(std::string(tr(ctx, "bevidst øgning: trin ", "deliberate increase: step ")) +
                               std::to_string(s.increase->step) + ", " + num(s.increase->from.value(), ctx) +
                               " → " + num(s.increase->to.value(), ctx) + " MEQ");
        if (s.reviewDate)
            decision.push_back(std::string(tr(ctx, "revurderes ", "review ")) + dateText(*s.reviewDate, ctx));
        t.rows.push_back({{dateText(s.date, ctx)},
                          {s.by.value_or("")},
                          withdrawal,
                          {s.pain ? std::to_string(*s.pain) : "–"},
                          decision,
                          {num(s.actualMeq.value(), ctx) + " / " + num(s.plannedMeq.value(), ctx)}});
    }
    sec.blocks.emplace_back(std::move(t));
    return sec;
}

Section sessionChartSection(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    Section sec{tr(ctx, "MEQ over tid", "MEQ over time"), {}};
    Chart chart{tr(ctx, "MEQ over tid", "MEQ over time"), tr(ctx, "mg MEQ/døgn", "mg MEQ/day"), {}};
    ChartSeries planned{tr(ctx, "Planlagt", "Planned"), {}, true, false};
    for (const Step &step : data.plan->schedule.steps)
        planned.points.emplace_back(step.start, step.totalMeq.value());
    ChartSeries taken{tr(ctx, "Indtaget (ved konsultation)", "Taken (at session)"), {}, false, true};
    for (const Session &s : data.plan->sessions)
        taken.points.emplace_back(s.date, s.actualMeq.value());
    chart.series.push_back(std::move(planned));
    chart.series.push_back(std::move(taken));
    sec.blocks.emplace_back(std::move(chart));
    return sec;
}

Section planNotesSection(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    const Schedule &s = data.plan->schedule;
    Section sec{tr(ctx, "Bemærkninger til planen", "Notes on the plan"), {}};
    if (!s.notes.empty()) {
        // One line per kind of note, in the order the kinds first occur.
        std::vector<std::vector<TaperNote>> kinds;
        for (const TaperNote &n : s.notes) {
            auto same = std::find_if(kinds.begin(), kinds.end(),
                                     [&](const auto &k) { return k.front().code == n.code; });
            if (same == kinds.end())
                kinds.push_back({n});
            else
                same->push_back(n);
        }
        BulletList notes;
        for (const auto &k : kinds)
            notes.items.push_back(text::taperNoteSummary(k, ctx.lang, ctx.formulary, data.regimen.asOf));
        sec.blocks.emplace_back(std::move(notes));
    }
    if (!s.dispenseTotal.empty()) {
        Table d;
        d.header = {tr(ctx, "Samlet udlevering i planperioden", "To dispense over the plan"),
                    tr(ctx, "Antal", "Amount")};
        d.numeric = {false, true};
        d.widthPercent = {70, 30};
        for (const Dispense &x : s.dispenseTotal)
            d.rows.push_back(
                {{productName(*x.product)},
                 {halfUnitsText(x.units, ctx.lang) + " " + unitNoun(*x.product, x.units, ctx.lang)}});
        sec.blocks.emplace_back(std::move(d));
    }
    return sec;
}

Section adviceSection(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    Section sec{tr(ctx, "Rådene i patientens nedtrapningsplan", "The advice in the patient's handout"), {}};
    Table t;
    t.header = {tr(ctx, "Råd", "Advice"), tr(ctx, "Kilde", "Source")};
    t.widthPercent = {88, 12};
    for (const Advice &a : data.advice)
        t.rows.push_back({{a.text}, {data.refs.cite(a.sources)}});
    sec.blocks.emplace_back(std::move(t));
    return sec;
}

} // namespace taper::report::detail
