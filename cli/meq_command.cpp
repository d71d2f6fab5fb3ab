#include "commands.h"
#include "formulary_locator.h"
#include "meq_report.h"
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
    if (!lang) throw InputError("", "--lang", "got \"" + text + "\"; expected \"en\" or \"da\"");
    return *lang;
}

Date dateOption(const std::string &text, const std::string &option)
{
    auto d = parseIsoDate(text);
    if (!d) throw InputError("", option, "got \"" + text + "\"; expected a real calendar date written YYYY-MM-DD");
    return *d;
}

const Profile &profileOption(const Formulary &formulary, const std::string &id)
{
    if (const Profile *p = formulary.profile(id)) return *p;
    std::string known;
    for (const auto &k : formulary.profileIds()) known += (known.empty() ? "" : ", ") + k;
    throw InputError("", "--profile", "unknown profile \"" + id + "\"; expected one of: " + known);
}

namespace {

struct MeqOptions {
    std::string file;
    std::string profile = "dk";
    std::string format = "text";
    std::string asOf;
    std::string lang = "en";
};

int runMeq(const MeqOptions &o, const Context &ctx)
{
    const Lang lang = langOption(o.lang);
    const Formulary formulary = ctx.loadFormulary();
    const Profile &profile = profileOption(formulary, o.profile);
    AsOfChoice asOf{std::nullopt, ctx.today};
    if (!o.asOf.empty()) asOf.override = dateOption(o.asOf, "--as-of");
    const std::string name = o.file == "-" ? "<stdin>" : o.file;
    const Regimen regimen = readRegimen(json::readFile(o.file), name, formulary, asOf);
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
    cmd->add_option("FILE", options->file, "Regimen file (JSON, schema_version 1), or - for standard input")->required();
    cmd->add_option("--profile", options->profile, "Conversion profile id (dk, no-hdir, cdc-2022, cdc-2016)")->capture_default_str();
    cmd->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    cmd->add_option("--as-of", options->asOf, "Evaluation date YYYY-MM-DD (default: the file's as_of, else today)");
    cmd->add_option("--lang", options->lang, "Language of the text: en or da")->capture_default_str();
    cmd->callback([options, &ctx] { ctx.exitCode = runMeq(*options, ctx); });
}

} // namespace taper::cli
