// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper taper: plan a taper for a regimen (issue 4). Parsing and rendering only; the plan
// itself comes from taper::plan.
#include "commands.h"
#include "taper/json_reader.h"
#include "taper/packs.h"
#include "taper/plan.h"
#include "taper/plan_overwrite.h"
#include "taper/taper.h"
#include "taper_text.h"

#include <iostream>

namespace taper::cli {

namespace {

/// The schedule's JSON with, in each step, "packs": per dispensed product what to prescribe with the
/// least waste (taper/packs.h; empty "packs" without known pack sizes). Output only, not in plan files.
json::Json scheduleJsonWithPacks(const Schedule &schedule)
{
    json::Json j = toJson(schedule);
    for (std::size_t i = 0; i < schedule.steps.size(); ++i) {
        json::Json list = json::Json::array();
        for (const PeriodPacks &p : periodPacks(schedule.steps[i].dispense)) {
            json::Json packs = json::Json::array();
            for (const PackCount &pc : p.packs) {
                json::Json one = {{"units", pc.units}, {"count", pc.count}};
                if (!pc.varenummer.empty()) one["varenummer"] = pc.varenummer;
                packs.push_back(one);
            }
            list.push_back({{"product", p.product->id},
                            {"units_needed", p.unitsNeeded},
                            {"packs", packs},
                            {"units_in_packs", p.unitsInPacks}});
        }
        j["steps"][i]["packs"] = list;
    }
    return j;
}

struct TaperArgs {
    std::string file;
    std::string start;
    std::string today;
    int intervalDays = 14;
    std::string method = "proportional";
    double stepPercent = 10;
    double switchAtPercent = 30;
    std::vector<double> customPercents;
    double targetMeq = 0;
    std::optional<double> minStepMeq;
    bool noIrTail = false;
    std::string largerDose = "evening";
    bool noConsolidate = false;
    std::string rotateTo;
    double crossTolerance = 25;
    bool parallel = false;
    int maxHoldIntervals = 3;
    bool noAlignToSessions = false;
    bool allowUnconfirmed = false;
    bool fineTail = false;
    bool explicitPace = false; ///< --interval-days or --step-percent given: no short-exposure pace
    std::string profile = kDefaultProfileId;
    std::string format = "text";
    std::string output;
    std::string label;
    std::string lang = "en";
    bool force = false;
};

/// Core errors name option keys ("interval_days"); on the command line they are "--interval-days".
[[noreturn]] void rethrowTaperError(const InputError &e, const std::string &file)
{
    std::string where = e.where();
    if (!where.empty() && where.front() == '/') throw InputError(file, where, e.problem());
    for (char &c : where)
        if (c == '_') c = '-';
    if (where == "target-meq" || where == "interval-days" || where == "step-percent" ||
        where == "rotate-to" || where == "cross-tolerance-reduction" || where == "switch-at-percent" ||
        where == "custom-percents" || where == "min-step-meq" || where == "max-hold-intervals" ||
        where == "profile" || where == "start")
        where = "--" + (where == "custom-percents" ? std::string("custom-percent") : where);
    throw InputError("", where, e.problem());
}

TaperOptions toOptions(const TaperArgs &a, const Context &ctx)
{
    TaperOptions o;
    o.start = a.start.empty() ? ctx.today : dateOption(a.start, "--start");
    o.intervalDays = a.intervalDays;
    o.method = *parseEnum<TaperMethod>(a.method);
    o.stepPercent = a.stepPercent;
    o.switchAtPercent = a.switchAtPercent;
    o.customPercents = a.customPercents;
    o.targetMeq = MeqPerDay(a.targetMeq);
    if (a.minStepMeq) o.minStepMeq = MeqPerDay(*a.minStepMeq);
    o.allowIrTail = !a.noIrTail;
    o.largerDose = *parseEnum<LargerDose>(a.largerDose);
    o.consolidate = !a.noConsolidate;
    if (!a.rotateTo.empty()) o.rotateTo = a.rotateTo;
    o.crossToleranceReduction = a.crossTolerance;
    o.parallel = a.parallel;
    o.maxHoldIntervals = a.maxHoldIntervals;
    o.alignToSessions = !a.noAlignToSessions;
    o.allowUnconfirmed = a.allowUnconfirmed;
    o.fineTail = a.fineTail;
    // An explicit interval or step is the user's choice: the short-exposure pace never overrides it.
    o.shortExposurePace = !a.explicitPace;
    return o;
}

int runTaper(const TaperArgs &a, Context &ctx)
{
    const Lang lang = langOption(a.lang); // checked before anything is written
    if (!a.today.empty()) ctx.today = dateOption(a.today, "--today");
    const Formulary formulary = ctx.loadFormulary();
    const Profile &profile = profileOption(formulary, a.profile);
    const std::string name = a.file == "-" ? "<stdin>" : a.file;
    const Regimen regimen =
        readRegimen(json::readFile(a.file), name, formulary, AsOfChoice{std::nullopt, ctx.today});
    const TaperOptions options = toOptions(a, ctx);
    Schedule schedule;
    try {
        validateOptions(options);
        schedule = plan(regimen, options, profile, formulary);
    } catch (const InputError &e) {
        rethrowTaperError(e, name);
    }
    if (!a.output.empty()) {
        Plan p;
        p.created = ctx.today;
        if (!a.label.empty()) {
            if (looksLikeCpr(a.label))
                std::cerr
                    << "opioid-taper: warning: --label looks like a CPR number; use a pseudonymous label\n";
            p.label = a.label;
        }
        p.regimen = regimen;
        p.schedule = schedule;
        if (!a.force) refuseLosingAPlan(a.output);
        writePlanFile(a.output, p, formulary);
        ctx.savedFile = a.output;
    }
    if (a.format == "json")
        std::cout << scheduleJsonWithPacks(schedule).dump(2) << "\n";
    else
        std::cout << taperText(schedule, formulary, lang);
    return 0;
}

} // namespace

void refuseLosingAPlan(const std::string &path)
{
    const OverwriteRisk risk = overwriteRiskOfFile(path);
    if (risk.kind == OverwriteRisk::Kind::Unreadable)
        throw InputError(path, "", {ProblemCode::overwrite_unreadable});
    if (risk.kind == OverwriteRisk::Kind::Plan) {
        const std::string revision = std::to_string(risk.revision), sessions = std::to_string(risk.sessions);
        if (risk.revision <= 0)
            throw InputError(path, "", {ProblemCode::overwrite_plan_unversioned, {sessions}});
        if (risk.sessions == 1)
            throw InputError(path, "", {ProblemCode::overwrite_plan_one_session, {revision}});
        throw InputError(path, "", {ProblemCode::overwrite_plan, {revision, sessions}});
    }
}

void addTaperCommand(CLI::App &app, Context &ctx)
{
    auto a = std::make_shared<TaperArgs>();
    CLI::App *cmd = app.add_subcommand("taper", "A dispensable stepwise taper plan for a regimen");
    cmd->add_option("REGIMEN", a->file, "Regimen file (JSON, schema_version 1), or - for standard input")
        ->required();
    cmd->add_option("--start", a->start, "First day of the plan YYYY-MM-DD (default: today)");
    cmd->add_option(
        "--today", a->today,
        "What today is: the plan file's creation date, the default start and as_of (default: today in "
        "Denmark, or in the zone TZ names)");
    auto *interval = cmd->add_option("--interval-days", a->intervalDays,
                                     "Days per step (1-" + std::to_string(kMaxIntervalDays) + ")")
                         ->capture_default_str();
    cmd->add_option("--method", a->method, "proportional, linear or custom")
        ->check(CLI::IsMember({"proportional", "linear", "custom"}))
        ->capture_default_str();
    auto *step = cmd->add_option("--step-percent", a->stepPercent,
                                 "Largest cut per step in % (0-" + json::formatNumber(kMaxStepPercent) + "]")
                     ->capture_default_str();
    cmd->add_option("--switch-at-percent", a->switchAtPercent,
                    "linear: go proportional below this % of the start")
        ->capture_default_str();
    cmd->add_option("--custom-percent", a->customPercents,
                    "custom: target % of the start per step (comma list)")
        ->delimiter(',');
    cmd->add_option("--target-meq", a->targetMeq, "Where the plan ends, mg MEQ/day")->capture_default_str();
    cmd->add_option("--min-step-meq", a->minStepMeq, "Smallest cut per step, mg MEQ/day");
    cmd->add_flag("--no-ir-tail", a->noIrTail, "Do not finish with immediate-release tablets or solution");
    cmd->add_option("--larger-dose", a->largerDose, "Where an uneven split puts the larger dose")
        ->check(CLI::IsMember({"evening", "morning"}))
        ->capture_default_str();
    cmd->add_flag("--no-consolidate", a->noConsolidate, "Keep short-acting lines as they are at step 0");
    auto *rotate = cmd->add_option("--rotate-to", a->rotateTo, "Switch to this substance (e.g. morphine)");
    cmd->add_option("--cross-tolerance-reduction", a->crossTolerance,
                    "% cut on rotation (" + json::formatNumber(kMinCrossToleranceReduction) + "-" +
                        json::formatNumber(kMaxCrossToleranceReduction) + ")")
        ->needs(rotate)
        ->capture_default_str();
    cmd->add_flag("--parallel", a->parallel, "Reduce every line at each step");
    cmd->add_option(
           "--max-hold-intervals", a->maxHoldIntervals,
           "A step after a larger cut than requested lasts up to this many intervals (1-6; 1: never longer)")
        ->capture_default_str();
    cmd->add_flag("--no-align-to-sessions", a->noAlignToSessions,
                  "Do not keep every dose change on start + a whole number of intervals");
    cmd->add_flag("--allow-unconfirmed", a->allowUnconfirmed,
                  "Also use strengths whose Danish availability is not confirmed");
    cmd->add_flag("--fine-tail", a->fineTail,
                  "Finish with the oral solution where there is one (1 mg morphine steps; a longer end)");
    cmd->add_option("--profile", a->profile, "Conversion profile id")->capture_default_str();
    cmd->add_option("--format", a->format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    auto *output =
        cmd->add_option("-o,--output", a->output, "Also write the plan file here (atomically, mode 0600)");
    cmd->add_flag("--force", a->force,
                  "Replace a plan file that has sessions or a revision above 1 (its history is lost)")
        ->needs(output);
    cmd->add_option("--lang", a->lang, "Language of the text table: en or da")->capture_default_str();
    cmd->add_option("--label", a->label, "Free-text patient label for the plan file (never a CPR number)");
    cmd->callback([a, interval, step, &ctx] {
        a->explicitPace = interval->count() > 0 || step->count() > 0;
        ctx.exitCode = runTaper(*a, ctx);
    });
}

} // namespace taper::cli
