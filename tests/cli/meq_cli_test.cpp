// SPDX-License-Identifier: GPL-3.0-or-later
// The opioid-taper command end to end: output contracts, exit codes and error messages.
#include "taper/build_info.h"
#include "taper/json_reader.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

using taper::test::runCli;
using taper::test::sourcePath;
using Json = nlohmann::json;

namespace {
const std::string kAnne = sourcePath("examples/anne.json");

bool hasFinding(const Json &j, const std::string &code)
{
    return std::any_of(j["findings"].begin(), j["findings"].end(),
                       [&](const Json &f) { return f["code"] == code; });
}
} // namespace

TEST(MeqCli, AnneJsonHasTheFixedKeysAndValues)
{
    const auto r = runCli({"meq", "--format", "json", kAnne});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const Json j = Json::parse(r.out);
    for (const char *key : {"profile", "as_of", "total_meq_mg", "scheduled_meq_mg", "prn_meq_mg",
                            "prn_used_meq_mg", "total_is_partial", "lines", "findings"})
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j["profile"], "dk");
    EXPECT_EQ(j["as_of"], "2026-11-21");
    EXPECT_DOUBLE_EQ(j["total_meq_mg"].get<double>(), 300);
    EXPECT_DOUBLE_EQ(j["scheduled_meq_mg"].get<double>(), 120);
    EXPECT_DOUBLE_EQ(j["prn_meq_mg"].get<double>(), 180);
    EXPECT_FALSE(j["total_is_partial"].get<bool>());
    for (const auto &line : j["lines"])
        for (const char *key : {"meq_mg", "factor", "factor_range", "daily_amount", "daily_unit", "source"})
            EXPECT_TRUE(line.contains(key)) << key;
    EXPECT_EQ(j["lines"][1]["factor"], 1.5);
    EXPECT_EQ(j["lines"][1]["daily_unit"], "mg/day");
    for (const auto &f : j["findings"])
        for (const char *key : {"code", "severity", "line", "message", "source"})
            EXPECT_TRUE(f.contains(key)) << key;
    // 300 mg passes both thresholds: one very_high_meq carrying the first (issue 16 item 10).
    EXPECT_FALSE(hasFinding(j, "high_meq"));
    EXPECT_TRUE(hasFinding(j, "very_high_meq"));
    EXPECT_TRUE(hasFinding(j, "short_acting_long_term"));
}

TEST(MeqCli, TextShowsTheArithmeticTotalsFindingsAndProfile)
{
    const auto r = runCli({"meq", kAnne});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("30 mg × 4/day × 1.0 = 120 mg MEQ"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("20 mg × 6/day × 1.5 = 180 mg MEQ"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("300 mg MEQ/day"), std::string::npos);
    EXPECT_NE(r.out.find("Profile: dk"), std::string::npos);
    EXPECT_NE(r.out.find("very_high_meq"), std::string::npos);
    EXPECT_NE(r.out.find("Sundhedsstyrelsen"), std::string::npos) << "findings cite their source";
}

TEST(MeqCli, DanishText)
{
    const auto r = runCli({"meq", "--lang", "da", kAnne});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Morfinækvivalenter (MEQ) pr. døgn"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("30 mg × 4/døgn × 1,0 = 120 mg MEQ"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("svarer til 300 mg oral morfin og overstiger 100 mg. Dosis bør nedsættes."),
              std::string::npos)
        << r.out;
}

