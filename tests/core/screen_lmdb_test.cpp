// SPDX-License-Identifier: GPL-3.0-or-later
// Register-shaped screening input (InputFormat::Lmdb): pnr/eksd/apk/packsize with the product as vnr or ATC
// and strength, headers in any case, reversals (negative apk) netted out, and small cells suppressed.
#include "screen_test_support.h"
#include "taper/input_error.h"
#include "taper/lms.h"
#include "taper/screen.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace taper;
namespace fs = std::filesystem;

namespace {

const Date D = *parseIsoDate("2026-11-21");

std::string day(int daysBeforeD)
{
    return formatIsoDate(D - date::days(daysBeforeD));
}

/// The shipped formulary with the fixture takst imported (contalgin-10: varenummer 466086 of 25 tablets,
/// fentanyl-patch-25: 027004 of 5 patches).
const Formulary &withPacks()
{
    static const Formulary f = [] {
        const fs::path dir = fs::temp_directory_path() / ("lmdb-formulary-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::copy(test::sourcePath("formulary"), dir, fs::copy_options::recursive);
        const auto result =
            lms::matchProducts(lms::readTakst(test::sourcePath("tests/data/lms/takst")), test::formulary());
        std::ofstream(dir / lms::kCompanionFile) << lms::companionJson(result).dump(2);
        Formulary loaded = Formulary::load(dir.string());
        fs::remove_all(dir);
        return loaded;
    }();
    return f;
}

using test::Screened;

Screened run(const std::string &text)
{
    Screened s;
    const screen::ProductTable table(withPacks(), *withPacks().profile("dk"));
    screen::ScreenOptions o;
    o.asOf = D;
    o.inputFormat = screen::InputFormat::Lmdb;
    s.result =
        screen::screenText(text, "lmdb.csv", table, o, [&](const screen::BadRow &b) { s.bad.push_back(b); });
    return s;
}

double meqPerUnit(const char *product)
{
    return screen::dispensedMeqPerUnit(*withPacks().product(product), *withPacks().profile("dk"))->value();
}

} // namespace

TEST(ScreenLmdb, VarenummerTimesPacksAndPackSizeHeadersInAnyCase)
{
    const auto s = run("PNR,Eksd,VNR,apk,PackSize,extra\n"
                       "a," +
                       day(10) +
                       ",466086,2,25,x\n" // 2 packs of 25 Contalgin 10 mg
                       "a," +
                       day(40) + ",27004,1,5,x\n"); // vnr without its leading zero: 5 fentanyl patches
    ASSERT_TRUE(s.bad.empty()) << screen::toCode(s.bad[0].reason);
    const auto *a = s.patient("a");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->redemptions, 2u);
    EXPECT_NEAR(a->avgMeq90d.value(),
                (50 * meqPerUnit("contalgin-10") + 5 * meqPerUnit("fentanyl-patch-25")) / 90, 1e-6);
}

TEST(ScreenLmdb, ReversalsNetOutInsteadOfBeingBadRows)
{
    const std::string h = "pnr,eksd,vnr,apk,packsize\n";
    const auto s = run(h + "b," + day(20) + ",466086,1,25\n" + // dispensed …
                       "b," + day(5) + ",466086,-1,25\n" +     // … and returned: b is not a user
                       "c," + day(30) + ",466086,1,25\n" + "c," + day(20) + ",466086,1,25\n" + "c," +
                       day(20) + ",466086,-1,25\n");
    EXPECT_TRUE(s.bad.empty());
    EXPECT_EQ(s.patient("b"), nullptr);
    const auto *c = s.patient("c");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->redemptions, 1u);
    EXPECT_NEAR(c->avgMeq90d.value(), 25 * meqPerUnit("contalgin-10") / 90, 1e-6);
    EXPECT_EQ(s.result.summary.reversals, 2u);
    EXPECT_EQ(s.result.summary.patients, 1u);
    EXPECT_EQ(s.result.summary.skippedRows, 0u);
}

