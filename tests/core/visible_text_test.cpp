// SPDX-License-Identifier: GPL-3.0-or-later
// visibleText (issue 15 item 16): free text from a file cannot drive the terminal it is shown on.
#include "taper/visible_text.h"

#include <gtest/gtest.h>

namespace taper {
namespace {

TEST(VisibleText, KeepsOrdinaryTextAndDanishLetters)
{
    EXPECT_EQ(visibleText("Æblegård Ørsted, å – 10 mg \\ 50 %"), "Æblegård Ørsted, å – 10 mg \\ 50 %");
    EXPECT_EQ(visibleText("😀 ½"), "😀 ½");
    EXPECT_EQ(visibleText(""), "");
}

TEST(VisibleText, AnsiEscapesAndC0ControlsBecomeVisible)
{
    EXPECT_EQ(visibleText("\x1b[2J\x1b[31mEvil"), "\\x1b[2J\\x1b[31mEvil");
    EXPECT_EQ(visibleText("a\tb\nc\rd\x7f"), "a\\x09b\\x0ac\\x0dd\\x7f");
    EXPECT_EQ(visibleText(std::string("nul\0x", 5)), "nul\\x00x");
    EXPECT_EQ(visibleText("\x07\x08"), "\\x07\\x08");
}

TEST(VisibleText, C1ControlsAndBidiOverridesBecomeVisible)
{
    EXPECT_EQ(visibleText("\xc2\x9b"
                          "31m"),
              "\\u009b31m"); // CSI as one code point
    EXPECT_EQ(visibleText("abc\xe2\x80\xae"
                          "fdp.exe"),
              "abc\\u202efdp.exe");                                         // right-to-left override
    EXPECT_EQ(visibleText("\xe2\x81\xa6x\xe2\x81\xa9"), "\\u2066x\\u2069"); // isolates
    EXPECT_EQ(visibleText("a\xe2\x80\xa8"
                          "b"),
              "a\\u2028b"); // line separator
}

TEST(VisibleText, InvalidUtf8BytesBecomeVisible)
{
    EXPECT_EQ(visibleText("\xff\xfe"), "\\xff\\xfe");
    EXPECT_EQ(visibleText("\xc3"), "\\xc3");                   // cut sequence
    EXPECT_EQ(visibleText("\xc0\xaf"), "\\xc0\\xaf");          // overlong '/'
    EXPECT_EQ(visibleText("\xed\xa0\x80"), "\\xed\\xa0\\x80"); // surrogate
    EXPECT_EQ(visibleText("\x80x"), "\\x80x");                 // stray continuation byte
}

} // namespace
} // namespace taper
