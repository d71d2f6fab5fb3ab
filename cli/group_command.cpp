// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper group: the nurse's view of a tapering group — every plan file in a folder with its
// current step, next planned reduction and who needs attention (issue 5). No plan is left out quietly
// (issue 15 item 11): every *.json file (any case) is read; one that cannot be read as JSON, or a plan
// the reader refuses (a damaged plan), is named on stderr with the reason and counted on the last
// line; only JSON that is no plan at all (a regimen file) is skipped, and counted. Which files are read
// and what each gave is the core's (taper/plan_group.h), shared with the GUI's group window.
#include "commands.h"
#include "session_text.h"
#include "taper/plan_group.h"
#include "taper/text/problem_text.h"
#include "taper/visible_text.h"

#include <filesystem>
#include <iostream>

namespace taper::cli {

namespace {

struct GroupArgs {
    std::string folder;
    std::string date;
    std::string lang = "en";
};

void printPlanRow(const std::string &file, const Plan &plan, Date day, Lang lang)
{
    const bool da = lang == Lang::Da;
    const std::vector<Step> &steps = plan.schedule.steps;
    const int c = currentStep(steps, day);
    std::string next = "-";
    if (const std::optional<std::size_t> k = nextReduction(plan, day))
        next = formatIsoDate(steps[*k].start) + " -> " + formatAmount(steps[*k].totalMeq.value(), lang);
    if (planStatus(plan, day) == PlanStatus::Maintenance) next = da ? "(vedligeholdelse)" : "(maintenance)";
    std::string last = "-";
    if (!plan.sessions.empty())
        last = formatIsoDate(plan.sessions.back().date) + " " +
               decisionText(plan.sessions.back().decision, lang);
    std::string flags;
    for (const Attention f : attentionFlags(plan, day))
        flags += (flags.empty() ? "" : "; ") + text::attentionText(f, lang);
    std::cout << padCell(visibleText(plan.label.value_or(file)), 22)
              << padCell(std::to_string(c) + ": " + formatAmount(steps[c].totalMeq.value(), lang), 20)
              << padCell(next, 26) << padCell(last, 28) << (flags.empty() ? "-" : flags) << "\n";
}

int runGroup(const GroupArgs &a, const Context &ctx)
{
    const Lang lang = langOption(a.lang);
    const bool da = lang == Lang::Da;
    const Date day = dateOption(a.date, "--date");
    const std::vector<std::filesystem::path> files = groupPlanFiles(a.folder);
    const Formulary formulary = ctx.loadFormulary();
    std::vector<std::pair<std::string, Plan>> plans;
    std::vector<std::string> unreadable;
    int skipped = 0;
    for (const std::filesystem::path &p : files) {
        GroupFile r = readGroupFile(p, formulary);
        if (r.plan)
            plans.emplace_back(p.filename().string(), std::move(*r.plan));
        else if (r.notAPlan)
            ++skipped;
        else {
            std::cerr << "opioid-taper: error: "
                      << visibleText(text::inputErrorText(*r.error, text::Lang::En)) << "\n";
            unreadable.push_back(visibleText(p.filename().string()));
        }
    }
    std::cout << (da ? "Nedtrapningshold " : "Tapering group ") << formatIsoDate(day) << ": " << plans.size()
              << (da ? " plan(er)\n" : " plan(s)\n");
    if (plans.size() > kGroupMaxPatients)
        std::cout << (da ? "Bemærk: et nedtrapningshold har højst 5 patienter.\n"
                         : "Note: a tapering group has at most 5 patients.\n");
    std::cout << padCell(da ? "Patient" : "Patient", 22)
              << padCell(da ? "Trin nu (mg MEQ)" : "Step now (mg MEQ)", 20)
              << padCell(da ? "Næste nedsættelse" : "Next reduction", 26)
              << padCell(da ? "Sidste konsultation" : "Last session", 28)
              << (da ? "Opmærksomhed" : "Attention") << "\n";
    for (const auto &[file, plan] : plans)
        printPlanRow(file, plan, day, lang);
    if (!unreadable.empty()) {
        std::string names;
        for (const std::string &n : unreadable)
            names += (names.empty() ? "" : ", ") + n;
        std::cout << (da ? "Kunne ikke læse " : "Could not read ") << unreadable.size()
                  << (da ? " fil(er): " : " file(s): ") << names
                  << (da ? " (årsagen står i fejlmeddelelserne).\n"
                         : " (the reasons are in the error messages).\n");
    }
    if (skipped)
        std::cout << (da ? "Sprang " : "Skipped ") << skipped
                  << (da ? " JSON-fil(er) over, som ikke er en plan (fx en ordination).\n"
                         : " JSON file(s) that are not a plan (e.g. a regimen).\n");
    return unreadable.empty() ? 0 : 2;
}

} // namespace

void addGroupCommand(CLI::App &app, Context &ctx)
{
    auto a = std::make_shared<GroupArgs>();
    CLI::App *cmd =
        app.add_subcommand("group", "The tapering group at a glance: every plan file in a folder");
    cmd->add_option("FOLDER", a->folder, "Folder with the group's plan files")->required();
    cmd->add_option("--date", a->date, "The group's meeting date YYYY-MM-DD")->required();
    cmd->add_option("--lang", a->lang, "en or da")->capture_default_str();
    cmd->callback([a, &ctx] { ctx.exitCode = runGroup(*a, ctx); });
}

} // namespace taper::cli
