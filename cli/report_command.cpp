// opioid-taper report FILE --kind handout|review --format pdf|html|md [--lang da|en] -o OUT: the
// documents people hand over (issue 6). FILE is a plan or a regimen; a regimen gets the review without
// a taper. The report library builds and renders the documents; PDF uses Qt's offscreen platform.
#include "commands.h"
#include "taper/calendar.h"
#include "taper/input_error.h"
#include "taper/json_reader.h"
#include "taper/plan.h"
#include "taper/report/builder.h"
#include "taper/report/pdf.h"
#include "taper/report/render.h"

#include <cstdio>
#include <iostream>

namespace taper::cli {

namespace {

struct ReportArgs {
    std::string file;
    std::string kind;
    std::string format;
    std::string lang = "da";
    std::string output;
    std::string profile = "dk";
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

report::Document build(const ReportArgs &a, const report::ReportContext &rc, const Formulary &formulary,
                       const Context &ctx)
{
    const std::string name = a.file == "-" ? "<stdin>" : a.file;
    const json::Json doc = json::readFile(a.file, kMaxPlanFileBytes); // a plan or a regimen
    if (isPlan(doc)) {
        const Plan plan = readPlan(doc, name, formulary);
        return a.kind == "handout" ? report::buildHandout(plan, rc) : report::buildReview(plan, rc);
    }
    if (a.kind == "handout")
        throw InputError(name, "", "a handout needs a taper plan, and this file is a regimen; make one with "
                                   "`opioid-taper taper " + a.file + " -o plan.json` and run report on plan.json");
    AsOfChoice choice{std::nullopt, ctx.today};
    if (!a.asOf.empty()) choice.override = dateOption(a.asOf, "--as-of");
    const Regimen regimen = readRegimen(doc, name, formulary, choice);
    return report::buildReview(regimen, profileOption(formulary, a.profile), rc);
}

int runReport(const ReportArgs &a, const Context &ctx)
{
    const Formulary formulary = ctx.loadFormulary();
    std::vector<Date> appointments;
    for (const auto &d : a.appointments) {
        const Date day = dateOption(d, "--appointment");
        if (!isClinicDay(day))
            throw InputError("", "--appointment", d + " is a Saturday, a Sunday or a Danish public holiday; expected a "
                                                      "day the clinic is open");
        appointments.push_back(day);
    }
    const Date today = a.date.empty() ? ctx.today : dateOption(a.date, "--date");
    const report::ReportContext rc{formulary, langOption(a.lang), today, a.author, a.clinic, a.phone, appointments,
                                   TAPER_VERSION, a.fromDate.empty() ? today : dateOption(a.fromDate, "--from-date"),
                                   a.outOfHours};
    const report::Document doc = build(a, rc, formulary, ctx);

    if (a.format == "pdf") {
        if (a.output == "-") throw InputError("", "-o", "a PDF needs a file name, not standard output");
        const int pages = report::writePdf(doc, a.output); // atomic, 0600
        std::cerr << "opioid-taper: wrote " << a.output << " (" << pages << (pages == 1 ? " page)\n" : " pages)\n");
        return 0;
    }
    const std::string text = a.format == "html" ? report::renderHtml(doc) : report::renderMarkdown(doc);
    if (a.output == "-") std::cout << text;
    else writeFileAtomically(a.output, text);
    return 0;
}

} // namespace

void addReportCommand(CLI::App &app, Context &ctx)
{
    auto a = std::make_shared<ReportArgs>();
    CLI::App *cmd = app.add_subcommand("report", "The patient's handout or the review report (PDF, HTML, Markdown)");
    cmd->add_option("FILE", a->file, "Plan file, or a regimen file (review only), or - for standard input")->required();
    cmd->add_option("--kind", a->kind, "handout (the patient's plan) or review (for the GP / patient record)")
        ->check(CLI::IsMember({"handout", "review"}))->required();
    cmd->add_option("--format", a->format, "Output format")->check(CLI::IsMember({"pdf", "html", "md"}))->required();
    cmd->add_option("--lang", a->lang, "Language of the document: da or en")->capture_default_str();
    cmd->add_option("-o,--output", a->output, "Output file (- for standard output with html or md)")->required();
    cmd->add_option("--profile", a->profile, "Conversion profile for a regimen (a plan uses its own)")->capture_default_str();
    cmd->add_option("--as-of", a->asOf, "Evaluation date of a regimen YYYY-MM-DD (default: the file's as_of, else today)");
    cmd->add_option("--date", a->date, "Date printed on the document YYYY-MM-DD (default: today)");
    cmd->add_option("--author", a->author, "Who made the plan or review (name, role)");
    cmd->add_option("--clinic", a->clinic, "Clinic name");
    cmd->add_option("--phone", a->phone, "Clinic phone number (a blank line to fill in when not given)");
    cmd->add_option("--appointment", a->appointments, "Next appointment YYYY-MM-DD on a clinic day (repeatable; default: "
                                                       "the plan's session rhythm, moved off weekends and holidays)");
    cmd->add_option("--from-date", a->fromDate, "Handout: show the periods from the one in effect on this date YYYY-MM-DD "
                                                "(default: --date or today; an earlier date shows past periods too)");
    cmd->add_option("--out-of-hours", a->outOfHours, "Handout: who to call outside opening hours, e.g. \"1813 (Akuttelefonen)\" "
                                                     "(default: the regional lægevagt, in general words)");
    cmd->callback([a, &ctx] { ctx.exitCode = runReport(*a, ctx); });
}

} // namespace taper::cli
