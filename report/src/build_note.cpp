// SPDX-License-Identifier: GPL-3.0-or-later
// The journal note (note.h): a few lines for the patient record, built from core results only.
#include "note_words.h"

#include "taper/calendar.h"
#include "taper/input_error.h"
#include "taper/report/dates_text.h"
#include "taper/report/note.h"
#include "taper/rules.h"
#include "taper/session.h"

#include <algorithm>

namespace taper::report {

using namespace detail;

namespace {

using Lines = std::vector<std::string>;

std::string header(const ReportContext &ctx)
{
    return std::string(tr(ctx, "Opioidbehandling gennemgået ", "Opioid treatment reviewed ")) +
           numericDate(ctx.today, Lang::Da) + tr(ctx, " med OpioidTaper ", " with OpioidTaper ") +
           ctx.programVersion + tr(ctx, " (beslutningsstøtte).", " (decision support).");
}

/// The MEQ line: the actual daily dose when PRN use is known, else PRN at its maximum, said as such.
std::string meqLine(const MeqResult &r, const Regimen &regimen, const Profile &profile,
                    const ReportContext &ctx)
{
    const bool anyPrn = std::any_of(regimen.lines.begin(), regimen.lines.end(),
                                    [](const RegimenLine &l) { return l.prn && !l.coMedication; });
    const std::string least = r.totalIsPartial ? tr(ctx, "mindst ", "at least ") : "";
    const std::string profileText =
        std::string(tr(ctx, "omregningsprofil ", "conversion profile ")) + profile.id;
    if (anyPrn && r.prnUsed)
        return std::string(
                   tr(ctx, "Faktisk døgndosis svarer til ", "The actual daily dose is equivalent to ")) +
               least + num(r.actual().value(), ctx) +
               tr(ctx, " mg oral morfin (MEQ, ", " mg oral morphine (MEQ, ") + profileText +
               tr(ctx, "); med fuld PN-ramme ", "); with the full PRN allowance ") +
               num(r.total().value(), ctx) + " mg.";
    std::string s = std::string(tr(ctx, "Døgndosis svarer til ", "The daily dose is equivalent to ")) +
                    least + num(r.total().value(), ctx) +
                    tr(ctx, " mg oral morfin (MEQ, ", " mg oral morphine (MEQ, ") + profileText;
    if (anyPrn)
        s += tr(ctx, ", PN ved maksimum; det faktiske PN-forbrug er ukendt",
                ", PRN at its maximum; actual PRN use is unknown");
    return s + ").";
}

/// Regimen, MEQ and at most kNoteMaxFindings findings (rules::check orders them, most severe first).
Lines regimenLines(const Regimen &regimen, const Profile &profile, const ReportContext &ctx)
{
    const MeqResult r = meq::compute(regimen, profile, ctx.formulary);
    Lines lines{header(ctx), std::string(tr(ctx, "Aktuel opioidbehandling: ", "Current opioid treatment: ")) +
                                 regimenSummary(regimen, ctx) + "."};
    lines.push_back(meqLine(r, regimen, profile, ctx));
    const std::vector<Finding> findings = rules::check(regimen, r, profile, ctx.formulary);
    if (findings.empty())
        lines.emplace_back(
            tr(ctx, "Ingen fund efter reglerne i profilen.", "No findings under the profile's rules."));
    for (std::size_t i = 0; i < findings.size() && i < static_cast<std::size_t>(kNoteMaxFindings); ++i)
        lines.push_back(std::string(tr(ctx, "Fund: ", "Finding: ")) +
                        text::findingMessage(findings[i], ctx.lang, ctx.formulary, regimen.asOf));
    if (findings.size() > static_cast<std::size_t>(kNoteMaxFindings))
        lines.back() += std::string(tr(ctx, " (og ", " (and ")) +
                        std::to_string(findings.size() - kNoteMaxFindings) + tr(ctx, " fund mere)", " more)");
    return lines;
}

/// "Plan: nedtrapning fra 7.12.2026 i 21 trin, dosisændring hver 14. dag (nogle trin varer længere),
/// fra 300 til 0 mg MEQ/døgn; forventet opioidfri fra 19.6.2028." After stop_taper (planStatus
/// Maintenance) or for a single step: the dose that is kept and from when.
std::string planLine(const Plan &plan, const ReportContext &ctx)
{
    const auto &steps = plan.schedule.steps;
    const int interval = plan.schedule.options.intervalDays;
    const Step &first = steps.front(), &last = steps.back();
    const std::string mg = tr(ctx, " mg MEQ/døgn", " mg MEQ/day");
    if (planStatus(plan, ctx.today) == PlanStatus::Maintenance || steps.size() == 1)
        return std::string(tr(ctx, "Plan: ingen videre nedtrapning; dosis ",
                              "Plan: no further taper; the dose of ")) +
               num(last.totalMeq.value(), ctx) + mg + tr(ctx, " fastholdes fra ", " is kept from ") +
               numericDate(last.start, Lang::Da) + ".";
    const bool longer = std::any_of(steps.begin(), steps.end(), [&](const Step &s) {
        return s.end && (*s.end - s.start).count() + 1 > interval;
    });
    std::string s = std::string(tr(ctx, "Plan: nedtrapning fra ", "Plan: taper from ")) +
                    numericDate(first.start, Lang::Da) + tr(ctx, " i ", " in ") +
                    std::to_string(steps.size()) + tr(ctx, " trin, dosisændring ", " steps, a dose change ") +
                    (ctx.lang == Lang::Da ? "hver " + std::to_string(interval) + ". dag"
                                          : "every " + std::to_string(interval) + " days");
    if (longer) s += tr(ctx, " (nogle trin varer længere)", " (some steps last longer)");
    s += std::string(tr(ctx, ", fra ", ", from ")) + num(first.totalMeq.value(), ctx) +
         tr(ctx, " til ", " to ") + num(last.totalMeq.value(), ctx) + mg + "; ";
    if (last.doses.empty())
        s += std::string(tr(ctx, "forventet opioidfri fra ", "expected to be opioid-free from ")) +
             numericDate(last.start, Lang::Da) + ".";
    else
        s += std::string(tr(ctx, "vedligeholdelsesdosis fra ", "maintenance dose from ")) +
             numericDate(last.start, Lang::Da) + ".";
    return s;
}

/// The next session: the first appointment on or after today when appointments are given, else the
/// plan's rhythm (upcomingSessions); after stop_taper, the review date recorded with it.
std::string nextSessionLine(const Plan &plan, const ReportContext &ctx)
{
    std::optional<Date> next;
    for (Date d : ctx.appointments)
        if (d >= ctx.today && (!next || d < *next)) next = d;
    const bool review = ctx.appointments.empty() && planStatus(plan, ctx.today) == PlanStatus::Maintenance;
    if (review) {
        const auto stop = std::find_if(plan.sessions.rbegin(), plan.sessions.rend(), [](const Session &s) {
            return s.decision == SessionDecision::StopTaper;
        });
        if (stop != plan.sessions.rend() && stop->reviewDate && *stop->reviewDate >= ctx.today)
            next = stop->reviewDate;
    } else if (ctx.appointments.empty()) {
        const std::vector<Date> upcoming = upcomingSessions(plan, ctx.today, 1);
        if (!upcoming.empty()) next = upcoming.front();
    }
    if (!next) return tr(ctx, "Næste konsultation aftales.", "The next session is to be agreed.");
    return std::string(tr(ctx, "Næste konsultation: ", "Next session: ")) + numericDate(*next, Lang::Da) +
           (review ? tr(ctx, " (revurdering).", " (review).") : ".");
}

std::string joined(const Lines &lines)
{
    std::string s;
    for (const std::string &l : lines)
        s += l + "\n";
    return s;
}

} // namespace

std::string buildJournalNote(const Plan &plan, const ReportContext &ctx)
{
    const Profile *profile = ctx.formulary.profile(plan.schedule.profile);
    if (!profile)
        throw InputError("plan", "/profile", {ProblemCode::unknown_profile, {plan.schedule.profile}});
    Lines lines = regimenLines(plan.regimen, *profile, ctx);
    if (plan.schedule.steps.empty()) {
        lines.emplace_back(tr(ctx, "Nedtrapningsplanen har ingen trin.", "The taper plan has no steps."));
        return joined(lines);
    }
    lines.push_back(planLine(plan, ctx));
    if (!plan.sessions.empty()) lines.push_back(sessionSummary(plan.sessions.back(), ctx));
    lines.push_back(nextSessionLine(plan, ctx));
    return joined(lines);
}

std::string buildJournalNote(const Regimen &regimen, const Profile &profile, const ReportContext &ctx)
{
    Lines lines = regimenLines(regimen, profile, ctx);
    lines.emplace_back(tr(ctx, "Ingen nedtrapningsplan lagt.", "No taper plan has been made."));
    return joined(lines);
}

} // namespace taper::report
