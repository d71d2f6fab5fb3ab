// SPDX-License-Identifier: GPL-3.0-or-later
// The handout's first section: what the patient takes now and what changes at the next change, in
// words and milligrams ("I dag: morfin depot 30 mg 4 gange i døgnet → fra mandag 7. december: 60 mg
// morgen og 60 mg aften"), and which boxes are no longer used. Someone used to four doses a day must
// not miss that the new tablets are stronger and taken twice.
#include "common.h"
#include "handout_parts.h"
#include "patient_names.h"
#include "taper/report/dates_text.h"

#include <algorithm>
#include <map>
#include <set>

namespace taper::report::detail {

namespace {

struct Row {
    MedicineGroup group;
    std::string now, next;
    int nowTimes = 0, nextTimes = 0; ///< fixed administrations a day (0: none, or when needed)
};

Row &rowFor(std::vector<Row> &rows, const MedicineGroup &g)
{
    for (Row &r : rows)
        if (r.group == g) return r;
    rows.push_back({g, "", "", 0, 0});
    return rows.back();
}

std::string lowerFirst(std::string s)
{
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
    return s;
}

void append(std::string &to, const std::string &text)
{
    if (!text.empty()) to += (to.empty() ? "" : "; ") + text;
}

int fixedTimes(const StepDose &d)
{
    if (d.prn || d.product->isPatch()) return 0;
    if (!d.unitsByTime) return d.timesPerDay.value_or(0);
    return static_cast<int>(
        std::count_if(d.unitsByTime->begin(), d.unitsByTime->end(), [](HalfUnits h) { return h.value > 0; }));
}

/// The step's doses by group, in the step's order; `times` gets the fixed administrations a day.
std::vector<std::pair<MedicineGroup, std::vector<const StepDose *>>> grouped(const Step &step)
{
    std::vector<std::pair<MedicineGroup, std::vector<const StepDose *>>> out;
    for (const StepDose &d : step.doses) {
        const MedicineGroup g = groupOf(*d.product, d.prn);
        auto it = std::find_if(out.begin(), out.end(), [&](const auto &p) { return p.first == g; });
        if (it == out.end())
            out.push_back({g, {&d}});
        else
            it->second.push_back(&d);
    }
    return out;
}

void fillFromStep(std::vector<Row> &rows, const Step &step, bool next, Lang lang)
{
    for (const auto &[group, doses] : grouped(step)) {
        Row &r = rowFor(rows, group);
        append(next ? r.next : r.now, stepDoseText(doses, lang));
        int times = 0;
        for (const StepDose *d : doses)
            times = std::max(times, fixedTimes(*d));
        (next ? r.nextTimes : r.nowTimes) = times;
    }
}

std::set<const Product *> productsOf(const Step &step)
{
    std::set<const Product *> out;
    for (const StepDose &d : step.doses)
        out.insert(d.product);
    return out;
}

} // namespace

std::optional<Section> changesSection(const Plan &plan, const ReportContext &ctx, Date from)
{
    const auto &steps = plan.schedule.steps;
    if (steps.empty()) return std::nullopt;
    const bool beforeStart = from < steps.front().start;
    const std::size_t next =
        beforeStart ? 0 : static_cast<std::size_t>(currentStep(steps, from + date::days(1))) + 1;
    if (next >= steps.size()) return std::nullopt;
    const Step &change = steps[next];

    std::vector<Row> rows;
    std::vector<const Product *> had; // in the order the patient's list has them
    const auto remember = [&](const Product *p) {
        if (p && std::find(had.begin(), had.end(), p) == had.end()) had.push_back(p);
    };
    if (beforeStart) {
        for (const RegimenLine &line : plan.regimen.lines) {
            if (line.coMedication) continue;
            Row &r = rowFor(rows, groupOf(line));
            append(r.now, regimenDoseText(line, ctx.lang));
            if (!line.prn && !line.isPatch()) r.nowTimes = static_cast<int>(line.administrationsPerDay());
            if (line.product) remember(ctx.formulary.product(*line.product));
        }
    } else {
        fillFromStep(rows, steps[next - 1], false, ctx.lang);
        for (const StepDose &d : steps[next - 1].doses)
            remember(d.product);
    }
    fillFromStep(rows, change, true, ctx.lang);

    const std::string when = longDate(change.start, ctx.lang);
    Section sec{tr(ctx, "Det ændrer sig fra ", "What changes from ") + when, {}};
    Table t;
    t.header = {tr(ctx, "Medicin", "Medicine"),
                beforeStart ? tr(ctx, "I dag", "Today") : tr(ctx, "Nu", "Now"),
                tr(ctx, "Fra ", "From ") + numericDate(change.start, ctx.lang)};
    t.widthPercent = {30, 35, 35};
    std::vector<std::string> warnings;
    for (const Row &r : rows) {
        const std::string name = groupName(r.group, ctx.formulary, ctx.lang);
        std::string then = r.next.empty() ? tr(ctx, "STOP – tag ikke mere", "STOP – take no more") : r.next;
        if (!r.now.empty() && r.now == r.next) then += tr(ctx, " (uændret)", " (unchanged)");
        t.rows.push_back({{name}, {r.now.empty() ? "–" : r.now}, {then}});
        if (r.nowTimes > 0 && r.nextTimes > 0 && r.nowTimes != r.nextTimes)
            warnings.push_back(
                ctx.lang == Lang::Da
                    ? "Bemærk: Fra " + when + " tager du " + lowerFirst(name) + " " +
                          std::to_string(r.nextTimes) + (r.nextTimes == 1 ? " gang" : " gange") +
                          " i døgnet, ikke " + std::to_string(r.nowTimes) +
                          " gange som nu. Tag ikke flere doser, end skemaet viser."
                    : "Note: from " + when + " you take " + lowerFirst(name) + " " +
                          std::to_string(r.nextTimes) + (r.nextTimes == 1 ? " time" : " times") +
                          " a day, not " + std::to_string(r.nowTimes) +
                          " times as now. Take no more doses than the table shows.");
    }
    sec.blocks.emplace_back(std::move(t));
    for (std::string &w : warnings)
        sec.blocks.emplace_back(Paragraph{std::move(w), true});

    const std::set<const Product *> keep = productsOf(change);
    std::vector<std::string> old;
    for (const Product *p : had)
        if (!keep.count(p)) old.push_back(patientName(*p, ctx.formulary, ctx.lang));
    if (!old.empty()) {
        std::string list;
        for (const std::string &o : old)
            list += (list.empty() ? "" : ", ") + o;
        sec.blocks.emplace_back(Paragraph{
            ctx.lang == Lang::Da
                ? "Fra " + when + " skal du ikke længere bruge: " + list +
                      ". Tag dem ikke sammen med den nye medicin. Aflever det, du har tilbage, på apoteket."
                : "From " + when + " you no longer use: " + list +
                      ". Do not take them with the new medicine. Return what is left to the pharmacy.",
            true});
    }
    return sec;
}

} // namespace taper::report::detail
