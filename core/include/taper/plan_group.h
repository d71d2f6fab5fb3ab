// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tapering group (nedtrapningshold) as a folder of plan files, read the same way by every face
// (`opioid-taper group`, the GUI's group window). No plan is left out quietly (issue 15 item 11):
// every *.json file in any case is read; JSON that is no plan at all (a regimen file) is skipped and
// counted; anything else that cannot be read keeps the reader's InputError.

#include "taper/dates.h"
#include "taper/formulary.h"
#include "taper/input_error.h"
#include "taper/plan.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace taper {

/// Smertecenter Syd's tapering group has at most 5 patients (seeds 004, section 4.4.3).
inline constexpr std::size_t kGroupMaxPatients = 5;

/// What reading one file of the folder gave: exactly one of a plan, notAPlan, or an error.
struct GroupFile {
    std::filesystem::path path;
    std::optional<Plan> plan;
    bool notAPlan = false; ///< readable JSON without any plan key (hasPlanKeys), e.g. a regimen: skipped
    /// Why the file could not be read: the plan reader's refusal, or json_library_error for an error of
    /// the JSON library the strict reader does not map. Names the file, never its content.
    std::optional<InputError> error;
};

/// The files of `folder` a group reads: regular files named *.json in any case ("P.JSON"), hidden ones
/// (".lock" files, temporaries) excepted, sorted by path. Throws InputError (file = `folder`):
/// not_a_folder_of_plans when it is no folder, folder_cannot_list when it cannot be listed.
std::vector<std::filesystem::path> groupPlanFiles(const std::string &folder);

/// Reads one file as a group member (see GroupFile). Never throws InputError.
GroupFile readGroupFile(const std::filesystem::path &path, const Formulary &formulary);

/// readGroupFile of every groupPlanFiles(folder), in that order (regimen files included, notAPlan).
std::vector<GroupFile> readGroupFolder(const std::string &folder, const Formulary &formulary);

/// The index of the next planned reduction after the step current on `day` (currentStep): the first
/// later step whose total MEQ is lower than the current step's by more than 0.005 mg; none when no
/// later step is lower. Steps of equal MEQ (a product change) are not a reduction.
std::optional<std::size_t> nextReduction(const Plan &plan, Date day);

} // namespace taper
