// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper check FILE: the findings only, grouped by severity, with their sources.
#include "check_report.h"
#include "commands.h"
#include "regimen_input.h"
#include "taper/meq.h"
#include "taper/rules.h"

#include <iostream>

namespace taper::cli {

namespace {

struct CheckOptions : RegimenCommandOptions {
    std::string profile = kDefaultProfileId;
};

int runCheck(const CheckOptions &o, const Context &ctx)
{
    const Lang lang = langOption(o.lang);
    const Formulary formulary = ctx.loadFormulary();
    const Profile &profile = profileOption(formulary, o.profile);
    const Regimen regimen = readRegimenFile(formulary, o.file, o.asOf, ctx);
    const auto findings =
        rules::check(regimen, meq::compute(regimen, profile, formulary), profile, formulary);
    const CheckInput in{findings, profile, regimen.asOf, formulary, lang};
    std::cout << (o.format == "json" ? checkJson(in).dump(2) + "\n" : checkText(in));
    return 0;
}

} // namespace

void addCheckCommand(CLI::App &app, Context &ctx)
{
    auto options = std::make_shared<CheckOptions>();
    CLI::App *cmd =
        app.add_subcommand("check", "Findings of a regimen only, grouped by severity, with sources");
    addRegimenOptions(cmd, *options);
    cmd->add_option("--profile", options->profile, "Conversion profile id (thresholds, coverage)")
        ->capture_default_str();
    cmd->callback([options, &ctx] { ctx.exitCode = runCheck(*options, ctx); });
}

} // namespace taper::cli
