// SPDX-License-Identifier: GPL-3.0-or-later
// The Medicinpriser (LMS) takst: fixed-width records read at the published positions, bad records refused
// with file, line and field, drugs matched to the curated products, and the companion file laid over them.
#include "taper/lms.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace taper;
namespace fs = std::filesystem;

namespace {

std::string takstDir()
{
    return test::sourcePath("tests/data/lms/takst");
}

const lms::ProductUpdate *update(const lms::ImportResult &r, const std::string &id)
{
    for (const auto &u : r.updates)
        if (u.product == id) return &u;
    return nullptr;
}

/// A copy of the fixture takst in `folder` with line `line` (1-based) of `file` replaced by `record`.
void copyWithLine(const test::TempFolder &folder, const std::string &file, int line,
                  const std::string &record)
{
    for (const auto &e : fs::directory_iterator(takstDir()))
        fs::copy_file(e.path(), folder.path() / e.path().filename());
    std::ifstream in(folder.file(file), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), {}), out;
    in.close();
    std::size_t start = 0;
    for (int n = 1; start < text.size(); ++n) {
        const std::size_t end = text.find('\n', start);
        out += n == line ? record + "\r\n" : text.substr(start, end + 1 - start);
        start = end + 1;
    }
    std::ofstream(folder.file(file), std::ios::binary) << out;
}

std::string lineOf(const std::string &file, int line)
{
    std::ifstream in(fs::path(takstDir()) / file, std::ios::binary);
    std::string s;
    for (int n = 0; n < line; ++n)
        std::getline(in, s);
    if (!s.empty() && s.back() == '\r') s.pop_back();
    return s;
}

} // namespace

TEST(LmsRead, FixtureTakstAtThePublishedPositions)
{
    const lms::Takst t = lms::readTakst(takstDir());
    EXPECT_EQ(t.validFrom, test::day("2026-01-05"));
    ASSERT_EQ(t.drugs.size(), 10u);
    ASSERT_EQ(t.packages.size(), 13u);
    const lms::Drug &contalgin = t.drugs[0];
    EXPECT_EQ(contalgin.drugId, "28101080181");
    EXPECT_EQ(contalgin.name, "Contalgin");
    EXPECT_EQ(contalgin.formCode, "DEPTAB");
    EXPECT_DOUBLE_EQ(contalgin.strength, 10); // 0000010000: three implied decimals
    EXPECT_EQ(contalgin.strengthUnit, "MG");
    EXPECT_EQ(contalgin.atc, "N02AA01");
    EXPECT_EQ(contalgin.route, "OR");
    EXPECT_FALSE(contalgin.deregistered);
    EXPECT_EQ(t.drugs[1].deregistered, test::day("2019-04-01"));
    EXPECT_EQ(t.drugs[7].strengthUnit, "RGT");
    const lms::Package &p = t.packages[0];
    EXPECT_EQ(p.drugId, "28101080181");
    EXPECT_EQ(p.varenummer, "466086");
    EXPECT_DOUBLE_EQ(p.size, 25); // 00002500: two implied decimals
    EXPECT_EQ(p.sizeUnit, "ST");
    EXPECT_EQ(t.packages[2].expired, test::day("2020-01-01"));
    EXPECT_EQ(t.packages[11].sizeUnit, "ML");
    EXPECT_EQ(p.line, 1u);
}

TEST(LmsRead, NamesAreDecodedFromCodePage850)
{
    std::string record = lineOf("lms01.txt", 1);
    record.replace(29, 12, "Morfin St\x91rk"); // 0x91 is æ in code page 850
    EXPECT_EQ(lms::parseDrug(record, "lms01.txt", 1).name, "Morfin Stærk");
}

