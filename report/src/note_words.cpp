// The journal note's words for a regimen and a session (note_words.h). No arithmetic: doses, MEQ and
// dates are printed as the regimen and the recorded session hold them.
#include "note_words.h"

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

/// A substance line's name: "morfin depot", "oxycodon hurtigtvirkende", "fentanyl plaster".
std::string substanceLineName(const RegimenLine &line, const ReportContext &ctx)
{
    const Substance *s = ctx.formulary.substance(line.substance);
    std::string name = s && ctx.lang == Lang::Da ? s->nameDa : line.substance;
    if (!line.isPatch())
        name += line.release == Release::Extended ? tr(ctx, " depot", " extended-release")
                                                  : tr(ctx, " hurtigtvirkende", " immediate-release");
    const std::string route = routeWord(line.route, ctx);
    return route.empty() ? name : name + " " + route;
}

std::string unitWord(DoseUnit unit, const ReportContext &ctx)
{
    switch (unit) {
    case DoseUnit::Mg:
        return "mg";
    case DoseUnit::Mcg:
        return tr(ctx, "mikrogram", "micrograms");
    case DoseUnit::McgPerHour:
        return tr(ctx, "mikrogram/time", "micrograms/hour");
    }
    return "";
}

/// "N gange i døgnet" / "N times a day"; N is a whole or fractional count as entered.
std::string timesADay(double n, const ReportContext &ctx)
{
    if (ctx.lang == Lang::Da) return num(n, ctx) + (n == 1 ? " gang i døgnet" : " gange i døgnet");
    return n == 1 ? std::string("once a day") : num(n, ctx) + " times a day";
}

std::string amount(double value, const RegimenLine &line, const ReportContext &ctx)
{
    const std::string count = line.count > 1 ? std::to_string(line.count) + " × " : "";
    return count + num(value, ctx) + " " + unitWord(line.unit, ctx);
}

/// The dose and how often: "30 mg 4 gange i døgnet", "20 mg efter behov, højst 6 gange i døgnet
/// (forbrug ukendt)", "30 mg morgen og 20 mg aften", "25 mikrogram/time".
std::string doseWords(const RegimenLine &line, const ReportContext &ctx)
{
    static constexpr std::array<const char *, 4> slotDa{"morgen", "middag", "aften", "nat"};
    static constexpr std::array<const char *, 4> slotEn{"morning", "noon", "evening", "night"};
    if (line.schedule) {
        std::string s;
        for (std::size_t i = 0; i < line.schedule->size(); ++i) {
            const double a = (*line.schedule)[i];
            if (a == 0) continue;
            s += (s.empty() ? "" : tr(ctx, " og ", " and ")) + amount(a, line, ctx) + " " +
                 (ctx.lang == Lang::Da ? slotDa[i] : slotEn[i]);
        }
        return s;
    }
    if (!line.dose) return "";
    std::string s = amount(valueOf(*line.dose), line, ctx);
    if (line.isPatch()) return s;
    if (line.prn) {
        s += std::string(tr(ctx, " efter behov, højst ", " as needed, at most ")) +
             timesADay(line.maxPerDay.value_or(0), ctx);
        if (line.usedPerDay)
            s += std::string(tr(ctx, " (bruger ", " (uses ")) + timesADay(*line.usedPerDay, ctx) + ")";
        else
            s += tr(ctx, " (forbrug ukendt)", " (use unknown)");
        return s;
    }
    return line.timesPerDay ? s + " " + timesADay(*line.timesPerDay, ctx) : s;
}

std::string lineWords(const RegimenLine &line, const ReportContext &ctx)
{
    if (line.coMedication)
        return text::lineLabel(line, ctx.formulary, ctx.lang) +
               tr(ctx, " (samtidig medicin)", " (co-medication)");
    if (line.product) {
        const Product *p = ctx.formulary.product(*line.product);
        if (!p) return *line.product + ": " + doseWords(line, ctx);
        // English: the first brand and the strength, as the English taper table names products.
        const std::string name = ctx.lang == Lang::Da
                                     ? p->nameDa
                                     : p->brand.substr(0, p->brand.find(" /")) + " " + num(p->strength, ctx) +
                                           " " + std::string(toString(p->unit));
        if (line.isPatch() && line.dose && valueOf(*line.dose) == p->strength) // the name holds the rate
            return line.count > 1 ? name + ", " + std::to_string(line.count) +
                                        tr(ctx, " plastre ad gangen", " patches at a time")
                                  : name;
        return name + ": " + doseWords(line, ctx);
    }
    return substanceLineName(line, ctx) + " " + doseWords(line, ctx);
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
        if (s.reviewDate) w += tr(ctx, "; revurderes ", "; review on ") + numericDate(*s.reviewDate);
        return w;
    }
    }
    return "";
}

} // namespace

std::string numericDate(Date d)
{
    const date::year_month_day ymd{d};
    return std::to_string(static_cast<unsigned>(ymd.day())) + "." +
           std::to_string(static_cast<unsigned>(ymd.month())) + "." +
           std::to_string(static_cast<int>(ymd.year()));
}

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
    std::string line =
        std::string(tr(ctx, "Seneste konsultation ", "Latest session ")) + numericDate(s.date) + ": ";
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
