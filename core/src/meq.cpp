// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/meq.h"

#include <array>

namespace taper {

namespace {

constexpr MgPerDay toMgPerDay(McgPerDay rate)
{
    return MgPerDay(rate.value() / 1000.0);
}

} // namespace

DailyAmount dailyAmount(const RegimenLine &line, double administrations)
{
    if (line.isPatch()) return std::get<McgPerHour>(*line.dose) * static_cast<double>(line.count);
    if (line.schedule) {
        double sum = 0;
        for (double amount : *line.schedule)
            sum += amount;
        sum *= line.count;
        return line.unit == DoseUnit::Mcg ? DailyAmount(McgPerDay(sum)) : DailyAmount(MgPerDay(sum));
    }
    const double n = administrations * line.count;
    if (line.unit == DoseUnit::Mcg) return perDay(std::get<Mcg>(*line.dose), n);
    return perDay(std::get<Mg>(*line.dose), n);
}

namespace {

/// The daily amount expressed in the unit the factor converts from (exact unit changes only).
double inBasis(const DailyAmount &amount, FactorBasis basis)
{
    if (const auto *mg = std::get_if<MgPerDay>(&amount))
        return basis == FactorBasis::PerMcg ? toMcgPerDay(*mg).value() : mg->value();
    if (const auto *mcg = std::get_if<McgPerDay>(&amount))
        return basis == FactorBasis::PerMg ? toMgPerDay(*mcg).value() : mcg->value();
    return std::get<McgPerHour>(amount).value();
}

/// The one crossing from drug amount to MEQ for a runtime-typed amount.
MeqPerDay convert(const DailyAmount &amount, FactorBasis basis, double factor)
{
    switch (basis) {
    case FactorBasis::PerMg:
        return toMeq(MgPerDay(inBasis(amount, basis)), MeqFactor<MgPerDay>(factor));
    case FactorBasis::PerMcg:
        return toMeq(McgPerDay(inBasis(amount, basis)), MeqFactor<McgPerDay>(factor));
    case FactorBasis::PerMcgPerHour:
        return toMeq(std::get<McgPerHour>(amount), MeqFactor<McgPerHour>(factor));
    }
    return MeqPerDay(0);
}

} // namespace

double valueOf(const DailyAmount &amount)
{
    return std::visit([](auto q) { return q.value(); }, amount);
}

std::string_view unitName(const DailyAmount &amount)
{
    constexpr std::array<std::string_view, 3> names{"mg/day", "mcg/day", "mcg/h"};
    return names[amount.index()];
}

MeqPerDay MeqResult::actual() const
{
    MeqPerDay sum = scheduled;
    for (const auto &line : lines)
        if (line.prn && line.meq) sum += line.meqUsed ? *line.meqUsed : *line.meq;
    return sum;
}

namespace meq {

MeqResult compute(const Regimen &regimen, const Profile &profile, const Formulary &)
{
    MeqResult result;
    result.profile = profile.id;
    result.asOf = regimen.asOf;
    result.lines.reserve(regimen.lines.size());

    for (std::size_t i = 0; i < regimen.lines.size(); ++i) {
        const RegimenLine &line = regimen.lines[i];
        if (line.coMedication) continue; // non-opioids never count: no MEQ line, not partial, not in totals
        MeqLine &m = result.lines.emplace_back();
        m.index = i;
        m.prn = line.prn;
        m.daily = dailyAmount(line, line.administrationsPerDay());
        if (line.prn && line.usedPerDay) m.dailyUsed = dailyAmount(line, *line.usedPerDay);
        m.conversion = profile.factorFor(line.substance, line.route);
        if (!m.conversion) m.exclusion = profile.exclusionFor(line.substance, line.route);
    }

    // Tiered factors (methadone) depend on the substance's whole daily dose across its lines.
    const auto tierBasis = [&](const ConversionFactor *conversion) {
        double sum = 0;
        for (const auto &m : result.lines)
            if (m.conversion == conversion) sum += inBasis(m.daily, conversion->basis);
        return sum;
    };

    bool everyPrnHasUse = true;
    MeqPerDay prnUsed{0};
    for (auto &m : result.lines) {
        if (m.prn && !m.dailyUsed) everyPrnHasUse = false;
        if (!m.conversion) {
            result.totalIsPartial = true;
            continue;
        }
        const double factor = m.conversion->isTiered() ? m.conversion->factorFor(tierBasis(m.conversion))
                                                       : *m.conversion->factor;
        m.factor = factor;
        m.meq = convert(m.daily, m.conversion->basis, factor);
        if (m.dailyUsed) m.meqUsed = convert(*m.dailyUsed, m.conversion->basis, factor);
        if (m.prn) {
            result.prn += *m.meq;
            if (m.meqUsed) prnUsed += *m.meqUsed;
        } else {
            result.scheduled += *m.meq;
        }
    }
    if (everyPrnHasUse) result.prnUsed = prnUsed;
    return result;
}

} // namespace meq
} // namespace taper
