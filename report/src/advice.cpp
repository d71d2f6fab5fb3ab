// SPDX-License-Identifier: GPL-3.0-or-later
#include "advice.h"

#include "taper/text/advice_text.h"

#include <algorithm>

namespace taper::report::detail {

namespace {

struct Uses {
    bool shortActing = false; ///< an immediate-release product in any step
    bool fentanylPatch = false;
    bool buprenorphinePatch = false;
    bool patch = false;
    bool depotOral = false; ///< a depot tablet, capsule or granules
    bool fixed = false;     ///< any dose at fixed times (a patch counts)
};

Uses usesOf(const Plan &plan)
{
    Uses u;
    for (const Step &step : plan.schedule.steps)
        for (const StepDose &d : step.doses) {
            const Product &p = *d.product;
            u.fixed |= !d.prn;
            if (p.isPatch()) {
                u.patch = true;
                u.fentanylPatch |= p.substance == "fentanyl";
                u.buprenorphinePatch |= p.substance == "buprenorphine";
            } else if (p.release == Release::Immediate) {
                u.shortActing = true;
            } else {
                u.depotOral = true;
            }
        }
    for (const RegimenLine &line : plan.regimen.lines)
        if (!line.coMedication && !line.isPatch() && line.release == Release::Immediate) u.shortActing = true;
    return u;
}

/// What the plan's numbers say about its pace: whether the largest cut (mg MEQ) comes first, and
/// whether the last dose before the stop is held longer than the first step.
struct Pace {
    bool largestCutFirst = false;
    bool slowerAtTheEnd = false;
};

Pace paceOf(const Plan &plan)
{
    const auto &steps = plan.schedule.steps;
    Pace p;
    std::vector<double> cuts;
    for (std::size_t i = 1; i < steps.size(); ++i)
        cuts.push_back(steps[i - 1].totalMeq.value() - steps[i].totalMeq.value());
    if (cuts.size() >= 2)
        p.largestCutFirst =
            cuts.front() > 0 && cuts.front() + 0.005 >= *std::max_element(cuts.begin(), cuts.end());
    const auto days = [](const Step &s) { return s.end ? (*s.end - s.start).count() + 1 : 0; };
    if (steps.size() >= 3) {
        const Step &lastDose = steps[steps.size() - 2]; // the step before the last (the stop or maintenance)
        p.slowerAtTheEnd = days(lastDose) > days(steps.front());
    }
    return p;
}

} // namespace

std::vector<Advice> handoutAdvice(const Plan &plan, Lang lang)
{
    using Topic = Advice::Topic;
    const Uses u = usesOf(plan);
    const Pace pace = paceOf(plan);
    std::vector<Advice> out;
    const auto add = [&](Topic topic, std::string id, std::string text, std::vector<std::string> sources) {
        out.push_back({std::move(id), std::move(text), std::move(sources), topic});
    };
    add(Topic::Withdrawal, "withdrawal", text::adviceText(text::AdviceText::Withdrawal, lang),
        {"DK-SST-2019", "NO-HDIR-AVRUS"});
    add(Topic::Withdrawal, "withdrawal_duration",
        text::adviceText(text::AdviceText::WithdrawalDuration, lang), {"NO-HDIR-AVRUS"});
    if (pace.largestCutFirst || pace.slowerAtTheEnd)
        add(Topic::Withdrawal, "pace",
            text::adviceText(pace.largestCutFirst && pace.slowerAtTheEnd ? text::AdviceText::PaceBoth
                             : pace.largestCutFirst ? text::AdviceText::PaceLargestCutFirst
                                                    : text::AdviceText::PaceSlowerAtTheEnd,
                             lang),
            {"DK-PRO"});
    add(Topic::Withdrawal, "strong_withdrawal", text::adviceText(text::AdviceText::StrongWithdrawal, lang),
        {"NO-VANED", "US-CDC22"});
    if (u.fixed)
        add(Topic::Advice, "no_double_dose", text::adviceText(text::AdviceText::FixedTimesNoDoubleDose, lang),
            {"NO-VANED", "SPC-PIL"});
    else
        add(Topic::Advice, "no_double_dose", text::adviceText(text::AdviceText::WhenNeededNoDoubleDose, lang),
            {"NO-VANED", "SPC-PIL"});
    if (u.depotOral)
        add(Topic::Advice, "depot_whole", text::adviceText(text::AdviceText::DepotWhole, lang), {"SPC-PIL"});
    add(Topic::Advice, "box_name", text::adviceText(text::AdviceText::BoxName, lang), {"SPC-PIL"});
    if (u.patch) {
        add(Topic::Advice, "patch_not_cut", text::adviceText(text::AdviceText::PatchNotCut, lang),
            {"DK-SEP", "DK-MIDT", "SPC-PIL"});
        add(Topic::Advice, "patch_disposal", text::adviceText(text::AdviceText::PatchDisposal, lang),
            {"SPC-PIL"});
        add(Topic::Advice, "patch_heat", text::adviceText(text::AdviceText::PatchHeat, lang), {"SPC-PIL"});
    }
    if (u.fentanylPatch)
        add(Topic::Advice, "fentanyl_washout", text::adviceText(text::AdviceText::FentanylWashout, lang),
            {"DK-SEP"});
    if (u.buprenorphinePatch)
        add(Topic::Advice, "buprenorphine_washout",
            text::adviceText(text::AdviceText::BuprenorphineWashout, lang), {"DK-SEP"});
    add(Topic::Advice, "return_leftovers", text::adviceText(text::AdviceText::ReturnLeftovers, lang),
        {"SPC-PIL"});
    add(Topic::Advice, "laxative", text::adviceText(text::AdviceText::Laxative, lang), {"DK-SEP", "DK-MIDT"});
    if (u.shortActing)
        add(Topic::Advice, "driving_short_acting",
            text::adviceText(text::AdviceText::DrivingShortActing, lang), {"DK-MIDT", "DK-DRIVE"});
    add(Topic::Advice, "driving_dose_change", text::adviceText(text::AdviceText::DrivingDoseChange, lang),
        {"DK-MIDT", "DK-DRIVE"});
    add(Topic::Emergency, "tolerance", text::adviceText(text::AdviceText::Tolerance, lang),
        {"NO-VANED", "DK-PRO", "US-CDC22"});
    add(Topic::Emergency, "overdose", text::adviceText(text::AdviceText::Overdose, lang), {"SPC-PIL"});
    return out;
}

} // namespace taper::report::detail
