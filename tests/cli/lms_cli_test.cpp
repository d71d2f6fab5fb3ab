// SPDX-License-Identifier: GPL-3.0-or-later
// formulary import-lms, packs per period in the taper plan, and screen --input-format lmdb with
// --summary-only --min-cell, run as the user runs them.
#include "test_support.h"

#include "taper/json_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace taper;
using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;

namespace {

std::string takst()
{
    return test::sourcePath("tests/data/lms/takst");
}

/// A copy of the shipped formulary in `folder`/formulary.
std::string formularyCopy(const test::TempFolder &folder)
{
    const fs::path dir = folder.path() / "formulary";
    fs::copy(test::sourcePath("formulary"), dir, fs::copy_options::recursive);
    return dir.string();
}

} // namespace

TEST(LmsCli, ImportWritesTheCompanionAndTheFormularyUsesIt)
{
    const test::TempFolder folder("lms-cli");
    const std::string dir = formularyCopy(folder);
    const auto r = test::runCli({"--formulary", dir, "formulary", "import-lms", takst()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Medicinpriser takst valid from 2026-01-05: 10 drugs, 13 packages"));
    EXPECT_THAT(r.out, HasSubstr("Drug ids fitting several products (not assigned): 28106000002"));
    const json::Json doc = json::readFile(dir + "/lms-dk.json");
    EXPECT_EQ(doc["takst_date"], "2026-01-05");
    EXPECT_EQ(doc["source"], "DK-LMS");
    // The curated products file is not touched.
    EXPECT_EQ(test::fileBytes(dir + "/products-dk.json"),
              test::fileBytes(test::sourcePath("formulary/products-dk.json")));

    // A plan on Contalgin 10 mg now says which packs to prescribe in each period.
    std::ofstream(folder.file("r.json"))
        << R"({"schema_version": 1, "as_of": "2026-11-21", "lines": [{"product": "contalgin-10", "dose": 20,
               "unit": "mg", "times_per_day": 2}]})";
    const auto text =
        test::runCli({"--formulary", dir, "taper", folder.file("r.json"), "--start", "2026-12-01"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_THAT(
        text.out,
        HasSubstr("Packs to prescribe per period (least waste; Medicinpriser, takst of 2026-01-05):"));
    // Step 0: 4 tablets a day for 14 days = 56 tablets: 2 × 25 + 1 × 25 would be 75; 1 × 100 leaves 44.
    EXPECT_THAT(text.out, HasSubstr("3 x 25 units (item no. 466086) (needed 56, 19 left over)"));
    const auto da = test::runCli(
        {"--formulary", dir, "taper", folder.file("r.json"), "--start", "2026-12-01", "--lang", "da"});
    EXPECT_THAT(da.out, HasSubstr("Pakninger pr. periode"));
    EXPECT_THAT(da.out, HasSubstr("3 x 25 stk. (varenr. 466086) (behov 56, 19 i overskud)"));
    const auto js = test::runCli(
        {"--formulary", dir, "taper", folder.file("r.json"), "--start", "2026-12-01", "--format", "json"});
    const json::Json plan = json::parse(js.out, "out");
    const json::Json &packs = plan["steps"][0]["packs"][0];
    EXPECT_EQ(packs["product"], "contalgin-10");
    EXPECT_EQ(packs["units_needed"], 56);
    EXPECT_EQ(packs["units_in_packs"], 75);
    EXPECT_EQ(packs["packs"][0]["varenummer"], "466086");
}

TEST(LmsCli, ABadLineIsRefusedWithFileAndLineAndNothingIsWritten)
{
    const test::TempFolder folder("lms-cli-bad");
    const std::string dir = formularyCopy(folder);
    const fs::path bad = folder.path() / "takst";
    fs::copy(takst(), bad);
    std::string lms02 = test::fileBytes(bad / "lms02.txt");
    lms02.replace(lms02.find("\r\n", lms02.find("\r\n") + 2) + 2 + 59, 8, "00002x00"); // line 3's pack size
    std::ofstream(bad / "lms02.txt", std::ios::binary) << lms02;
    ASSERT_EQ(test::runCli({"--formulary", dir, "formulary", "import-lms", takst()}).exitCode,
              0); // the previous import
    const std::string previous = test::fileBytes(dir + "/lms-dk.json");
    const auto r = test::runCli({"--formulary", dir, "formulary", "import-lms", bad.string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_THAT(r.err,
                HasSubstr("lms02.txt: line 3: Pakningsstørrelse, numerisk (positions 60-67) is \"00002x00\"; "
                          "expected digits (or blanks)"));
    EXPECT_EQ(test::fileBytes(dir + "/lms-dk.json"), previous);
    for (const auto &e : fs::directory_iterator(dir)) // no temporary left behind
        EXPECT_EQ(e.path().filename().string().find(".tmp"), std::string::npos) << e.path();
}

TEST(LmsCli, AMissingTakstFolderIsNamedAsTheTakstNotTheFormulary)
{
    const test::TempFolder folder("lms-cli-missing");
    const auto r = test::runCli({"formulary", "import-lms", folder.file("no-such-takst")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_THAT(r.err, HasSubstr("no-such-takst: not a folder; expected the unpacked Medicinpriser takst"));
    EXPECT_THAT(r.err, Not(HasSubstr("formulary folder")));
}

TEST(LmsCli, ScreenLmdbSummaryOnlySuppressesSmallCells)
{
    const test::TempFolder folder("lmdb-cli");
    std::string rows = "PNR,EKSD,ATC,STRNUM,STRUNIT,APK,PACKSIZE\n";
    // Seven tramadol users; one of them has a dispensing reversed (negative apk), which nets out.
    for (int p = 0; p < 7; ++p)
        rows += "p" + std::to_string(p) + ",2026-11-01,N02AX02,50,mg,1,30\n";
    rows += "p0,2026-11-02,N02AX02,50,mg,-1,30\n";
    // Two of them high-dose: 930 capsules of 50 mg tramadol (x 0.15) in 90 days is 77.5 mg MEQ a day.
    rows += "p1,2026-11-03,N02AX02,50,mg,30,30\np2,2026-11-03,N02AX02,50,mg,30,30\n";
    std::ofstream(folder.file("lmdb.csv")) << rows;
    const auto r = test::runCli({"screen", folder.file("lmdb.csv"), "--input-format", "lmdb", "--as-of",
                                 "2026-11-21", "--summary-only", "--min-cell", "5", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json::Json j = json::parse(r.out, "out");
    EXPECT_EQ(j["patients"], 6);
    EXPECT_EQ(j["rows"]["reversals"], nullptr); // 1 reversal row: under 5
    EXPECT_EQ(j["long_term"]["count"], 0);      // zero is not a small cell
    EXPECT_EQ(j["above_60"]["count"], nullptr); // 2 patients: under 5
    EXPECT_EQ(j["above_60"]["percent"], nullptr);
    EXPECT_EQ(j["min_cell"], 5);
    EXPECT_EQ(j["output"], nullptr);
    EXPECT_THAT(r.out, ::testing::Not(HasSubstr("p0")));
    const auto text = test::runCli({"screen", folder.file("lmdb.csv"), "--input-format", "lmdb", "--as-of",
                                    "2026-11-21", "--summary-only", "--min-cell", "5"});
    EXPECT_THAT(text.out, HasSubstr("<5 of them reversals netted out"));
}

TEST(LmsCli, ScreenRefusesMissingOutputAndMinCellWithoutSummaryOnly)
{
    const test::TempFolder folder("lmdb-cli-refuse");
    std::ofstream(folder.file("lmdb.csv")) << "pnr,eksd,vnr,apk,packsize\n";
    auto r = test::runCli({"screen", folder.file("lmdb.csv"), "--input-format", "lmdb"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_THAT(r.err, HasSubstr("-o is required unless --summary-only is given"));
    r = test::runCli({"screen", folder.file("lmdb.csv"), "--input-format", "lmdb", "-o", folder.file("o.csv"),
                      "--min-cell", "5"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(fs::exists(folder.file("o.csv")));
}
