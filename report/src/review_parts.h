#pragma once
// Private: the parts of the review report (build_review.cpp: regimen, MEQ, comparison, findings;
// build_review_plan.cpp: taper summary, sessions with the MEQ chart, the handout's advice).

#include "common.h"

#include <set>
#include <string>

namespace taper::report::detail {

/// Source ids cited so far, for the closing source list (ordered for stable output).
using CitedSources = std::set<std::string>;

Section regimenSection(const Regimen &regimen, const ReportContext &ctx);
Section meqSection(const Regimen &regimen, const Profile &profile, const ReportContext &ctx, CitedSources &cited);
Section comparisonSection(const Regimen &regimen, const Profile &profile, const ReportContext &ctx, CitedSources &cited);
Section findingsSection(const Regimen &regimen, const Profile &profile, const ReportContext &ctx, CitedSources &cited);

Section taperSection(const Plan &plan, const ReportContext &ctx);
Section noTaperSection(const Regimen &regimen, const ReportContext &ctx);
Section sessionSection(const Plan &plan, const ReportContext &ctx);
Section adviceSection(const Plan &plan, const ReportContext &ctx, CitedSources &cited);

} // namespace taper::report::detail