TEST(MeqCli, ReadsStandardInput)
{
    const auto r =
        runCli({"meq", "--format", "json", "-"}, taper::test::testData("regimen/valid_patch.json"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_DOUBLE_EQ(Json::parse(r.out)["total_meq_mg"].get<double>(), 60);
}

TEST(MeqCli, PartialTotalUnderAProfileThatCannotConvert)
{
    const auto r = runCli({"meq", "--format", "json", "--profile", "cdc-2022", kAnne});
    ASSERT_EQ(r.exitCode, 0);
    const auto ketogan = runCli(
        {"meq", "--format", "json", "--profile", "cdc-2022", "-"},
        R"({"schema_version":1,"lines":[{"product":"ketogan-5","dose":5,"unit":"mg","times_per_day":2}]})");
    ASSERT_EQ(ketogan.exitCode, 0) << ketogan.err;
    const Json j = Json::parse(ketogan.out);
    EXPECT_TRUE(j["total_is_partial"].get<bool>());
    EXPECT_TRUE(j["lines"][0]["meq_mg"].is_null());
    EXPECT_TRUE(hasFinding(j, "not_in_profile"));
}

TEST(MeqCli, BadInputExitsTwoWithOneLineAndNoResult)
{
    const std::string file = std::string(TAPER_TEST_DATA_DIR) + "/regimen/invalid_unknown_key.json";
    const auto r = runCli({"meq", file});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_NE(r.err.find("invalid_unknown_key.json"), std::string::npos);
    EXPECT_NE(r.err.find("/lines/0/dose_mg"), std::string::npos);
    EXPECT_NE(r.err.find("did you mean \"dose\""), std::string::npos) << r.err;
}

TEST(MeqCli, UsageErrorsExitTwo)
{
    EXPECT_EQ(runCli({"meq", "--profile", "nope", kAnne}).exitCode, 2);
    EXPECT_NE(runCli({"meq", "--profile", "nope", kAnne}).err.find("dk"), std::string::npos)
        << "lists the known profiles";
    EXPECT_EQ(runCli({"meq", "--as-of", "2026-02-30", kAnne}).exitCode, 2);
    EXPECT_EQ(runCli({"meq", "--format", "xml", kAnne}).exitCode, 2);
    EXPECT_EQ(runCli({"meq"}).exitCode, 2);
    EXPECT_EQ(runCli({"frobnicate"}).exitCode, 2);
    EXPECT_EQ(runCli({"meq", "/no/such/file.json"}).exitCode, 2);
    EXPECT_EQ(runCli({"meq", "--formulary", "/no/such/dir", kAnne}).exitCode, 2);
}

TEST(MeqCli, AsOfOptionOverridesTheFile)
{
    const auto r = runCli({"meq", "--format", "json", "--as-of", "2026-12-24", kAnne});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(Json::parse(r.out)["as_of"], "2026-12-24");
    EXPECT_EQ(runCli({"meq", "--as-of", "2023-01-01", kAnne}).exitCode, 2)
        << "since after the evaluation date";
}

TEST(MeqCli, HelpAndVersion)
{
    const auto help = runCli({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("meq"), std::string::npos);
    const auto version = runCli({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    // Version, the commit built from, and the formulary data version with the folder it came from.
    EXPECT_THAT(version.out,
                testing::MatchesRegex(std::string("opioid-taper ") + taper::buildinfo::version() +
                                      "\ncommit [A-Za-z0-9._+-]+\nformulary data "
                                      "[0-9]{4}-[0-9]{2}-[0-9]{2} \\(.*formulary\\)\n"));
    const auto broken = runCli({"--formulary", "/nonexistent-formulary", "--version"});
    EXPECT_EQ(broken.exitCode, 0) << "the version is printed even when the formulary cannot be read";
    EXPECT_NE(broken.out.find("formulary not loaded from /nonexistent-formulary: "), std::string::npos)
        << broken.out;
    EXPECT_EQ(runCli({"meq", "--help"}).exitCode, 0);
}

TEST(FormularyCli, CsvStartsWithTheFixedColumns)
{
    const auto r = runCli({"formulary", "--format", "csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("product,substance,route,release,strength,unit,factor,wear_hours", 0), 0u);
    EXPECT_NE(r.out.find("\ncontalgin-30,morphine,oral,extended,30,mg,1,,"), std::string::npos);
    EXPECT_NE(r.out.find("\nfentanyl-patch-25,fentanyl,transdermal,extended,25,mcg/h,2.4,72,"),
              std::string::npos);
    EXPECT_NE(r.out.find("\nmetadon-dak-20,methadone,oral,extended,20,mg,,,"), std::string::npos)
        << "tiered factor is empty";
}

TEST(FormularyCli, JsonAndTextAndProfiles)
{
    EXPECT_EQ(runCli({"formulary", "--format", "json"}).exitCode, 0);
    const auto cdc = runCli({"formulary", "--profile", "cdc-2022", "--format", "csv"});
    EXPECT_NE(cdc.out.find("\nketogan-5,ketobemidone,oral,immediate,5,mg,,"), std::string::npos)
        << "not covered: empty";
    EXPECT_NE(runCli({"formulary"}).out.find("Profile dk"), std::string::npos);
}