TEST(LmsRead, BadRecordsNameFileLineFieldAndWhatWasExpected)
{
    struct Case {
        std::string file;
        int line;
        std::string record;
        std::string expected;
    };
    std::string badId = lineOf("lms01.txt", 2);
    badId[10] = 'X';
    std::string badDate = lineOf("lms01.txt", 2);
    badDate.replace(164, 8, "20191340");
    std::string badSize = lineOf("lms02.txt", 3);
    badSize.replace(59, 8, "0000x500");
    std::string unknownDrug = lineOf("lms02.txt", 4);
    unknownDrug.replace(0, 11, "28199999999");
    const Case cases[] = {
        {"lms01.txt", 2, lineOf("lms01.txt", 2).substr(0, 179),
         "line 2: expected a LMS01 record of 180 characters, found 179"},
        {"lms01.txt", 2, badId, "line 2: Drugid (positions 1-11) is \"2810154219X\"; expected 11 digits"},
        {"lms01.txt", 2, badDate,
         "line 2: Dato for afregistr. af lægemiddel (positions 165-172) is \"20191340\"; expected a real "
         "date "
         "YYYYMMDD (or blanks)"},
        {"lms02.txt", 3, badSize,
         "line 3: Pakningsstørrelse, numerisk (positions 60-67) is \"0000x500\"; expected digits (or "
         "blanks)"},
        {"lms02.txt", 4, unknownDrug, "line 4: the package's drug id 28199999999 is not in LMS01"},
        {"lms02.txt", 5, lineOf("lms02.txt", 5) + " ",
         "line 5: expected a LMS02 record of 137 characters, found 138"},
    };
    for (const Case &c : cases) {
        const test::TempFolder folder("lms-bad");
        copyWithLine(folder, c.file, c.line, c.record);
        try {
            lms::readTakst(folder.path().string());
            ADD_FAILURE() << c.expected;
        } catch (const InputError &e) {
            EXPECT_EQ(e.file(), folder.file(c.file));
            EXPECT_NE(test::message(e).find(c.expected), std::string::npos) << test::message(e);
        }
    }
}

TEST(LmsRead, MissingFileIsNamed)
{
    const test::TempFolder folder("lms-missing");
    fs::copy_file(fs::path(takstDir()) / "system.txt", folder.path() / "SYSTEM.TXT"); // any case
    fs::copy_file(fs::path(takstDir()) / "lms01.txt", folder.path() / "LMS01.txt");
    try {
        lms::readTakst(folder.path().string());
        ADD_FAILURE();
    } catch (const InputError &e) {
        EXPECT_NE(test::message(e).find("no \"lms02.txt\" in the folder"), std::string::npos)
            << test::message(e);
    }
}

TEST(LmsMatch, DrugsGoToTheProductOfTheirIdentityAndPacksOnTheMarket)
{
    const lms::ImportResult r = lms::matchProducts(lms::readTakst(takstDir()), test::formulary());
    EXPECT_EQ(r.takstDate, test::day("2026-01-05"));
    const auto *c10 = update(r, "contalgin-10");
    ASSERT_NE(c10, nullptr);
    EXPECT_EQ(c10->marketStatus, MarketStatus::Marketed);
    EXPECT_EQ(c10->drugIds, std::vector<std::string>{"28101080181"});
    // The 50-pack expired in 2020: not on the market at the takst date.
    EXPECT_EQ(c10->packs,
              (std::vector<ProductPack>{{"466086", 25, "28101080181"}, {"466094", 100, "28101080181"}}));
    const auto *c5 = update(r, "contalgin-5");
    ASSERT_NE(c5, nullptr);
    EXPECT_EQ(c5->marketStatus, MarketStatus::Withdrawn); // deregistered 2019-04-01
    EXPECT_TRUE(c5->packs.empty());
    // A generic goes to the one product of its identity (ATC, strength, unit, form code).
    ASSERT_NE(update(r, "oxycontin-20"), nullptr);
    EXPECT_EQ(update(r, "oxycontin-20")->names, std::vector<std::string>{"Oxycodonhydrochl. \"ratiopharm\""});
    ASSERT_NE(update(r, "morphine-tablet-10"), nullptr);
    // Two products share tapentadol depot 50 mg: the name decides, and a third brand is left unassigned.
    EXPECT_EQ(update(r, "palexia-depot-50")->drugIds, std::vector<std::string>{"28104515409"});
    EXPECT_EQ(update(r, "tapentadol-medical-valley-50")->drugIds, std::vector<std::string>{"28106000001"});
    EXPECT_EQ(r.ambiguousDrugs, std::vector<std::string>{"28106000002"});
    EXPECT_EQ(update(r, "fentanyl-patch-25")->packs,
              (std::vector<ProductPack>{{"027004", 5, "28101545193"}}));
    EXPECT_EQ(update(r, "oxynorm-solution-1mg-ml")->packs,
              (std::vector<ProductPack>{{"010255", 250, "28103115799"}})); // ml
    EXPECT_NE(std::find(r.notInTakst.begin(), r.notInTakst.end(), "contalgin-30"), r.notInTakst.end());
    EXPECT_EQ(r.updates.size() + r.notInTakst.size(), test::formulary().products().size());
}

