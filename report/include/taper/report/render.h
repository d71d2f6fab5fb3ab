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
    /// Qt only: sections (index in Document::sections) whose heading starts a new page.
    std::set<std::size_t> newPageBeforeSection;
};
std::string renderHtml(const Document &doc, const HtmlOptions &options = {});

/// The chart as a standalone SVG element (width × height in CSS pixels).
std::string renderChartSvg(const Chart &chart, int width, int height);

} // namespace taper::report
