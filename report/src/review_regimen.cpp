// SPDX-License-Identifier: GPL-3.0-or-later
// The review letter's regimen with its MEQ (one table: the line numbers the findings and notes use),
// and two appendix parts: the conversion tables compared, and the numbered source list.
#include "review_parts.h"

#include "taper/meq_compare.h"
#include "taper/report/dates_text.h"
#include "taper/text/meq_text.h"

#include <cmath>

namespace taper::report::detail {

namespace {

std::string enteredDose(const RegimenLine &line, const ReportContext &ctx)
{
    const std::string unit(toString(line.unit));
    const std::string perDay = tr(ctx, "/døgn", "/day");
    const std::string count = line.count > 1 ? " × " + std::to_string(line.count) : "";
    if (line.schedule) {
        std::string parts;
        for (double a : *line.schedule)
            parts += (parts.empty() ? "" : "+") + num(a, ctx);
        return parts + " " + unit + count +
               tr(ctx, " (morgen+middag+aften+nat)", " (morning+noon+evening+night)");
    }
    if (!line.dose) return "";
    std::string s = num(valueOf(*line.dose), ctx) + " " + unit + count;
    if (line.isPatch()) return s;
    if (line.prn) {
        s += std::string(tr(ctx, " PN, højst ", " PRN, at most ")) + num(line.maxPerDay.value_or(0), ctx) +
             perDay;
        if (line.usedPerDay)
            s += std::string(tr(ctx, " (brugt ", " (used ")) + num(*line.usedPerDay, ctx) + perDay + ")";
        return s;
    }
    return line.timesPerDay ? s + " × " + std::to_string(*line.timesPerDay) + perDay : s;
}

std::string rangeText(const std::optional<MeqRange> &r, const ReportContext &ctx)
{
    return r ? num(r->low.value(), ctx) + "–" + num(r->high.value(), ctx) : "–";
}

const MeqLine *meqLineOf(const MeqResult &r, std::size_t index)
{
    for (const MeqLine &m : r.lines)
        if (m.index == index) return &m;
    return nullptr;
}

std::string profileName(const Profile &p, const ReportContext &ctx)
{
    return ctx.lang == Lang::Da ? p.nameDa : p.name;
}

} // namespace

Section regimenSection(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    const MeqResult &r = data.meq;
    Section s{
        tr(ctx, "Ordinationen og morfinækvivalenter (MEQ)", "The regimen and morphine equivalents (MEQ)"),
        {}};
    s.blocks.emplace_back(Paragraph{
        std::string(tr(ctx, "Som indtastet, vurderet pr. ", "As entered, evaluated as of ")) +
        dateText(data.regimen.asOf, ctx) +
        tr(ctx, ". MEQ i mg oral morfin pr. døgn (interval fra de publicerede faktorer); PN ved maksimum.",
           ". MEQ in mg oral morphine per day (range from the published factors); PRN at the maximum.")});
    Table t;
    t.header = {"#",
                tr(ctx, "Linje", "Line"),
                tr(ctx, "Dosis", "Dose"),
                tr(ctx, "Siden", "Since"),
                tr(ctx, "Udregning", "Arithmetic"),
                "MEQ"};
    t.numeric = {false, false, false, false, false, true};
    t.widthPercent = {4, 24, 21, 11, 28, 12};
    for (std::size_t i = 0; i < data.regimen.lines.size(); ++i) {
        const RegimenLine &line = data.regimen.lines[i];
        std::string label = text::lineLabel(line, ctx.formulary, ctx.lang);
        if (line.coMedication) label += tr(ctx, " – samtidig medicin", " – co-medication");
        Cell arithmetic, meq{"–"};
        if (const MeqLine *m = meqLineOf(r, i)) {
            const std::string source =
                m->conversion ? m->conversion->source : (m->exclusion ? m->exclusion->source : "");
            arithmetic.push_back(text::lineArithmetic(line, *m, ctx.lang) + " " + data.refs.cite(source));
            if (m->meqUsed)
                arithmetic.push_back(std::string(tr(ctx, "faktisk brug: ", "as used: ")) +
                                     text::lineArithmetic(line, *m, ctx.lang, true));
            if (m->exclusion && ctx.lang == Lang::En) arithmetic.push_back(m->exclusion->reason);
            if (m->meq) meq = {num(m->meq->value(), ctx), "(" + rangeText(meq::rangeOf(*m), ctx) + ")"};
        }
        t.rows.push_back({{std::to_string(i + 1)},
                          {label},
                          {enteredDose(line, ctx)},
                          {line.since ? dateText(*line.since, ctx) : "–"},
                          arithmetic,
                          meq});
    }
    s.blocks.emplace_back(std::move(t));
    // The totals in one sentence: "Faste doser 120 + PN ved maksimum 180 = 300 mg MEQ/døgn (interval
    // 276–360)".
    std::string totals =
        std::string(tr(ctx, "I alt: faste doser ", "Total: scheduled ")) + num(r.scheduled.value(), ctx);
    if (r.prn.value() > 0)
        totals += std::string(tr(ctx, " + PN ved maksimum ", " + PRN at maximum ")) + num(r.prn.value(), ctx);
    totals += (r.prn.value() > 0 ? " = " + num(r.total().value(), ctx) : std::string()) +
              tr(ctx, " mg MEQ/døgn (interval ", " mg MEQ/day (range ") + rangeText(meq::totalRange(r), ctx) +
              ").";
    if (r.prnUsed && r.prn.value() > 0) // use is known (every PRN line says how many doses are used)
        totals += std::string(tr(ctx, " Faktisk døgndosis (fast + PN brugt ",
                                 " Actual daily dose (scheduled + PRN used ")) +
                  num(r.prnUsed->value(), ctx) + "): " + num(r.actual().value(), ctx) +
                  tr(ctx, " mg MEQ/døgn.", " mg MEQ/day.");
    s.blocks.emplace_back(Paragraph{totals, true});
    if (r.totalIsPartial)
        s.blocks.emplace_back(Paragraph{
            tr(ctx, "Mindst én linje kan ikke omregnes med denne omregningstabel: totalen er ufuldstændig.",
               "At least one line cannot be converted under this table: the total is partial."),
            true});
    return s;
}

Section comparisonSection(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    std::vector<const Profile *> profiles{&data.profile};
    for (const Profile &p : ctx.formulary.profiles())
        if (p.id != data.profile.id) profiles.push_back(&p);
    Section s{tr(ctx, "Sammenligning af omregningstabeller", "Conversion tables compared"), {}};
    s.blocks.emplace_back(Paragraph{
        tr(ctx,
           "MEQ pr. linje og i alt efter hver omregningstabel, med intervallet fra de publicerede "
           "faktorintervaller (lav–høj); "
           "PN ved maksimum. En tankestreg (–) betyder, at tabellen ikke har en faktor for præparatet.",
           "MEQ per line and in total under each conversion table, with the range from the published factor "
           "ranges (low–high); "
           "PRN at the maximum. A dash (–) means the table has no factor for the product.")});
    const MeqComparison c = meq::compare(data.regimen, profiles, ctx.formulary);
    Table t;
    t.header = {"#", tr(ctx, "Linje", "Line")};
    for (const Profile *p : c.profiles)
        t.header.push_back(profileName(*p, ctx) + " " + data.refs.cite(p->source));
    t.numeric.assign(t.header.size(), true);
    t.numeric[0] = t.numeric[1] = false;
    const auto cell = [&](double v, double low, double high) -> Cell {
        if (std::isnan(v)) return {"–"};
        return {num(v, ctx), "(" + num(low, ctx) + "–" + num(high, ctx) + ")"};
    };
    for (Eigen::Index row = 0; row < static_cast<Eigen::Index>(c.lines.size()); ++row) {
        std::vector<Cell> cells{{std::to_string(c.lines[row] + 1)},
                                {text::lineLabel(data.regimen.lines[c.lines[row]], ctx.formulary, ctx.lang)}};
        for (Eigen::Index col = 0; col < static_cast<Eigen::Index>(c.profiles.size()); ++col)
            cells.push_back(cell(c.meq(row, col), c.low(row, col), c.high(row, col)));
        t.rows.push_back(std::move(cells));
    }
    std::vector<Cell> total{{""}, {tr(ctx, "I alt", "Total")}};
    for (Eigen::Index col = 0; col < static_cast<Eigen::Index>(c.profiles.size()); ++col) {
        Cell x = cell(c.total(col), c.totalLow(col), c.totalHigh(col));
        if (c.results[col].totalIsPartial) x.push_back(tr(ctx, "ufuldstændig", "partial"));
        total.push_back(x);
    }
    t.rows.push_back(std::move(total));
    t.lastRowIsTotal = true;
    s.blocks.emplace_back(std::move(t));
    return s;
}

Section sourcesSection(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    Section s{tr(ctx, "Kilder", "Sources"), {}};
    s.blocks.emplace_back(Paragraph{tr(ctx, "Danske kilder først.", "Danish sources first.")});
    BulletList list;
    for (const std::string &id : data.refs.ordered()) {
        const Source *src = ctx.formulary.source(id);
        std::string item = data.refs.cite(id) + " " + (src ? citation(id, ctx) : id);
        // Seed documents (the project's own copies) have no public address to print.
        if (src && src->url.rfind("seed:", 0) != 0) item += " " + src->url;
        list.items.push_back(item);
    }
    s.blocks.emplace_back(std::move(list));
    return s;
}

} // namespace taper::report::detail
