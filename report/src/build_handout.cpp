// SPDX-License-Identifier: GPL-3.0-or-later
// The patient's handout (nedtrapningsplan): plain words, no MEQ, medicines named by substance and form.
// What changes first, then the periods from today, the appointments, withdrawal, advice, the signs of
// too much medicine (112) and who to call.
#include "advice.h"
#include "handout_parts.h"
#include "taper/calendar.h"
#include "taper/report/dates_text.h"

namespace taper::report {

using namespace detail;

namespace {

constexpr int kMaxAppointments = 6;

/// The date plan revision `revision` was made: the session that produced it, or the plan's creation.
Date revisionDate(const Plan &plan, int revision)
{
    for (const Session &s : plan.sessions)
        if (s.revision == revision) return s.date;
    return plan.created;
}

std::string versionText(const Plan &plan, const ReportContext &ctx)
{
    std::string v = std::to_string(plan.revision);
    if (plan.revision > 1)
        v += tr(ctx, " af ", " of ") + longDate(revisionDate(plan, plan.revision), ctx.lang) +
             tr(ctx, " – erstatter planen af ", " – replaces the plan of ") +
             longDate(revisionDate(plan, plan.revision - 1), ctx.lang);
    return v;
}

std::vector<Date> appointments(const Plan &plan, const ReportContext &ctx, Date from)
{
    std::vector<Date> out;
    for (Date d : ctx.appointments)
        if (isClinicDay(d) && d >= from) out.push_back(d);
    if (ctx.appointments.empty()) out = upcomingSessions(plan, from, kMaxAppointments);
    return out;
}

BulletList adviceList(const std::vector<Advice> &advice, Advice::Topic topic)
{
    BulletList list;
    for (const Advice &a : advice)
        if (a.topic == topic) list.items.push_back(a.text);
    return list;
}

Section howToTake(const Plan &plan, const ReportContext &ctx, Date from)
{
    bool fixed = false;
    for (const Step &step : plan.schedule.steps)
        for (const StepDose &d : step.doses)
            fixed |= !d.prn && !d.product->isPatch() && d.unitsByTime.has_value();
    Section how{tr(ctx, "Sådan tager du din medicin", "How to take your medicine"), {}};
    how.blocks.emplace_back(Paragraph{
        fixed ? tr(ctx,
                   "Tag medicinen, som skemaet viser. Hver periode gælder fra og med den første dato til og "
                   "med den "
                   "sidste. Tallene viser, hvor mange tabletter eller kapsler du skal tage på det tidspunkt.",
                   "Take the medicine as the table shows. Each period runs from the first date up to and "
                   "including the "
                   "last. The numbers show how many tablets or capsules to take at that time.")
              : tr(ctx,
                   "Tag medicinen, som skemaet viser. Hver periode gælder fra og med den første dato til og "
                   "med den "
                   "sidste.",
                   "Take the medicine as the table shows. Each period runs from the first date up to and "
                   "including the "
                   "last.")});
    how.blocks.emplace_back(stepTable(plan, ctx, from));
    if (firstShownStep(plan, from) > 0)
        how.blocks.emplace_back(
            Paragraph{tr(ctx, "Tidligere perioder er ikke vist.", "Earlier periods are not shown.")});
    return how;
}

} // namespace

Document buildHandout(const Plan &plan, const ReportContext &ctx)
{
    const Date from = ctx.from.value_or(ctx.today);
    Document doc;
    doc.kind = Kind::Handout;
    doc.lang = ctx.lang;
    doc.title = tr(ctx, "Din nedtrapningsplan", "Your tapering plan");
    const std::string blank = "____________________";
    if (plan.label) doc.meta.emplace_back(tr(ctx, "Navn", "Name"), *plan.label);
    doc.meta.emplace_back(tr(ctx, "Version", "Version"), versionText(plan, ctx));
    if (!plan.schedule.steps.empty())
        doc.meta.emplace_back(tr(ctx, "Planen starter", "The plan starts"),
                              longDate(plan.schedule.steps.front().start, ctx.lang));
    doc.meta.emplace_back(tr(ctx, "Udskrevet", "Printed"), longDate(ctx.today, ctx.lang));
    doc.meta.emplace_back(tr(ctx, "Planen er lavet af", "The plan was made by"),
                          ctx.author.empty() ? blank : ctx.author);
    if (!ctx.clinic.empty()) doc.meta.emplace_back(tr(ctx, "Klinik", "Clinic"), ctx.clinic);
    const std::string phone = ctx.phone.empty() ? blank : ctx.phone;
    doc.meta.emplace_back(tr(ctx, "Telefon til klinikken", "Clinic phone"), phone);

    if (auto changes = changesSection(plan, ctx, from)) doc.sections.push_back(std::move(*changes));
    doc.sections.push_back(howToTake(plan, ctx, from));

    Section next{tr(ctx, "Dine næste aftaler", "Your next appointments"), {}};
    std::vector<std::string> dates;
    for (Date d : appointments(plan, ctx, from))
        dates.push_back(longDate(d, ctx.lang));
    if (dates.empty())
        next.blocks.emplace_back(
            Paragraph{tr(ctx, "Aftales med klinikken.", "To be agreed with the clinic.")});
    else
        next.blocks.emplace_back(BulletList{dates});
    next.blocks.emplace_back(
        Paragraph{tr(ctx, "Vi gennemgår planen ved hver aftale og ændrer den, hvis der er brug for det.",
                     "We go through the plan at every appointment and change it if needed.")});
    doc.sections.push_back(std::move(next));

    const std::vector<Advice> advice = handoutAdvice(plan, ctx.lang);
    doc.sections.push_back(
        {tr(ctx, "Abstinenser", "Withdrawal symptoms"), {adviceList(advice, Advice::Topic::Withdrawal)}});
    doc.sections.push_back({tr(ctx, "Gode råd", "Good advice"), {adviceList(advice, Advice::Topic::Advice)}});
    Section emergency{
        tr(ctx, "Pas på for meget medicin – ring 112", "Beware of too much medicine – call 112"), {}};
    for (const Advice &a : advice)
        if (a.topic == Advice::Topic::Emergency)
            emergency.blocks.emplace_back(Paragraph{a.text, a.id == "overdose"});
    doc.sections.push_back(std::move(emergency));

    Section call{tr(ctx, "Har du spørgsmål?", "Questions?"), {}};
    call.blocks.emplace_back(
        Paragraph{std::string(tr(ctx, "Ring til klinikken på telefon ", "Call the clinic on ")) + phone +
                      (ctx.clinic.empty() ? "" : " (" + ctx.clinic + ")") + ".",
                  true});
    call.blocks.emplace_back(Paragraph{
        ctx.outOfHours.empty()
            ? tr(ctx, "Uden for klinikkens åbningstid: ring til lægevagten i din region.",
                 "Outside the clinic's opening hours: call the out-of-hours doctor (lægevagten) in your "
                 "region.")
            : tr(ctx, "Uden for klinikkens åbningstid: ring ", "Outside the clinic's opening hours: call ") +
                  ctx.outOfHours + "."});
    doc.sections.push_back(std::move(call));

    // The patient's name and the version on every page: a loose page is still hers and datable.
    doc.footer = (plan.label ? *plan.label + " · " : std::string()) +
                 tr(ctx, "Nedtrapningsplan version ", "Tapering plan version ") +
                 std::to_string(plan.revision) + tr(ctx, ", udskrevet ", ", printed ") +
                 numericDate(ctx.today, ctx.lang);
    return doc;
}

} // namespace taper::report
