// SPDX-License-Identifier: GPL-3.0-or-later
// The review letter's prescription per period: for every step, each product's dosage and what to
// prescribe for the step — in packs where the formulary has the product's pack sizes (with their
// source), else in units ("28 depottabletter"). Counts are the plan's per-step dispensing.
#include "review_parts.h"

#include "taper/packs.h"
#include "taper/report/dates_text.h"

#include <algorithm>

namespace taper::report::detail {

namespace {

Cell dispenseCell(const Dispense &d, const ReportContext &ctx)
{
    const std::string units =
        halfUnitsText(d.units, ctx.lang) + " " + unitNoun(*d.product, d.units, ctx.lang);
    const PeriodPacks packs = periodPacks({d}).front(); // least waste (taper/packs.h)
    if (packs.packs.empty()) return {units};
    const bool ml = d.product->unit == StrengthUnit::MgPerMl;
    Cell c;
    for (const PackCount &p : packs.packs)
        c.push_back(
            std::to_string(p.count) +
            (p.count == 1 ? tr(ctx, " pakning à ", " pack of ") : tr(ctx, " pakninger à ", " packs of ")) +
            std::to_string(p.units) + (ml ? " ml" : tr(ctx, " stk.", "")) +
            (p.varenummer.empty() ? "" : tr(ctx, " (varenr. ", " (item no. ") + p.varenummer + ")"));
    if (packs.excess() > 0) c.push_back(std::string(tr(ctx, "(behov: ", "(needed: ")) + units + ")");
    return c;
}

} // namespace

Section prescriptionSection(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    const Schedule &s = data.plan->schedule;
    Section sec = taperSection(data);
    std::vector<std::string> packSources;
    for (const Dispense &d : s.dispenseTotal)
        if (!d.product->packSizes.empty()) packSources.push_back(d.product->packSource);
    std::string lead =
        tr(ctx,
           "Ordination pr. periode: hver periode varer til næste periodes startdato; antal efter planens "
           "udleveringsberegning (PN ved maksimum). ",
           "Prescription per period: each period lasts until the next one starts; counts from the plan's "
           "dispensing (PRN at the maximum). ");
    lead += packSources.empty()
                ? tr(ctx,
                     "Antal i enheder: formularen har endnu ingen kildebelagte pakningsstørrelser for disse "
                     "præparater.",
                     "Counts in units: the formulary has no sourced pack sizes for these products yet.")
                : std::string(tr(ctx, "Pakningsstørrelser ", "Pack sizes ")) + data.refs.cite(packSources) +
                      tr(ctx, "; uden kendt pakningsstørrelse står antallet af enheder.",
                         "; without a known pack size, the count of units.");
    sec.blocks.emplace_back(Paragraph{lead});
    Table t;
    t.header = {
        tr(ctx, "Trin", "Step"),        tr(ctx, "Fra", "From"),        "MEQ",
        tr(ctx, "Præparat", "Product"), tr(ctx, "Dosering", "Dosage"), tr(ctx, "Ordineres", "Prescribe")};
    t.numeric = {true, false, true, false, false, false};
    t.widthPercent = {5, 11, 6, 26, 36, 16};
    t.compact = true;
    for (const Step &step : s.steps) {
        const std::string period = dateText(step.start, ctx);
        bool first = true;
        const auto add = [&](Cell product, Cell dosage, Cell dispense) {
            t.rows.push_back({{first ? std::to_string(step.index) : ""},
                              {first ? period : ""},
                              {first ? num(step.totalMeq.value(), ctx) : ""},
                              std::move(product),
                              std::move(dosage),
                              std::move(dispense)});
            t.rowStartsGroup.push_back(first);
            first = false;
        };
        for (const StepDose &dose : step.doses) {
            const auto d = std::find_if(step.dispense.begin(), step.dispense.end(),
                                        [&](const Dispense &x) { return x.product == dose.product; });
            add({productName(*dose.product)}, {dosageText(dose, ctx.lang)},
                d == step.dispense.end() ? Cell{"–"} : dispenseCell(*d, ctx));
        }
        if (step.doses.empty()) add({tr(ctx, "intet opioid", "no opioid")}, {"–"}, {"–"});
    }
    sec.blocks.emplace_back(std::move(t));
    return sec;
}

} // namespace taper::report::detail
