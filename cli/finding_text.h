// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The finding wording lives in the taper_text library (text/), shared with the report library; the
// CLI uses it under its own namespace.

#include "taper/text/finding_text.h"

namespace taper::cli {

using text::findingMessage;
using text::formatAmount;
using text::Lang;
using text::parseLang;
using text::severityLabel;
using text::sourceCitation;

} // namespace taper::cli
