// SPDX-License-Identifier: GPL-3.0-or-later
#include "regimen_input.h"

#include "taper/json_reader.h"

#include <algorithm>

namespace taper::cli {

void addRegimenOptions(CLI::App *cmd, RegimenCommandOptions &o)
{
    cmd->add_option("FILE", o.file, "Regimen file (JSON, schema_version 1), or - for standard input")
        ->required();
    cmd->add_option("--format", o.format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    cmd->add_option("--as-of", o.asOf, "Evaluation date YYYY-MM-DD (default: the file's as_of, else today)");
    cmd->add_option("--lang", o.lang, "Language of the text: en or da")->capture_default_str();
}

Regimen readRegimenFile(const Formulary &formulary, const std::string &file, const std::string &asOf,
                        const Context &ctx)
{
    AsOfChoice choice{std::nullopt, ctx.today};
    if (!asOf.empty()) choice.override = dateOption(asOf, "--as-of");
    const std::string name = file == "-" ? "<stdin>" : file;
    return readRegimen(json::readFile(file), name, formulary, choice);
}

std::vector<const Profile *> profileList(const Formulary &formulary, const std::string &ids,
                                         const std::string &option)
{
    std::vector<const Profile *> profiles;
    std::size_t start = 0;
    while (start <= ids.size()) {
        std::size_t end = ids.find(',', start);
        if (end == std::string::npos) end = ids.size();
        const std::string id = ids.substr(start, end - start);
        const Profile *p = formulary.profile(id);
        if (!p) {
            std::string known;
            for (const auto &k : formulary.profileIds())
                known += (known.empty() ? "" : ", ") + k;
            throw InputError("", option, {ProblemCode::profile_list_unknown, {id, known}});
        }
        if (std::find(profiles.begin(), profiles.end(), p) != profiles.end())
            throw InputError("", option, {ProblemCode::profile_listed_twice, {id}});
        profiles.push_back(p);
        start = end + 1;
    }
    return profiles;
}

} // namespace taper::cli
