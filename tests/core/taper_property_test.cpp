// SPDX-License-Identifier: GPL-3.0-or-later
// Guarantees of issues 4 and 17 over 10 000 generated regimens (fixed seed), checked by taper_checker.h.
#include "taper/meq.h"
#include "taper/taper.h"
#include "taper_checker.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <random>

namespace taper {
namespace {

constexpr int kRegimens = 10000;
constexpr unsigned kSeed = 20261121;

struct Generator {
    std::mt19937 rng{kSeed};
    std::vector<const Product *> oral, prn, patches;

    explicit Generator(const Formulary &f)
    {
        for (const Product &p : f.products()) {
            if (p.marketStatus != MarketStatus::Marketed || p.substance == "methadone") continue;
            if (p.isPatch())
                patches.push_back(&p);
            else if (p.route == Route::Oral && p.unit == StrengthUnit::Mg) {
                oral.push_back(&p);
                if (p.release == Release::Immediate) prn.push_back(&p);
            }
        }
    }

    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
    template <class T> const T &pick(const std::vector<T> &v)
    {
        return v[static_cast<std::size_t>(pick(0, int(v.size()) - 1))];
    }

    std::string line()
    {
        const int kind = pick(0, 9);
        if (kind < 2) {
            const Product *p = pick(patches);
            return R"({"product":")" + p->id + R"(","dose":)" + json::formatNumber(p->strength) +
                   R"(,"unit":"mcg/h")" + (pick(0, 3) == 0 ? R"(,"count":2)" : "") + "}";
        }
        if (kind < 4) {
            const Product *p = pick(prn);
            const int max = pick(1, 6);
            const std::string used = pick(0, 1) ? R"(,"used_per_day":)" + std::to_string(pick(0, max)) : "";
            return R"({"product":")" + p->id + R"(","dose":)" + json::formatNumber(p->strength * pick(1, 2)) +
                   R"(,"unit":"mg","prn":true,"max_per_day":)" + std::to_string(max) + used + "}";
        }
        const Product *p = pick(oral);
        const double units = p->divisible ? pick(1, 6) / 2.0 : pick(1, 3);
        return R"({"product":")" + p->id + R"(","dose":)" + json::formatNumber(p->strength * units) +
               R"(,"unit":"mg","times_per_day":)" + std::to_string(pick(1, 6)) + "}";
    }

    std::string regimen()
    {
        std::string lines;
        for (int i = pick(1, 3); i > 0; --i)
            lines += (lines.empty() ? "" : ",") + line();
        return R"({"schema_version":1,"as_of":"2026-11-21","lines":[)" + lines + "]}";
    }

    TaperOptions options()
    {
        TaperOptions o;
        o.start = *parseIsoDate("2026-12-01") + date::days(pick(0, 400));
        static const int intervals[] = {5, 7, 14, 28};
        static const double percents[] = {5, 10, 10, 15, 20, 25, 50};
        o.intervalDays = intervals[pick(0, 3)];
        o.stepPercent = percents[pick(0, 6)];
        o.method = pick(0, 4) == 0 ? TaperMethod::Linear : TaperMethod::Proportional;
        o.consolidate = pick(0, 4) != 0;
        o.allowIrTail = pick(0, 4) != 0;
        o.largerDose = pick(0, 3) == 0 ? LargerDose::Morning : LargerDose::Evening;
        o.parallel = pick(0, 9) == 0;
        o.maxHoldIntervals = pick(1, 4);
        o.alignToSessions = pick(0, 3) != 0;
        o.allowUnconfirmed = pick(0, 4) == 0;
        if (pick(0, 9) == 0) {
            o.rotateTo = "morphine";
            o.crossToleranceReduction = pick(25, 50);
        }
        return o;
    }
};

TEST(TaperProperties, GuaranteesHoldOnGeneratedRegimens)
{
    const Formulary &f = test::formulary();
    const Profile &dk = *f.profile("dk");
    Generator g(f);
    int planned = 0, failures = 0;
    for (int i = 0; i < kRegimens && failures < 5; ++i) {
        const std::string text = g.regimen();
        const TaperOptions o = g.options();
        const Regimen r = test::regimenFromText(text);
        Schedule s;
        try {
            s = plan(r, o, dk, f);
        } catch (const InputError &e) {
            ADD_FAILURE() << "refused " << text << ": " << e.what();
            ++failures;
            continue;
        }
        const auto errors = test::checkSchedule(s, r, dk, f);
        if (!errors.empty()) {
            ++failures;
            ADD_FAILURE() << text << " (step " << o.stepPercent << " %, interval " << o.intervalDays
                          << (o.parallel ? ", parallel" : "") << (o.rotateTo ? ", rotate" : "")
                          << (o.method == TaperMethod::Linear ? ", linear" : "") << ", hold "
                          << o.maxHoldIntervals << (o.alignToSessions ? ", aligned" : "")
                          << "): " << errors.front() << " (+" << errors.size() - 1 << " more)";
        }
        ++planned;
    }
    EXPECT_EQ(planned, kRegimens);
}

TEST(TaperProperties, MethadoneIsAlwaysRefused)
{
    const Formulary &f = test::formulary();
    for (const char *id : {"metadon-dak-20", "metadon-2care4-5"}) {
        const Product &p = *f.product(id);
        const std::string text =
            R"({"schema_version":1,"lines":[{"product":"contalgin-30","dose":30,"unit":"mg","times_per_day":2},)"
            R"({"product":")" +
            p.id + R"(","dose":)" + json::formatNumber(p.strength) + R"(,"unit":"mg","times_per_day":2}]})";
        TaperOptions o;
        EXPECT_THROW(plan(test::regimenFromText(text), o, *f.profile("dk"), f), InputError);
    }
}

} // namespace
} // namespace taper
