// The patient's handout (nedtrapningsplan): plain words, no MEQ, Danish product names.
#include "advice.h"
#include "common.h"
#include "taper/report/dates_text.h"

namespace taper::report {

using namespace detail;

namespace {

constexpr int kMaxAppointments = 6;

/// Patch-change days inside the step (taper::patchChangeDays, the days the plan dispenses for), for
/// the last step within one interval.
std::vector<Date> patchChangeDays(const Step &step, const Product &patch, int intervalDays)
{
    const Date last = step.end ? *step.end : step.start + date::days(intervalDays - 1);
    return taper::patchChangeDays(patch, step.start, last);
}

/// The first oral dose of a step that replaces a patch (the patch_washout note's first_oral_dose).
std::optional<Date> firstOralDose(const Plan &plan, const Step &step)
{
    for (const TaperNote &n : plan.schedule.notes)
        if (n.code == TaperNoteCode::PatchWashout && n.step == step.index)
            for (const auto &[key, value] : n.parameters)
                if (key == "first_oral_dose" && std::holds_alternative<std::string>(value))
                    return parseIsoDate(std::get<std::string>(value));
    return std::nullopt;
}

Cell periodCell(const Step &step, const ReportContext &ctx)
{
    Cell c{longDate(step.start, ctx.lang) + (step.end ? " –" : "")};
    c.push_back(step.end ? longDate(*step.end, ctx.lang) : tr(ctx, "og fremover", "onwards"));
    return c;
}

Table stepTable(const Plan &plan, const ReportContext &ctx)
{
    Table t;
    t.header = {tr(ctx, "Periode", "Period"), tr(ctx, "Medicin", "Medicine"), tr(ctx, "Morgen", "Morning"),
                tr(ctx, "Middag", "Noon"), tr(ctx, "Aften", "Evening"), tr(ctx, "Nat", "Night")};
    t.numeric = {false, false, true, true, true, true};
    t.widthPercent = {24, 40, 9, 9, 9, 9};
    const int interval = plan.schedule.options.intervalDays;
    for (const Step &step : plan.schedule.steps) {
        if (step.doses.empty()) {
            t.rows.push_back({periodCell(step, ctx),
                              {tr(ctx, "Ingen opioid. Nedtrapningen er slut.", "No opioid. The taper is finished.")},
                              {}, {}, {}, {}});
            t.rowStartsGroup.push_back(true);
            continue;
        }
        for (std::size_t i = 0; i < step.doses.size(); ++i) {
            const StepDose &d = step.doses[i];
            std::vector<Cell> row{i == 0 ? periodCell(step, ctx) : Cell{}};
            Cell medicine{productName(*d.product), dosageText(d, ctx.lang)};
            if (d.product->isPatch()) {
                std::string days;
                for (Date day : patchChangeDays(step, *d.product, interval))
                    days += (days.empty() ? "" : ", ") + shortDate(day, ctx.lang);
                medicine.push_back(tr(ctx, "Skift plaster: ", "Change patch: ") + days);
            } else if (const std::optional<Date> first = firstOralDose(plan, step)) {
                // The step that replaces a patch: the table says what the washout note says.
                medicine.push_back(tr(ctx, "Tag plasteret af om morgenen den ", "Take the patch off on the morning of ") +
                                   longDate(step.start, ctx.lang) +
                                   tr(ctx, ". Første dosis om morgenen den ", ". First dose on the morning of ") +
                                   longDate(*first, ctx.lang) + ".");
            }
            row.push_back(medicine);
            for (std::size_t slot = 0; slot < 4; ++slot)
                row.push_back(d.unitsByTime && (*d.unitsByTime)[slot].value
                                  ? Cell{halfUnitsText((*d.unitsByTime)[slot], ctx.lang)}
                                  : Cell{});
            t.rows.push_back(std::move(row));
            t.rowStartsGroup.push_back(i == 0);
        }
    }
    return t;
}

std::vector<Date> appointments(const Plan &plan, const ReportContext &ctx)
{
    if (!ctx.appointments.empty()) return ctx.appointments;
    std::vector<Date> out;
    for (const Step &step : plan.schedule.steps)
        if (step.start > ctx.today && out.size() < kMaxAppointments) out.push_back(step.start);
    return out;
}

} // namespace

Document buildHandout(const Plan &plan, const ReportContext &ctx)
{
    Document doc;
    doc.kind = Kind::Handout;
    doc.lang = ctx.lang;
    doc.title = tr(ctx, "Din nedtrapningsplan", "Your tapering plan");
    const std::string blank = "____________________";
    if (plan.label) doc.meta.emplace_back(tr(ctx, "Navn", "Name"), *plan.label);
    if (!plan.schedule.steps.empty())
        doc.meta.emplace_back(tr(ctx, "Planen starter", "The plan starts"), longDate(plan.schedule.steps.front().start, ctx.lang));
    doc.meta.emplace_back(tr(ctx, "Planen er lavet af", "The plan was made by"), ctx.author.empty() ? blank : ctx.author);
    doc.meta.emplace_back(tr(ctx, "Planen er lavet den", "The plan was made on"), longDate(plan.created, ctx.lang));
    if (!ctx.clinic.empty()) doc.meta.emplace_back(tr(ctx, "Klinik", "Clinic"), ctx.clinic);
    doc.meta.emplace_back(tr(ctx, "Telefon til klinikken", "Clinic phone"), ctx.phone.empty() ? blank : ctx.phone);

    Section how{tr(ctx, "Sådan tager du din medicin", "How to take your medicine"), {}};
    how.blocks.emplace_back(Paragraph{tr(ctx,
        "Tag medicinen som skemaet viser. Hver række gælder fra den første til den sidste dato. Tallene under "
        "morgen, middag, aften og nat er antal tabletter, kapsler eller ml på det tidspunkt.",
        "Take the medicine as the table shows. Each row applies from the first to the last date. The numbers under "
        "morning, noon, evening and night are the number of tablets, capsules or ml at that time.")});
    how.blocks.emplace_back(stepTable(plan, ctx));
    doc.sections.push_back(std::move(how));

    Section next{tr(ctx, "Dine næste aftaler", "Your next appointments"), {}};
    std::vector<std::string> dates;
    for (Date d : appointments(plan, ctx)) dates.push_back(longDate(d, ctx.lang));
    if (dates.empty()) next.blocks.emplace_back(Paragraph{tr(ctx, "Aftales med klinikken.", "To be agreed with the clinic.")});
    else next.blocks.emplace_back(BulletList{dates});
    next.blocks.emplace_back(Paragraph{tr(ctx, "Planen gennemgås ved hver aftale og kan blive justeret.",
                                          "The plan is reviewed at every appointment and may be adjusted.")});
    doc.sections.push_back(std::move(next));

    Section advice{tr(ctx, "Gode råd", "Good advice"), {}};
    BulletList items;
    for (const Advice &a : handoutAdvice(plan, ctx.lang)) items.items.push_back(a.text);
    advice.blocks.emplace_back(std::move(items));
    doc.sections.push_back(std::move(advice));

    Section call{tr(ctx, "Har du spørgsmål?", "Questions?"), {}};
    const std::string phone = ctx.phone.empty() ? blank : ctx.phone;
    call.blocks.emplace_back(Paragraph{std::string(tr(ctx, "Ring til klinikken på telefon ", "Call the clinic on ")) +
                                       phone + (ctx.clinic.empty() ? "" : " (" + ctx.clinic + ")") + ".", true});
    doc.sections.push_back(std::move(call));

    doc.footer = std::string(tr(ctx, "Nedtrapningsplan lavet ", "Tapering plan made on ")) + longDate(plan.created, ctx.lang) +
                 (ctx.author.empty() ? "" : std::string(tr(ctx, " af ", " by ")) + ctx.author);
    return doc;
}

} // namespace taper::report
