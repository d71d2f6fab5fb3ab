// SPDX-License-Identifier: GPL-3.0-or-later
// Escaping untrusted text for CSV and the terminal (cli/output_escape.h, issue 15 item 9).
#include "output_escape.h"

#include <gtest/gtest.h>

using taper::cli::appendCsvField;
using taper::cli::printable;

namespace {

std::string csv(std::string_view field)
{
    std::string out;
    appendCsvField(out, field);
    return out;
}

} // namespace

TEST(OutputEscape, CsvFieldsAreQuotedPerRfc4180AndNeverStartAFormula)
{
    const std::pair<std::string_view, std::string_view> cases[] = {
        // RFC 4180: quoted when it holds a comma, a quote, CR or LF; inner quotes doubled.
        {"alpha-7", "alpha-7"},
        {"", ""},
        {"alpha,x", "\"alpha,x\""},
        {"a\"b", "\"a\"\"b\""},
        {"a\rb", "\"a\rb\""},
        {"a\nb", "\"a\nb\""},
        {"x=1", "x=1"}, // only a leading = starts a formula
        // OWASP CSV injection: a formula-leading character gets a ' in front, and the field is quoted.
        {"=1+1", "\"'=1+1\""},
        {"+1", "\"'+1\""},
        {"-1", "\"'-1\""},
        {"@SUM(A1)", "\"'@SUM(A1)\""},
        {"\tx", "\"'\tx\""},
        {"\rx", "\"'\rx\""},
        {{"\0x", 2}, {"\"'\0x\"", 5}},
        {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
    };
    for (const auto &[field, expected] : cases)
        EXPECT_EQ(csv(field), expected) << field;
}

TEST(OutputEscape, PrintableShowsControlCharactersAndBrokenUtf8)
{
    EXPECT_EQ(printable("plain æøå"), "plain æøå");
    EXPECT_EQ(printable("a\tb\nc\rd"), "a\\x09b\\x0ac\\x0dd");
    EXPECT_EQ(printable("\x1b[31mred\x7f"), "\\x1b[31mred\\x7f");
    EXPECT_EQ(printable(std::string_view("\0", 1)), "\\x00");
    const std::string csi8 = "\xc2\x9b", csiLatin1 = "\x9b";
    EXPECT_EQ(printable(csi8 + "2J"), "\\u009b2J") << "C1 CSI in UTF-8";
    EXPECT_EQ(printable(csiLatin1 + "2J\xff\xc3"), "\\x9b2J\\xff\\xc3") << "bytes that are not UTF-8";
    EXPECT_EQ(printable("\xc0\xaf"), "\\xc0\\xaf") << "overlong";
    EXPECT_EQ(printable("back\\slash \"q\""), "back\\\\slash \"q\"");
    EXPECT_EQ(printable("\"q\"", '"'), "\\\"q\\\"");
}
