// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_geometry.h"

#include "taper/report/dates_text.h"

#include <algorithm>
#include <cmath>

namespace taper::report::detail {

namespace {

/// A "nice" tick step (1, 2 or 5 × 10^n) giving about `count` ticks over `span`.
double niceStep(double span, int count)
{
    const double raw = span / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw) return m * magnitude;
    return 10 * magnitude;
}

} // namespace

ChartLayout layoutChart(const Chart &chart, double width, double height, Lang lang)
{
    ChartLayout l;
    l.left = 48, l.top = 12, l.right = width - 12, l.bottom = height - 40;
    long long minDay = 0, maxDay = 0;
    double maxValue = 0;
    bool any = false;
    for (const ChartSeries &s : chart.series)
        for (const auto &[d, v] : s.points) {
            const long long day = d.time_since_epoch().count();
            minDay = any ? std::min(minDay, day) : day;
            maxDay = any ? std::max(maxDay, day) : day;
            maxValue = std::max(maxValue, v);
            any = true;
        }
    if (!any) return l;
    // The stepped series' last value holds for a little while: leave room after the last date.
    const long long span = std::max<long long>(maxDay - minDay, 1);
    maxDay += std::max<long long>(span / 20, 1);
    const double yStep = niceStep(maxValue > 0 ? maxValue : 1, 5);
    const double yMax = std::ceil((maxValue > 0 ? maxValue : 1) / yStep) * yStep;
    const auto x = [&](long long day) {
        return l.left + (l.right - l.left) * double(day - minDay) / double(maxDay - minDay);
    };
    const auto y = [&](double v) { return l.bottom - (l.bottom - l.top) * v / yMax; };
    for (double v = 0; v <= yMax + yStep / 2; v += yStep)
        l.yTicks.push_back({y(v), text::formatAmount(v, lang)});
    const double xStep = niceStep(double(maxDay - minDay), 6);
    const long long dayStep = std::max<long long>(static_cast<long long>(xStep), 1);
    for (long long day = minDay; day <= maxDay; day += dayStep) {
        const date::year_month_day ymd{Date(date::days(day))};
        l.xTicks.push_back({x(day), std::to_string(static_cast<unsigned>(ymd.day())) + "/" +
                                        std::to_string(static_cast<unsigned>(ymd.month())) + " " +
                                        std::to_string(static_cast<int>(ymd.year()) % 100)});
    }
    for (const ChartSeries &s : chart.series) {
        std::vector<PointF> line, marks;
        for (std::size_t i = 0; i < s.points.size(); ++i) {
            const long long day = s.points[i].first.time_since_epoch().count();
            const PointF p{x(day), y(s.points[i].second)};
            if (s.stepped && !line.empty()) line.push_back({p.x, line.back().y});
            line.push_back(p);
            if (s.markers) marks.push_back(p);
        }
        if (s.stepped && !line.empty()) line.push_back({l.right, line.back().y});
        l.lines.push_back(std::move(line));
        l.marks.push_back(std::move(marks));
    }
    return l;
}

} // namespace taper::report::detail
