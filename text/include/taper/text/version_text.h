// SPDX-License-Identifier: GPL-3.0-or-later
// The --version text of both programs, so a printed report can be traced to the build and the data.
#pragma once

#include <string>
#include <string_view>

namespace taper::text {

/// Locates the formulary as the programs do (`formularyOption`: --formulary, empty when not given;
/// taper/formulary_locator.h), loads it, and words the result in English, like --help; ends with a
/// newline:
///   opioid-taper 0.1.0
///   commit b575601c1f2a
///   formulary data 2026-12-05 (/usr/share/opioid-taper/formulary)
/// When the formulary cannot be loaded the last line says so and why ("formulary not loaded from
/// DIR: …"): the version is still printed. Folder, data version and reason are shown with controls
/// made visible (taper/visible_text.h).
std::string versionText(std::string_view program, const std::string &formularyOption);

} // namespace taper::text
