#pragma once
// Markdown and HTML renderers of the report model (no Qt). HTML is self-contained: inline CSS with
// print rules (A4, table headers repeated), charts drawn as inline SVG.

#include "taper/report/document.h"

#include <string>

namespace taper::report {

std::string renderMarkdown(const Document &doc);

struct HtmlOptions {
    /// Qt's QTextDocument understands a subset of HTML/CSS and no SVG: with this set, the CSS is kept
    /// to that subset and each chart becomes <img src="chart:N"> (N counts charts from 0), which the
    /// PDF renderer supplies as an image resource.
    bool forQtTextDocument = false;
};
std::string renderHtml(const Document &doc, const HtmlOptions &options = {});

/// The chart as a standalone SVG element (width × height in CSS pixels).
std::string renderChartSvg(const Chart &chart, int width, int height);

} // namespace taper::report
