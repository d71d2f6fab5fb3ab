// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pharmacist's side-by-side review: one regimen's MEQ under several conversion profiles, with the
// low–high spread that each factor's published range gives. Pure arithmetic on meq::compute results.

#include "taper/meq.h"

#include <Eigen/Core>

#include <optional>
#include <vector>

namespace taper {

/// MEQ of one line at the low and high end of its factor's published range (same daily amount).
struct MeqRange {
    MeqPerDay low;
    MeqPerDay high;
};

struct MeqComparison {
    std::vector<const Profile *> profiles; ///< columns
    std::vector<MeqResult> results;        ///< one per profile, same order
    std::vector<std::size_t> lines;        ///< rows: regimen indices of the opioid lines
    /// lines × profiles, mg MEQ/day (PRN at max_per_day); NaN where the profile does not convert the line.
    Eigen::MatrixXd meq, low, high;
    /// Per profile: sums over the converted lines (a profile with NaN cells has a partial total).
    Eigen::VectorXd total, totalLow, totalHigh;
};

namespace meq {

/// The range of a converted line; nullopt when the line has no MEQ.
std::optional<MeqRange> rangeOf(const MeqLine &line);
/// Low and high totals of a result (PRN at max), over converted lines.
MeqRange totalRange(const MeqResult &result);
/// Computes the regimen under every profile. Preconditions as for compute(); `profiles` non-empty.
MeqComparison compare(const Regimen &regimen, const std::vector<const Profile *> &profiles,
                      const Formulary &formulary);

} // namespace meq
} // namespace taper
