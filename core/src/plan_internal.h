#pragma once
// Shared between plan_json.cpp and plan_io.cpp (not installed).
#include "taper/plan.h"

namespace taper {

/// A required ISO date member.
Date readPlanDate(json::ObjectReader &r, std::string_view key);

/// A required member holding one of the enum's names.
template <class E>
E readPlanEnum(json::ObjectReader &r, std::string_view key)
{
    const std::string text = r.string(key);
    auto value = parseEnum<E>(text);
    if (!value) r.fail(key, "got \"" + text + "\"; expected " + expectedList<E>());
    return *value;
}

json::Json stepsJson(const std::vector<Step> &steps);
std::vector<Step> readSteps(const json::Json &array, const std::string &pointer, const std::string &file,
                            const Formulary &formulary);
/// Reads profile, options, steps, dispense_total and notes from `r`.
Schedule readSchedule(json::ObjectReader &r, const std::string &file, const Formulary &formulary);

} // namespace taper
