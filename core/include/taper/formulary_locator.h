// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the formulary data lives, for the programs (CLI and GUI) that load it.

#include <string>

namespace taper {

/// The formulary folder: `override` when given, else $OPIOID_TAPER_FORMULARY, else
/// <executable dir>/../share/opioid-taper/formulary (build tree and installed prefix alike).
/// Never fails: the returned folder may not exist; Formulary::load reports that.
std::string locateFormulary(const std::string &override = {});

} // namespace taper
