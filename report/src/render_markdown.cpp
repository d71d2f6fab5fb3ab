// Markdown (GitHub-flavoured tables; multi-line cells joined with <br>). Charts become a table of
// their points: Markdown has no drawing.
#include "taper/report/render.h"

#include <sstream>

namespace taper::report {

namespace {

std::string escapeCell(const std::string &s)
{
    std::string out;
    for (char c : s) {
        if (c == '|') out += "\\|";
        else if (c == '\n') out += ' ';
        else out += c;
    }
    return out;
}

std::string joinCell(const Cell &cell)
{
    std::string s;
    for (std::size_t i = 0; i < cell.size(); ++i) s += (i ? "<br>" : "") + escapeCell(cell[i]);
    return s;
}

void writeTable(std::ostream &out, const Table &t)
{
    out << "|";
    for (const auto &h : t.header) out << " " << escapeCell(h) << " |";
    out << "\n|";
    for (std::size_t i = 0; i < t.header.size(); ++i) out << (i < t.numeric.size() && t.numeric[i] ? "---:|" : "---|");
    out << "\n";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const bool bold = t.lastRowIsTotal && r + 1 == t.rows.size();
        out << "|";
        for (const Cell &c : t.rows[r]) {
            const std::string s = joinCell(c);
            out << " " << (bold && !s.empty() ? "**" + s + "**" : s) << " |";
        }
        out << "\n";
    }
    out << "\n";
}

struct BlockWriter {
    std::ostream &out;
    void operator()(const Paragraph &p) const { out << (p.emphasis ? "**" + p.text + "**" : p.text) << "\n\n"; }
    void operator()(const BulletList &l) const
    {
        for (const auto &item : l.items) out << "- " << item << "\n";
        out << "\n";
    }
    void operator()(const Table &t) const { writeTable(out, t); }
    void operator()(const Chart &c) const
    {
        out << "*" << c.title << " (" << c.yLabel << ")*\n\n";
        for (const ChartSeries &s : c.series) {
            out << "- " << s.name << ":";
            for (std::size_t i = 0; i < s.points.size(); ++i)
                out << (i ? ", " : " ") << formatIsoDate(s.points[i].first) << " " << text::formatAmount(s.points[i].second);
            out << "\n";
        }
        out << "\n";
    }
};

} // namespace

std::string renderMarkdown(const Document &doc)
{
    std::ostringstream out;
    out << "# " << doc.title << "\n\n";
    for (const auto &[key, value] : doc.meta) out << "- **" << key << ":** " << value << "\n";
    if (!doc.meta.empty()) out << "\n";
    for (const Section &s : doc.sections) {
        if (!s.heading.empty()) out << "## " << s.heading << "\n\n";
        for (const Block &b : s.blocks) std::visit(BlockWriter{out}, b);
    }
    if (!doc.footer.empty()) out << "---\n\n*" << doc.footer << "*\n";
    return out.str();
}

} // namespace taper::report
