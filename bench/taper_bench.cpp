// SPDX-License-Identifier: GPL-3.0-or-later
// taper::plan for a 3-line regimen from 300 mg MEQ to 0 (issue 4 target: under 1 ms).
#include "taper/json_reader.h"
#include "taper/taper.h"

#include <benchmark/benchmark.h>

#include <string>

namespace {

const taper::Formulary &formulary()
{
    static const taper::Formulary f = taper::Formulary::load(TAPER_FORMULARY_DIR);
    return f;
}

// Depot morphine 60 × 2 (120) + OxyContin 30 × 2 (90) + fentanyl 37.5 mcg/h (90) = 300 mg MEQ.
constexpr const char *kRegimen = R"({"schema_version":1,"as_of":"2026-11-21","lines":[
  {"product":"contalgin-60","dose":60,"unit":"mg","times_per_day":2},
  {"product":"oxycontin-30","dose":30,"unit":"mg","times_per_day":2},
  {"substance":"fentanyl","route":"transdermal","dose":37.5,"unit":"mcg/h"}]})";

void BM_TaperPlan300MeqThreeLines(benchmark::State &state)
{
    const taper::Formulary &f = formulary();
    const taper::Regimen regimen =
        taper::readRegimen(taper::json::parse(kRegimen, "bench"), "bench", f,
                           taper::AsOfChoice{std::nullopt, *taper::parseIsoDate("2026-11-21")});
    taper::TaperOptions options;
    options.start = *taper::parseIsoDate("2026-12-01");
    std::size_t steps = 0;
    for (auto _ : state) {
        const taper::Schedule s = taper::plan(regimen, options, *f.profile("dk"), f);
        steps = s.steps.size();
        benchmark::DoNotOptimize(steps);
    }
    state.counters["steps"] = static_cast<double>(steps);
}
BENCHMARK(BM_TaperPlan300MeqThreeLines)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
