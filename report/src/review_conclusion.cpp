// SPDX-License-Identifier: GPL-3.0-or-later
// "Konklusion og anbefaling": 3–5 bullets at the top of the review letter — today's dose and the first
// change, the order of the changes, what else to change, what to follow up — each built from the MEQ
// result, the ranked findings and the plan's steps and notes (no fixed patient text).
#include "review_parts.h"

#include "taper/report/dates_text.h"
#include "taper/text/review_text.h"

#include <algorithm>

namespace taper::report::detail {

namespace {

std::optional<double> noteNumber(const TaperNote &n, std::string_view key)
{
    for (const auto &[k, v] : n.parameters)
        if (k == key && std::holds_alternative<double>(v)) return std::get<double>(v);
    return std::nullopt;
}

std::string noteText(const TaperNote &n, std::string_view key)
{
    for (const auto &[k, v] : n.parameters)
        if (k == key && std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
    return "";
}

std::vector<const TaperNote *> notesOf(const Schedule &s, TaperNoteCode code)
{
    std::vector<const TaperNote *> out;
    for (const TaperNote &n : s.notes)
        if (n.code == code) out.push_back(&n);
    return out;
}

std::optional<Date> stepStart(const Schedule &s, std::optional<int> index)
{
    for (const Step &step : s.steps)
        if (index && step.index == *index) return step.start;
    return std::nullopt;
}

std::string productNameOf(const std::string &id, const ReportContext &ctx)
{
    const Product *p = ctx.formulary.product(id);
    return p ? productName(*p) : id;
}

std::string substanceNameOf(const std::string &id, const ReportContext &ctx)
{
    const Substance *s = ctx.formulary.substance(id);
    return s && ctx.lang == Lang::Da ? s->nameDa : id;
}

bool hasFinding(const ReviewData &data, FindingCode code)
{
    return std::any_of(data.findings.begin(), data.findings.end(),
                       [&](const auto &r) { return r.findings.front().code == code; });
}

/// Today's dose (and the limit it exceeds), then with a plan what the patient takes from the start.
std::string todayBullet(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    const MeqResult &r = data.meq;
    std::string s = std::string(tr(ctx, "Døgndosis i dag svarer til ", "Today's daily dose equals ")) +
                    num(r.total().value(), ctx) + tr(ctx, " mg oral morfin", " mg oral morphine");
    if (r.prn.value() > 0)
        s += std::string(" (") + tr(ctx, "fast ", "scheduled ") + num(r.scheduled.value(), ctx) +
             tr(ctx, " + PN ved maksimum ", " + PRN at maximum ") + num(r.prn.value(), ctx) + ")";
    for (FindingCode code : {FindingCode::VeryHighMeq, FindingCode::HighMeq})
        if (hasFinding(data, code)) {
            const Threshold &t =
                code == FindingCode::VeryHighMeq ? data.profile.veryHighMeq : data.profile.highMeq;
            s += std::string(tr(ctx, " og overstiger grænsen på ", " and exceeds the limit of ")) +
                 num(t.valueMg, ctx) + " mg";
            break;
        }
    s += ".";
    if (!data.plan) return s;
    const Schedule &sched = data.plan->schedule;
    if (sched.steps.empty()) return s;
    const Step &first = sched.steps.front();
    std::vector<std::string> doses;
    for (const StepDose &d : first.doses)
        doses.push_back(productName(*d.product) + " " + dosageText(d, ctx.lang));
    std::string joined;
    for (std::size_t i = 0; i < doses.size(); ++i)
        joined += (i ? "; " : "") + doses[i];
    return s + " " + tr(ctx, "Fra ", "From ") + dateText(first.start, ctx) +
           tr(ctx, " (trin 0, ", " (step 0, ") + num(first.totalMeq.value(), ctx) + " mg MEQ): " + joined +
           ".";
}

/// PRN allowance first (when the plan cuts it), with the date the PRN product stops.
std::optional<std::string> prnBullet(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    const Schedule &s = data.plan->schedule;
    const auto cuts = notesOf(s, TaperNoteCode::PrnAllowanceReduced);
    if (cuts.empty()) return std::nullopt;
    std::vector<int> steps;
    std::optional<Date> stop;
    for (const TaperNote *n : cuts) {
        if (noteNumber(*n, "max_per_day").value_or(1) == 0)
            stop = stepStart(s, n->step);
        else if (n->step)
            steps.push_back(*n->step);
    }
    const std::string product = productNameOf(noteText(*cuts.front(), "product"), ctx);
    std::string b = std::string(tr(ctx, "Først nedsættes PN-rammen for ", "First the PRN allowance of ")) +
                    product +
                    tr(ctx, " med én dosis pr. døgn pr. trin", " is cut by one dose a day per step");
    if (!steps.empty())
        b += std::string(tr(ctx, " (trin ", " (steps ")) + text::stepRanges(steps, ctx.lang) + ")";
    if (stop) b += std::string(tr(ctx, "; PN stoppes fra ", "; the PRN stops from ")) + dateText(*stop, ctx);
    b += ".";
    if (!notesOf(s, TaperNoteCode::PrnUseUnknown).empty())
        b += tr(ctx, " Spørg til det faktiske PN-forbrug.", " Ask about the actual PRN use.");
    return b;
}

std::string courseBullet(const ReviewData &data, bool afterPrn)
{
    const ReportContext &ctx = data.ctx;
    const Schedule &s = data.plan->schedule;
    const TaperOptions &o = s.options;
    std::string b = std::string(afterPrn ? tr(ctx, "Derefter nedtrappes ", "Then taper ")
                                         : tr(ctx, "Nedtrap ", "Taper ")) +
                    tr(ctx, "med højst ", "by at most ") + num(o.stepPercent, ctx) +
                    tr(ctx, " % pr. trin hvert ", " % per step every ") + std::to_string(o.intervalDays) +
                    tr(ctx, ". dag", " days");
    if (!s.steps.empty()) {
        const Step &last = s.steps.back();
        b += last.totalMeq.value() == 0
                 ? std::string(
                       tr(ctx, "; opioidet er trappet helt ud fra ", "; the opioid has stopped from ")) +
                       dateText(last.start, ctx)
                 : std::string(tr(ctx, "; ", "; ")) + num(last.totalMeq.value(), ctx) +
                       tr(ctx, " mg MEQ/døgn nås ", " mg MEQ/day is reached ") + dateText(last.start, ctx);
        b += std::string(tr(ctx, " (trin ", " (step ")) + std::to_string(last.index) + ")";
    }
    for (const TaperNote *n : notesOf(s, TaperNoteCode::Rotation))
        if (auto d = stepStart(s, n->step))
            b += std::string(tr(ctx, "; skift fra ", "; switch from ")) +
                 substanceNameOf(noteText(*n, "from"), ctx) + tr(ctx, " til ", " to ") +
                 substanceNameOf(noteText(*n, "to"), ctx) + tr(ctx, " fra ", " from ") + dateText(*d, ctx);
    for (const TaperNote *n : notesOf(s, TaperNoteCode::IrTail))
        if (auto d = stepStart(s, n->step))
            b += std::string(tr(ctx, "; fra ", "; from ")) + dateText(*d, ctx) +
                 tr(ctx, " hurtigtvirkende ", " immediate-release ") +
                 substanceNameOf(noteText(*n, "substance"), ctx) +
                 tr(ctx, " (under den mindste depotdosis)", " (below the smallest depot dose)");
    return b + ".";
}

/// Actions for the findings in ranked order; with a plan, those the taper itself answers are left out.
std::vector<std::string> findingActions(const ReviewData &data)
{
    static constexpr FindingCode kCoveredByPlan[] = {
        FindingCode::VeryHighMeq, FindingCode::HighMeq,         FindingCode::ShortActingLongTerm,
        FindingCode::PrnLongTerm, FindingCode::MultipleOpioids, FindingCode::DuplicateRelease,
        FindingCode::FastTaper};
    std::vector<std::string> actions;
    for (const auto &ranked : data.findings) {
        const Finding &f = ranked.findings.front();
        if (data.plan && std::find(std::begin(kCoveredByPlan), std::end(kCoveredByPlan), f.code) !=
                             std::end(kCoveredByPlan))
            continue;
        if (!data.plan && (f.code == FindingCode::VeryHighMeq || f.code == FindingCode::HighMeq) &&
            hasFinding(data, FindingCode::MethadoneSpecialist))
            continue; // methadone: the specialist decides the dose (its own action says so)
        auto action = text::findingAction(f, data.ctx.lang, data.ctx.formulary);
        if (action && std::find(actions.begin(), actions.end(), *action) == actions.end())
            actions.push_back(*action);
    }
    return actions;
}

std::string followUpBullet(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    std::string b;
    if (data.plan)
        b = std::string(tr(ctx, "Følg op ved hvert trin (hver ", "Follow up at every step (every ")) +
            std::to_string(data.plan->schedule.options.intervalDays) +
            tr(ctx, ". dag), mindst månedligt", " days), at least monthly");
    else
        b = tr(ctx, "Følg op mindst månedligt ved dosisændringer",
               "Follow up at least monthly while the dose changes");
    b += tr(ctx,
            ": abstinenser, smerte og funktion. Ved svære abstinenser holdes dosis længere frem for at gå op "
            "igen ",
            ": withdrawal, pain and function. With severe withdrawal, hold the dose longer rather than going "
            "back up ");
    return b + data.refs.cite(followUpSources()) + ".";
}

} // namespace

Section conclusionSection(const ReviewData &data)
{
    const ReportContext &ctx = data.ctx;
    std::vector<std::string> bullets{todayBullet(data)};
    std::vector<std::string> actions = findingActions(data);
    if (data.plan) {
        const auto prn = prnBullet(data);
        if (prn) bullets.push_back(*prn);
        bullets.push_back(courseBullet(data, prn.has_value()));
    } else {
        bool methadone = false;
        for (const RegimenLine &line : data.regimen.lines)
            if (const Substance *sub = ctx.formulary.substance(line.substance))
                methadone = methadone || sub->kind == SubstanceKind::Methadone;
        bullets.push_back(
            std::string(tr(ctx, "Der er ikke lavet en nedtrapningsplan.", "No taper plan was made.")) +
            (methadone
                 ? tr(ctx, " Metadon nedtrappes ikke automatisk.", " Methadone is not tapered automatically.")
                 : ""));
    }
    // The remaining room (5 bullets in all, the follow-up last): one bullet per action, the rest joined.
    const std::size_t room = 4 - bullets.size();
    for (std::size_t i = 0; i < actions.size() && room > 0; ++i) {
        if (i + 1 < room || actions.size() <= room)
            bullets.push_back(actions[i]);
        else {
            std::string rest;
            for (std::size_t k = i; k < actions.size(); ++k)
                rest += (rest.empty() ? "" : " ") + actions[k];
            bullets.push_back(rest);
            break;
        }
    }
    bullets.push_back(followUpBullet(data));
    Section s{tr(ctx, "Konklusion og anbefaling", "Conclusion and recommendation"), {}};
    s.blocks.emplace_back(BulletList{bullets});
    return s;
}

} // namespace taper::report::detail
