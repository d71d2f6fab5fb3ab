// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark of screening in memory (parse + aggregate + classify, no file I/O or output writing)
// on a synthetic 500 000-row file; one and two threads. End-to-end figures: bench/screen_throughput.sh.
#include "taper/formulary.h"
#include "taper/screen.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

namespace {

const taper::Formulary &formulary()
{
    static const taper::Formulary f = taper::Formulary::load(TAPER_FORMULARY_DIR);
    return f;
}

/// 500 000 rows, 40 000 patients, every product, dates over two years before 2026-11-21, in date order.
const std::string &text()
{
    static const std::string t = [] {
        std::string s = "patient_id,date,product,units\n";
        std::uint64_t state = 42;
        const auto next = [&] {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            return state >> 33;
        };
        const auto &products = formulary().products();
        const taper::Date end = *taper::parseIsoDate("2026-11-21");
        for (int day = 730; day >= 0; --day) {
            const std::string date = taper::formatIsoDate(end - date::days(day));
            for (int i = 0; i < 684; ++i) {
                s += "p" + std::to_string(next() % 40000 * 7919 % 1000003) + "," + date + "," +
                     products[next() % products.size()].id + "," + std::to_string(next() % 100 + 1) + "\n";
            }
        }
        return s;
    }();
    return t;
}

void BM_ScreenText(benchmark::State &state)
{
    const taper::screen::ProductTable table(formulary(), *formulary().profile("dk"));
    taper::screen::ScreenOptions options;
    options.asOf = *taper::parseIsoDate("2026-11-21");
    options.threads = static_cast<int>(state.range(0));
    std::uint64_t rows = 0;
    for (auto _ : state) {
        const auto result = taper::screen::screenText(text(), "bench.csv", table, options);
        rows = result.summary.dataRows;
        benchmark::DoNotOptimize(result.patients.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(rows * state.iterations()));
    state.SetBytesProcessed(static_cast<std::int64_t>(text().size() * state.iterations()));
}
BENCHMARK(BM_ScreenText)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
