// The plan parts of the review report: taper summary, session history with the MEQ chart, and the
// advice the patient's handout gives (with sources).
#include "advice.h"
#include "review_parts.h"

#include "taper/report/dates_text.h"
#include "taper/text/taper_note_text.h"

namespace taper::report::detail {

namespace {

std::string withdrawalLabel(int grade, const ReportContext &ctx)
{
    static const char *da[] = {"ingen", "let", "moderat", "svær"};
    static const char *en[] = {"none", "mild", "moderate", "severe"};
    const int g = grade;
    if (g < 0 || g > 3) return std::to_string(g);
    return std::to_string(g) + " " + (ctx.lang == Lang::Da ? da[g] : en[g]);
}

std::string decisionLabel(SessionDecision decision, const ReportContext &ctx)
{
    const std::string code(toString(decision));
    if (ctx.lang != Lang::Da) {
        std::string s = code;
        for (char &c : s)
            if (c == '_') c = ' ';
        return s;
    }
    if (code == "continue") return "fortsæt";
    if (code == "hold") return "hold dosis";
    if (code == "slow") return "langsommere";
    if (code == "step_back") return "et trin tilbage";
    if (code == "replan") return "ny plan";
    if (code == "stop_taper") return "stop nedtrapning";
    return code;
}

Cell dosesCell(const Step &step, const ReportContext &ctx)
{
    Cell c;
    for (const StepDose &d : step.doses) c.push_back(productName(*d.product) + ": " + dosageText(d, ctx.lang));
    if (c.empty()) c.push_back(tr(ctx, "ingen opioid", "no opioid"));
    return c;
}

} // namespace

Section taperSection(const Plan &plan, const ReportContext &ctx)
{
    const Schedule &s = plan.schedule;
    const TaperOptions &o = s.options;
    Section sec{tr(ctx, "Foreslået nedtrapning", "Proposed taper"), {}};
    std::string summary = std::string(tr(ctx, "Metode: ", "Method: ")) + std::string(toString(o.method)) + ", " +
                          tr(ctx, "højst ", "at most ") + num(o.stepPercent, ctx) + tr(ctx, " % pr. trin, hvert ", " % per step, every ") +
                          std::to_string(o.intervalDays) + tr(ctx, ". dag, mål ", " days, target ") + num(o.targetMeq.value(), ctx) +
                          tr(ctx, " mg MEQ/døgn.", " mg MEQ/day.");
    if (o.rotateTo)
        summary += std::string(tr(ctx, " Skift til ", " Rotation to ")) + *o.rotateTo + tr(ctx, " med ", " with ") +
                   num(o.crossToleranceReduction, ctx) + tr(ctx, " % reduktion for krydstolerance.", " % cross-tolerance reduction.");
    sec.blocks.emplace_back(Paragraph{summary});
    if (!s.steps.empty()) {
        const Step &first = s.steps.front(), &last = s.steps.back();
        const auto days = (last.start - first.start).count();
        sec.blocks.emplace_back(Paragraph{std::to_string(s.steps.size()) + tr(ctx, " trin fra ", " steps from ") +
                                          longDate(first.start, ctx.lang) + tr(ctx, "; sidste trin begynder ", "; the last step starts ") +
                                          longDate(last.start, ctx.lang) + " (" + std::to_string(days) + tr(ctx, " dage, ", " days, ") +
                                          num(first.totalMeq.value(), ctx) + " → " + num(last.totalMeq.value(), ctx) +
                                          tr(ctx, " mg MEQ/døgn).", " mg MEQ/day).")});
    }
    Table t;
    t.header = {tr(ctx, "Trin", "Step"), tr(ctx, "Fra", "From"), tr(ctx, "Til", "To"), "MEQ", tr(ctx, "% af start", "% of start"),
                tr(ctx, "Doser", "Doses")};
    t.numeric = {true, false, false, true, true, false};
    t.widthPercent = {6, 12, 12, 8, 8, 54};
    for (const Step &step : s.steps)
        t.rows.push_back({{std::to_string(step.index)}, {formatIsoDate(step.start)}, {step.end ? formatIsoDate(*step.end) : "–"},
                          {num(step.totalMeq.value(), ctx)}, {num(step.percentOfStart, ctx)}, dosesCell(step, ctx)});
    sec.blocks.emplace_back(std::move(t));
    if (!s.dispenseTotal.empty()) {
        Table d;
        d.header = {tr(ctx, "Udlevering i alt over planen", "To dispense over the plan"), tr(ctx, "Antal", "Amount")};
        d.numeric = {false, true};
        d.widthPercent = {70, 30};
        for (const Dispense &x : s.dispenseTotal)
            d.rows.push_back({{productName(*x.product)}, {halfUnitsText(x.units, ctx.lang) + " " + unitNoun(*x.product, x.units, ctx.lang)}});
        sec.blocks.emplace_back(std::move(d));
    }
    if (!s.notes.empty()) {
        BulletList notes;
        for (const TaperNote &n : s.notes) notes.items.push_back(text::taperNoteText(n, ctx.lang, ctx.formulary));
        sec.blocks.emplace_back(Paragraph{tr(ctx, "Bemærkninger til planen:", "Notes on the plan:")});
        sec.blocks.emplace_back(std::move(notes));
    }
    return sec;
}

Section noTaperSection(const Regimen &regimen, const ReportContext &ctx)
{
    Section sec{tr(ctx, "Nedtrapning", "Taper"), {}};
    sec.blocks.emplace_back(Paragraph{tr(ctx, "Der er ikke lavet en nedtrapningsplan: rapporten gælder ordinationen som indtastet.",
                                         "No taper plan was made: this report covers the regimen as entered.")});
    for (const RegimenLine &line : regimen.lines) {
        const Substance *sub = ctx.formulary.substance(line.substance);
        if (sub && sub->kind == SubstanceKind::Methadone) {
            sec.blocks.emplace_back(Paragraph{tr(ctx,
                "Metadon nedtrappes ikke automatisk: specialistopgave (EKG, ikke-lineær omregning).",
                "Methadone is not tapered automatically: specialist handling (ECG, non-linear conversion)."), true});
            break;
        }
    }
    return sec;
}

Section sessionSection(const Plan &plan, const ReportContext &ctx)
{
    Section sec{tr(ctx, "Sessioner", "Sessions"), {}};
    if (!plan.scheduleHistory.empty())
        sec.blocks.emplace_back(Paragraph{std::string(tr(ctx, "Planen er ændret ", "The plan was changed ")) +
                                          std::to_string(plan.scheduleHistory.size()) + tr(ctx, " gang(e); revision ", " time(s); revision ") +
                                          std::to_string(plan.revision) + "."});
    if (plan.sessions.empty()) {
        sec.blocks.emplace_back(Paragraph{tr(ctx, "Ingen sessioner registreret endnu.", "No sessions recorded yet.")});
        return sec;
    }
    Table t;
    t.header = {tr(ctx, "Dato", "Date"), tr(ctx, "Af", "By"), tr(ctx, "Abstinenser", "Withdrawal"), tr(ctx, "Smerte", "Pain"),
                tr(ctx, "Beslutning og begrundelse", "Decision and reason"), tr(ctx, "MEQ taget / planlagt", "MEQ taken / planned")};
    t.numeric = {false, false, false, true, false, true};
    t.widthPercent = {12, 10, 16, 7, 40, 15};
    Chart chart{tr(ctx, "MEQ over tid", "MEQ over time"), tr(ctx, "mg MEQ/døgn", "mg MEQ/day"), {}};
    ChartSeries planned{tr(ctx, "Planlagt", "Planned"), {}, true, false};
    for (const Step &step : plan.schedule.steps) planned.points.emplace_back(step.start, step.totalMeq.value());
    ChartSeries taken{tr(ctx, "Taget (ved session)", "Taken (at session)"), {}, false, true};
    for (const Session &s : plan.sessions) {
        Cell withdrawal{s.withdrawal ? withdrawalLabel(*s.withdrawal, ctx) : "–"};
        if (s.withdrawalNote) withdrawal.push_back(*s.withdrawalNote);
        Cell decision{decisionLabel(s.decision, ctx)};
        if (s.reason) decision.push_back(*s.reason);
        if (s.functionNote) decision.push_back(*s.functionNote);
        if (s.increase)
            decision.push_back(std::string(tr(ctx, "bevidst øgning: trin ", "deliberate increase: step ")) + std::to_string(s.increase->step) +
                               ", " + num(s.increase->from.value(), ctx) + " → " + num(s.increase->to.value(), ctx) + " MEQ");
        if (s.reviewDate) decision.push_back(std::string(tr(ctx, "revurderes ", "review ")) + formatIsoDate(*s.reviewDate));
        t.rows.push_back({{formatIsoDate(s.date)}, {s.by.value_or("")}, withdrawal, {s.pain ? std::to_string(*s.pain) : "–"}, decision,
                          {num(s.actualMeq.value(), ctx) + " / " + num(s.plannedMeq.value(), ctx)}});
        taken.points.emplace_back(s.date, s.actualMeq.value());
    }
    sec.blocks.emplace_back(std::move(t));
    chart.series.push_back(std::move(planned));
    chart.series.push_back(std::move(taken));
    sec.blocks.emplace_back(std::move(chart));
    return sec;
}

Section adviceSection(const Plan &plan, const ReportContext &ctx, CitedSources &cited)
{
    Section sec{tr(ctx, "Rådene i patientens nedtrapningsplan", "The advice in the patient's handout"), {}};
    Table t;
    t.header = {tr(ctx, "Råd", "Advice"), tr(ctx, "Kilder", "Sources")};
    t.widthPercent = {78, 22};
    for (const Advice &a : handoutAdvice(plan, ctx.lang)) {
        Cell sources;
        for (const std::string &id : a.sources) {
            cited.insert(id);
            sources.push_back(id);
        }
        t.rows.push_back({{a.text}, sources});
    }
    sec.blocks.emplace_back(std::move(t));
    return sec;
}

} // namespace taper::report::detail