TEST(ScreenLmdb, AtcAndStrengthWhenTheyNameOneKindOfProduct)
{
    const auto s =
        run("pnr,eksd,atc,strnum,strunit,apk,packsize\n"
            "d," +
            day(3) + ",N02AX02,50,mg,1,30\n" +              // tramadol capsules 50 mg: one product
            "d," + day(3) + ",n02ab03,\"12,5\",RGT,1,5\n" + // fentanyl 12.5 mcg/h, the LMS unit code
            "e," + day(3) + ",N02AA05,10,MG,1,28\n");       // oxycodone 10 mg: depot or not?
    const auto *d = s.patient("d");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->redemptions, 2u);
    EXPECT_NEAR(d->avgMeq90d.value(),
                (30 * meqPerUnit("tramadol-capsule-50") + 5 * meqPerUnit("fentanyl-patch-12")) / 90, 1e-6);
    ASSERT_EQ(s.bad.size(), 1u);
    EXPECT_EQ(s.bad[0].reason, screen::BadRowReason::AmbiguousProduct);
    EXPECT_EQ(s.bad[0].line, 4u);
    EXPECT_EQ(s.bad[0].value, "N02AA05 10 MG");
}

TEST(ScreenLmdb, BadRowsNameTheirLineAndReason)
{
    using R = screen::BadRowReason;
    const auto s = run("pnr,eksd,vnr,atc,strnum,strunit,apk,packsize\n"
                       "f," +
                       day(1) + ",466086,,,,0,25\n" +                 // apk 0
                       "f," + day(1) + ",466086,,,,1,x\n" +           // packsize
                       "f," + day(1) + ",,N02AX02,50,pieces,1,30\n" + // strunit
                       "f," + day(1) + ",999999,,,,1,30\n" +          // unknown vnr, no ATC given
                       "f,2026-02-30,466086,,,,1,25\n");
    ASSERT_EQ(s.bad.size(), 5u);
    const R expected[] = {R::NonPositiveUnits, R::BadPackSize, R::BadStrength, R::UnknownProduct, R::BadDate};
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(s.bad[i].line, i + 2);
        EXPECT_EQ(s.bad[i].reason, expected[i]) << i;
    }
    EXPECT_EQ(s.bad[2].value, "pieces");
    EXPECT_EQ(s.bad[3].value, "999999");
}

TEST(ScreenLmdb, HeaderNeedsTheRegisterColumns)
{
    try {
        run("pnr,eksd,vnr,apk\n");
        ADD_FAILURE();
    } catch (const InputError &e) {
        EXPECT_EQ(e.where(), "line 1");
        EXPECT_NE(test::problemText(e).find("pnr,eksd,apk,packsize and vnr or atc,strnum,strunit"),
                  std::string::npos);
    }
    EXPECT_THROW(run("pnr,eksd,apk,packsize,atc,strnum\n"), InputError); // strunit missing, no vnr
}

TEST(ScreenSuppression, CellsUnderTheMinimumAndTheirComplementsAreHidden)
{
    screen::ScreenSummary s;
    s.dataRows = 1000;
    s.skippedRows = 3;
    s.rowsInWindow = 900;
    s.patients = 100;
    s.longTerm = 97;       // 3 not long-term: hidden by complement
    s.shortActingOnly = 0; // its parent is hidden, so it is too
    s.above60 = 40;
    s.above100 = 38; // 2 between the thresholds: hidden
    s.multipleOpioids = 4;
    const auto c = screen::suppressSmallCells(s, 5);
    EXPECT_EQ(c.dataRows, 1000u);
    EXPECT_FALSE(c.skippedRows);
    EXPECT_EQ(c.rowsWithoutMeq, 0u); // zero is not a small cell
    EXPECT_EQ(c.patients, 100u);
    EXPECT_FALSE(c.longTerm);
    EXPECT_FALSE(c.shortActingOnly);
    EXPECT_EQ(c.above60, 40u);
    EXPECT_FALSE(c.above100);
    EXPECT_FALSE(c.multipleOpioids);
    const auto none = screen::suppressSmallCells(s, 0);
    EXPECT_EQ(none.longTerm, 97u);
    EXPECT_EQ(none.multipleOpioids, 4u);
}
