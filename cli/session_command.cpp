// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper session: record a tapering-group session in a plan file and adjust the rest of the
// plan (issue 5, docs/sessions.md). Parsing, the locked compare-and-swap save, and printing only.
#include "commands.h"
#include "session_text.h"
#include "taper/json_reader.h"
#include "taper/plan.h"

#include <iostream>

namespace taper::cli {

namespace {

struct SessionArgs {
    std::string file;
    std::string date;
    std::string decision;
    std::optional<std::string> reason, by, withdrawalNote, functionNote;
    std::optional<int> withdrawal, pain, holdDays, intervalDays;
    std::optional<double> stepPercent;
    std::string actual;
    std::string reviewDate;
    std::string today;
    std::string lang = "en";
};

/// Session keys become their options; a plan option that taper::plan refuses points into the file.
[[noreturn]] void rethrowSessionError(const InputError &e, const std::string &file)
{
    const std::string &where = e.where();
    if (!e.file().empty() || (!where.empty() && where.front() == '/'))
        throw InputError(e.file().empty() ? file : e.file(), where, e.problem());
    static const char *const sessionKeys[] = {"date",          "decision",   "reason",    "actual",
                                              "withdrawal",    "pain",       "hold_days", "step_percent",
                                              "interval_days", "review_date"};
    for (const char *key : sessionKeys)
        if (where == key) {
            std::string option = "--" + where;
            for (char &c : option)
                if (c == '_') c = '-';
            throw InputError("", option, e.problem());
        }
    throw InputError(file, "/options/" + where, e.problem());
}

int runSession(const SessionArgs &a, Context &ctx)
{
    const Lang lang = langOption(a.lang);
    const Date today = a.today.empty() ? ctx.today : dateOption(a.today, "--today");
    const Formulary formulary = ctx.loadFormulary();
    SessionInput in;
    in.date = dateOption(a.date, "--date");
    in.decision = *parseEnum<SessionDecision>(a.decision);
    in.reason = a.reason;
    in.by = a.by;
    in.withdrawalNote = a.withdrawalNote;
    in.functionNote = a.functionNote;
    in.withdrawal = a.withdrawal;
    in.pain = a.pain;
    in.holdDays = a.holdDays;
    in.intervalDays = a.intervalDays;
    in.stepPercent = a.stepPercent;
    if (!a.reviewDate.empty()) in.reviewDate = dateOption(a.reviewDate, "--review-date");
    if (!a.actual.empty()) {
        const std::string name = a.actual == "-" ? "<stdin>" : a.actual;
        in.actual = readRegimen(json::readFile(a.actual), name, formulary, AsOfChoice{in.date, today},
                                LineUse::Taken);
    }
    const Plan before = readPlanFile(a.file, formulary);
    Plan after;
    try {
        after = recordSession(before, in, today, formulary);
    } catch (const InputError &e) {
        rethrowSessionError(e, a.file);
    }
    savePlanFile(a.file, after, before.revision, formulary);
    ctx.savedFile = a.file;

    const Session &s = after.sessions.back();
    const bool da = lang == Lang::Da;
    std::cout << (da ? "Konsultation " : "Session ") << formatIsoDate(s.date)
              << (da ? " registreret: " : " recorded: ") << decisionText(s.decision, lang)
              << (da ? "; planens revision " : "; plan revision ") << after.revision << ".\n";
    if (s.increase)
        std::cout << (da ? "Bevidst øgning af dosis: " : "Deliberate dose increase: ")
                  << formatAmount(s.increase->from.value(), lang) << " -> "
                  << formatAmount(s.increase->to.value(), lang) << " mg MEQ/" << (da ? "døgn" : "day")
                  << ".\n";
    if (s.reviewDate)
        std::cout << (da ? "Vedligeholdelsesdosis; revurderes " : "Maintenance dose; review on ")
                  << formatIsoDate(*s.reviewDate) << ".\n";
    std::cout << maintenanceFindingText(s, formulary, lang, "  ");
    std::cout << "\n" << upcomingText(after, s.date, formulary, lang);
    return 0;
}

} // namespace

void addSessionCommand(CLI::App &app, Context &ctx)
{
    auto a = std::make_shared<SessionArgs>();
    CLI::App *cmd = app.add_subcommand("session", "Record a tapering-group session and adjust the plan file");
    cmd->add_option("PLAN", a->file, "Plan file (from opioid-taper taper -o)")->required();
    cmd->add_option("--date", a->date, "Date of the session YYYY-MM-DD")->required();
    cmd->add_option("--decision", a->decision, "continue, hold, slow, step_back, replan or stop_taper")
        ->required()
        ->check(CLI::IsMember({"continue", "hold", "slow", "step_back", "replan", "stop_taper"}));
    cmd->add_option("--reason", a->reason, "Why (required for step_back)");
    cmd->add_option("--withdrawal", a->withdrawal, "Withdrawal symptoms 0-3 (none, mild, moderate, severe)");
    cmd->add_option("--withdrawal-note", a->withdrawalNote, "Withdrawal symptoms in words");
    cmd->add_option("--pain", a->pain, "Pain NRS 0-10");
    cmd->add_option("--function-note", a->functionNote, "Function and sleep");
    cmd->add_option("--actual", a->actual,
                    "Regimen file: what the patient actually took (default: the planned step)");
    cmd->add_option("--by", a->by, "Who recorded it (role/initials)");
    cmd->add_option("--hold-days", a->holdDays,
                    "hold: days to stay on the current dose (default: one interval)");
    cmd->add_option("--step-percent", a->stepPercent, "slow/step_back/replan: new largest cut per step in %");
    cmd->add_option("--interval-days", a->intervalDays, "slow/step_back/replan: new days per step");
    cmd->add_option("--review-date", a->reviewDate, "stop_taper: review date (default: 3 months on)");
    cmd->add_option("--today", a->today,
                    "What today is for the date checks (default: today in Denmark, or in the zone TZ names)");
    cmd->add_option("--lang", a->lang, "Language of the summary: en or da")->capture_default_str();
    cmd->callback([a, &ctx] { ctx.exitCode = runSession(*a, ctx); });
}

} // namespace taper::cli
