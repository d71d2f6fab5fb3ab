// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper report FILE --kind handout|review --format pdf|html|md [--lang da|en] -o OUT: the
// documents people hand over (issue 6). FILE is a plan or a regimen; a regimen gets the review without
// a taper. The report library builds and renders the documents; PDF uses Qt's offscreen platform.
// Issue 18 adds two plain-text outputs: --kind note --format txt (the journal note, a plan or a regimen)
// and --format ics (the plan's calendar; --kind may be left out or be `calendar`). A kind and a format
// that do not belong together are a usage error (exit 2), as an unknown kind is.
#include "commands.h"
#include "taper/atomic_file.h"
#include "taper/build_info.h"
#include "taper/calendar.h"
#include "taper/input_error.h"
#include "taper/json_reader.h"
#include "taper/plan.h"
#include "taper/report/builder.h"
#include "taper/report/calendar.h"
#include "taper/report/note.h"
#include "taper/report/pdf.h"
#include "taper/report/render.h"

#include <cstdio>
#include <iostream>
#include <optional>

namespace taper::cli {

namespace {

struct ReportArgs {
    std::string file;
    std::string kind;
    std::string format;
    std::string lang = "da";
    std::string output;
    std::string profile = kDefaultProfileId;
    std::string asOf;
    std::string date;
    std::string author;
    std::string clinic;
    std::string phone;
    std::vector<std::string> appointments;
    std::string fromDate;
    std::string outOfHours;
};

/// A plan file has steps; anything else is read as a regimen.
bool isPlan(const json::Json &doc)
{
    return doc.is_object() && doc.contains("steps");
}

/// The kind that goes with the format: ics is the calendar (--kind may be omitted), txt is the note;
/// pdf, html and md need handout or review. Throws InputError (exit 2) for a pair that does not fit.
std::string resolveKind(const std::string &kind, const std::string &format)
{
    if (format == "ics") {
        if (kind.empty() || kind == "calendar") return "calendar";
        throw InputError("", "--kind", {ProblemCode::report_ics_kind, {kind}});
    }
    if (kind == "calendar") throw InputError("", "--format", {ProblemCode::report_calendar_format, {format}});
    if (format == "txt" && kind != "note")
        throw InputError("", "--kind",
                         kind.empty() ? Problem{ProblemCode::report_txt_kind}
                                      : Problem{ProblemCode::report_txt_kind_other, {kind}});
    if (kind == "note" && format != "txt")
        throw InputError("", "--format", {ProblemCode::report_note_format, {format}});
    if (kind.empty()) throw InputError("", "--kind", {ProblemCode::report_kind_required, {format}});
    return kind;
}

/// The text outputs (note, calendar) or the document to render (handout, review) of FILE.
struct Built {
    std::optional<report::Document> document;
    std::string text;
};

Built build(const ReportArgs &a, const std::string &kind, const report::ReportContext &rc,
            const Formulary &formulary, const Context &ctx)
{
    const std::string name = a.file == "-" ? "<stdin>" : a.file;
    const json::Json doc = json::readFile(a.file, kMaxPlanFileBytes); // a plan or a regimen
    if (isPlan(doc)) {
        const Plan plan = readPlan(doc, name, formulary);
        if (kind == "note") return {std::nullopt, report::buildJournalNote(plan, rc)};
        if (kind == "calendar") return {std::nullopt, report::buildCalendar(plan, rc)};
        return {kind == "handout" ? report::buildHandout(plan, rc) : report::buildReview(plan, rc), {}};
    }
    if (kind == "handout" || kind == "calendar")
        throw InputError(name, "",
                         {kind == "handout" ? ProblemCode::report_handout_needs_plan
                                            : ProblemCode::report_calendar_needs_plan,
                          {a.file}});
    AsOfChoice choice{std::nullopt, ctx.today};
    if (!a.asOf.empty()) choice.override = dateOption(a.asOf, "--as-of");
    const Regimen regimen = readRegimen(doc, name, formulary, choice);
    const Profile &profile = profileOption(formulary, a.profile);
    if (kind == "note") return {std::nullopt, report::buildJournalNote(regimen, profile, rc)};
    return {report::buildReview(regimen, profile, rc), {}};
}

int runReport(const ReportArgs &a, const Context &ctx)
{
    const std::string kind = resolveKind(a.kind, a.format);
    const Formulary formulary = ctx.loadFormulary();
    std::vector<Date> appointments;
    for (const auto &d : a.appointments) {
        const Date day = dateOption(d, "--appointment");
        if (!isClinicDay(day))
            throw InputError("", "--appointment", {ProblemCode::appointment_clinic_closed, {d}});
        appointments.push_back(day);
    }
    const Date today = a.date.empty() ? ctx.today : dateOption(a.date, "--date");
    const report::ReportContext rc{formulary,
                                   langOption(a.lang),
                                   today,
                                   a.author,
                                   a.clinic,
                                   a.phone,
                                   appointments,
                                   buildinfo::version(),
                                   a.fromDate.empty() ? today : dateOption(a.fromDate, "--from-date"),
                                   a.outOfHours};
    const Built built = build(a, kind, rc, formulary, ctx);
    if (!built.document) { // note (txt) or calendar (ics): plain text, written like HTML and Markdown
        if (a.output == "-")
            std::cout << built.text;
        else
            writeFileAtomically(a.output, built.text);
        return 0;
    }
    const report::Document &doc = *built.document;
    if (a.format == "pdf") {
        if (a.output == "-") throw InputError("", "-o", {ProblemCode::pdf_needs_file});
        const int pages = report::writePdf(doc, a.output); // atomic, 0600
        std::cerr << "opioid-taper: wrote " << a.output << " (" << pages
                  << (pages == 1 ? " page)\n" : " pages)\n");
        return 0;
    }
    const std::string text = a.format == "html" ? report::renderHtml(doc) : report::renderMarkdown(doc);
    if (a.output == "-")
        std::cout << text;
    else
        writeFileAtomically(a.output, text);
    return 0;
}

} // namespace

void addReportCommand(CLI::App &app, Context &ctx)
{
    auto a = std::make_shared<ReportArgs>();
    CLI::App *cmd =
        app.add_subcommand("report", "The patient's handout or the review report (PDF, HTML, Markdown), the "
                                     "journal note (text) or the plan's calendar (iCalendar)");
    cmd->add_option("FILE", a->file, "Plan file, or a regimen file (review or note), or - for standard input")
        ->required();
    cmd->add_option("--kind", a->kind,
                    "handout (the patient's plan), review (for the GP / patient record), note (journal "
                    "note, with --format txt) or calendar (with --format ics; may be left out); required "
                    "with pdf, html and md")
        ->check(CLI::IsMember({"handout", "review", "note", "calendar"}));
    cmd->add_option("--format", a->format,
                    "Output format: pdf, html, md (handout, review), txt (note), ics (calendar)")
        ->check(CLI::IsMember({"pdf", "html", "md", "txt", "ics"}))
        ->required();
    cmd->add_option("--lang", a->lang, "Language of the document: da or en")->capture_default_str();
    cmd->add_option("-o,--output", a->output, "Output file (- for standard output with html, md, txt or ics)")
        ->required();
    cmd->add_option("--profile", a->profile, "Conversion profile for a regimen (a plan uses its own)")
        ->capture_default_str();
    cmd->add_option("--as-of", a->asOf,
                    "Evaluation date of a regimen YYYY-MM-DD (default: the file's as_of, else today)");
    cmd->add_option("--date", a->date,
                    "Date printed on the document YYYY-MM-DD (default: today); the note's date, and the day "
                    "a calendar's sessions are counted from");
    cmd->add_option("--author", a->author, "Who made the plan or review (name, role)");
    cmd->add_option("--clinic", a->clinic, "Clinic name");
    cmd->add_option("--phone", a->phone, "Clinic phone number (a blank line to fill in when not given)");
    cmd->add_option("--appointment", a->appointments,
                    "Next appointment YYYY-MM-DD on a clinic day (repeatable; default: "
                    "the plan's session rhythm, moved off weekends and holidays; also "
                    "the note's next session and the calendar's session dates)");
    cmd->add_option("--from-date", a->fromDate,
                    "Handout: show the periods from the one in effect on this date YYYY-MM-DD "
                    "(default: --date or today; an earlier date shows past periods too)");
    cmd->add_option("--out-of-hours", a->outOfHours,
                    "Handout: who to call outside opening hours, e.g. \"1813 (Akuttelefonen)\" "
                    "(default: the regional lægevagt, in general words)");
    cmd->callback([a, &ctx] { ctx.exitCode = runReport(*a, ctx); });
}

} // namespace taper::cli
