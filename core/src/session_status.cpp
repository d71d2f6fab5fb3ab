// SPDX-License-Identifier: GPL-3.0-or-later
// Where a plan stands and who needs attention in the group (codes only; the CLI renders words).
#include "taper/plan.h"

namespace taper {

std::vector<Attention> attentionFlags(const Plan &plan, Date date)
{
    std::vector<Attention> flags;
    if (plan.sessions.empty()) return flags;
    const Session &last = plan.sessions.back();
    if (last.withdrawal && *last.withdrawal >= kWithdrawalModerate) flags.push_back(Attention::Withdrawal);
    const std::size_t n = plan.sessions.size();
    if (n >= 2 && last.decision == SessionDecision::Hold &&
        plan.sessions[n - 2].decision == SessionDecision::Hold)
        flags.push_back(Attention::RepeatedHold);
    if (last.tookMoreThanPlanned()) flags.push_back(Attention::TookMore);
    if (planStatus(plan, date) == PlanStatus::Maintenance) {
        for (auto it = plan.sessions.rbegin(); it != plan.sessions.rend(); ++it)
            if (it->decision == SessionDecision::StopTaper) {
                if (it->reviewDate && *it->reviewDate <= date) flags.push_back(Attention::ReviewDue);
                break;
            }
    }
    return flags;
}

PlanStatus planStatus(const Plan &plan, Date date)
{
    for (auto it = plan.sessions.rbegin(); it != plan.sessions.rend(); ++it) {
        if (it->decision == SessionDecision::Continue) continue;
        if (it->decision == SessionDecision::StopTaper) return PlanStatus::Maintenance;
        break;
    }
    const std::vector<Step> &steps = plan.schedule.steps;
    const int c = currentStep(steps, date);
    if (c + 1 == static_cast<int>(steps.size()) && steps[c].doses.empty()) return PlanStatus::Complete;
    return PlanStatus::Tapering;
}

} // namespace taper
