// SPDX-License-Identifier: GPL-3.0-or-later
// A folder of plan files as a tapering group (taper/plan_group.h).
#include "taper/plan_group.h"

#include "taper/plan_overwrite.h"
#include "taper/session.h"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace taper {

namespace fs = std::filesystem;

namespace {

/// JSON library errors the strict reader does not map say what they read ("parsing '1e309'"): only the
/// file is named.
InputError libraryError(const fs::path &path)
{
    return InputError(path.string(), "", {ProblemCode::json_library_error});
}

bool isJsonName(const fs::path &path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".json" && !path.filename().string().starts_with(".");
}

[[noreturn]] void cannotList(const std::string &folder, const std::error_code &ec)
{
    throw InputError(folder, "", {ProblemCode::folder_cannot_list, {systemErrorToken(ec.value())}});
}

} // namespace

std::vector<fs::path> groupPlanFiles(const std::string &folder)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) throw InputError(folder, "", {ProblemCode::not_a_folder_of_plans});
    std::vector<fs::path> files;
    fs::directory_iterator it(folder, ec);
    if (ec) cannotList(folder, ec);
    for (; it != fs::directory_iterator(); it.increment(ec)) { // an error ends the loop: checked below
        std::error_code statError; // a name that cannot be examined counts as no regular file
        if (isJsonName(it->path()) && it->is_regular_file(statError)) files.push_back(it->path());
    }
    if (ec) cannotList(folder, ec);
    std::sort(files.begin(), files.end());
    return files;
}

GroupFile readGroupFile(const fs::path &path, const Formulary &formulary)
{
    GroupFile file;
    file.path = path;
    std::optional<InputError> refusal;
    try {
        file.plan = readPlanFile(path.string(), formulary);
        return file;
    } catch (const InputError &e) {
        refusal = e;
    } catch (const json::Json::exception &) {
        refusal = libraryError(path);
    }
    // Not a plan the reader accepts: skip it only if it is readable JSON without any plan key.
    try {
        file.notAPlan = !hasPlanKeys(json::readFile(path.string(), kMaxPlanFileBytes));
        if (!file.notAPlan) file.error = std::move(refusal);
    } catch (const InputError &e) {
        file.error = e;
    } catch (const json::Json::exception &) {
        file.error = libraryError(path);
    }
    return file;
}

std::vector<GroupFile> readGroupFolder(const std::string &folder, const Formulary &formulary)
{
    std::vector<GroupFile> files;
    for (const fs::path &path : groupPlanFiles(folder))
        files.push_back(readGroupFile(path, formulary));
    return files;
}

std::optional<std::size_t> nextReduction(const Plan &plan, Date day)
{
    const std::vector<Step> &steps = plan.schedule.steps;
    if (steps.empty()) return std::nullopt;
    const auto current = static_cast<std::size_t>(currentStep(steps, day));
    const double now = steps[current].totalMeq.value();
    for (std::size_t k = current + 1; k < steps.size(); ++k)
        if (steps[k].totalMeq.value() < now - 0.005) return k;
    return std::nullopt;
}

} // namespace taper
