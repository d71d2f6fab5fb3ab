// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private: the one layout of a chart (plot area, axis ranges, ticks, polylines) that both the SVG
// (HTML) and the QPainter (PDF) drawings use, in abstract pixels.

#include "taper/report/document.h"

#include <array>
#include <string>
#include <vector>

namespace taper::report::detail {

struct PointF {
    double x = 0, y = 0;
};

struct ChartTick {
    double pos = 0; ///< x or y in pixels
    std::string label;
};

struct ChartLayout {
    double left = 0, top = 0, right = 0, bottom = 0; ///< plot area
    std::vector<ChartTick> xTicks, yTicks;
    std::vector<std::vector<PointF>> lines; ///< per series, the polyline (steps expanded)
    std::vector<std::vector<PointF>> marks; ///< per series, marker positions (empty unless markers)
};

/// The series colours, in order (a chart with more series repeats them), as 0xRRGGBB: the same in the
/// HTML's SVG and the PDF's drawing.
inline constexpr std::array<unsigned, 4> kSeriesColours{0x1f5fa8, 0xc0392b, 0x2e8b57, 0x8e44ad};

/// Lays out `chart` in a width × height box. Dates map linearly; y starts at 0.
ChartLayout layoutChart(const Chart &chart, double width, double height, Lang lang);

} // namespace taper::report::detail
