// SPDX-License-Identifier: GPL-3.0-or-later
// The journal note's words for a regimen and a session (note_words.h). No arithmetic: doses, MEQ and
// dates are printed as the regimen and the recorded session hold them.
#include "note_words.h"
#include "patient_names.h"

#include "taper/report/dates_text.h"
#include "taper/text/meq_text.h"
#include "taper/visible_text.h"

#include <array>
#include <cmath>
#include <string_view>

namespace taper::report::detail {

namespace {

std::string routeWord(Route route, const ReportContext &ctx)
{
    switch (route) {
    case Route::Oral:
        return "";
    case Route::Transdermal:
        return tr(ctx, "plaster", "patch");
    case Route::Sublingual:
        return tr(ctx, "sublingualt", "sublingual");
    case Route::Buccal:
        return tr(ctx, "bukkalt", "buccal");
    case Route::Nasal:
        return tr(ctx, "nasalt", "nasal");
    case Route::Rectal:
        return tr(ctx, "rektalt", "rectal");
    case Route::Subcutaneous:
        return tr(ctx, "subkutant", "subcutaneous");
    case Route::Intravenous:
        return tr(ctx, "intravenøst", "intravenous");
    case Route::Intramuscular:
        return tr(ctx, "intramuskulært", "intramuscular");
    }
    return "";
}

/// The PRN use the MEQ line depends on: "(forbrug 5 doser i døgnet)" or "(forbrug ukendt)".
std::string prnUseWords(const RegimenLine &line, const ReportContext &ctx)
{
    if (!line.usedPerDay) return tr(ctx, " (forbrug ukendt)", " (use unknown)");
    const double n = *line.usedPerDay;
    if (ctx.lang == Lang::Da)
        return " (forbrug " + num(n, ctx) + (n == 1 ? " dosis" : " doser") + " i døgnet)";
    return " (uses " + num(n, ctx) + (n == 1 ? " dose" : " doses") + " a day)";
}

/// One line as the patient knows it (report/src/patient_names.h, the handout's words): "Morfin depot
/// 30 mg 4 gange i døgnet", "Oxycodon kapsel 20 mg (fx OxyNorm): 20 mg efter behov, højst 6 gange i
/// døgnet (forbrug ukendt)", "Fentanyl depotplaster 25 mikrogram/time (fx Durogesic)".
std::string lineWords(const RegimenLine &line, const ReportContext &ctx)
{
    if (line.coMedication)
        return text::lineLabel(line, ctx.formulary, ctx.lang) +
               tr(ctx, " (samtidig medicin)", " (co-medication)");
    const Product *p = line.product ? ctx.formulary.product(*line.product) : nullptr;
    std::string s;
    if (p) {
        s = patientName(*p, ctx.formulary, ctx.lang);
        // A patch's name holds its rate: say only how many are worn at once.
        if (line.isPatch() && line.dose && valueOf(*line.dose) == p->strength)
            return line.count > 1 ? s + ", " + std::to_string(line.count) +
                                        tr(ctx, " plastre ad gangen", " patches at a time")
                                  : s;
        s += ": ";
    } else {
        MedicineGroup group = groupOf(line);
        group.prn = false; // the dose text says "efter behov"
        s = groupName(group, ctx.formulary, ctx.lang);
        const std::string route = routeWord(line.route, ctx);
        s += (route.empty() || line.isPatch() ? "" : " " + route) + " ";
    }
    s += regimenDoseText(line, ctx.lang);
    return line.prn ? s + prnUseWords(line, ctx) : s;
}

std::string withdrawalWords(int grade, const ReportContext &ctx)
{
    static constexpr std::array<const char *, 4> da{"ingen", "let", "moderat", "svær"};
    static constexpr std::array<const char *, 4> en{"none", "mild", "moderate", "severe"};
    std::string s = std::string(tr(ctx, "abstinensgrad ", "withdrawal ")) + std::to_string(grade) +
                    tr(ctx, " af 3", " of 3");
    if (grade >= 0 && grade <= kWithdrawalMax)
        s += std::string(" (") + (ctx.lang == Lang::Da ? da[grade] : en[grade]) + ")";
    return s;
}

/// " (højst 5 % pr. trin, hver 28. dag)": the options a slow/replan/step_back session set.
std::string paceWords(const Session &s, const ReportContext &ctx)
{
    std::string parts;
    if (s.stepPercent)
        parts = std::string(tr(ctx, "højst ", "at most ")) + num(*s.stepPercent, ctx) +
                tr(ctx, " % pr. trin", " % per step");
    if (s.intervalDays)
        parts += (parts.empty() ? "" : ", ") + (ctx.lang == Lang::Da
                                                    ? "hver " + std::to_string(*s.intervalDays) + ". dag"
                                                    : "every " + std::to_string(*s.intervalDays) + " days");
    return parts.empty() ? "" : " (" + parts + ")";
}

std::string decisionWords(const Session &s, const ReportContext &ctx)
{
    const std::string mg = tr(ctx, " mg MEQ/døgn", " mg MEQ/day");
    switch (s.decision) {
    case SessionDecision::Continue:
        return tr(ctx, "nedtrapningen fortsætter som planlagt", "the taper continues as planned");
    case SessionDecision::Hold:
        if (!s.holdDays)
            return tr(ctx, "dosis fastholdes et interval mere", "the dose is held for one more interval");
        return ctx.lang == Lang::Da ? "dosis fastholdes " + std::to_string(*s.holdDays) + " dage mere"
                                    : "the dose is held for " + std::to_string(*s.holdDays) + " more days";
    case SessionDecision::Slow:
        return tr(ctx, "nedtrapningen gøres langsommere", "the taper is slowed down") + paceWords(s, ctx);
    case SessionDecision::StepBack:
        if (!s.increase)
            return tr(ctx, "dosis sættes et trin tilbage", "the dose goes one step back") + paceWords(s, ctx);
        return tr(ctx, "dosis sættes et trin tilbage til ", "the dose goes one step back to ") +
               num(s.increase->to.value(), ctx) + mg + paceWords(s, ctx);
    case SessionDecision::Replan:
        return tr(ctx, "der lægges en ny plan ud fra den aktuelle dosis",
                  "the plan is remade from the current dose") +
               paceWords(s, ctx);
    case SessionDecision::StopTaper: {
        std::string w = tr(ctx, "nedtrapningen stoppes, og den nuværende dosis fastholdes",
                           "the taper stops and the current dose is kept");
        if (s.reviewDate)
            w += tr(ctx, "; revurderes ", "; review on ") + numericDate(*s.reviewDate, Lang::Da);
        return w;
    }
    }
    return "";
}

} // namespace

std::string regimenSummary(const Regimen &regimen, const ReportContext &ctx)
{
    if (regimen.lines.size() == 1) return lineWords(regimen.lines.front(), ctx);
    std::string s;
    for (std::size_t i = 0; i < regimen.lines.size(); ++i)
        s += (i ? "; " : "") + std::to_string(i + 1) + ") " + lineWords(regimen.lines[i], ctx);
    return s;
}

std::string sessionSummary(const Session &s, const ReportContext &ctx)
{
    const std::string mg = tr(ctx, " mg MEQ/døgn", " mg MEQ/day");
    std::string line = std::string(tr(ctx, "Seneste konsultation ", "Latest session ")) +
                       numericDate(s.date, Lang::Da) + ": ";
    if (std::abs(s.actualMeq.value() - s.plannedMeq.value()) < 0.005)
        line += tr(ctx, "indtaget som planlagt, ", "taken as planned, ") + num(s.actualMeq.value(), ctx) + mg;
    else
        line += tr(ctx, "indtaget svarende til ", "took the equivalent of ") + num(s.actualMeq.value(), ctx) +
                mg + tr(ctx, " (planlagt ", " (planned ") + num(s.plannedMeq.value(), ctx) + ")";
    if (s.withdrawal) line += "; " + withdrawalWords(*s.withdrawal, ctx);
    if (s.pain)
        line += std::string(tr(ctx, "; smerte NRS ", "; pain NRS ")) + std::to_string(*s.pain) +
                tr(ctx, " af 10", " of 10");
    line += std::string(tr(ctx, ". Beslutning: ", ". Decision: ")) + decisionWords(s, ctx) + ".";
    if (s.reason) {
        const std::string reason = visibleText(*s.reason);
        const bool closed =
            !reason.empty() && std::string_view(".!?").find(reason.back()) != std::string_view::npos;
        line += std::string(tr(ctx, " Begrundelse: ", " Reason: ")) + reason + (closed ? "" : ".");
    }
    return line;
}

} // namespace taper::report::detail
