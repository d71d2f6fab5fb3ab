// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How far a number field lets a person type. A QSpinBox drops a keystroke that would pass its maximum
// (a 60 % step typed into a field capped at 50 became 6 %), so fields accept anything of the right
// shape up to these bounds and the core refuses what its limits do not allow — with its reason, beside
// the field, and the typed value left as typed.

namespace taper::gui {

inline constexpr double kTypingMaxPercent = 100; ///< any percentage
inline constexpr int kTypingMaxDays = 999;       ///< intervals and holds (the core allows 1–90)
inline constexpr int kTypingMaxIntervals = 99;   ///< holds in intervals

} // namespace taper::gui
