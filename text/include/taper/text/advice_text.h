// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The patient advice of the handout (and the review letter's appendix that lists it), in Danish and
// English: part of the one wording catalogue. Which advice a plan gets, and its sources, is the
// report's choice (report/src/advice.cpp); the sentences are here. Danish wording follows
// ../shared/reference/danish-style.md.

#include "taper/text/finding_text.h"

#include <string>

namespace taper::text {

enum class AdviceText {
    Withdrawal,
    WithdrawalDuration,
    PaceBoth,
    PaceLargestCutFirst,
    PaceSlowerAtTheEnd,
    StrongWithdrawal,
    FixedTimesNoDoubleDose,
    WhenNeededNoDoubleDose,
    DepotWhole,
    BoxName,
    PatchNotCut,
    PatchDisposal,
    PatchHeat,
    FentanylWashout,
    BuprenorphineWashout,
    ReturnLeftovers,
    Laxative,
    DrivingShortActing,
    DrivingDoseChange,
    Tolerance,
    Overdose
};

/// How many AdviceText values there are (Overdose is the last).
inline constexpr int kAdviceTextCount = static_cast<int>(AdviceText::Overdose) + 1;

/// The sentence for `advice` in `lang`.
std::string adviceText(AdviceText advice, Lang lang);

} // namespace taper::text
