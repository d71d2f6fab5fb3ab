// SPDX-License-Identifier: GPL-3.0-or-later
#include "session_text.h"

#include "taper/visible_text.h"
#include "taper_text.h"

#include <algorithm>
#include <sstream>

namespace taper::cli {

namespace {

bool da(Lang lang)
{
    return lang == Lang::Da;
}

std::string meqAmount(double meq, Lang lang)
{
    return formatAmount(meq, lang);
}

std::string trend(double now, const double *before, Lang lang)
{
    if (!before) return da(lang) ? "start" : "start";
    const double d = now - *before;
    if (d > 0.005) return "+" + formatAmount(d, lang);
    if (d < -0.005) return "-" + formatAmount(-d, lang);
    return "0";
}

/// The MEQ change a session shows: against the previous session's dose taken, or for a step back the
/// increase it makes (from → to), so a step back never reads as a fall.
std::string trendOf(const Session &s, const double *previous, Lang lang)
{
    if (!s.increase) return trend(s.actualMeq.value(), previous, lang);
    const double from = s.increase->from.value();
    return trend(s.increase->to.value(), &from, lang);
}

} // namespace

std::string padCell(const std::string &s, std::size_t width)
{
    std::size_t points = 0;
    for (unsigned char ch : s)
        if ((ch & 0xC0) != 0x80) ++points;
    std::string out = s;
    if (points < width)
        out.append(width - points, ' ');
    else
        out += ' ';
    return out;
}

std::string upcomingText(const Plan &plan, Date date, const Formulary &formulary, Lang lang)
{
    Schedule sub = plan.schedule;
    int from = 0;
    for (const Step &st : plan.schedule.steps)
        if (st.start <= date) from = st.index;
    sub.steps.assign(plan.schedule.steps.begin() + from, plan.schedule.steps.end());
    std::erase_if(sub.notes, [&](const TaperNote &n) { return n.step && *n.step < from; });
    sub.dispenseTotal.clear(); // the plan's total includes passed steps
    return taperText(sub, formulary, lang);
}

std::string sessionTable(const Plan &plan, Lang lang)
{
    std::ostringstream out;
    if (plan.sessions.empty()) {
        out << (da(lang) ? "Ingen konsultationer registreret.\n" : "No sessions recorded.\n");
        return out.str();
    }
    const bool d = da(lang);
    out << padCell(d ? "Dato" : "Date", 12) << padCell(d ? "Trin" : "Step", 5)
        << padCell(d ? "Indtaget mg MEQ" : "Taken mg MEQ", 24)
        << padCell(d ? "Abstinenser" : "Withdrawal", 13) << padCell(d ? "Smerte" : "Pain", 7)
        << padCell(d ? "Beslutning" : "Decision", 18) << padCell(d ? "MEQ-udvikling" : "MEQ trend", 14)
        << (d ? "Begrundelse" : "Reason") << "\n";
    const double *previous = nullptr;
    double last = 0;
    for (const Session &s : plan.sessions) {
        const double taken = s.actualMeq.value();
        std::string dose = meqAmount(taken, lang);
        if (!s.actual)
            dose += d ? " (som planlagt)" : " (as planned)";
        else
            dose += (d ? " (planlagt " : " (planned ") + meqAmount(s.plannedMeq.value(), lang) + ")";
        std::string decision = decisionText(s.decision, lang);
        if (s.holdDays) decision += " " + std::to_string(*s.holdDays) + (d ? " d" : " d");
        out << padCell(formatIsoDate(s.date), 12) << padCell(std::to_string(s.step), 5) << padCell(dose, 24)
            << padCell(text::withdrawalRatingText(s.withdrawal, lang), 13)
            << padCell(s.pain ? std::to_string(*s.pain) : "-", 7) << padCell(decision, 18)
            << padCell(trendOf(s, previous, lang), 14) << visibleText(s.reason.value_or(""));
        if (s.increase)
            out << (d ? " [bevidst øgning " : " [deliberate increase ")
                << meqAmount(s.increase->from.value(), lang) << " -> "
                << meqAmount(s.increase->to.value(), lang) << " mg MEQ]";
        if (s.reviewDate) out << (d ? " [revurderes " : " [review ") << formatIsoDate(*s.reviewDate) << "]";
        if (s.maintenanceFinding)
            out << " [" << severityLabel(s.maintenanceFinding->severity, lang) << ": "
                << toString(s.maintenanceFinding->code) << "]";
        out << "\n";
        last = taken;
        previous = &last;
    }
    return out.str();
}

std::string maintenanceFindingText(const Session &session, const Formulary &formulary, Lang lang,
                                   const std::string &indent)
{
    if (!session.maintenanceFinding) return {};
    const Finding &f = *session.maintenanceFinding;
    return indent + "[" + severityLabel(f.severity, lang) + "] " + std::string(toString(f.code)) + ": " +
           findingMessage(f, lang, formulary) + "\n" + indent + "    " + (da(lang) ? "Kilde: " : "Source: ") +
           sourceCitation(f.source, formulary) + "\n";
}

std::string historyText(const Plan &plan, Lang lang)
{
    const bool d = da(lang);
    std::ostringstream out;
    if (plan.scheduleHistory.empty()) {
        out << (d ? "Planen er ikke ændret siden den blev lavet.\n"
                  : "The steps have not been changed since the plan was made.\n");
        return out.str();
    }
    out << (d ? "Tidligere versioner af trinene:\n" : "Earlier versions of the steps:\n");
    for (const ScheduleVersion &v : plan.scheduleHistory) {
        out << "  " << (d ? "revision " : "revision ") << v.revision << (d ? ", erstattet " : ", replaced ")
            << formatIsoDate(v.replaced) << " (" << visibleText(v.reason) << "): ";
        for (std::size_t i = 0; i < v.steps.size(); ++i)
            out << (i ? " -> " : "") << meqAmount(v.steps[i].totalMeq.value(), lang);
        out << " mg MEQ\n";
    }
    return out.str();
}

} // namespace taper::cli
