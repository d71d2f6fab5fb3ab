#pragma once
#include <string>

namespace taper::cli {

/// The formulary folder: `override` when given, else $OPIOID_TAPER_FORMULARY, else
/// <executable dir>/../share/opioid-taper/formulary (build tree and installed prefix alike).
std::string locateFormulary(const std::string &override);

} // namespace taper::cli
