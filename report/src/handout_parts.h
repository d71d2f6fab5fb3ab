// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parts of the patient's handout (private to taper::report): build_handout.cpp puts them together.

#include "common.h"

#include <optional>

namespace taper::report::detail {

/// What the patient takes now and from the next change (handout_changes.cpp); none when no change lies
/// ahead of `from`.
std::optional<Section> changesSection(const Plan &plan, const ReportContext &ctx, Date from);

/// The periods from the one in effect on `from` (every period when the plan starts later), with STOP
/// rows when a medicine ends and the current period marked (handout_table.cpp).
Table stepTable(const Plan &plan, const ReportContext &ctx, Date from);

/// The index of the first step the handout shows: the step in effect on `from`, 0 before the start.
std::size_t firstShownStep(const Plan &plan, Date from);

} // namespace taper::report::detail
