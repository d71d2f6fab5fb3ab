// The review report for the GP / patient record: the regimen, MEQ with its arithmetic, the profiles side
// by side, every finding with its source. Numbers from meq::compute, meq::compare and rules::check.
#include "review_parts.h"

#include "taper/finding_sources.h"
#include "taper/input_error.h"
#include "taper/meq_compare.h"
#include "taper/report/dates_text.h"
#include "taper/rules.h"
#include "taper/text/meq_text.h"

#include <cmath>

namespace taper::report {

namespace detail {

namespace {

std::string enteredDose(const RegimenLine &line, const ReportContext &ctx)
{
    const std::string unit(toString(line.unit));
    const std::string perDay = tr(ctx, "/døgn", "/day");
    const std::string count = line.count > 1 ? " × " + std::to_string(line.count) : "";
    if (line.schedule) {
        std::string parts;
        for (double a : *line.schedule) parts += (parts.empty() ? "" : "+") + num(a, ctx);
        return parts + " " + unit + count + tr(ctx, " (morgen+middag+aften+nat)", " (morning+noon+evening+night)");
    }
    if (!line.dose) return "";
    std::string s = num(valueOf(*line.dose), ctx) + " " + unit + count;
    if (line.isPatch()) return s;
    if (line.prn) {
        s += std::string(tr(ctx, " PN, højst ", " PRN, at most ")) + num(line.maxPerDay.value_or(0), ctx) + perDay;
        if (line.usedPerDay) s += std::string(tr(ctx, " (brugt ", " (used ")) + num(*line.usedPerDay, ctx) + perDay + ")";
        return s;
    }
    return line.timesPerDay ? s + " × " + std::to_string(*line.timesPerDay) + perDay : s;
}

std::string rangeText(const std::optional<MeqRange> &r, const ReportContext &ctx)
{
    return r ? num(r->low.value(), ctx) + "–" + num(r->high.value(), ctx) : "–";
}

} // namespace

Section regimenSection(const Regimen &regimen, const ReportContext &ctx)
{
    Section s{tr(ctx, "Ordinationen som indtastet", "The regimen as entered"), {}};
    s.blocks.emplace_back(Paragraph{std::string(tr(ctx, "Vurderet pr. ", "Evaluated as of ")) + longDate(regimen.asOf, ctx.lang) + "."});
    Table t;
    t.header = {"#", tr(ctx, "Linje", "Line"), tr(ctx, "Dosis", "Dose"), tr(ctx, "Siden", "Since")};
    t.widthPercent = {5, 40, 40, 15};
    for (std::size_t i = 0; i < regimen.lines.size(); ++i) {
        const RegimenLine &line = regimen.lines[i];
        std::string label = text::lineLabel(line, ctx.formulary, ctx.lang);
        if (line.coMedication) label += tr(ctx, " – samtidig medicin", " – co-medication");
        t.rows.push_back({{std::to_string(i + 1)}, {label}, {enteredDose(line, ctx)},
                          {line.since ? formatIsoDate(*line.since) : "–"}});
    }
    s.blocks.emplace_back(std::move(t));
    return s;
}

Section meqSection(const Regimen &regimen, const Profile &profile, const ReportContext &ctx, CitedSources &cited)
{
    const MeqResult r = meq::compute(regimen, profile, ctx.formulary);
    Section s{tr(ctx, "Morfinækvivalenter (MEQ) med udregning", "Morphine equivalents (MEQ) with the arithmetic"), {}};
    s.blocks.emplace_back(Paragraph{std::string(tr(ctx, "Profil: ", "Profile: ")) + profile.id + " – " + profile.name +
                                    ". " + tr(ctx, "MEQ i mg oral morfin pr. døgn; PN ved maksimum.",
                                              "MEQ in mg oral morphine per day; PRN at the maximum.")});
    Table t;
    t.header = {"#", tr(ctx, "Linje", "Line"), tr(ctx, "Udregning", "Arithmetic"), "MEQ",
                tr(ctx, "Interval", "Range"), tr(ctx, "Kilde", "Source")};
    t.numeric = {false, false, false, true, true, false};
    t.widthPercent = {4, 26, 38, 9, 11, 12};
    for (const MeqLine &m : r.lines) {
        const RegimenLine &line = regimen.lines[m.index];
        std::string source = m.conversion ? m.conversion->source : (m.exclusion ? m.exclusion->source : "");
        if (!source.empty()) cited.insert(source);
        Cell arithmetic{text::lineArithmetic(line, m, ctx.lang)};
        if (m.meqUsed) arithmetic.push_back(std::string(tr(ctx, "faktisk brug: ", "as used: ")) + text::lineArithmetic(line, m, ctx.lang, true));
        if (m.exclusion) arithmetic.push_back(m.exclusion->reason);
        t.rows.push_back({{std::to_string(m.index + 1)}, {text::lineLabel(line, ctx.formulary, ctx.lang)}, arithmetic,
                          {m.meq ? num(m.meq->value(), ctx) : "–"}, {rangeText(meq::rangeOf(m), ctx)}, {source}});
    }
    s.blocks.emplace_back(std::move(t));
    Table totals;
    totals.header = {tr(ctx, "I alt", "Totals"), tr(ctx, "mg MEQ/døgn", "mg MEQ/day")};
    totals.numeric = {false, true};
    totals.widthPercent = {60, 40};
    totals.rows.push_back({{tr(ctx, "Faste doser", "Scheduled")}, {num(r.scheduled.value(), ctx)}});
    totals.rows.push_back({{tr(ctx, "PN ved maksimum", "PRN at maximum")}, {num(r.prn.value(), ctx)}});
    if (r.prnUsed) totals.rows.push_back({{tr(ctx, "PN ved faktisk brug", "PRN as used")}, {num(r.prnUsed->value(), ctx)}});
    totals.rows.push_back({{tr(ctx, "Faktisk døgndosis (fast + PN brugt, ellers maksimum)", "Actual daily dose (scheduled + PRN used, else maximum)")},
                           {num(r.actual().value(), ctx)}});
    totals.rows.push_back({{tr(ctx, "Samlet (fast + PN ved maksimum), interval ", "Total (scheduled + PRN at maximum), range ") +
                            rangeText(meq::totalRange(r), ctx)},
                           {num(r.total().value(), ctx)}});
    totals.lastRowIsTotal = true;
    s.blocks.emplace_back(std::move(totals));
    if (r.totalIsPartial)
        s.blocks.emplace_back(Paragraph{tr(ctx, "Mindst én linje kan ikke omregnes med denne profil: totalen er ufuldstændig.",
                                           "At least one line cannot be converted under this profile: the total is partial."), true});
    return s;
}

Section comparisonSection(const Regimen &regimen, const Profile &profile, const ReportContext &ctx, CitedSources &cited)
{
    std::vector<const Profile *> profiles{&profile};
    for (const Profile &p : ctx.formulary.profiles())
        if (p.id != profile.id) profiles.push_back(&p);
    Section s{tr(ctx, "Omregningstabeller side om side", "Conversion tables side by side"), {}};
    s.blocks.emplace_back(Paragraph{tr(ctx,
        "MEQ pr. linje og i alt under hver profil, med intervallet fra de publicerede faktorintervaller (lav–høj). "
        "PN ved maksimum. – betyder, at profilen ikke omregner linjen.",
        "MEQ per line and in total under each profile, with the range from the published factor ranges (low–high). "
        "PRN at the maximum. – means the profile does not convert the line.")});
    const MeqComparison c = meq::compare(regimen, profiles, ctx.formulary);
    Table t;
    t.header.push_back(tr(ctx, "Linje", "Line"));
    for (const Profile *p : c.profiles) {
        t.header.push_back(p->id);
        cited.insert(p->source);
    }
    t.numeric.assign(t.header.size(), true);
    t.numeric[0] = false;
    const auto cell = [&](double v, double low, double high) -> Cell {
        if (std::isnan(v)) return {"–"};
        return {num(v, ctx), "(" + num(low, ctx) + "–" + num(high, ctx) + ")"};
    };
    for (Eigen::Index row = 0; row < static_cast<Eigen::Index>(c.lines.size()); ++row) {
        std::vector<Cell> cells{{text::lineLabel(regimen.lines[c.lines[row]], ctx.formulary, ctx.lang)}};
        for (Eigen::Index col = 0; col < static_cast<Eigen::Index>(c.profiles.size()); ++col)
            cells.push_back(cell(c.meq(row, col), c.low(row, col), c.high(row, col)));
        t.rows.push_back(std::move(cells));
    }
    std::vector<Cell> total{{tr(ctx, "I alt", "Total")}};
    for (Eigen::Index col = 0; col < static_cast<Eigen::Index>(c.profiles.size()); ++col) {
        Cell x = cell(c.total(col), c.totalLow(col), c.totalHigh(col));
        if (c.results[col].totalIsPartial) x.push_back(tr(ctx, "ufuldstændig", "partial"));
        total.push_back(x);
    }
    t.rows.push_back(std::move(total));
    t.lastRowIsTotal = true;
    s.blocks.emplace_back(std::move(t));
    BulletList names;
    for (const Profile *p : c.profiles) names.items.push_back(p->id + ": " + p->name + " – " + citation(p->source, ctx));
    s.blocks.emplace_back(std::move(names));
    return s;
}

Section findingsSection(const Regimen &regimen, const Profile &profile, const ReportContext &ctx, CitedSources &cited)
{
    const MeqResult r = meq::compute(regimen, profile, ctx.formulary);
    const auto findings = rules::check(regimen, r, profile, ctx.formulary);
    Section s{tr(ctx, "Fund", "Findings"), {}};
    if (findings.empty()) {
        s.blocks.emplace_back(Paragraph{tr(ctx, "Ingen fund efter reglerne i denne profil.", "No findings under the rules of this profile.")});
        return s;
    }
    Table t;
    t.header = {tr(ctx, "Alvor", "Severity"), tr(ctx, "Fund og begrundelse", "Finding and reasoning"), tr(ctx, "Kilde", "Source")};
    t.widthPercent = {12, 53, 35};
    for (const Finding &f : findings) {
        cited.insert(f.source);
        const Source *src = ctx.formulary.source(f.source);
        Cell source{src ? src->title : f.source};
        if (src) source.push_back(src->publisher + ", " + std::to_string(src->year));
        // Sources of what a merged finding carries (very_high_meq's first threshold, ...): cited too.
        for (const std::string &id : carriedSources(f)) {
            cited.insert(id);
            const Source *also = ctx.formulary.source(id);
            source.push_back(also ? also->title + " (" + also->publisher + ", " + std::to_string(also->year) + ")" : id);
        }
        t.rows.push_back({{text::severityLabel(f.severity, ctx.lang)},
                          {std::string(toString(f.code)), text::findingMessage(f, ctx.lang, ctx.formulary)}, source});
    }
    s.blocks.emplace_back(std::move(t));
    return s;
}

std::string decisionSupportStatement(const ReportContext &ctx)
{
    return tr(ctx,
        "Beslutningsstøtte – ikke en recept. Tallene er beregnet af OpioidTaper ud fra de viste kilder; den "
        "ansvarlige læge vurderer og ordinerer.",
        "Decision support – not a prescription. The numbers were computed by OpioidTaper from the sources shown; "
        "the responsible doctor assesses and prescribes.");
}

} // namespace detail

using namespace detail;

namespace {

Document reviewDocument(const Regimen &regimen, const Profile &profile, const Plan *plan, const ReportContext &ctx)
{
    Document doc;
    doc.kind = Kind::Review;
    doc.lang = ctx.lang;
    doc.title = tr(ctx, "Gennemgang af opioidbehandling", "Opioid regimen review");
    if (plan && plan->label) doc.meta.emplace_back(tr(ctx, "Patient", "Patient"), *plan->label);
    doc.meta.emplace_back(tr(ctx, "Dato", "Date"), longDate(ctx.today, ctx.lang));
    if (!ctx.author.empty()) doc.meta.emplace_back(tr(ctx, "Udarbejdet af", "Prepared by"), ctx.author);
    if (!ctx.clinic.empty()) doc.meta.emplace_back(tr(ctx, "Klinik", "Clinic"), ctx.clinic);
    if (!ctx.phone.empty()) doc.meta.emplace_back(tr(ctx, "Telefon", "Phone"), ctx.phone);
    doc.meta.emplace_back(tr(ctx, "Profil", "Profile"), profile.id + " – " + profile.name);
    doc.meta.emplace_back(tr(ctx, "Program", "Program"), "OpioidTaper " + ctx.programVersion);
    if (plan) doc.meta.emplace_back(tr(ctx, "Plan", "Plan"), std::string(tr(ctx, "lavet ", "made ")) + formatIsoDate(plan->created) +
                                                         ", revision " + std::to_string(plan->revision));
    Section intro{"", {Paragraph{decisionSupportStatement(ctx), true}}};
    doc.sections.push_back(std::move(intro));
    CitedSources cited{profile.source};
    doc.sections.push_back(regimenSection(regimen, ctx));
    doc.sections.push_back(meqSection(regimen, profile, ctx, cited));
    doc.sections.push_back(comparisonSection(regimen, profile, ctx, cited));
    doc.sections.push_back(findingsSection(regimen, profile, ctx, cited));
    if (plan) {
        doc.sections.push_back(taperSection(*plan, ctx));
        doc.sections.push_back(sessionSection(*plan, ctx));
        doc.sections.push_back(adviceSection(*plan, ctx, cited));
    } else {
        doc.sections.push_back(noTaperSection(regimen, ctx));
    }
    Section sources{tr(ctx, "Kilder", "Sources"), {}};
    BulletList list;
    for (const std::string &id : cited) {
        const Source *src = ctx.formulary.source(id);
        list.items.push_back(id + ": " + (src ? citation(id, ctx) + " " + src->url : id));
    }
    sources.blocks.emplace_back(std::move(list));
    doc.sections.push_back(std::move(sources));
    doc.footer = std::string(tr(ctx, "Beslutningsstøtte – ikke en recept", "Decision support – not a prescription")) +
                 " · OpioidTaper " + ctx.programVersion + " · " + tr(ctx, "profil ", "profile ") + profile.id;
    return doc;
}

} // namespace

Document buildReview(const Plan &plan, const ReportContext &ctx)
{
    const Profile *profile = ctx.formulary.profile(plan.schedule.profile);
    if (!profile) throw InputError("plan", "/profile", "unknown profile '" + plan.schedule.profile + "'");
    return reviewDocument(plan.regimen, *profile, &plan, ctx);
}

Document buildReview(const Regimen &regimen, const Profile &profile, const ReportContext &ctx)
{
    return reviewDocument(regimen, profile, nullptr, ctx);
}

} // namespace taper::report
