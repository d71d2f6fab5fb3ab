// The review letter's prescription per period: for every step, each product's dosage and what to
// prescribe for the step — in packs where the formulary has the product's pack sizes (with their
// source), else in units ("28 depottabletter"). Counts are the plan's per-step dispensing.
#include "review_parts.h"

#include "taper/report/dates_text.h"

#include <algorithm>
#include <climits>

namespace taper::report::detail {

namespace {

/// Packs of `sizes` (ascending) holding at least `need` units with the least excess, then the fewest
/// packs: {size, count} from the largest size down. Empty when need ≤ 0 or there are no sizes.
std::vector<std::pair<int, int>> packsFor(int need, const std::vector<int> &sizes)
{
    if (need <= 0 || sizes.empty()) return {};
    const int limit = need + sizes.back();
    // best[n]: fewest packs summing to exactly n units (INT_MAX: impossible); last[n]: the size added last.
    std::vector<int> best(static_cast<std::size_t>(limit) + 1, INT_MAX),
        last(static_cast<std::size_t>(limit) + 1, 0);
    best[0] = 0;
    for (int n = 1; n <= limit; ++n)
        for (int size : sizes)
            if (size <= n && best[n - size] != INT_MAX && best[n - size] + 1 < best[n]) {
                best[n] = best[n - size] + 1;
                last[n] = size;
            }
    int total = need;
    while (total <= limit && best[total] == INT_MAX)
        ++total;
    std::vector<std::pair<int, int>> packs;
    for (int n = total; n > 0; n -= last[n]) {
        auto found =
            std::find_if(packs.begin(), packs.end(), [&](const auto &p) { return p.first == last[n]; });
        if (found == packs.end())
            packs.emplace_back(last[n], 1);
        else
            ++found->second;
    }
    std::sort(packs.begin(), packs.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    return packs;
}

Cell dispenseCell(const Dispense &d, const ReportContext &ctx)
{
    const std::string units =
        halfUnitsText(d.units, ctx.lang) + " " + unitNoun(*d.product, d.units, ctx.lang);
    const int whole = (d.units.value + 1) / 2;
    const auto packs = packsFor(whole, d.product->packSizes);
    if (packs.empty()) return {units};
    Cell c;
    int total = 0;
    for (const auto &[size, count] : packs) {
        c.push_back(
            std::to_string(count) +
            (count == 1 ? tr(ctx, " pakning à ", " pack of ") : tr(ctx, " pakninger à ", " packs of ")) +
            std::to_string(size) + tr(ctx, " stk.", ""));
        total += size * count;
    }
    if (total > whole) c.push_back(std::string(tr(ctx, "(behov: ", "(needed: ")) + units + ")");
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
