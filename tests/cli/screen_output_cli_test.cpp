// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper screen under hostile input (issue 15 items 8 and 9): the patients file is RFC 4180 CSV that
// reads back with the right columns and values, never a spreadsheet formula; text output shows control
// characters escaped; units above the bound are bad rows, never a negative or shifted number.
#include "taper/json_reader.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <fstream>

using taper::test::runCli;
using taper::test::TempFolder;
using Json = nlohmann::json;

namespace {

std::string write(const TempFolder &dir, const std::string &name, const std::string &text)
{
    std::ofstream(dir.file(name), std::ios::binary) << text;
    return dir.file(name);
}

/// An RFC 4180 reader written from the RFC, independent of the program: records of fields; a quoted
/// field may hold commas, CR, LF and doubled quotes. LF or CRLF ends a record.
std::vector<std::vector<std::string>> readCsv(const std::string &text)
{
    std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        std::string &field = records.back().back();
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += text[++i];
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            EXPECT_TRUE(field.empty()) << "a quote inside an unquoted field at byte " << i;
            quoted = true;
        } else if (c == ',') {
            records.back().emplace_back();
        } else if (c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
            i += c == '\r';
            records.emplace_back(1);
        } else {
            field += c;
        }
    }
    EXPECT_FALSE(quoted) << "unterminated quote";
    if (records.back() == std::vector<std::string>(1)) records.pop_back();
    return records;
}

const std::string kRow = ",2026-11-01,oxynorm-10,28\n";

} // namespace

TEST(ScreenOutputCli, IdsReadBackAsOneFieldAndNeverAsAFormula)
{
    const TempFolder dir("screen-output-csv");
    const std::string in =
        write(dir, "in.csv",
              "patient_id,date,product,units\n\"alpha,x\"" + kRow + "=1+1" + kRow + "\"a\"\"b\"" + kRow +
                  "+1" + kRow + "-1" + kRow + "@SUM(A1)" + kRow + "\ttab" + kRow + "\"\rcr\"" + kRow +
                  "\"mid\rcr\"" + kRow + "plain-7" + kRow);
    const auto r = runCli({"screen", in, "--as-of", "2026-11-21", "-o", dir.file("out.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string out = taper::test::fileBytes(dir.file("out.csv"));
    const auto records = readCsv(out);
    ASSERT_EQ(records.size(), 11u) << out;
    std::vector<std::string> ids;
    for (const auto &fields : records) {
        EXPECT_EQ(fields.size(), 10u) << fields[0];
        if (fields.size() == 10 && &fields != &records[0]) {
            ids.push_back(fields[0]);
            EXPECT_EQ(fields[4], "4.67") << fields[0] << ": 28 × 10 mg × 1.5 / 90";
        }
    }
    // Sorted by the original id bytes; a formula-leading id comes back with the ' that neutralises it.
    const std::vector<std::string> expected = {"'\ttab",    "'\rcr", "'+1",     "'-1",     "'=1+1",
                                               "'@SUM(A1)", "a\"b",  "alpha,x", "mid\rcr", "plain-7"};
    EXPECT_EQ(ids, expected);
    for (const char *raw :
         {"\n\"'=1+1\",1,", "\n\"alpha,x\",1,", "\n\"a\"\"b\",1,", "\n\"'@SUM(A1)\",1,", "\nplain-7,1,"})
        EXPECT_NE(out.find(raw), std::string::npos) << raw << " in\n" << out;
}

TEST(ScreenOutputCli, StandardOutputIsQuotedToo)
{
    const auto r = runCli({"screen", "-", "--as-of", "2026-11-21", "-o", "-"},
                          "patient_id,date,product,units\n\"alpha,x\"" + kRow + "=1+1" + kRow);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto records = readCsv(r.out);
    ASSERT_EQ(records.size(), 3u) << r.out;
    EXPECT_EQ(records[1][0], "'=1+1");
    EXPECT_EQ(records[2][0], "alpha,x");
    EXPECT_EQ(records[2].size(), 10u);
}

TEST(ScreenOutputCli, UnitsAboveTheBoundAreRefusedRowsWithAClearMessage)
{
    const TempFolder dir("screen-output-units");
    const std::string in =
        write(dir, "in.csv",
              "patient_id,date,product,units\nbig,2026-11-01,contalgin-200,40000000000\n"
              "big,2026-11-02,contalgin-200,40000000000\nsmall,2026-11-01,oxynorm-10,28\n");
    auto r = runCli({"screen", in, "--as-of", "2026-11-21", "-o", dir.file("out.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(
        r.err.find(
            "line 2: units \"40000000000\" is more than 10000, the most one redemption can plausibly be"),
        std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("line 3: units \"40000000000\""), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("2 bad rows skipped"), std::string::npos) << r.err;
    EXPECT_EQ(taper::test::fileBytes(dir.file("out.csv")),
              "patient_id,redemptions,first,last,avg_meq_90d,long_term,short_acting_only,above_60,above_100,"
              "multiple_opioids\n"
              "small,1,2026-11-01,2026-11-01,4.67,0,0,0,0,0\n");

    r = runCli({"screen", in, "--strict", "--as-of", "2026-11-21", "-o", dir.file("strict.csv")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("line 2"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("is more than 10000"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("strict.csv")));
}

TEST(ScreenOutputCli, TextOutputShowsControlCharactersEscaped)
{
    const TempFolder dir("screen-output-text");
    const std::string in = write(dir, "in\x1b[2J.csv",
                                 "patient_id,date,product,units\na,2026-11-01,oxy\x1b[31m\rnorm,28\n"
                                 "b,2026-11-01,oxynorm-10,\"1\x9b\"\n" +
                                     std::string("c") + kRow);
    const auto r = runCli({"screen", in, "--as-of", "2026-11-21", "-o", dir.file("out.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    for (const std::string &text : {r.out, r.err}) {
        for (char c : text)
            EXPECT_FALSE((c >= 0 && c < 0x20 && c != '\n') || c == 0x7f)
                << "raw control " << int(c) << " in\n"
                << text;
    }
    EXPECT_NE(r.err.find("unknown product \"oxy\\x1b[31m\\x0dnorm\""), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("units \"1\\x9b\" is not a plain decimal number"), std::string::npos) << "not UTF-8";
    EXPECT_NE(r.err.find("in\\x1b[2J.csv: line 2"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("Screened " + dir.file("in\\x1b[2J.csv")), std::string::npos) << r.out;
}

TEST(ScreenOutputCli, JsonSummaryWithAFileNameThatIsNotUtf8)
{
    const TempFolder dir("screen-output-json");
    const std::string in = write(dir, "in\xff\x1b.csv", "patient_id,date,product,units\na" + kRow);
    const auto r =
        runCli({"screen", in, "--as-of", "2026-11-21", "--format", "json", "-o", dir.file("out.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const Json j = Json::parse(r.out);
    EXPECT_EQ(j["patients"], 1);
    EXPECT_EQ(j["file"], dir.file("in\xEF\xBF\xBD\x1b.csv")) << "U+FFFD for the byte that is not UTF-8";
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << "JSON escapes the control character";
}