TEST(LmsCompanion, LaidOverTheCuratedProductsWithoutTouchingClinicalFacts)
{
    const Formulary &f = test::formulary();
    const json::Json doc = lms::companionJson(lms::matchProducts(lms::readTakst(takstDir()), f));
    std::vector<Product> products = f.products();
    const Date date = lms::applyCompanion(doc, "lms-dk.json", products,
                                          [&](std::string_view id) { return f.source(id) != nullptr; });
    EXPECT_EQ(date, test::day("2026-01-05"));
    const auto find = [&](const std::string &id) {
        return *std::find_if(products.begin(), products.end(), [&](const Product &p) { return p.id == id; });
    };
    const Product c10 = find("contalgin-10"), before = *f.product("contalgin-10");
    EXPECT_EQ(c10.packSizes, (std::vector<int>{25, 100}));
    EXPECT_EQ(c10.packSource, "DK-LMS");
    EXPECT_EQ(c10.drugIds, std::vector<std::string>{"28101080181"});
    EXPECT_EQ(c10.strength, before.strength);
    EXPECT_EQ(c10.form, before.form);
    EXPECT_EQ(c10.divisible, before.divisible);
    EXPECT_EQ(find("contalgin-5").marketStatus, MarketStatus::Withdrawn);
    // A product the takst does not have keeps its curated packs (Contalgin depotgranulat 30 mg: 30 sachets).
    EXPECT_EQ(find("contalgin-granulat-30").packSizes, std::vector<int>{30});
    EXPECT_EQ(find("contalgin-granulat-30").packSource, "DK-SPC-CONTALGIN-GRANULAT");
}

TEST(LmsCompanion, TheLoaderReadsItAndRefusesABadOneWithItsPointer)
{
    const test::TempFolder folder("lms-formulary");
    fs::copy(test::sourcePath("formulary"), folder.path(), fs::copy_options::recursive);
    const Formulary &f = test::formulary();
    json::Json doc = lms::companionJson(lms::matchProducts(lms::readTakst(takstDir()), f));
    std::ofstream(folder.file("lms-dk.json")) << doc.dump(2);
    const Formulary loaded = Formulary::load(folder.path().string());
    EXPECT_EQ(loaded.lmsTakstDate(), test::day("2026-01-05"));
    EXPECT_EQ(loaded.product("contalgin-10")->packSizes, (std::vector<int>{25, 100}));

    doc["products"][1]["packs"][0]["units"] = 0; // contalgin-10's 25-pack
    std::ofstream(folder.file("lms-dk.json")) << doc.dump(2);
    try {
        Formulary::load(folder.path().string());
        ADD_FAILURE();
    } catch (const InputError &e) {
        EXPECT_EQ(e.where(), "/products/1/packs/0/units");
    }
    doc = lms::companionJson(lms::matchProducts(lms::readTakst(takstDir()), f));
    doc["products"][1]["product"] = "no-such-product";
    std::ofstream(folder.file("lms-dk.json")) << doc.dump(2);
    EXPECT_THROW(Formulary::load(folder.path().string()), InputError);
}
