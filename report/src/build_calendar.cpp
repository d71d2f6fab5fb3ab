// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's calendar events (calendar.h): dose changes from the steps, sessions from the plan's rhythm
// (taper::upcomingSessions) or the appointments given. Words for the patient ("du") and the handout's
// medicine names (patientName: substance and form first, the brand as an example).
#include "common.h"
#include "patient_names.h"

#include "taper/calendar.h"
#include "taper/report/calendar.h"
#include "taper/report/dates_text.h"

#include <algorithm>
#include <cstdio>

namespace taper::report {

using namespace detail;

namespace {

/// The part of every UID that names the plan: creation date, profile and input regimen (no label).
std::string planIdentity(const Plan &plan)
{
    const std::string content =
        formatIsoDate(plan.created) + "\n" + plan.schedule.profile + "\n" + toJson(plan).at("regimen").dump();
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(ics::fnv1a(content)));
    return hex;
}

std::string uid(Date day, const char *kind, const std::string &identity)
{
    return date::format("%Y%m%d", day) + "-" + kind + "-" + identity + "@opioidtaper";
}

std::string joinNames(const std::vector<const Product *> &products, const ReportContext &ctx)
{
    std::string s;
    for (std::size_t i = 0; i < products.size(); ++i)
        s += (i == 0                     ? ""
              : i + 1 == products.size() ? tr(ctx, " og ", " and ")
                                         : ", ") +
             patientName(*products[i], ctx.formulary, ctx.lang);
    return s;
}

/// Products of `before` that `step` no longer has.
std::vector<const Product *> stopped(const Step *before, const Step &step)
{
    std::vector<const Product *> out;
    if (!before) return out;
    for (const StepDose &d : before->doses) {
        const bool kept = std::any_of(step.doses.begin(), step.doses.end(),
                                      [&](const StepDose &x) { return x.product == d.product; });
        if (!kept && std::find(out.begin(), out.end(), d.product) == out.end()) out.push_back(d.product);
    }
    return out;
}

CalendarEvent doseEvent(const Step *before, const Step &step, const std::string &identity,
                        const ReportContext &ctx)
{
    CalendarEvent e{CalendarEvent::Kind::DoseChange, step.start, {}, {}, uid(step.start, "dose", identity)};
    const std::vector<const Product *> ended = stopped(before, step);
    const std::string noLonger =
        ended.empty() ? ""
                      : std::string(tr(ctx, "Du skal ikke længere tage ", "You no longer take ")) +
                            joinNames(ended, ctx) + ".";
    if (step.doses.empty()) {
        e.summary = "Stop " + joinNames(ended, ctx);
        e.description = noLonger + tr(ctx, "\nAflevér den medicin, du har tilbage, på apoteket.",
                                      "\nReturn the medicine you have left to the pharmacy.");
        return e;
    }
    std::string doses, lines;
    for (const StepDose &d : step.doses) {
        const std::string one =
            patientName(*d.product, ctx.formulary, ctx.lang) + ": " + dosageText(d, ctx.lang);
        doses += (doses.empty() ? "" : "; ") + one;
        lines += "\n" + one;
    }
    e.summary = std::string(tr(ctx, "Ny dosis: ", "New dose: ")) + doses;
    if (!ended.empty()) e.summary += "; stop " + joinNames(ended, ctx);
    e.description = std::string(tr(ctx, "Fra i dag:", "From today:")) + lines +
                    (noLonger.empty() ? "" : "\n" + noLonger) +
                    tr(ctx, "\nSe din nedtrapningsplan.", "\nSee your tapering plan.");
    return e;
}

std::vector<Date> sessionDates(const Plan &plan, const ReportContext &ctx)
{
    std::vector<Date> dates =
        ctx.appointments.empty() ? upcomingSessions(plan, ctx.today, kMaxCalendarSessions) : ctx.appointments;
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

CalendarEvent sessionEvent(Date day, const std::string &identity, const ReportContext &ctx)
{
    CalendarEvent e{CalendarEvent::Kind::Session, day,
                    tr(ctx, "Aftale i nedtrapningsholdet", "Appointment with the tapering group"),
                    tr(ctx, "Vi gennemgår planen og ændrer den, hvis der er brug for det.",
                       "We go through the plan and change it if needed."),
                    uid(day, "session", identity)};
    if (!ctx.clinic.empty()) e.description += std::string(tr(ctx, "\nKlinik: ", "\nClinic: ")) + ctx.clinic;
    if (!ctx.phone.empty()) e.description += std::string(tr(ctx, "\nTelefon: ", "\nPhone: ")) + ctx.phone;
    return e;
}

} // namespace

std::vector<CalendarEvent> planEvents(const Plan &plan, const ReportContext &ctx)
{
    const std::string identity = planIdentity(plan);
    std::vector<CalendarEvent> events;
    const Step *before = nullptr;
    for (const Step &step : plan.schedule.steps) {
        events.push_back(doseEvent(before, step, identity, ctx));
        before = &step;
    }
    for (Date day : sessionDates(plan, ctx))
        events.push_back(sessionEvent(day, identity, ctx));
    std::stable_sort(events.begin(), events.end(), [](const CalendarEvent &a, const CalendarEvent &b) {
        return a.day != b.day ? a.day < b.day : a.kind < b.kind;
    });
    return events;
}

std::string buildCalendar(const Plan &plan, const ReportContext &ctx)
{
    return renderIcs(planEvents(plan, ctx), ctx);
}

} // namespace taper::report
