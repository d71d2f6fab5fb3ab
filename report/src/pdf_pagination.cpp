// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace taper::report::detail {

namespace {

/// The page (0-based) that document coordinate `y` falls on.
int pageAt(double y, double pageHeight)
{
    return static_cast<int>(y / pageHeight);
}

struct SplitRow {
    std::size_t table = 0;   ///< index among the document's Table blocks
    std::size_t row = 0;     ///< body row to start a new page with (a group's first row, if it fits a page)
    std::size_t section = 0; ///< the section holding the table
    bool opensSection = false;
    double top = 0; ///< document coordinate
};

struct LoneKeeper {
    KeeperRef ref;
    double top = 0;
};

/// Whether body row `row` of `table` begins a group of rows that belong together (Table::rowStartsGroup;
/// without groups every row is its own).
bool startsGroup(const Table &table, std::size_t row)
{
    return table.rowStartsGroup.empty() || row >= table.rowStartsGroup.size() || table.rowStartsGroup[row];
}

/// The first table row, or group of rows (Table::rowStartsGroup), that a page break splits, leaving out
/// rows that already start a page. nullopt also when `text` does not hold the tables `doc` and
/// `options` render.
std::optional<SplitRow> firstSplitRow(QTextDocument &text, const Document &doc, const HtmlOptions &options)
{
    const double pageHeight = text.pageSize().height();
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    const QList<QTextFrame *> frames = text.rootFrame()->childFrames();
    qsizetype frame = doc.meta.empty() ? 0 : 1; // the key-value table under the title comes first
    std::size_t index = 0;
    for (std::size_t section = 0; section < doc.sections.size(); ++section) {
        const auto &blocks = doc.sections[section].blocks;
        for (std::size_t block = 0; block < blocks.size(); ++block) {
            const auto *table = std::get_if<Table>(&blocks[block]);
            if (!table) continue;
            // The pieces renderHtml cut the table into: each begins at a row that starts a page.
            std::vector<std::size_t> starts{0};
            for (std::size_t r : options.rowsStartingPages(index))
                if (r > 0) starts.push_back(r);
            starts.push_back(table->rows.size());
            for (std::size_t c = 0; c + 1 < starts.size(); ++c) {
                const auto *q = qobject_cast<QTextTable *>(frames.value(frame++));
                if (!q || std::size_t(q->rows()) != 1 + starts[c + 1] - starts[c]) return std::nullopt;
                const auto extent = [&](std::size_t bodyRow) { // top and bottom of a body row's text
                    const int row = int(bodyRow - starts[c]) + 1;
                    std::pair<double, double> e{1e300, -1e300};
                    for (int column = 0; column < q->columns(); ++column) {
                        const QTextTableCell cell = q->cellAt(row, column);
                        e.first = std::min(
                            e.first, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                        e.second = std::max(
                            e.second, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
                    }
                    return e;
                };
                const auto split = [&](double top, double bottom) {
                    return pageAt(top, pageHeight) != pageAt(bottom - 0.5, pageHeight);
                };
                const auto startsPage = [&](std::size_t r) { return options.startsPage(index, r); };
                // A group (a taper step's rows) moves as a whole; one taller than a page keeps its rows
                // whole.
                for (std::size_t first = starts[c]; first < starts[c + 1];) {
                    std::size_t end = first + 1;
                    while (end < starts[c + 1] && !startsGroup(*table, end))
                        ++end;
                    const double top = extent(first).first;
                    if (split(top, extent(end - 1).second)) {
                        if (!startsPage(first)) return SplitRow{index, first, section, block == 0, top};
                        for (std::size_t r = first + 1; r < end; ++r) {
                            const auto [rowTop, rowBottom] = extent(r);
                            if (!startsPage(r) && split(rowTop, rowBottom))
                                return SplitRow{index, r, section, block == 0, rowTop};
                        }
                    }
                    first = end;
                }
            }
            ++index;
        }
    }
    return std::nullopt;
}

/// The keeper `block` carries (renderHtml names its anchor with keeperAnchor), or nullopt.
std::optional<KeeperRef> keeperOf(const QTextBlock &block)
{
    const QTextBlock::iterator first = block.begin();
    if (first.atEnd()) return std::nullopt;
    for (const QString &name : first.fragment().charFormat().anchorNames()) {
        const QStringList parts = name.split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 3 || parts[0] != QLatin1String("keep")) continue;
        KeeperRef ref;
        ref.section = parts[1].toULongLong();
        if (parts.size() == 3) ref.block = parts[2].toULongLong();
        return ref;
    }
    return std::nullopt;
}

/// The first heading or lead-in paragraph (not already starting a page) whose next block begins on a
/// later page.
std::optional<LoneKeeper> firstLoneKeeper(QTextDocument &text, const HtmlOptions &options)
{
    const double pageHeight = text.pageSize().height();
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    for (QTextBlock b = text.begin(); b.isValid(); b = b.next()) {
        const auto ref = keeperOf(b);
        const QTextBlock next = b.next();
        if (!ref || !next.isValid() || options.newPageBeforeKeeper.count(*ref)) continue;
        const double top = layout->blockBoundingRect(b).top();
        if (pageAt(layout->blockBoundingRect(next).top(), pageHeight) > pageAt(top, pageHeight))
            return LoneKeeper{*ref, top};
    }
    return std::nullopt;
}

} // namespace

bool addPageBreakForFirstBadBreak(QTextDocument &text, const Document &doc, HtmlOptions &options)
{
    const auto row = firstSplitRow(text, doc, options);
    const auto keeper = firstLoneKeeper(text, options);
    if (keeper && (!row || keeper->top <= row->top)) {
        options.newPageBeforeKeeper.insert(keeper->ref);
        return true;
    }
    if (!row) return false;
    const KeeperRef heading{row->section, KeeperRef::kHeading};
    if (row->row == 0 && row->opensSection && !doc.sections[row->section].heading.empty() &&
        !options.newPageBeforeKeeper.count(heading)) {
        options.newPageBeforeKeeper.insert(heading);
        return true;
    }
    std::vector<std::size_t> &rows = options.newPageBeforeRow[row->table];
    rows.insert(std::upper_bound(rows.begin(), rows.end(), row->row), row->row);
    return true;
}

} // namespace taper::report::detail
