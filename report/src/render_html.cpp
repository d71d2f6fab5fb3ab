// SPDX-License-Identifier: GPL-3.0-or-later
// Self-contained HTML: inline CSS with print rules, charts as inline SVG. With forQtTextDocument, the
// same structure in the HTML/CSS subset QTextDocument understands (the PDF renderer's input).
#include "chart_geometry.h"
#include "taper/report/render.h"
#include "taper/visible_text.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <sstream>
#include <string>
#include <variant>

namespace taper::report {

namespace {

/// Text as HTML shows it literally; controls other than white space made visible (a label with an ANSI
/// escape printed with -o - must not reach the terminal raw; taper/visible_text.h).
std::string esc(const std::string &s)
{
    std::string flat = s;
    for (char &c : flat)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    std::string out;
    for (char c : visibleText(flat)) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

const char *kCss =
    R"(body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #111; margin: 2em auto; max-width: 60em; }
h1 { font-size: 18pt; margin: 0 0 0.4em 0; }
h2 { font-size: 13pt; margin: 1.2em 0 0.4em 0; border-bottom: 1px solid #888; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em 0; }
th, td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #e8e8e8; }
td.num, th.num { text-align: right; }
td.dose, th.dose { text-align: center; font-weight: bold; }
body.handout { font-size: 12pt; }
tr.group td { border-top: 2px solid #333; }
tr.total td { font-weight: bold; }
table.meta td { border: none; padding: 1px 8px 1px 0; }
p.emphasis { font-weight: bold; border: 1px solid #333; padding: 4px 6px; }
p.footer { color: #444; font-size: 9pt; border-top: 1px solid #888; padding-top: 4px; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; max-width: none; } thead { display: table-header-group; } tr { page-break-inside: avoid; } h2 { page-break-after: avoid; } }
)";

const char *kQtCss = R"(body { font-family: "DejaVu Sans"; font-size: 9pt; }
h1 { font-size: 16pt; }
h2 { font-size: 12pt; }
th { background-color: #e8e8e8; font-weight: bold; }
)";

/// The patient's handout is read by people of every age: larger body text (issue 18: 11–12 pt).
const char *kQtHandoutCss = R"(body { font-family: "DejaVu Sans"; font-size: 11pt; }
h1 { font-size: 18pt; }
h2 { font-size: 13.5pt; }
th { background-color: #e8e8e8; font-weight: bold; }
)";

std::string cellHtml(const Cell &c)
{
    std::string s;
    for (std::size_t i = 0; i < c.size(); ++i)
        s += (i ? "<br>" : "") + esc(c[i]);
    return s;
}

/// The opening tag `tag` (e.g. "h2") and, for Qt, the keeper's anchor; `newPage` starts a page (Qt).
std::string openKeeper(const char *tag, const KeeperRef &ref, bool newPage)
{
    return std::string("<") + tag + (newPage ? " style=\"page-break-before: always;\">" : ">") +
           "<a name=\"" + keeperAnchor(ref) + "\">";
}

struct HtmlBlockWriter {
    std::ostream &out;
    const HtmlOptions &options;
    bool qt;
    int &chartIndex;
    std::size_t &tableIndex;
    std::optional<KeeperRef> keeper; ///< Qt only: this block is a lead-in paragraph

    void operator()(const Paragraph &p) const
    {
        if (keeper)
            out << openKeeper("p", *keeper, options.newPageBeforeKeeper.count(*keeper) > 0)
                << (p.emphasis ? "<b>" + esc(p.text) + "</b>" : esc(p.text)) << "</a></p>\n";
        else if (p.emphasis && qt)
            out << "<p><b>" << esc(p.text) << "</b></p>\n";
        else
            out << (p.emphasis ? "<p class=\"emphasis\">" : "<p>") << esc(p.text) << "</p>\n";
    }
    void operator()(const BulletList &l) const
    {
        out << "<ul>\n";
        for (const auto &item : l.items)
            out << "<li>" << esc(item) << "</li>\n";
        out << "</ul>\n";
    }
    /// Opens the table with its header; `newPage` puts it at the top of a new page (Qt only).
    void openTable(const Table &t, bool newPage) const
    {
        if (qt)
            out << "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\""
                << (newPage ? "page-break-before: always; " : "")
                << "border-collapse: collapse; border-color: #999999;\">\n";
        else
            out << (t.compact ? "<table style=\"font-size: 8pt;\">\n" : "<table>\n");
        const std::string small = qt && t.compact ? " style=\"font-size: 8pt;\"" : "";
        out << "<thead><tr>";
        for (std::size_t i = 0; i < t.header.size(); ++i) {
            const bool num = i < t.numeric.size() && t.numeric[i];
            const bool dose = i < t.dose.size() && t.dose[i];
            out << "<th" << (dose ? " class=\"dose\"" : num ? " class=\"num\"" : "");
            if (qt) out << (dose ? " align=\"center\"" : num ? " align=\"right\"" : "");
            if (qt && i < t.widthPercent.size()) out << " width=\"" << t.widthPercent[i] << "%\"";
            out << small << ">" << esc(t.header[i]) << "</th>";
        }
        out << "</tr></thead>\n<tbody>\n";
    }
    void operator()(const Table &t) const
    {
        const std::size_t index = tableIndex++;
        const auto newPageBefore = [&](std::size_t row) { return qt && options.startsPage(index, row); };
        openTable(t, newPageBefore(0));
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            if (r > 0 && newPageBefore(r)) {
                out << "</tbody></table>\n";
                openTable(t, true);
            }
            const bool group = r < t.rowStartsGroup.size() && t.rowStartsGroup[r] && r > 0;
            const bool total = t.lastRowIsTotal && r + 1 == t.rows.size();
            std::string cls = group ? "group" : (total ? "total" : "");
            out << "<tr" << (cls.empty() ? "" : " class=\"" + cls + "\"") << ">";
            for (std::size_t i = 0; i < t.rows[r].size(); ++i) {
                const bool num = i < t.numeric.size() && t.numeric[i];
                const bool dose = i < t.dose.size() && t.dose[i];
                out << "<td" << (dose ? " class=\"dose\"" : num ? " class=\"num\"" : "");
                if (qt) out << (dose ? " align=\"center\"" : num ? " align=\"right\"" : "");
                if (qt && (group || t.compact))
                    out << " style=\"" << (group ? "border-top: 2px solid #333333; " : "")
                        << (t.compact ? "font-size: 8pt;" : "") << "\"";
                const bool strong = qt && (total || dose);
                out << ">" << (strong ? "<b>" : "") << cellHtml(t.rows[r][i]) << (strong ? "</b>" : "")
                    << "</td>";
            }
            out << "</tr>\n";
        }
        out << "</tbody></table>\n";
    }
    void operator()(const Chart &c) const
    {
        out << "<p><b>" << esc(c.title) << "</b> (" << esc(c.yLabel) << ")</p>\n";
        if (qt)
            out << "<p><img src=\"chart:" << chartIndex << "\" width=\"640\" height=\"260\"></p>\n";
        else
            out << "<figure>" << renderChartSvg(c, 640, 260) << "</figure>\n";
        ++chartIndex;
    }
};

std::string fmt(double v)
{
    char b[32];
    std::snprintf(b, sizeof b, "%.1f", v);
    return b;
}

} // namespace

std::string renderChartSvg(const Chart &chart, int width, int height)
{
    const detail::ChartLayout l = detail::layoutChart(chart, width, height, Lang::Da);
    std::ostringstream out;
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
        << "\" viewBox=\"0 0 " << width << " " << height
        << "\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"10\" role=\"img\" aria-label=\""
        << esc(chart.title) << "\">\n";
    out << "<rect x=\"" << fmt(l.left) << "\" y=\"" << fmt(l.top) << "\" width=\"" << fmt(l.right - l.left)
        << "\" height=\"" << fmt(l.bottom - l.top) << "\" fill=\"none\" stroke=\"#888\"/>\n";
    for (const auto &t : l.yTicks)
        out << "<line x1=\"" << fmt(l.left) << "\" y1=\"" << fmt(t.pos) << "\" x2=\"" << fmt(l.right)
            << "\" y2=\"" << fmt(t.pos) << "\" stroke=\"#ddd\"/><text x=\"" << fmt(l.left - 4) << "\" y=\""
            << fmt(t.pos + 3) << "\" text-anchor=\"end\">" << esc(t.label) << "</text>\n";
    for (const auto &t : l.xTicks)
        out << "<text x=\"" << fmt(t.pos) << "\" y=\"" << fmt(l.bottom + 14) << "\" text-anchor=\"middle\">"
            << esc(t.label) << "</text>\n";
    for (std::size_t s = 0; s < l.lines.size(); ++s) {
        char colour[8];
        std::snprintf(colour, sizeof colour, "#%06x",
                      detail::kSeriesColours[s % detail::kSeriesColours.size()]);
        if (l.lines[s].size() > 1) {
            out << "<polyline fill=\"none\" stroke=\"" << colour << "\" stroke-width=\"2\" points=\"";
            for (std::size_t i = 0; i < l.lines[s].size(); ++i)
                out << (i ? " " : "") << fmt(l.lines[s][i].x) << "," << fmt(l.lines[s][i].y);
            out << "\"/>\n";
        }
        for (const auto &p : l.marks[s])
            out << "<circle cx=\"" << fmt(p.x) << "\" cy=\"" << fmt(p.y) << "\" r=\"3.5\" fill=\"" << colour
                << "\"/>\n";
        const double ly = height - 10.0;
        const double lx = l.left + 160.0 * double(s);
        out << "<rect x=\"" << fmt(lx) << "\" y=\"" << fmt(ly - 8) << "\" width=\"12\" height=\"4\" fill=\""
            << colour << "\"/><text x=\"" << fmt(lx + 16) << "\" y=\"" << fmt(ly - 3) << "\">"
            << esc(chart.series[s].name) << "</text>\n";
    }
    out << "</svg>";
    return out.str();
}

const std::vector<std::size_t> &HtmlOptions::rowsStartingPages(std::size_t table) const
{
    static const std::vector<std::size_t> none;
    const auto found = newPageBeforeRow.find(table);
    return found == newPageBeforeRow.end() ? none : found->second;
}

bool HtmlOptions::startsPage(std::size_t table, std::size_t row) const
{
    const std::vector<std::size_t> &rows = rowsStartingPages(table);
    return std::binary_search(rows.begin(), rows.end(), row);
}

std::string keeperAnchor(const KeeperRef &ref)
{
    return "keep:" + std::to_string(ref.section) +
           (ref.block == KeeperRef::kHeading ? "" : ":" + std::to_string(ref.block));
}

std::string renderHtml(const Document &doc, const HtmlOptions &options)
{
    const bool qt = options.forQtTextDocument;
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"" << (doc.lang == Lang::Da ? "da" : "en")
        << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << esc(doc.title) << "</title>\n<style>\n"
        << (!qt                         ? kCss
            : doc.kind == Kind::Handout ? kQtHandoutCss
                                        : kQtCss)
        << "</style>\n</head>\n"
        << (doc.kind == Kind::Handout && !qt ? "<body class=\"handout\">\n" : "<body>\n");
    out << "<h1>" << esc(doc.title) << "</h1>\n";
    if (!doc.meta.empty()) {
        out << (qt ? "<table cellspacing=\"0\" cellpadding=\"1\">\n" : "<table class=\"meta\">\n");
        for (const auto &[key, value] : doc.meta)
            out << "<tr><td><b>" << esc(key) << ":</b></td><td>" << esc(value) << "</td></tr>\n";
        out << "</table>\n";
    }
    int chartIndex = 0;
    std::size_t tableIndex = 0;
    for (std::size_t i = 0; i < doc.sections.size(); ++i) {
        const Section &s = doc.sections[i];
        if (!s.heading.empty()) {
            const KeeperRef heading{i, KeeperRef::kHeading};
            if (qt)
                out << openKeeper("h2", heading, s.newPage || options.newPageBeforeKeeper.count(heading) > 0)
                    << esc(s.heading) << "</a></h2>\n";
            else
                out << (s.newPage ? "<h2 style=\"page-break-before: always;\">" : "<h2>") << esc(s.heading)
                    << "</h2>\n";
        }
        for (std::size_t k = 0; k < s.blocks.size(); ++k) {
            const bool leadIn = qt && std::holds_alternative<Paragraph>(s.blocks[k]) &&
                                k + 1 < s.blocks.size() &&
                                std::holds_alternative<BulletList>(s.blocks[k + 1]);
            std::optional<KeeperRef> keeper;
            if (leadIn) keeper = KeeperRef{i, k};
            std::visit(HtmlBlockWriter{out, options, qt, chartIndex, tableIndex, keeper}, s.blocks[k]);
        }
    }
    if (!doc.footer.empty() && !qt) out << "<p class=\"footer\">" << esc(doc.footer) << "</p>\n";
    out << "</body>\n</html>\n";
    return out.str();
}

} // namespace taper::report
