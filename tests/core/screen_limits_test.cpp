// SPDX-License-Identifier: GPL-3.0-or-later
// Screening limits (issue 15 item 8): `units` above kMaxUnitsPerRedemption is a bad row, and no total can
// overflow whatever the rows — sums saturate and such a file is refused, the same on one thread or two.
#include "taper/input_error.h"
#include "taper/json_reader.h"
#include "taper/screen.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace taper;
using taper::test::formulary;

namespace {

const Date D = *parseIsoDate("2026-11-21");
const std::string kHeader = "patient_id,date,product,units\n";

struct Screened {
    screen::ScreenResult result;
    std::vector<screen::BadRow> bad;
};

Screened run(const std::string &body, const Formulary &f = formulary(), bool strict = false, int threads = 1)
{
    Screened s;
    const screen::ProductTable table(f, *f.profile("dk"));
    screen::ScreenOptions o;
    o.asOf = D;
    o.strict = strict;
    o.threads = threads;
    o.blockBytes = 4096;
    s.result = screen::screenText(kHeader + body, "t.csv", table, o,
                                  [&](const screen::BadRow &b) { s.bad.push_back(b); });
    return s;
}

/// The shipped formulary with contalgin-200's strength set to `strength` mg, loaded from a copy in `dir`.
Formulary withContalgin200(const test::TempFolder &dir, double strength)
{
    namespace fs = std::filesystem;
    const fs::path copy = dir.path() / "formulary";
    fs::copy(TAPER_FORMULARY_DIR, copy, fs::copy_options::recursive);
    json::Json doc = json::readFile((copy / "products-dk.json").string());
    for (auto &p : doc["products"])
        if (p["id"] == "contalgin-200") p["strength"] = strength;
    std::ofstream((copy / "products-dk.json").string()) << doc.dump(2);
    return Formulary::load(copy.string());
}

std::string rows(const std::string &patient, int count, const std::string &product, const std::string &units)
{
    std::string out;
    for (int i = 0; i < count; ++i)
        out += patient + ",2026-11-01," + product + "," + units + "\n";
    return out;
}

} // namespace

TEST(ScreenLimits, UnitsAboveTheBoundAreBadRowsAndCountNothing)
{
    // The case: two rows of 4e10 units printed a negative average (signed overflow).
    const auto s =
        run(rows("big", 2, "contalgin-200", "40000000000") +
            rows("big", 1, "contalgin-200", "99999999999999999999999") +
            rows("edge", 1, "contalgin-200", "10000") + rows("edge", 1, "contalgin-200", "10000.5") +
            rows("edge", 1, "contalgin-200", "-40000000000"));
    using R = screen::BadRowReason;
    ASSERT_EQ(s.bad.size(), 5u);
    const R expected[] = {R::UnitsTooLarge, R::UnitsTooLarge, R::UnitsTooLarge, R::UnitsTooLarge,
                          R::NonPositiveUnits};
    const std::uint64_t lines[] = {2, 3, 4, 6, 7};
    for (std::size_t i = 0; i < s.bad.size(); ++i) {
        EXPECT_EQ(s.bad[i].reason, expected[i]) << i;
        EXPECT_EQ(s.bad[i].line, lines[i]) << i;
    }
    EXPECT_EQ(s.bad[0].value, "40000000000");
    EXPECT_EQ(s.bad[3].value, "10000.5");
    EXPECT_EQ(screen::toCode(R::UnitsTooLarge), "units_too_large");
    EXPECT_EQ(s.result.summary.skippedRows, 5u);
    ASSERT_EQ(s.result.patients.size(), 1u) << "\"big\" has no valid row";
    EXPECT_EQ(s.result.patients[0].patientId, "edge");
    EXPECT_DOUBLE_EQ(s.result.patients[0].avgMeq90d.value(), 10000 * 200 / 90.0)
        << "exactly the bound is accepted";
}

TEST(ScreenLimits, StrictRefusesUnitsAboveTheBoundNamingTheLine)
{
    try {
        run(rows("a", 1, "oxynorm-10", "28") + rows("big", 1, "contalgin-200", "40000000000"), formulary(),
            true);
        FAIL() << "expected InputError";
    } catch (const InputError &e) {
        EXPECT_EQ(e.where(), "line 3");
        EXPECT_NE(test::message(e).find("units_too_large \"40000000000\""), std::string::npos) << e.what();
    }
}

TEST(ScreenLimits, APatientsSumSaturatesAndIsRefusedOnOneThreadOrTwo)
{
    // contalgin-200 edited to 100 000 mg (kMaxDispensedMeqPerUnit): a row of 10 000 units is 1e15 micro-mg,
    // so 9 223 rows fit in a signed 64-bit sum (9.223e18) and 9 224 do not.
    const test::TempFolder dir("screen-limits");
    const Formulary f = withContalgin200(dir, screen::kMaxDispensedMeqPerUnit);
    for (int threads : {1, 2}) {
        const auto fits = run(rows("p", 9223, "contalgin-200", "10000"), f, false, threads);
        ASSERT_EQ(fits.result.patients.size(), 1u);
        EXPECT_DOUBLE_EQ(fits.result.patients[0].avgMeq90d.value(), 9223e9 / 90) << threads;
        EXPECT_TRUE(fits.result.patients[0].above100);
        try {
            run(rows("p", 9224, "contalgin-200", "10000") + rows("q", 1, "oxynorm-10", "1"), f, false,
                threads);
            FAIL() << "expected InputError, threads " << threads;
        } catch (const InputError &e) {
            EXPECT_EQ(e.file(), "t.csv");
            EXPECT_EQ(e.where(), "patient totals");
            EXPECT_EQ(test::message(e).find("\"p\""), std::string::npos) << "the patient is not named";
        }
    }
}

TEST(ScreenLimits, AProductAboveTheMeqPerUnitBoundIsRefused)
{
    const test::TempFolder dir("screen-limits-product");
    const Formulary f = withContalgin200(dir, 2 * screen::kMaxDispensedMeqPerUnit);
    try {
        const screen::ProductTable table(f, *f.profile("dk"));
        FAIL() << "expected InputError";
    } catch (const InputError &e) {
        EXPECT_NE(e.where().find("contalgin-200"), std::string::npos) << e.where();
    }
}
