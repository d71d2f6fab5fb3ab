// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/meq_compare.h"

#include <limits>

namespace taper::meq {

std::optional<MeqRange> rangeOf(const MeqLine &line)
{
    if (!line.meq || !line.factor || !line.conversion || *line.factor <= 0) return std::nullopt;
    // MEQ is linear in the factor, so the range scales the computed MEQ (tiers: the applied tier).
    const double perFactor = line.meq->value() / *line.factor;
    return MeqRange{MeqPerDay(perFactor * line.conversion->range.first),
                    MeqPerDay(perFactor * line.conversion->range.second)};
}

MeqRange totalRange(const MeqResult &result)
{
    MeqRange total{MeqPerDay(0), MeqPerDay(0)};
    for (const auto &line : result.lines)
        if (const auto r = rangeOf(line)) {
            total.low += r->low;
            total.high += r->high;
        }
    return total;
}

MeqComparison compare(const Regimen &regimen, const std::vector<const Profile *> &profiles,
                      const Formulary &formulary)
{
    MeqComparison c;
    c.profiles = profiles;
    for (std::size_t i = 0; i < regimen.lines.size(); ++i)
        if (!regimen.lines[i].coMedication) c.lines.push_back(i);
    const auto rows = static_cast<Eigen::Index>(c.lines.size());
    const auto cols = static_cast<Eigen::Index>(profiles.size());
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    c.meq = c.low = c.high = Eigen::MatrixXd::Constant(rows, cols, nan);
    for (Eigen::Index p = 0; p < cols; ++p) {
        c.results.push_back(compute(regimen, *profiles[static_cast<std::size_t>(p)], formulary));
        const MeqResult &r = c.results.back();
        for (Eigen::Index row = 0; row < rows; ++row) {
            const MeqLine &m = r.lines[static_cast<std::size_t>(row)]; // compute keeps opioid lines in order
            if (const auto range = rangeOf(m)) {
                c.meq(row, p) = m.meq->value();
                c.low(row, p) = range->low.value();
                c.high(row, p) = range->high.value();
            }
        }
    }
    const auto sumConverted = [](const Eigen::MatrixXd &m) -> Eigen::VectorXd {
        return m.array().isNaN().select(0.0, m).colwise().sum().transpose();
    };
    c.total = sumConverted(c.meq);
    c.totalLow = sumConverted(c.low);
    c.totalHigh = sumConverted(c.high);
    return c;
}

} // namespace taper::meq
