// SPDX-License-Identifier: GPL-3.0-or-later
// meq::compute + rules::check on a realistic 10-line regimen (target: under 2 µs per call; figures and
// how to profile in docs/performance.md).
#include "taper/json_reader.h"
#include "taper/meq.h"
#include "taper/rules.h"

#include <benchmark/benchmark.h>

using namespace taper;

namespace {

const char *kTenLines = R"({"schema_version":1,"as_of":"2026-11-21","lines":[
  {"product":"contalgin-30","dose":30,"unit":"mg","times_per_day":2,"since":"2024-01-01"},
  {"product":"contalgin-10","dose":10,"unit":"mg","times_per_day":2,"since":"2024-01-01"},
  {"product":"oxynorm-10","dose":10,"unit":"mg","prn":true,"max_per_day":4,"used_per_day":2,"since":"2023-05-01"},
  {"product":"oxycontin-20","dose":20,"unit":"mg","times_per_day":2,"since":"2025-01-01"},
  {"product":"fentanyl-patch-25","dose":25,"unit":"mcg/h"},
  {"product":"ketogan-5","dose":5,"unit":"mg","prn":true,"max_per_day":6},
  {"product":"tramadol-retard-100","dose":100,"unit":"mg","times_per_day":2,"since":"2026-10-01"},
  {"substance":"methadone","route":"oral","release":"extended","dose":10,"unit":"mg","times_per_day":2},
  {"substance":"hydromorphone","route":"oral","release":"immediate","dose":2.6,"unit":"mg","times_per_day":3,"since":"2026-01-01"},
  {"product":"pinex-comp","dose":30,"unit":"mg","times_per_day":4,"since":"2022-01-01"}]})";

void BM_MeqComputeAndFindings(benchmark::State &state)
{
    const Formulary formulary = Formulary::load(TAPER_FORMULARY_DIR);
    const Profile &profile = *formulary.profile("dk");
    const Regimen regimen = readRegimen(json::parse(kTenLines, "bench"), "bench", formulary,
                                        AsOfChoice{std::nullopt, *parseIsoDate("2026-11-21")});
    for (auto _ : state) {
        const MeqResult result = meq::compute(regimen, profile, formulary);
        auto findings = rules::check(regimen, result, profile, formulary);
        benchmark::DoNotOptimize(findings);
    }
}
BENCHMARK(BM_MeqComputeAndFindings);

void BM_MeqComputeOnly(benchmark::State &state)
{
    const Formulary formulary = Formulary::load(TAPER_FORMULARY_DIR);
    const Profile &profile = *formulary.profile("dk");
    const Regimen regimen = readRegimen(json::parse(kTenLines, "bench"), "bench", formulary,
                                        AsOfChoice{std::nullopt, *parseIsoDate("2026-11-21")});
    for (auto _ : state)
        benchmark::DoNotOptimize(meq::compute(regimen, profile, formulary));
}
BENCHMARK(BM_MeqComputeOnly);

} // namespace

BENCHMARK_MAIN();
