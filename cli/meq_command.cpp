// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "compare_report.h"
#include "formulary_locator.h"
#include "meq_report.h"
#include "regimen_input.h"
#include "taper/json_reader.h"
#include "taper/meq.h"
#include "taper/regimen.h"
#include "taper/rules.h"

#include <iostream>

namespace taper::cli {

Formulary Context::loadFormulary() const
{
    return Formulary::load(locateFormulary(formularyDir));
}

Lang langOption(const std::string &text)
{
    auto lang = parseLang(text);
    if (!lang) throw InputError("", "--lang", {ProblemCode::lang_unknown, {text}});
    return *lang;
}

Date dateOption(const std::string &text, const std::string &option)
{
    auto d = parseIsoDate(text);
    if (!d) throw InputError("", option, {ProblemCode::not_a_date, {text}});
    return *d;
}

const Profile &profileOption(const Formulary &formulary, const std::string &id)
{
    if (const Profile *p = formulary.profile(id)) return *p;
    std::string known;
    for (const auto &k : formulary.profileIds())
        known += (known.empty() ? "" : ", ") + k;
    throw InputError("", "--profile", {ProblemCode::profile_unknown_choice, {id, known}});
}

namespace {

struct MeqOptions : RegimenCommandOptions {
    std::string profile = kDefaultProfileId;
    std::string compare; ///< comma-separated profile ids: side-by-side review instead of one profile
};

int runMeq(const MeqOptions &o, const Context &ctx)
{
    const Lang lang = langOption(o.lang);
    const Formulary formulary = ctx.loadFormulary();
    const Profile &profile = profileOption(formulary, o.profile);
    if (!o.compare.empty()) {
        const auto profiles = profileList(formulary, o.compare, "--compare");
        const Regimen regimen = readRegimenFile(formulary, o.file, o.asOf, ctx);
        const CompareInput in{regimen, meq::compare(regimen, profiles, formulary), formulary, lang};
        std::cout << (o.format == "json" ? compareJson(in).dump(2) + "\n" : compareText(in));
        return 0;
    }
    const Regimen regimen = readRegimenFile(formulary, o.file, o.asOf, ctx);
    const MeqResult result = meq::compute(regimen, profile, formulary);
    const std::vector<Finding> findings = rules::check(regimen, result, profile, formulary);
    const MeqReportInput in{regimen, result, findings, profile, formulary, lang};
    if (o.format == "json")
        std::cout << meqJson(in).dump(2) << "\n";
    else
        std::cout << meqText(in);
    return 0;
}

} // namespace

void addMeqCommand(CLI::App &app, Context &ctx)
{
    auto options = std::make_shared<MeqOptions>();
    CLI::App *cmd = app.add_subcommand("meq", "Daily oral morphine equivalents of a regimen, with findings");
    addRegimenOptions(cmd, *options);
    cmd->add_option("--profile", options->profile, "Conversion profile id (dk, no-hdir, cdc-2022, cdc-2016)")
        ->capture_default_str();
    cmd->add_option(
        "--compare", options->compare,
        "Side by side under these profiles, e.g. dk,no-hdir,cdc-2022,cdc-2016 (--profile is then ignored)");
    cmd->callback([options, &ctx] { ctx.exitCode = runMeq(*options, ctx); });
}

} // namespace taper::cli
