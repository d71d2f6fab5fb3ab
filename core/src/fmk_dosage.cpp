// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/fmk_dosage.h"

#include <algorithm>

namespace taper::fmk {

namespace {

/// The product's doses in one step, in the step's order.
std::vector<StepDose> dosesOf(const Step &step, const Product *product)
{
    std::vector<StepDose> out;
    for (const StepDose &d : step.doses)
        if (d.product == product) out.push_back(d);
    return out;
}

/// Consecutive steps with equal doses joined; a step without the product ends a run (a pause).
std::vector<std::vector<Period>> runsOf(const Schedule &schedule, const Product *product)
{
    std::vector<std::vector<Period>> runs(1);
    for (const Step &step : schedule.steps) {
        std::vector<StepDose> doses = dosesOf(step, product);
        if (doses.empty()) {
            if (!runs.back().empty()) runs.emplace_back();
            continue;
        }
        std::vector<Period> &run = runs.back();
        if (!run.empty() && run.back().doses == doses) {
            run.back().end = step.end;
            continue;
        }
        run.push_back(Period{step.start, step.end, std::move(doses)});
    }
    if (runs.back().empty()) runs.pop_back();
    return runs;
}

} // namespace

std::vector<ProductDosage> dosages(const Schedule &schedule)
{
    std::vector<const Product *> products;
    for (const Step &s : schedule.steps)
        for (const StepDose &d : s.doses)
            if (std::find(products.begin(), products.end(), d.product) == products.end())
                products.push_back(d.product);
    std::vector<ProductDosage> out;
    for (const Product *product : products) {
        ProductDosage dosage{product, {}};
        for (std::vector<Period> &run : runsOf(schedule, product)) {
            Split reason = dosage.parts.empty() ? Split::None : Split::Pause;
            int used = kMaxPeriods; // start a new part for the run
            for (Period &period : run) {
                if (used + period.structures() > kMaxPeriods) {
                    dosage.parts.push_back(Part{reason, {}});
                    used = 0;
                    reason = Split::PeriodLimit;
                }
                used += period.structures();
                dosage.parts.back().periods.push_back(std::move(period));
            }
        }
        out.push_back(std::move(dosage));
    }
    return out;
}

} // namespace taper::fmk
