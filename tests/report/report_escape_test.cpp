// SPDX-License-Identifier: GPL-3.0-or-later
// Text that users typed (label, author, clinic, phone, session reasons and notes) is shown literally in
// Markdown and HTML (issue 15 item 16): no HTML element, Markdown structure or terminal control gets
// through, whatever it holds.
#include "report_fixtures.h"
#include "taper/report/render.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

namespace taper {
namespace {

using test::day;
using ::testing::HasSubstr;
using ::testing::Not;

/// A plan with hostile text in every free-text field, and a context with hostile author and clinic.
struct Hostile {
    Plan plan;
    report::ReportContext ctx = test::context(report::Lang::En);

    Hostile()
    {
        plan = test::makePlan("examples/anne.json", "2026-12-07");
        plan.label = "<script>alert(1)</script> \x1b[2J| x";
        SessionInput in;
        in.date = day("2026-12-21");
        in.decision = SessionDecision::Hold;
        in.by = "*Dr* [x](javascript:alert(1))";
        in.reason = "<img src=x onerror=alert(1)>";
        in.withdrawalNote = "# Heading\n- item";
        in.functionNote = "1. sleeps _badly_ `code` & \x1b[31mred";
        plan = recordSession(plan, in, day("2026-12-21"), test::formulary());
        ctx.author = "<script>author()</script>";
        ctx.clinic = "## Klinik <b>";
        ctx.phone = "- 70 11 22 33";
    }
};

bool hasControl(const std::string &text)
{
    for (char c : text)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7f) return true;
    return false;
}

/// '|' not escaped by a backslash: the cell separators of a Markdown table row.
int separators(const std::string &line)
{
    int n = 0;
    for (std::size_t i = 0; i < line.size(); ++i)
        if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++n;
    return n;
}

TEST(ReportEscape, MarkdownShowsTypedTextLiterally)
{
    const Hostile h;
    for (const report::Document &doc :
         {report::buildReview(h.plan, h.ctx), report::buildHandout(h.plan, h.ctx)}) {
        const std::string md = report::renderMarkdown(doc);
        EXPECT_THAT(md, Not(HasSubstr("<script")));
        EXPECT_THAT(md, Not(HasSubstr("<img")));
        EXPECT_THAT(md, Not(HasSubstr("<b>")));
        EXPECT_THAT(md, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt; \\\\x1b\\[2J\\| x"));
        EXPECT_THAT(md, HasSubstr("&lt;script&gt;author()&lt;/script&gt;"));
        EXPECT_FALSE(hasControl(md));
        std::istringstream lines(md);
        for (std::string line; std::getline(lines, line);) {
            EXPECT_NE(line.rfind("## Klinik", 0), 0u) << line; // no heading made of the clinic's name
            EXPECT_NE(line.rfind("# Heading", 0), 0u) << line;
        }
    }
    const std::string review = report::renderMarkdown(report::buildReview(h.plan, h.ctx));
    EXPECT_THAT(review, HasSubstr("&lt;img src=x onerror=alert(1)&gt;"));
    EXPECT_THAT(review, HasSubstr("\\*Dr\\* \\[x\\](javascript:alert(1))"));
    EXPECT_THAT(review, HasSubstr("# Heading - item")); // inside a table cell: no block starts there
    EXPECT_THAT(review, HasSubstr("1. sleeps \\_badly\\_ \\`code\\` &amp; \\\\x1b\\[31mred"));
    // The session row keeps its six columns.
    std::istringstream lines(review);
    for (std::string line; std::getline(lines, line);)
        if (line.find("onerror") != std::string::npos) {
            EXPECT_EQ(separators(line), 7) << line;
        }
}

TEST(ReportEscape, MarkdownBlockMarkersAtTheStartOfAParagraphOrItemAreEscaped)
{
    report::Document doc;
    doc.title = "T";
    doc.sections.push_back({"S",
                            {report::Paragraph{"# Heading"}, report::Paragraph{"    code?"},
                             report::BulletList{{"1. one", "- two", "a_b_c"}}}});
    const std::string md = report::renderMarkdown(doc);
    EXPECT_THAT(md, HasSubstr("\n\\# Heading\n"));
    EXPECT_THAT(md, HasSubstr("\ncode?\n"));
    EXPECT_THAT(md, HasSubstr("\n- 1\\. one\n- \\- two\n- a_b_c\n")); // a finding-code style word keeps its _
}

TEST(ReportEscape, HtmlHasNoControlCharacters)
{
    const Hostile h;
    const std::string html = report::renderHtml(report::buildReview(h.plan, h.ctx));
    EXPECT_THAT(html, Not(HasSubstr("<script")));
    EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt; \\x1b[2J| x"));
    EXPECT_FALSE(hasControl(html));
}

} // namespace
} // namespace taper
