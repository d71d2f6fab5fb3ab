// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown (GitHub-flavoured tables; multi-line cells joined with <br>). Charts become a table of
// their points: Markdown has no drawing.
#include "taper/report/render.h"
#include "taper/visible_text.h"

#include <cctype>
#include <sstream>
#include <string_view>

namespace taper::report {

namespace {

/// `s` as Markdown shows it literally, whoever wrote it (a label, the author, the clinic, a session's
/// notes): `&`, `<` and `>` as the entities the HTML renderer writes (a "<script>" stays text), markup
/// characters backslash-escaped (`_` only where it could open or close emphasis: not inside a word
/// such as a finding code), line breaks as spaces, other controls visible (taper/visible_text.h). With
/// `startsBlock` (a paragraph or list item, where "# ", "- ", "1. " or four spaces would start a
/// heading, a list or code), leading spaces are dropped and a leading block marker is escaped.
std::string mdText(std::string_view s, bool startsBlock = false)
{
    std::string flat(s);
    for (char &c : flat)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (startsBlock) flat.erase(0, flat.find_first_not_of(' '));
    const std::string text = visibleText(flat);
    const auto alnum = [&](std::size_t i) {
        return i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]));
    };
    std::size_t digits = 0;
    while (startsBlock && alnum(digits) && std::isdigit(static_cast<unsigned char>(text[digits])) &&
           digits < 9)
        ++digits;
    const bool orderedMarker =
        digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')');
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool blockMarker =
            startsBlock && ((i == 0 && std::string_view("#-+=").find(c) != std::string_view::npos) ||
                            (orderedMarker && i == digits));
        const bool inWord = c == '_' && i > 0 && alnum(i - 1) && alnum(i + 1);
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (blockMarker || (std::string_view("\\`*_[]|~").find(c) != std::string_view::npos && !inWord))
            out += std::string("\\") + c;
        else
            out += c;
    }
    return out;
}

std::string joinCell(const Cell &cell)
{
    std::string s;
    for (std::size_t i = 0; i < cell.size(); ++i)
        s += (i ? "<br>" : "") + mdText(cell[i]);
    return s;
}

void writeTable(std::ostream &out, const Table &t)
{
    out << "|";
    for (const auto &h : t.header)
        out << " " << mdText(h) << " |";
    out << "\n|";
    for (std::size_t i = 0; i < t.header.size(); ++i)
        out << (i < t.dose.size() && t.dose[i]         ? ":---:|"
                : i < t.numeric.size() && t.numeric[i] ? "---:|"
                                                       : "---|");
    out << "\n";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const bool bold = t.lastRowIsTotal && r + 1 == t.rows.size();
        out << "|";
        for (std::size_t i = 0; i < t.rows[r].size(); ++i) {
            const std::string s = joinCell(t.rows[r][i]);
            const bool strong = bold || (i < t.dose.size() && t.dose[i]);
            out << " " << (strong && !s.empty() ? "**" + s + "**" : s) << " |";
        }
        out << "\n";
    }
    out << "\n";
}

struct MarkdownBlockWriter {
    std::ostream &out;
    void operator()(const Paragraph &p) const
    {
        const std::string text = mdText(p.text, !p.emphasis);
        out << (p.emphasis ? "**" + text + "**" : text) << "\n\n";
    }
    void operator()(const BulletList &l) const
    {
        for (const auto &item : l.items)
            out << "- " << mdText(item, true) << "\n";
        out << "\n";
    }
    void operator()(const Table &t) const { writeTable(out, t); }
    void operator()(const Chart &c) const
    {
        out << "*" << mdText(c.title) << " (" << mdText(c.yLabel) << ")*\n\n";
        for (const ChartSeries &s : c.series) {
            out << "- " << mdText(s.name) << ":";
            for (std::size_t i = 0; i < s.points.size(); ++i)
                out << (i ? ", " : " ") << formatIsoDate(s.points[i].first) << " "
                    << text::formatAmount(s.points[i].second);
            out << "\n";
        }
        out << "\n";
    }
};

} // namespace

std::string renderMarkdown(const Document &doc)
{
    std::ostringstream out;
    out << "# " << mdText(doc.title) << "\n\n";
    for (const auto &[key, value] : doc.meta)
        out << "- **" << mdText(key) << ":** " << mdText(value) << "\n";
    if (!doc.meta.empty()) out << "\n";
    for (const Section &s : doc.sections) {
        if (!s.heading.empty()) out << "## " << mdText(s.heading) << "\n\n";
        for (const Block &b : s.blocks)
            std::visit(MarkdownBlockWriter{out}, b);
    }
    if (!doc.footer.empty()) out << "---\n\n*" << mdText(doc.footer) << "*\n";
    return out.str();
}

} // namespace taper::report
