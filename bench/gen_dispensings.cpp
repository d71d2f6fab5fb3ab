// SPDX-License-Identifier: GPL-3.0-or-later
// gen_dispensings N SEED [FORMAT] > file — a reproducible synthetic file of N prescription redemptions
// for benchmarking `opioid-taper screen`. Not a benchmark itself. FORMAT: redemptions (default,
// patient_id,date,product,units), lmdb (the same rows register-shaped: pnr,eksd,atc,strnum,strunit,vnr,apk,
// packsize, one pack of `units` each, synthetic varenumre 9xxxxx) or lmdb-companion (the
// formulary/lms-dk.json that maps those varenumre to the products) or lmdb-map (the same as a CSV
// vnr,product, for DuckDB); N and SEED are ignored by the last two.
//
// Patients follow a few archetypes with a realistic Danish product mix (tramadol, oxycodone and morphine
// dominate; depot, short-acting, patches, a little methadone): short episodes of 1–2 redemptions,
// intermittent short-acting use, long-term depot users with PRN, long-term short-acting-only users,
// patch users. Each patient has 1–30 redemptions between 2024-11-01 and 2026-12-31; rows are written in
// date order, as a pharmacy extract would be. The random generator is splitmix64, so the output depends
// only on N and SEED. Every product id is checked against the formulary (TAPER_FORMULARY_DIR or
// $TAPER_FORMULARY).
#include "taper/dates.h"
#include "taper/formulary.h"
#include "taper/json_reader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

struct Rng {
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int between(int lo, int hi)
    {
        return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <class T> const T &pick(const std::vector<T> &v) { return v[next() % v.size()]; }
};

struct Pick {
    const char *id;
    std::vector<int> packs; ///< units per redemption (tablets, ml, patches)
};

const std::vector<Pick> kShortActing = {{"tramadol-capsule-50", {20, 30, 50, 100}},
                                        {"tramadol-capsule-50", {20, 30, 50, 100}},
                                        {"oxynorm-5", {28, 56, 98}},
                                        {"oxynorm-10", {28, 56, 98}},
                                        {"oxynorm-20", {28, 98}},
                                        {"morphine-tablet-10", {25, 100}},
                                        {"morphine-tablet-30", {25, 100}},
                                        {"pinex-comp", {20, 50, 100}},
                                        {"pinex-comp", {20, 50, 100}},
                                        {"ketogan-5", {20, 100}},
                                        {"oxynorm-dispersa-10", {28, 56}},
                                        {"palexia-50", {30, 60}},
                                        {"palladon-2.6", {56}},
                                        {"morphine-solution-2mg-ml", {100, 250}},
                                        {"oxynorm-solution-1mg-ml", {250}}};
const std::vector<Pick> kDepot = {{"contalgin-10", {30, 100}},
                                  {"contalgin-30", {30, 100}},
                                  {"contalgin-60", {30, 100}},
                                  {"contalgin-100", {30, 100}},
                                  {"oxycontin-10", {28, 98}},
                                  {"oxycontin-20", {28, 98}},
                                  {"oxycontin-40", {28, 98}},
                                  {"targin-10", {28, 98}},
                                  {"targin-20", {28, 98}},
                                  {"tramadol-retard-100", {30, 100}},
                                  {"tramadol-retard-150", {30, 100}},
                                  {"dolol-retard-uno-200", {30, 100}},
                                  {"palexia-depot-50", {30, 100}},
                                  {"palexia-depot-100", {30, 100}},
                                  {"palladon-depot-8", {28, 56}}};
const std::vector<Pick> kPatch = {{"fentanyl-patch-12", {5, 10}},
                                  {"fentanyl-patch-25", {5, 10}},
                                  {"fentanyl-patch-50", {5, 10}},
                                  {"fentanyl-patch-75", {5}},
                                  {"norspan-5", {4}},
                                  {"norspan-10", {4}},
                                  {"norspan-20", {4}},
                                  {"buprenorphine-orion-10", {4}},
                                  {"transtec-35", {4, 8}}};
const std::vector<Pick> kMethadone = {
    {"metadon-dak-20", {100}}, {"metadon-2care4-5", {100}}, {"methadone-solution-1mg-ml", {100, 500}}};

struct Row {
    std::int32_t day;
    std::uint32_t patient;
    std::uint16_t pick; ///< index into the flat list of picks
    std::uint16_t units;
};

} // namespace

