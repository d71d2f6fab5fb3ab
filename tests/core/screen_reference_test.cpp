// SPDX-License-Identifier: GPL-3.0-or-later
// The fast screening path against the slow reference (screen_reference.h) on random files full of edge
// cases, with one and two threads, in memory and from disk with tiny read blocks, under several profiles.
#include "screen_reference.h"
#include "taper/screen.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace taper;
using taper::test::formulary;
namespace ref = taper::test::screenref;

namespace {

const Date kAsOf = *parseIsoDate("2026-11-21");

struct Run {
    screen::ScreenResult result;
    std::vector<std::pair<std::uint64_t, std::string>> badRows;
};

Run fast(const std::string &text, const Profile &profile, screen::ScreenOptions options,
         const std::string &viaFile = "")
{
    Run run;
    const screen::ProductTable table(formulary(), profile);
    const auto onBad = [&](const screen::BadRow &b) {
        run.badRows.emplace_back(b.line, std::string(screen::toCode(b.reason)));
    };
    if (viaFile.empty()) {
        run.result = screen::screenText(text, "test.csv", table, options, onBad);
    } else {
        std::ofstream(viaFile, std::ios::binary) << text;
        run.result = screen::screenFile(viaFile, table, options, onBad);
        std::filesystem::remove(viaFile);
    }
    return run;
}

void expectSame(const ref::RefResult &expected, const Run &actual, const Profile &profile)
{
    ASSERT_EQ(actual.result.patients.size(), expected.patients.size());
    EXPECT_EQ(actual.badRows, expected.badRows);
    EXPECT_EQ(actual.result.summary.dataRows, expected.dataRows);
    EXPECT_EQ(actual.result.summary.skippedRows, expected.badRows.size());
    EXPECT_EQ(actual.result.summary.rowsInWindow, expected.rowsInWindow);
    EXPECT_EQ(actual.result.summary.rowsWithoutMeq, expected.rowsWithoutMeq);
    std::uint64_t longTerm = 0;
    auto it = expected.patients.begin();
    for (const auto &p : actual.result.patients) {
        const auto &[id, e] = *it++;
        ASSERT_EQ(std::string(p.patientId), id);
        EXPECT_EQ(p.redemptions, static_cast<std::uint32_t>(e.redemptions)) << id;
        EXPECT_EQ(p.first, e.first) << id;
        EXPECT_EQ(p.last, e.last) << id;
        EXPECT_NEAR(p.avgMeq90d.value(), e.avg, 1e-6) << id;
        EXPECT_EQ(p.longTerm, e.longTerm) << id;
        EXPECT_EQ(p.shortActingOnly, e.shortActingOnly) << id;
        // A sum landing within rounding noise of a threshold may legitimately differ between double sums
        // and the fast path's exact micro-mg sums; everything else must agree.
        if (std::abs(e.avg - profile.highMeq.valueMg) > 1e-6) {
            EXPECT_EQ(p.above60, e.above60) << id;
        }
        if (std::abs(e.avg - profile.veryHighMeq.valueMg) > 1e-6) {
            EXPECT_EQ(p.above100, e.above100) << id;
        }
        EXPECT_EQ(p.multipleOpioids, e.multiple) << id;
        longTerm += e.longTerm;
    }
    EXPECT_EQ(actual.result.summary.longTerm, longTerm);
    EXPECT_EQ(actual.result.summary.patients, expected.patients.size());
}

struct Case {
    unsigned seed;
    const char *profile;
    bool extraColumn;
    bool crlf;
};

class ScreenReference : public ::testing::TestWithParam<Case> {};

} // namespace

TEST_P(ScreenReference, FastPathMatchesReference)
{
    const Case c = GetParam();
    const Profile &profile = *formulary().profile(c.profile);
    const std::string text = ref::randomFile(c.seed, 6000, 150, formulary(), kAsOf, c.extraColumn, c.crlf);
    const ref::RefResult expected = ref::reference(text, formulary(), profile, kAsOf);
    ASSERT_GT(expected.patients.size(), 100u);
    ASSERT_GT(expected.badRows.size(), 50u);

    screen::ScreenOptions options;
    options.asOf = kAsOf;
    for (int threads : {1, 2, 3}) {
        SCOPED_TRACE("threads " + std::to_string(threads));
        options.threads = threads;
        expectSame(expected, fast(text, profile, options), profile);
        options.blockBytes = 64; // lines straddle blocks; long lines grow the buffer
        const auto path =
            std::filesystem::temp_directory_path() / ("screen-ref-" + std::to_string(c.seed) + ".csv");
        expectSame(expected, fast(text, profile, options, path.string()), profile);
        options.blockBytes = std::size_t{4} << 20;
    }
}

INSTANTIATE_TEST_SUITE_P(RandomFiles, ScreenReference,
                         ::testing::Values(Case{1, "dk", false, false}, Case{2, "dk", true, false},
                                           Case{3, "dk", false, true}, Case{4, "cdc-2022", false, false},
                                           Case{5, "cdc-2016", true, true},
                                           Case{6, "no-hdir", false, false}));

TEST(ScreenReference, OtherWindowAndLongTermDefinition)
{
    const Profile &profile = *formulary().profile("dk");
    const std::string text = ref::randomFile(7, 4000, 80, formulary(), kAsOf, false, false);
    screen::ScreenOptions options;
    options.asOf = kAsOf;
    options.windowDays = 180;
    options.longTermMinRedemptions = 2;
    options.longTermMinSpanDays = 90;
    options.threads = 2;
    expectSame(ref::reference(text, formulary(), profile, kAsOf, 180, 2, 90), fast(text, profile, options),
               profile);
}

TEST(ScreenReference, PerUnitMeqMatchesTheFormularyCsvFactorForEveryProductAndProfile)
{
    // The products `opioid-taper formulary --format csv` lists with an empty factor are exactly those
    // counted without MEQ; the others agree with the formula.
    for (const Profile &profile : formulary().profiles())
        for (const Product &p : formulary().products()) {
            const ConversionFactor *f = profile.factorFor(p.substance, p.route);
            const bool csvFactor = f && !f->isTiered();
            const auto perUnit = screen::dispensedMeqPerUnit(p, profile);
            ASSERT_EQ(perUnit.has_value(), csvFactor) << profile.id << " " << p.id;
            if (perUnit) {
                EXPECT_NEAR(perUnit->value(), *ref::refDispensedMeq(p, profile, 1), 1e-9)
                    << profile.id << " " << p.id;
            }
        }
}
