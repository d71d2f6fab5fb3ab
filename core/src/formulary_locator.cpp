// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/formulary_locator.h"

#include <cstdlib>
#include <filesystem>

namespace taper {

std::string locateFormulary(const std::string &override)
{
    if (!override.empty()) return override;
    if (const char *env = std::getenv("OPIOID_TAPER_FORMULARY"); env && *env) return env;
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return "share/opioid-taper/formulary";
    return (exe.parent_path().parent_path() / "share" / "opioid-taper" / "formulary")
        .lexically_normal()
        .string();
}

} // namespace taper