int main(int argc, char **argv)
{
    const std::string format = argc == 4 ? argv[3] : "redemptions";
    if ((argc != 3 && argc != 4) ||
        (format != "redemptions" && format != "lmdb" && format != "lmdb-companion" && format != "lmdb-map")) {
        std::fprintf(stderr,
                     "usage: gen_dispensings N SEED [redemptions|lmdb|lmdb-companion|lmdb-map] > file\n");
        return 2;
    }
    const std::uint64_t n = std::strtoull(argv[1], nullptr, 10);
    Rng rng{std::strtoull(argv[2], nullptr, 10) * 0x2545F4914F6CDD1Dull + 1};

    std::vector<const Pick *> flat;
    for (const auto *list : {&kShortActing, &kDepot, &kPatch, &kMethadone})
        for (const auto &p : *list)
            flat.push_back(&p);
    const char *env = std::getenv("TAPER_FORMULARY");
    const taper::Formulary formulary = taper::Formulary::load(env ? env : TAPER_FORMULARY_DIR);
    for (const Pick *p : flat)
        if (!formulary.product(p->id)) {
            std::fprintf(stderr, "gen_dispensings: product %s is not in the formulary\n", p->id);
            return 1;
        }
    // Synthetic varenummer of pick i: "9" and five digits; a product listed twice keeps its first number.
    const auto varenummer = [&](std::size_t i) {
        for (std::size_t k = 0; k < i; ++k)
            if (std::string(flat[k]->id) == flat[i]->id) i = k;
        char v[32];
        std::snprintf(v, sizeof v, "9%05zu", i);
        return std::string(v);
    };
    if (format == "lmdb-map") {
        std::printf("vnr,product\n");
        for (std::size_t i = 0; i < flat.size(); ++i)
            if (varenummer(i) == "9" + std::string(5 - std::to_string(i).size(), '0') + std::to_string(i))
                std::printf("%s,%s\n", varenummer(i).c_str(), flat[i]->id);
        return 0;
    }
    if (format == "lmdb-companion") {
        std::string out = "{\"schema_version\": 1, \"source\": \"DK-LMS\", \"takst_date\": \"2026-01-05\", "
                          "\"not_in_takst\": [], \"ambiguous_drug_ids\": [], \"products\": [";
        for (std::size_t i = 0; i < flat.size(); ++i) {
            bool seen = false;
            for (std::size_t k = 0; k < i; ++k)
                seen = seen || std::string(flat[k]->id) == flat[i]->id;
            if (seen) continue;
            char drug[32];
            std::snprintf(drug, sizeof drug, "281%08zu", i);
            out += std::string(i ? ", " : "") + "{\"product\": \"" + flat[i]->id +
                   "\", \"market_status\": \"marketed\", \"drug_ids\": [\"" + drug +
                   "\"], \"names\": [], \"packs\": [{\"varenummer\": \"" + varenummer(i) +
                   "\", \"units\": 100, \"drug_id\": \"" + drug + "\"}]}";
        }
        std::printf("%s]}\n", out.c_str());
        return 0;
    }
    const auto indexOf = [&](const Pick &p) {
        for (std::size_t i = 0; i < flat.size(); ++i)
            if (flat[i] == &p) return static_cast<std::uint16_t>(i);
        return std::uint16_t{0};
    };

    const std::int32_t firstDay =
        static_cast<std::int32_t>(taper::parseIsoDate("2024-11-01")->time_since_epoch().count());
    const std::int32_t lastDay =
        static_cast<std::int32_t>(taper::parseIsoDate("2026-12-31")->time_since_epoch().count());
    std::vector<Row> rows;
    rows.reserve(n);
    for (std::uint32_t patient = 0; rows.size() < n; ++patient) {
        const int kind = rng.between(1, 100);
        int count, gapLo, gapHi;
        const Pick *main, *extra = nullptr;
        if (kind <= 35) {
            count = rng.between(1, 2);
            gapLo = 5;
            gapHi = 30;
            main = &rng.pick(kShortActing);
        } else if (kind <= 55) {
            count = rng.between(3, 8);
            gapLo = 20;
            gapHi = 120;
            main = &rng.pick(kShortActing);
        } else if (kind <= 75) {
            count = rng.between(6, 30);
            gapLo = 25;
            gapHi = 40;
            main = &rng.pick(kDepot);
            if (rng.chance(50)) extra = &rng.pick(kShortActing);
        } else if (kind <= 87) {
            count = rng.between(6, 30);
            gapLo = 20;
            gapHi = 45;
            main = &rng.pick(kShortActing);
            if (rng.chance(30)) extra = &rng.pick(kShortActing);
        } else if (kind <= 97) {
            count = rng.between(4, 30);
            gapLo = 25;
            gapHi = 35;
            main = &rng.pick(kPatch);
            if (rng.chance(40)) extra = &rng.pick(kShortActing);
        } else {
            count = rng.between(6, 30);
            gapLo = 25;
            gapHi = 35;
            main = &rng.pick(kMethadone);
        }
        std::int32_t day = firstDay + rng.between(0, lastDay - firstDay);
        for (int i = 0; i < count && rows.size() < n && day <= lastDay; ++i) {
            const Pick &p = extra && rng.chance(30) ? *extra : *main;
            rows.push_back({day, patient, indexOf(p), static_cast<std::uint16_t>(rng.pick(p.packs))});
            day += rng.between(gapLo, gapHi);
        }
    }
    // Date order (counting sort keeps generation order within a day).
    std::vector<std::size_t> start(static_cast<std::size_t>(lastDay - firstDay + 2), 0);
    for (const Row &r : rows)
        ++start[static_cast<std::size_t>(r.day - firstDay + 1)];
    for (std::size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    std::vector<Row> sorted(rows.size());
    for (const Row &r : rows)
        sorted[start[static_cast<std::size_t>(r.day - firstDay)]++] = r;
    rows = {};

    std::vector<std::string> dates; // formatted once per day
    for (std::int32_t d = firstDay; d <= lastDay; ++d)
        dates.push_back(taper::formatIsoDate(taper::Date(date::days(d))));
    const bool lmdb = format == "lmdb";
    std::vector<std::string> lmdbProduct; // "atc,strnum,strunit,vnr" per pick
    for (std::size_t i = 0; i < flat.size(); ++i) {
        const taper::Product &p = *formulary.product(flat[i]->id);
        lmdbProduct.push_back(p.atc + "," + taper::json::formatNumber(p.strength) + "," +
                              (p.unit == taper::StrengthUnit::Mg        ? "MG"
                               : p.unit == taper::StrengthUnit::MgPerMl ? "MGM"
                                                                        : "RGT") +
                              "," + varenummer(i));
    }
    std::string out =
        lmdb ? "pnr,eksd,atc,strnum,strunit,vnr,apk,packsize\n" : "patient_id,date,product,units\n";
    char line[160];
    for (const Row &r : sorted) {
        const std::uint32_t id = r.patient * 2654435761u; // a bijection on 32 bits: unique, unordered ids
        const std::string &date = dates[static_cast<std::size_t>(r.day - firstDay)];
        const int len = lmdb ? std::snprintf(line, sizeof line, "p%08x,%s,%s,1,%u\n", id, date.c_str(),
                                             lmdbProduct[r.pick].c_str(), unsigned{r.units})
                             : std::snprintf(line, sizeof line, "p%08x,%s,%s,%u\n", id, date.c_str(),
                                             flat[r.pick]->id, unsigned{r.units});
        out.append(line, static_cast<std::size_t>(len));
        if (out.size() > (1u << 20)) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
        }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
