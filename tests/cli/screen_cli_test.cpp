// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper screen end to end: output header and rows, sorting, bad rows, --strict, summary JSON.
#include "taper/json_reader.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using taper::test::runCli;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path = fs::temp_directory_path() /
                    ("screen-cli-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
    std::string write(const std::string &name, const std::string &text) const
    {
        std::ofstream(path / name, std::ios::binary) << text;
        return (path / name).string();
    }
    std::string read(const std::string &name) const
    {
        std::ifstream in(path / name, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }
};

const std::string kInput = "patient_id,date,product,units,pharmacy\n"
                           "zeta-1,2026-11-01,oxynorm-10,98,x\n"
                           "alpha-7,2026-01-10,contalgin-60,100,x\n"
                           "zeta-1,2026-03-01,oxynorm-10,98,x\n"
                           "alpha-7,2026-06-10,contalgin-60,100,x\n"
                           "alpha-7,2026-10-10,contalgin-60,100,x\n"
                           "zeta-1,2026-07-01,oxynorm-10,98,x\n"
                           "mid-3,2026-11-20,fentanyl-patch-25,10,x\n"
                           "mid-3,2026-11-20,oxynorm-5,20,x\n";

} // namespace

TEST(ScreenCli, WritesTheFixedHeaderSortedRowsAndATextSummary)
{
    TempDir dir;
    const auto in = dir.write("in.csv", kInput);
    const auto r = runCli({"screen", in, "--as-of", "2026-11-21", "-o", (dir.path / "out.csv").string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(dir.read("out.csv"), "patient_id,redemptions,first,last,avg_meq_90d,long_term,short_acting_"
                                   "only,above_60,above_100,multiple_opioids\n"
                                   "alpha-7,3,2026-01-10,2026-10-10,66.67,1,0,1,0,0\n"
                                   "mid-3,2,2026-11-20,2026-11-20,21.67,0,0,0,0,1\n"
                                   "zeta-1,3,2026-03-01,2026-11-01,16.33,1,1,0,0,0\n");
    EXPECT_NE(r.out.find("Patients with a redemption in the window: 3"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("long-term users"), std::string::npos) << r.out;
    EXPECT_EQ(r.err, "") << "silent when stderr is not a terminal";
}

TEST(ScreenCli, SummaryJson)
{
    TempDir dir;
    const auto in = dir.write("in.csv", kInput);
    const auto r = runCli(
        {"screen", in, "--as-of", "2026-11-21", "--format", "json", "-o", (dir.path / "out.csv").string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const Json j = Json::parse(r.out);
    EXPECT_EQ(j["schema_version"], 1);
    EXPECT_EQ(j["profile"], "dk");
    EXPECT_EQ(j["as_of"], "2026-11-21");
    EXPECT_EQ(j["window_days"], 365);
    EXPECT_EQ(j["patients"], 3);
    EXPECT_EQ(j["rows"]["read"], 8);
    EXPECT_EQ(j["rows"]["skipped"], 0);
    EXPECT_EQ(j["long_term"]["count"], 2);
    EXPECT_DOUBLE_EQ(j["long_term"]["percent"].get<double>(), 66.7);
    EXPECT_EQ(j["short_acting_only"]["count"], 1);
    EXPECT_DOUBLE_EQ(j["short_acting_only"]["percent"].get<double>(), 50.0);
    EXPECT_EQ(j["above_60"]["count"], 1);
    EXPECT_EQ(j["above_60"]["threshold_mg_per_day"], 60);
    EXPECT_EQ(j["above_60"]["inclusive"], false);
    EXPECT_EQ(j["above_100"]["count"], 0);
    EXPECT_EQ(j["multiple_opioids"]["count"], 1);
    EXPECT_EQ(j["long_term_definition"]["more_than_days"], 180);
}

TEST(ScreenCli, BadRowsGoToStderrWithLineNumbersButNoPatientIds)
{
    TempDir dir;
    const auto in =
        dir.write("in.csv", "patient_id,date,product,units\nsecret-id-1,2026-11-01,oxynorm-10,10\n"
                            "secret-id-2,2026-11-01,oxynorm-100,10\nsecret-id-3,2026-13-01,oxynorm-10,10\n");
    const auto r = runCli({"screen", in, "--as-of", "2026-11-21", "-o", (dir.path / "out.csv").string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("line 3: unknown product \"oxynorm-100\""), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("line 4: date \"2026-13-01\""), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("2 bad rows skipped"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("secret-id"), std::string::npos) << r.err;
    EXPECT_EQ(r.out.find("secret-id"), std::string::npos) << r.out;
    EXPECT_NE(dir.read("out.csv").find("secret-id-1,1,"), std::string::npos);
}

TEST(ScreenCli, StrictExitsTwoWithTheLineAndWritesNothing)
{
    TempDir dir;
    const auto in = dir.write(
        "in.csv", "patient_id,date,product,units\na,2026-11-01,oxynorm-10,10\nb,2026-11-01,oxynorm-10,0\n");
    const auto r =
        runCli({"screen", in, "--strict", "--as-of", "2026-11-21", "-o", (dir.path / "out.csv").string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("line 3"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("must be greater than 0"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir.path / "out.csv"));
}

TEST(ScreenCli, BadArgumentsExitTwo)
{
    TempDir dir;
    const auto in = dir.write("in.csv", kInput);
    const auto out = (dir.path / "out.csv").string();
    EXPECT_EQ(runCli({"screen", in, "--profile", "nope", "-o", out}).exitCode, 2);
    EXPECT_EQ(runCli({"screen", in, "--as-of", "2026-02-30", "-o", out}).exitCode, 2);
    EXPECT_EQ(runCli({"screen", in, "--window-days", "0", "-o", out}).exitCode, 2);
    EXPECT_EQ(runCli({"screen", (dir.path / "missing.csv").string(), "-o", out}).exitCode, 2);
    EXPECT_EQ(runCli({"screen", dir.write("bad.csv", "id,date,product,units\n"), "-o", out}).exitCode, 2);
    EXPECT_EQ(runCli({"screen", in}).exitCode, 2) << "-o is required";
}

TEST(ScreenCli, OtherProfileAndWindow)
{
    TempDir dir;
    const auto in = dir.write("in.csv", kInput);
    const auto r = runCli({"screen", in, "--as-of", "2026-11-21", "--window-days", "100", "--profile",
                           "cdc-2022", "-o", (dir.path / "out.csv").string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    // Window (2026-08-13, 2026-11-21]: alpha-7 has one redemption left, zeta-1 one, mid-3 two.
    EXPECT_EQ(dir.read("out.csv").substr(dir.read("out.csv").find('\n') + 1),
              "alpha-7,1,2026-10-10,2026-10-10,66.67,0,0,1,0,0\n"
              "mid-3,2,2026-11-20,2026-11-20,21.67,0,0,0,0,1\n"
              "zeta-1,1,2026-11-01,2026-11-01,16.33,0,0,0,0,0\n");
}

TEST(ScreenCli, StandardInputAndStandardOutput)
{
    const auto r = runCli({"screen", "-", "--as-of", "2026-11-21", "-o", "-"}, kInput);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "patient_id,redemptions,first,last,avg_meq_90d,long_term,"
                                                 "short_acting_only,above_60,above_100,multiple_opioids");
    EXPECT_NE(r.out.find("zeta-1,3,2026-03-01,2026-11-01,16.33,1,1,0,0,0\n"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("Patients with a redemption in the window: 3"), std::string::npos)
        << "summary on stderr";
}
