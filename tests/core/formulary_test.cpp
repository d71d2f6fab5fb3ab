// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped formulary loads, every factor and threshold has a source, and the loader rejects
// broken data naming the file and JSON pointer.
#include "taper/json_reader.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <unistd.h>

using namespace taper;
namespace fs = std::filesystem;

TEST(Formulary, ShippedFilesLoad)
{
    const Formulary &f = test::formulary();
    EXPECT_GE(f.sources().size(), 30u);
    EXPECT_GE(f.substances().size(), 14u);
    EXPECT_GE(f.products().size(), 60u);
    for (const char *id : {"dk", "no-hdir", "cdc-2022", "cdc-2016"})
        EXPECT_NE(f.profile(id), nullptr) << id;
    for (const char *id : {"morphine", "oxycodone", "ketobemidone", "hydromorphone", "tramadol", "tapentadol",
                           "codeine", "methadone", "buprenorphine", "fentanyl", "pethidine", "hydrocodone",
                           "oxymorphone", "dihydrocodeine"})
        EXPECT_NE(f.substance(id), nullptr) << id;
}

TEST(Formulary, EveryFactorThresholdAndProductHasAResolvableSource)
{
    const Formulary &f = test::formulary();
    for (const auto &p : f.profiles()) {
        EXPECT_NE(f.source(p.source), nullptr) << p.id;
        EXPECT_NE(f.source(p.highMeq.source), nullptr) << p.id;
        EXPECT_NE(f.source(p.veryHighMeq.source), nullptr) << p.id;
        EXPECT_NE(f.source(p.longTermSource), nullptr) << p.id;
        for (const auto &c : p.factors) {
            EXPECT_NE(f.source(c.source), nullptr) << p.id << " " << c.substance;
            const double lo = c.range.first, hi = c.range.second;
            if (c.factor) {
                EXPECT_TRUE(*c.factor >= lo && *c.factor <= hi) << p.id << " " << c.substance;
            }
        }
    }
    for (const auto &prod : f.products())
        EXPECT_NE(f.source(prod.source), nullptr) << prod.id;
}

TEST(Formulary, ProfilesMatchTheIssueContract)
{
    const Formulary &f = test::formulary();
    const Profile &dk = *f.profile("dk");
    EXPECT_EQ(dk.highMeq.valueMg, 60);
    EXPECT_FALSE(dk.highMeq.inclusive);
    EXPECT_EQ(dk.veryHighMeq.valueMg, 100);
    EXPECT_FALSE(dk.veryHighMeq.inclusive);
    EXPECT_EQ(*dk.factorFor("ketobemidone", Route::Oral)->factor, 2.0);
    const Profile &cdc = *f.profile("cdc-2022");
    EXPECT_EQ(cdc.highMeq.valueMg, 50);
    EXPECT_TRUE(cdc.highMeq.inclusive);
    EXPECT_EQ(cdc.veryHighMeq.valueMg, 90);
    EXPECT_EQ(cdc.factorFor("buprenorphine", Route::Transdermal), nullptr);
    EXPECT_NE(cdc.exclusionFor("buprenorphine", Route::Transdermal), nullptr);
    EXPECT_EQ(f.profile("cdc-2016")->factorFor("tramadol", Route::Oral), nullptr);
    EXPECT_EQ(*f.profile("cdc-2016")->factorFor("hydromorphone", Route::Oral)->factor, 4.0);
}

TEST(Formulary, DanishProductFacts)
{
    const Formulary &f = test::formulary();
    EXPECT_EQ(f.product("contalgin-5")->marketStatus, MarketStatus::Withdrawn);
    EXPECT_FALSE(f.product("contalgin-10")->divisible);
    EXPECT_EQ(*f.product("fentanyl-patch-25")->wearHours, 72);
    EXPECT_DOUBLE_EQ(f.product("fentanyl-patch-12")->strength, 12.5);
    for (const auto &p : f.products())
        if (p.release == Release::Extended || p.isPatch()) {
            EXPECT_FALSE(p.divisible) << p.id;
        }
}

namespace {

/// Copies the shipped formulary to a temporary folder, applies `edit` to one file, and returns the
/// InputError the loader throws (or fails the test).
InputError loadBroken(const std::string &file, const std::function<void(json::Json &)> &edit)
{
    std::string tag = file;
    for (char &c : tag)
        if (c == '/') c = '_';
    const fs::path dir =
        fs::temp_directory_path() / ("taper-formulary-" + std::to_string(::getpid()) + "-" + tag);
    fs::remove_all(dir);
    fs::copy(TAPER_FORMULARY_DIR, dir, fs::copy_options::recursive);
    json::Json doc = json::readFile((dir / file).string());
    edit(doc);
    std::ofstream((dir / file).string()) << doc.dump(2);
    try {
        Formulary::load(dir.string());
    } catch (const InputError &e) {
        fs::remove_all(dir);
        return e;
    }
    fs::remove_all(dir);
    ADD_FAILURE() << "broken " << file << " was accepted";
    return InputError("", "", {ProblemCode::member_missing});
}

} // namespace

TEST(FormularyValidation, RejectsBadData)
{
    auto e = loadBroken("products-dk.json",
                        [](json::Json &d) { d["products"][1]["id"] = d["products"][0]["id"]; });
    EXPECT_EQ(e.where(), "/products/1/id");
    EXPECT_NE(test::problemText(e).find("duplicate"), std::string::npos);

    e = loadBroken("products-dk.json", [](json::Json &d) { d["products"][0]["substance"] = "morfin"; });
    EXPECT_EQ(e.where(), "/products/0/substance");

    e = loadBroken("products-dk.json", [](json::Json &d) { d["products"][0]["strenght"] = 5; });
    EXPECT_EQ(e.where(), "/products/0/strenght");

    e = loadBroken("products-dk.json", [](json::Json &d) { d["products"][0].erase("source"); });
    EXPECT_EQ(e.where(), "/products/0/source");

    e = loadBroken("profiles/dk.json", [](json::Json &d) { d["factors"][0]["factor"] = 0; });
    EXPECT_EQ(e.where(), "/factors/0/factor");

    e = loadBroken("profiles/dk.json", [](json::Json &d) { d["factors"][0]["range"] = {2, 3}; });
    EXPECT_EQ(e.where(), "/factors/0/range");
    EXPECT_NE(test::problemText(e).find("does not contain"), std::string::npos);

    e = loadBroken("profiles/dk.json", [](json::Json &d) { d["factors"][0]["source"] = "NOPE"; });
    EXPECT_EQ(e.where(), "/factors/0/source");
    EXPECT_NE(e.file().find("dk.json"), std::string::npos);

    // an exclusion's Danish reason is required: a Danish letter never quotes the English one
    e = loadBroken("profiles/cdc-2022.json", [](json::Json &d) { d["excluded"][0].erase("reason_da"); });
    EXPECT_EQ(e.where(), "/excluded/0/reason_da");

    e = loadBroken("substances.json", [](json::Json &d) { d["substances"][0]["kind"] = "agonist"; });
    EXPECT_EQ(e.where(), "/substances/0/kind");

    e = loadBroken("sources.json", [](json::Json &d) { d["schema_version"] = 2; });
    EXPECT_EQ(e.where(), "/schema_version");
}
