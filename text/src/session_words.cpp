// SPDX-License-Identifier: GPL-3.0-or-later
// Session words (taper/text/session_words.h).
#include "taper/text/session_words.h"

#include <algorithm>

namespace taper::text {

std::string withdrawalRatingText(std::optional<int> rating, Lang lang)
{
    if (!rating) return "-";
    static const char *const en[] = {"none", "mild", "moderate", "severe"};
    static const char *const da[] = {"ingen", "lette", "moderate", "svære"};
    const int i = std::clamp(*rating, 0, kWithdrawalMax);
    return std::to_string(*rating) + " " + (lang == Lang::Da ? da[i] : en[i]);
}

std::string attentionText(Attention flag, Lang lang)
{
    const bool da = lang == Lang::Da;
    switch (flag) {
    case Attention::Withdrawal:
        return da ? "moderate eller svære abstinenser" : "moderate or severe withdrawal";
    case Attention::RepeatedHold:
        return da ? "dosis holdt to gange i træk" : "dose held twice in a row";
    case Attention::TookMore:
        return da ? "tog mere end planlagt" : "took more than planned";
    case Attention::ReviewDue:
        return da ? "revurdering af vedligeholdelsesdosis" : "maintenance review due";
    }
    return {};
}

std::string decisionText(SessionDecision d, Lang lang)
{
    const bool da = lang == Lang::Da;
    switch (d) {
    case SessionDecision::Continue:
        return da ? "fortsæt" : "continue";
    case SessionDecision::Hold:
        return da ? "hold dosis" : "hold";
    case SessionDecision::Slow:
        return da ? "langsommere" : "slow down";
    case SessionDecision::StepBack:
        return da ? "et trin tilbage" : "step back";
    case SessionDecision::Replan:
        return da ? "ny plan" : "re-plan";
    case SessionDecision::StopTaper:
        return da ? "stop nedtrapning" : "stop taper";
    }
    return {};
}

std::string planStatusText(PlanStatus status, Lang lang)
{
    const bool da = lang == Lang::Da;
    switch (status) {
    case PlanStatus::Tapering:
        return da ? "nedtrapning i gang" : "tapering";
    case PlanStatus::Maintenance:
        return da ? "vedligeholdelsesdosis (nedtrapning stoppet)" : "maintenance dose (taper stopped)";
    case PlanStatus::Complete:
        return da ? "nedtrapning afsluttet" : "taper complete";
    }
    return {};
}

} // namespace taper::text
