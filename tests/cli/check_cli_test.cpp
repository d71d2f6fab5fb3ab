// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper check / review / meq --compare end to end.
#include "test_support.h"

#include "taper/json_reader.h"

#include <gtest/gtest.h>

using namespace taper;

namespace {
std::string example(const std::string &name)
{
    return test::sourcePath("examples/" + name);
}
} // namespace

TEST(CheckCli, TextGroupedBySeverityWithSourceYear)
{
    const auto r = test::runCli({"check", example("anne.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto critical = r.out.find("Critical ("), warning = r.out.find("Warning ("),
               info = r.out.find("Info (");
    ASSERT_NE(critical, std::string::npos) << r.out;
    ASSERT_NE(warning, std::string::npos) << r.out;
    ASSERT_NE(info, std::string::npos) << r.out;
    EXPECT_LT(critical, warning);
    EXPECT_LT(warning, info);
    EXPECT_NE(r.out.find("Seponeringslisten (updated yearly; 2024 edition; opioid entry) (2024)"),
              std::string::npos)
        << "source title and year";
    EXPECT_EQ(r.out.find("Scheduled"), std::string::npos) << "check prints findings only";
}

TEST(CheckCli, DanishText)
{
    const auto en = test::runCli({"check", example("tramadol-sertraline.json")});
    const auto da = test::runCli({"check", "--lang", "da", example("tramadol-sertraline.json")});
    ASSERT_EQ(da.exitCode, 0) << da.err;
    EXPECT_NE(da.out.find("Advarsel ("), std::string::npos) << da.out;
    EXPECT_NE(da.out.find("serotonerge"), std::string::npos) << da.out;
    EXPECT_NE(en.out, da.out);
}

TEST(CheckCli, JsonGroupsBySeverity)
{
    const auto r = test::runCli({"check", "--format", "json", example("methadone-60.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = json::parse(r.out, "out");
    for (const char *s : {"critical", "warning", "info"})
        ASSERT_TRUE(j["findings"][s].is_array()) << s;
    bool methadone = false;
    for (const auto &f : j["findings"]["warning"]) {
        methadone = methadone || f["code"] == "methadone_specialist";
        EXPECT_TRUE(f["source_title"].is_string());
        EXPECT_TRUE(f["source_year"].is_number());
    }
    EXPECT_TRUE(methadone);
}

TEST(CheckCli, CompareJsonHasSingleResultKeysPerProfile)
{
    const auto single = test::runCli({"meq", "--format", "json", example("anne.json")});
    const auto r = test::runCli(
        {"meq", "--compare", "dk,no-hdir,cdc-2022,cdc-2016", "--format", "json", example("anne.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto one = json::parse(single.out, "single");
    one.erase("program_version");
    const auto j = json::parse(r.out, "compare");
    ASSERT_EQ(j["comparison"].size(), 4u);
    for (const auto &[id, result] : j["comparison"].items()) {
        EXPECT_EQ(result["profile"], id);
        for (const auto &[key, value] : one.items())
            EXPECT_TRUE(result.contains(key)) << id << " lacks " << key;
        for (const auto &[key, value] : result.items())
            EXPECT_TRUE(one.contains(key)) << id << " has extra " << key;
        EXPECT_EQ(result["total_meq_mg"], 300.0);
    }
    EXPECT_EQ(j["comparison"]["dk"]["total_meq_range_mg"], json::Json::array({276.0, 360.0}));
}

TEST(CheckCli, ReviewShowsProfilesAndFindings)
{
    const auto r = test::runCli({"review", example("tramadol-sertraline.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    for (const char *s :
         {"dk", "no-hdir", "cdc-2022", "cdc-2016", "Findings (profile dk", "tramadol_serotonergic"})
        EXPECT_NE(r.out.find(s), std::string::npos) << s << "\n" << r.out;
    EXPECT_NE(r.out.find(" - "), std::string::npos) << "cdc-2016 has no tramadol row: cell shown as -";
}

TEST(CheckCli, BadInputExitsTwo)
{
    const std::string bad = R"({"schema_version": 1, "as_of": "2026-11-21", "lines": [
        {"product": "contalgin-10", "dose": 10, "unit": "mg", "times_per_day": 2},
        {"atc": "N05BA1", "dose": 5, "unit": "mg", "times_per_day": 1}]})";
    for (const std::string command : {"check", "review", "meq"}) {
        const auto r = test::runCli({command, "-"}, bad);
        EXPECT_EQ(r.exitCode, 2) << command;
        EXPECT_TRUE(r.out.empty()) << command;
        EXPECT_NE(r.err.find("/lines/1/atc"), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("\"N05BA1\""), std::string::npos) << r.err;
    }
    const auto profile = test::runCli({"meq", "--compare", "dk,cdc-2030", example("anne.json")});
    EXPECT_EQ(profile.exitCode, 2);
    EXPECT_NE(profile.err.find("cdc-2030"), std::string::npos) << profile.err;
}
