// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the plan reader (json::parse + readPlan, sessions included). A plan it accepts
// must write and read back to the same bytes (plan files are byte-stable). Any InputError is the
// expected answer to bad input; every other exception, a crash or a sanitizer report is a finding.
#include "fuzz_support.h"

#include "taper/input_error.h"
#include "taper/json_reader.h"
#include "taper/plan.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace taper;
    const Formulary &f = fuzz::formulary();
    Plan plan;
    try {
        plan = readPlan(json::parse(fuzz::text(data, size), "fuzz.json"), "fuzz.json", f);
    } catch (const InputError &) {
        return 0;
    }
    const std::string text = planFileText(plan);
    const Plan again = readPlan(json::parse(text, "written.json"), "written.json", f);
    if (planFileText(again) != text) __builtin_trap();
    return 0;
}
