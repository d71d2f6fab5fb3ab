// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Markdown and HTML renderers of the report model (no Qt). HTML is self-contained: inline CSS with
// print rules (A4, table headers repeated), charts drawn as inline SVG.

#include "taper/report/document.h"

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace taper::report {

std::string renderMarkdown(const Document &doc);

/// A heading or paragraph that belongs on the page of what follows it ("keep with next"): a section's
/// heading, or a paragraph directly followed by a bullet list (its lead-in).
struct KeeperRef {
    static constexpr std::size_t kHeading = static_cast<std::size_t>(-1);
    std::size_t section = 0;
    std::size_t block = kHeading; ///< index in Section::blocks, or kHeading for the section's heading
    auto operator<=>(const KeeperRef &) const = default;
};

struct HtmlOptions {
    /// Qt's QTextDocument understands a subset of HTML/CSS and no SVG: with this set, the CSS is kept
    /// to that subset and each chart becomes <img src="chart:N"> (N counts charts from 0), which the
    /// PDF renderer supplies as an image resource.
    bool forQtTextDocument = false;
    /// Qt only: where a table ends and continues, header repeated, on a new page. Key: the table's
    /// index among the document's Table blocks (from 0); value: ascending body-row indices that start a
    /// new page (0 = the whole table starts on a new page). The PDF renderer fills this so that no row
    /// is split across pages.
    std::map<std::size_t, std::vector<std::size_t>> newPageBeforeRow;
    /// Qt only: headings and lead-in paragraphs that start a new page. With forQtTextDocument every
    /// such keeper carries an anchor named keeperAnchor(ref), so the PDF renderer can find it.
    std::set<KeeperRef> newPageBeforeKeeper;

    /// newPageBeforeRow's rows for table `table` (empty when none).
    const std::vector<std::size_t> &rowsStartingPages(std::size_t table) const;
    /// Whether body row `row` of table `table` starts a new page.
    bool startsPage(std::size_t table, std::size_t row) const;
};
std::string renderHtml(const Document &doc, const HtmlOptions &options = {});

/// "keep:S" for the heading of section S, "keep:S:B" for paragraph B of section S.
std::string keeperAnchor(const KeeperRef &ref);

/// The chart as a standalone SVG element (width × height in CSS pixels).
std::string renderChartSvg(const Chart &chart, int width, int height);

} // namespace taper::report
