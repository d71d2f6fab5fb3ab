// rules::check: the MEQ thresholds, profile coverage and short-acting duration rules, plus the themed
// rule groups in rules_*.cpp. Shared context helpers live here too.
#include "rules_internal.h"

#include <algorithm>
#include <cstdint>

namespace taper::rules {

namespace detail {

std::vector<std::size_t> Context::opioidLinesOf(const Regimen &regimen)
{
    std::vector<std::size_t> lines;
    lines.reserve(regimen.lines.size());
    for (std::size_t i = 0; i < regimen.lines.size(); ++i)
        if (!regimen.lines[i].coMedication) lines.push_back(i);
    return lines;
}

std::vector<std::string_view> Context::opioidSubstancesOf(const Regimen &regimen, const std::vector<std::size_t> &lines)
{
    std::vector<std::string_view> ids;
    ids.reserve(lines.size());
    for (std::size_t i : lines)
        if (std::find(ids.begin(), ids.end(), regimen.lines[i].substance) == ids.end())
            ids.push_back(regimen.lines[i].substance);
    return ids;
}

std::vector<const MeqLine *> Context::meqLinesByIndex(const Regimen &regimen, const MeqResult &meq)
{
    std::vector<const MeqLine *> byIndex(regimen.lines.size(), nullptr);
    for (const auto &m : meq.lines)
        if (m.index < byIndex.size()) byIndex[m.index] = &m;
    return byIndex;
}

std::optional<long> Context::daysOnLine(std::size_t index) const
{
    const auto &since = regimen.lines[index].since;
    if (!since) return std::nullopt;
    return static_cast<long>((regimen.asOf - *since).count());
}

std::string_view Context::coMedicationId(std::size_t index) const
{
    const RegimenLine &line = regimen.lines[index];
    if (!line.substance.empty()) return line.substance;
    return line.atc ? std::string_view(*line.atc) : std::string_view();
}

} // namespace detail

namespace {

using detail::finding;
using detail::Number;
using detail::Text;

void checkThresholds(const MeqResult &meq, const Profile &profile, std::vector<Finding> &out)
{
    const MeqPerDay total = meq.total();
    auto add = [&](FindingCode code, Severity severity, const Threshold &t) {
        out.push_back(finding(code, severity, std::nullopt, t.source, Number{"total_meq_mg", total.value()},
                              Number{"threshold_mg", t.valueMg}, Text{"inclusive", detail::boolText(t.inclusive)}));
    };
    if (profile.highMeq.isExceededBy(total)) add(FindingCode::HighMeq, Severity::Warning, profile.highMeq);
    if (profile.veryHighMeq.isExceededBy(total)) add(FindingCode::VeryHighMeq, Severity::Critical, profile.veryHighMeq);
}

void checkDuration(const detail::Context &c)
{
    for (std::size_t i : c.opioidLines()) {
        const RegimenLine &line = c.regimen.lines[i];
        if (line.release != Release::Immediate || line.isPatch()) continue;
        const auto days = c.daysOnLine(i);
        const Number limit{"limit_days", double(c.profile.longTermDays)};
        if (!days) {
            c.out.push_back(finding(FindingCode::DurationUnknown, Severity::Info, i, c.profile.longTermSource,
                                    Text{"substance", line.substance}, limit));
        } else if (*days > c.profile.longTermDays) {
            c.out.push_back(finding(FindingCode::ShortActingLongTerm, Severity::Warning, i, c.profile.longTermSource,
                                    Text{"substance", line.substance}, Number{"days", double(*days)}, limit,
                                    Text{"prn", detail::boolText(line.prn)}));
        }
    }
}

void checkCoverage(const Regimen &regimen, const MeqResult &meq, const Profile &profile, std::vector<Finding> &out)
{
    for (const auto &m : meq.lines) {
        if (m.conversion) continue;
        const RegimenLine &line = regimen.lines[m.index];
        out.push_back(finding(FindingCode::NotInProfile, Severity::Warning, m.index,
                              m.exclusion ? m.exclusion->source : profile.source, Text{"substance", line.substance},
                              Text{"route", toString(line.route)}, Text{"profile", profile.id},
                              Text{"reason", m.exclusion ? std::string_view(m.exclusion->reason) : std::string_view()}));
    }
}

} // namespace

std::vector<Finding> check(const Regimen &regimen, const MeqResult &meq, const Profile &profile,
                           const Formulary &formulary)
{
    std::vector<Finding> out;
    out.reserve(32);
    const detail::Context c{regimen, meq, profile, formulary, out};
    checkThresholds(meq, profile, out);
    checkCoverage(regimen, meq, profile, out);
    checkDuration(c);
    detail::checkRegimenShape(c);
    detail::checkSubstances(c);
    detail::checkCoMedications(c);
    detail::checkDriving(c);
    // Most severe first, regimen-wide before per-line, then by line; rule order within ties. The order
    // is one integer per finding (the rule order is the tie-breaker, so an unstable sort is stable
    // here): sorting it needs no merge buffer, and the findings themselves move once.
    struct Rank {
        std::uint64_t key;
        std::size_t index;
        bool operator<(const Rank &o) const { return key != o.key ? key < o.key : index < o.index; }
    };
    std::vector<Rank> order(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        const Finding &f = out[i];
        const std::uint64_t severity = 2 - static_cast<std::uint64_t>(f.severity);
        const std::uint64_t line = f.line ? 1 + static_cast<std::uint64_t>(*f.line) : 0;
        order[i] = {severity << 62 | line, i};
    }
    std::sort(order.begin(), order.end());
    std::vector<Finding> sorted;
    sorted.reserve(out.size());
    for (const Rank &r : order) sorted.push_back(std::move(out[r.index]));
    return sorted;
}

std::optional<Finding> fastTaper(double cutPercent, int intervalDays, const Formulary &formulary)
{
    const FastTaperRule &rule = formulary.rules().fastTaper;
    if (cutPercent <= rule.maxCutPercent && intervalDays >= rule.minIntervalDays) return std::nullopt;
    return finding(FindingCode::FastTaper, Severity::Warning, std::nullopt, rule.source, Number{"cut_percent", cutPercent},
                   Number{"interval_days", double(intervalDays)}, Number{"max_cut_percent", rule.maxCutPercent},
                   Number{"min_interval_days", double(rule.minIntervalDays)});
}

} // namespace taper::rules
