// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the regimen reader (json::parse + readRegimen), and for every regimen it accepts
// the MEQ under every profile, the findings and the written form read back. Any InputError is the
// expected answer to bad input; every other exception, a crash or a sanitizer report is a finding.
#include "fuzz_support.h"

#include "taper/input_error.h"
#include "taper/json_reader.h"
#include "taper/meq.h"
#include "taper/regimen.h"
#include "taper/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace taper;
    const Formulary &f = fuzz::formulary();
    Regimen regimen;
    try {
        regimen = readRegimen(json::parse(fuzz::text(data, size), "fuzz.json"), "fuzz.json", f,
                              AsOfChoice{std::nullopt, fuzz::today()});
    } catch (const InputError &) {
        return 0;
    }
    for (const Profile &profile : f.profiles()) {
        const MeqResult meq = meq::compute(regimen, profile, f);
        (void)rules::check(regimen, meq, profile, f);
    }
    // What we write we must read back (the as_of the file had, or the one we chose).
    const json::Json written = toJson(regimen);
    const Regimen again = readRegimen(written, "written.json", f, AsOfChoice{regimen.asOf, fuzz::today()});
    if (toJson(again) != written) __builtin_trap();
    return 0;
}
