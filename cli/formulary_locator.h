// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lookup rule lives in the core (shared with the GUI); the CLI keeps its name for it.
#include "taper/formulary_locator.h"

namespace taper::cli {
using taper::locateFormulary;
} // namespace taper::cli
