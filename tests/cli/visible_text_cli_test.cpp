// SPDX-License-Identifier: GPL-3.0-or-later
// Free text from a plan reaches the terminal with its controls made visible (issue 15 item 16): a label
// or a session reason holding ANSI escapes cannot clear or recolour the nurse's screen in `show` or
// `group`; Danish letters are kept.
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace taper {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char *kLabel = "\x1b[2J\x1b[31mÆblegård\xc2\x9b"
                               "0m\x07";
constexpr const char *kShownLabel = "\\x1b[2J\\x1b[31mÆblegård\\u009b0m\\x07";

bool hasControl(const std::string &text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n') || c == 0x7f) return true;
        if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xa0)
            return true; // C1
    }
    return false;
}

TEST(VisibleTextCli, ShowAndGroupEscapeLabelsAndReasons)
{
    const test::TempFolder folder("visible-text-cli");
    const std::string plan = folder.file("p.json");
    auto r = test::runCli({"taper", test::sourcePath("tests/data/taper/anne.json"), "--start", "2026-12-01",
                           "--today", "2026-11-21", "-o", plan, "--label", kLabel});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = test::runCli({"session", plan, "--date", "2026-12-15", "--today", "2026-12-15", "--decision", "hold",
                      "--reason",
                      "uro\x1b]0;pwned\x07 i \xe2\x80\xae"
                      "kroppen"});
    ASSERT_EQ(r.exitCode, 0) << r.err;

    const auto show = test::runCli({"show", plan, "--today", "2026-12-20", "--history"});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    EXPECT_THAT(show.out, HasSubstr(std::string("Plan: ") + kShownLabel));
    EXPECT_THAT(show.out, HasSubstr("uro\\x1b]0;pwned\\x07 i \\u202ekroppen"));
    EXPECT_FALSE(hasControl(show.out));

    const auto group = test::runCli({"group", folder.path().string(), "--date", "2026-12-20"});
    ASSERT_EQ(group.exitCode, 0) << group.err;
    EXPECT_THAT(group.out, HasSubstr(kShownLabel));
    EXPECT_FALSE(hasControl(group.out));
    EXPECT_THAT(group.out, Not(HasSubstr("\x1b")));
}

} // namespace
} // namespace taper
