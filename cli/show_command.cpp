// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper show: a plan file as the nurse and doctor read it — status, the current and next steps,
// the session history, and with --history the earlier versions of the steps (issue 5).
#include "commands.h"
#include "session_text.h"
#include "taper/plan.h"
#include "taper/visible_text.h"

#include <iostream>

namespace taper::cli {

namespace {

struct ShowArgs {
    std::string file;
    bool history = false;
    std::string today;
    std::string lang = "en";
};

int runShow(const ShowArgs &a, const Context &ctx)
{
    const Lang lang = langOption(a.lang);
    const bool da = lang == Lang::Da;
    const Date today = a.today.empty() ? ctx.today : dateOption(a.today, "--today");
    const Formulary formulary = ctx.loadFormulary();
    const Plan plan = readPlanFile(a.file, formulary);
    const std::vector<Step> &steps = plan.schedule.steps;

    // Free text from the file is shown with its controls made visible (an ANSI escape in a label must
    // not recolour or clear the nurse's terminal); session reasons likewise in session_text.cpp.
    const std::string label = plan.label ? visibleText(*plan.label) : da ? "(uden navn)" : "(no label)";
    std::cout << (da ? "Plan: " : "Plan: ") << label << " — revision " << plan.revision << ", "
              << (da ? "profil " : "profile ") << visibleText(plan.schedule.profile)
              << (da ? ", lavet " : ", created ") << formatIsoDate(plan.created) << "\n";
    std::cout << (da ? "Status " : "Status on ") << formatIsoDate(today) << ": "
              << planStatusText(planStatus(plan, today), lang);
    std::string kept; // the maintenance dose's threshold finding, when stop_taper kept one
    for (auto it = plan.sessions.rbegin(); it != plan.sessions.rend(); ++it)
        if (it->decision == SessionDecision::StopTaper &&
            planStatus(plan, today) == PlanStatus::Maintenance) {
            std::cout << (da ? ", revurderes " : ", review on ") << formatIsoDate(*it->reviewDate);
            kept = maintenanceFindingText(*it, formulary, lang, "  ");
            break;
        }
    std::cout << "\n" << kept;
    int now = 0;
    for (const Step &st : steps)
        if (st.start <= today) now = st.index;
    const Step &cur = steps[now];
    std::cout << (da ? "Nuværende trin: " : "Current step: ") << now << " (" << formatIsoDate(cur.start)
              << " – " << (cur.end ? formatIsoDate(*cur.end) : "") << "), "
              << formatAmount(cur.totalMeq.value(), lang) << " mg MEQ/" << (da ? "døgn" : "day") << ", "
              << formatAmount(cur.percentOfStart, lang) << " %\n";
    if (now + 1 < static_cast<int>(steps.size())) {
        const Step &next = steps[now + 1];
        std::cout << (da ? "Næste ændring: " : "Next change: ") << formatIsoDate(next.start)
                  << (da ? ", trin " : ", step ") << next.index << ", "
                  << formatAmount(next.totalMeq.value(), lang) << " mg MEQ/" << (da ? "døgn" : "day") << "\n";
    }
    for (const Attention f : attentionFlags(plan, today))
        std::cout << (da ? "Opmærksomhed: " : "Attention: ") << text::attentionText(f, lang) << "\n";
    std::cout << "\n" << upcomingText(plan, today, formulary, lang) << "\n";
    std::cout << (da ? "Konsultationer:\n" : "Sessions:\n") << sessionTable(plan, lang);
    if (a.history) std::cout << "\n" << historyText(plan, lang);
    return 0;
}

} // namespace

void addShowCommand(CLI::App &app, Context &ctx)
{
    auto a = std::make_shared<ShowArgs>();
    CLI::App *cmd = app.add_subcommand("show", "Show a plan file: current step, next dates, session history");
    cmd->add_option("PLAN", a->file, "Plan file")->required();
    cmd->add_flag("--history", a->history, "Also list the earlier versions of the steps");
    cmd->add_option("--today", a->today,
                    "The date to show the plan at (default: today in Denmark, or in the zone TZ names)");
    cmd->add_option("--lang", a->lang, "en or da")->capture_default_str();
    cmd->callback([a, &ctx] { ctx.exitCode = runShow(*a, ctx); });
}

} // namespace taper::cli
