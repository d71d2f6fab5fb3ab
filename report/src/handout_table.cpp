// SPDX-License-Identifier: GPL-3.0-or-later
// The handout's table of periods: one group of rows per period, a row per medicine with its dose by time
// of day, and a STOP row on the date a medicine ends (a medicine never just vanishes from the table).
#include "handout_parts.h"
#include "patient_names.h"
#include "taper/report/dates_text.h"

#include <algorithm>

namespace taper::report::detail {

namespace {

/// Patch-change days inside the step (taper::patchChangeDays, the days the plan dispenses for), for
/// the last step within one interval.
std::vector<Date> patchChangeDays(const Step &step, const Product &patch, int intervalDays)
{
    const Date last = step.end ? *step.end : step.start + date::days(intervalDays - 1);
    return taper::patchChangeDays(patch, step.start, last);
}

/// The first oral dose of a step that replaces a patch (the patch_washout note's first_oral_dose).
std::optional<Date> firstOralDose(const Plan &plan, const Step &step)
{
    for (const TaperNote &n : plan.schedule.notes)
        if (n.code == TaperNoteCode::PatchWashout && n.step == step.index)
            for (const auto &[key, value] : n.parameters)
                if (key == "first_oral_dose" && std::holds_alternative<std::string>(value))
                    return parseIsoDate(std::get<std::string>(value));
    return std::nullopt;
}

Cell periodCell(const Step &step, bool current, const ReportContext &ctx)
{
    Cell c{numericDate(step.start, ctx.lang) + (step.end ? " –" : "")};
    c.push_back(step.end ? numericDate(*step.end, ctx.lang) : tr(ctx, "og fremover", "onwards"));
    if (current) c.push_back(tr(ctx, "(nuværende periode)", "(current period)"));
    return c;
}

/// The products the patient has before `step`: the previous step's, or the regimen's before step 0.
std::vector<const Product *> productsBefore(const Plan &plan, std::size_t step, const Formulary &formulary)
{
    std::vector<const Product *> out;
    const auto add = [&](const Product *p) {
        if (p && std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
    };
    if (step > 0)
        for (const StepDose &d : plan.schedule.steps[step - 1].doses)
            add(d.product);
    else
        for (const RegimenLine &line : plan.regimen.lines)
            if (!line.coMedication && line.product) add(formulary.product(*line.product));
    return out;
}

bool takes(const Step &step, const Product *p)
{
    return std::any_of(step.doses.begin(), step.doses.end(),
                       [&](const StepDose &d) { return d.product == p; });
}

/// Whether the patient took `p` only when needed before step `step`.
bool onlyWhenNeeded(const Plan &plan, std::size_t step, const Product *p)
{
    if (step > 0) {
        const auto &doses = plan.schedule.steps[step - 1].doses;
        return std::all_of(doses.begin(), doses.end(),
                           [&](const StepDose &d) { return d.product != p || d.prn; });
    }
    return std::all_of(plan.regimen.lines.begin(), plan.regimen.lines.end(),
                       [&](const RegimenLine &l) { return l.product != p->id || l.prn; });
}

bool anyPatch(const Step &step)
{
    return std::any_of(step.doses.begin(), step.doses.end(),
                       [](const StepDose &d) { return d.product->isPatch(); });
}

/// A fixed fast-acting dose of a substance the patient took as depot until now: a different tablet.
bool switchesToFastActing(const StepDose &d, const std::vector<const Product *> &before)
{
    if (d.prn || d.product->isPatch() || d.product->release != Release::Immediate) return false;
    bool depot = false, fast = false;
    for (const Product *p : before)
        if (p->substance == d.product->substance) (p->release == Release::Extended ? depot : fast) = true;
    return depot && !fast;
}

Cell stopCell(const Product &p, bool prn, const Step &step, const ReportContext &ctx)
{
    Cell c{tr(ctx, "STOP: ", "STOP: ") + patientName(p, ctx.formulary, ctx.lang)};
    const std::string day = longDate(step.start, ctx.lang);
    if (p.isPatch())
        c.push_back(anyPatch(step)
                        ? tr(ctx, "Tag det gamle plaster af ", "Take the old patch off on ") + day +
                              tr(ctx, ", når du sætter det nye på.", ", when you put the new one on.")
                        : tr(ctx, "Tag det sidste plaster af om morgenen ",
                             "Take the last patch off on the morning of ") +
                              day +
                              tr(ctx, ". Fold det sammen med klæbesiden indad, og aflever det på apoteket.",
                                 ". Fold it with the sticky side inwards and return it to the pharmacy."));
    else
        c.push_back(
            prn ? tr(ctx,
                     "Du skal ikke længere tage dem, heller ikke efter behov. Aflever resten på apoteket.",
                     "Do not take them any more, not even when needed. Return what is left to the pharmacy.")
                : tr(ctx, "Du skal ikke længere tage dem. Aflever resten på apoteket.",
                     "Do not take them any more. Return what is left to the pharmacy."));
    return c;
}

} // namespace

std::size_t firstShownStep(const Plan &plan, Date from)
{
    const auto &steps = plan.schedule.steps;
    if (steps.empty() || from < steps.front().start) return 0;
    return static_cast<std::size_t>(currentStep(steps, from + date::days(1)));
}

Table stepTable(const Plan &plan, const ReportContext &ctx, Date from)
{
    const auto &steps = plan.schedule.steps;
    const std::size_t first = firstShownStep(plan, from);
    const bool started = !steps.empty() && from >= steps.front().start;
    // Times of day nobody takes anything at in the shown periods get no column.
    std::array<bool, 4> used{};
    for (std::size_t s = first; s < steps.size(); ++s)
        for (const StepDose &d : steps[s].doses)
            if (d.unitsByTime)
                for (std::size_t i = 0; i < 4; ++i)
                    used[i] |= (*d.unitsByTime)[i].value > 0;
    const char *slotDa[] = {"Morgen", "Middag", "Aften", "Nat"},
               *slotEn[] = {"Morning", "Noon", "Evening", "Night"};
    Table t;
    t.header = {tr(ctx, "Periode", "Period"), tr(ctx, "Medicin", "Medicine")};
    const int slots = static_cast<int>(std::count(used.begin(), used.end(), true));
    // Dose columns wide enough for "Morning" in bold 11 pt (11 % broke it into "Mornin/g").
    t.widthPercent = {16, 84 - 13 * slots};
    t.dose = {false, false};
    for (std::size_t i = 0; i < 4; ++i)
        if (used[i]) {
            t.header.push_back(ctx.lang == Lang::Da ? slotDa[i] : slotEn[i]);
            t.widthPercent.push_back(13);
            t.dose.push_back(true);
        }
    const auto addRow = [&](Cell period, Cell medicine, const StepDose *d) {
        std::vector<Cell> row{std::move(period), std::move(medicine)};
        for (std::size_t i = 0; i < 4; ++i)
            if (used[i])
                row.push_back(d && d->unitsByTime && (*d->unitsByTime)[i].value
                                  ? Cell{halfUnitsText((*d->unitsByTime)[i], ctx.lang)}
                                  : Cell{});
        t.rowStartsGroup.push_back(false);
        t.rows.push_back(std::move(row));
    };
    const int interval = plan.schedule.options.intervalDays;
    for (std::size_t s = first; s < steps.size(); ++s) {
        const Step &step = steps[s];
        const std::size_t groupStart = t.rows.size();
        const auto period = [&]() {
            return t.rows.size() == groupStart ? periodCell(step, started && s == first, ctx) : Cell{};
        };
        const std::vector<const Product *> before = productsBefore(plan, s, ctx.formulary);
        for (const StepDose &d : step.doses) {
            Cell medicine{patientName(*d.product, ctx.formulary, ctx.lang), dosageText(d, ctx.lang)};
            if (d.product->isPatch()) {
                std::string days;
                for (Date day : patchChangeDays(step, *d.product, interval))
                    days += (days.empty() ? "" : ", ") + shortDate(day, ctx.lang);
                medicine.push_back(tr(ctx, "Skift plaster: ", "Change patch: ") + days);
            } else if (const std::optional<Date> firstDose = firstOralDose(plan, step)) {
                // The step that replaces a patch: the table says what the washout note says.
                medicine.push_back(
                    tr(ctx, "Tag plasteret af om morgenen ", "Take the patch off on the morning of ") +
                    longDate(step.start, ctx.lang) +
                    tr(ctx, ". Første dosis om morgenen ", ". First dose on the morning of ") +
                    longDate(*firstDose, ctx.lang) + ".");
            }
            if (switchesToFastActing(d, before))
                medicine.push_back(tr(
                    ctx,
                    "Bemærk: Det er en anden tablet end før. Den virker hurtigt og er ikke en depottablet.",
                    "Note: this is a different tablet from before. It acts quickly and is not "
                    "extended-release."));
            addRow(period(), std::move(medicine), &d);
        }
        for (const Product *p : before)
            if (!takes(step, p))
                addRow(period(), stopCell(*p, onlyWhenNeeded(plan, s, p), step, ctx), nullptr);
        if (step.doses.empty())
            addRow(period(), {tr(ctx, "Nedtrapningen er slut.", "The taper is finished.")}, nullptr);
        t.rowStartsGroup[groupStart] = true;
    }
    return t;
}

} // namespace taper::report::detail
