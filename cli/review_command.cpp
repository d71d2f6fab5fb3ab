// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper review FILE: the pharmacist's review — MEQ side by side under several profiles, then
// the findings under the first profile grouped by severity.
#include "check_report.h"
#include "commands.h"
#include "compare_report.h"
#include "regimen_input.h"
#include "taper/rules.h"

#include <iostream>

namespace taper::cli {

namespace {

struct ReviewOptions : RegimenCommandOptions {
    std::string profiles = "dk,no-hdir,cdc-2022,cdc-2016";
};

int runReview(const ReviewOptions &o, const Context &ctx)
{
    const Lang lang = langOption(o.lang);
    const Formulary formulary = ctx.loadFormulary();
    const auto profiles = profileList(formulary, o.profiles, "--profiles");
    const Regimen regimen = readRegimenFile(formulary, o.file, o.asOf, ctx);
    const CompareInput in{regimen, meq::compare(regimen, profiles, formulary), formulary, lang};
    if (o.format == "json") {
        std::cout << compareJson(in).dump(2) << "\n";
        return 0;
    }
    const auto findings = rules::check(regimen, in.comparison.results.front(), *profiles.front(), formulary);
    std::cout << compareText(in) << "\n"
              << checkText(CheckInput{findings, *profiles.front(), regimen.asOf, formulary, lang});
    return 0;
}

} // namespace

void addReviewCommand(CLI::App &app, Context &ctx)
{
    auto options = std::make_shared<ReviewOptions>();
    CLI::App *cmd = app.add_subcommand(
        "review", "Pharmacist's review: MEQ under several profiles side by side, and findings");
    addRegimenOptions(cmd, *options);
    cmd->add_option("--profiles", options->profiles, "Comma-separated profile ids; findings use the first")
        ->capture_default_str();
    cmd->callback([options, &ctx] { ctx.exitCode = runReview(*options, ctx); });
}

} // namespace taper::cli
