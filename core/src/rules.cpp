// rules::check: the MEQ thresholds, profile coverage and short-acting duration rules, plus the themed
// rule groups in rules_*.cpp. Shared context helpers live here too.
#include "rules_internal.h"

#include <algorithm>
#include <cstdint>

namespace taper::rules {

namespace detail {

Finding make(FindingCode code, Severity severity, std::optional<std::size_t> line, std::string source)
{
    return Finding{code, severity, line, {}, std::move(source)};
}

std::string boolText(bool value)
{
    return value ? "true" : "false";
}

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

const MeqLine *Context::meqLine(std::size_t index) const
{
    for (const auto &m : meq.lines)
        if (m.index == index) return &m;
    return nullptr;
}

std::optional<long> Context::daysOnLine(std::size_t index) const
{
    const auto &since = regimen.lines[index].since;
    if (!since) return std::nullopt;
    return static_cast<long>((regimen.asOf - *since).count());
}

std::string Context::coMedicationId(std::size_t index) const
{
    const RegimenLine &line = regimen.lines[index];
    return line.substance.empty() ? line.atc.value_or("") : line.substance;
}

} // namespace detail

namespace {

using detail::make;

void checkThresholds(const MeqResult &meq, const Profile &profile, std::vector<Finding> &out)
{
    const MeqPerDay total = meq.total();
    auto add = [&](FindingCode code, Severity severity, const Threshold &t) {
        Finding f = make(code, severity, std::nullopt, t.source);
        f.parameters = {{"total_meq_mg", total.value()},
                        {"threshold_mg", t.valueMg},
                        {"inclusive", detail::boolText(t.inclusive)}};
        out.push_back(std::move(f));
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
        if (!days) {
            Finding f = make(FindingCode::DurationUnknown, Severity::Info, i, c.profile.longTermSource);
            f.parameters = {{"substance", line.substance}, {"limit_days", double(c.profile.longTermDays)}};
            c.out.push_back(std::move(f));
        } else if (*days > c.profile.longTermDays) {
            Finding f = make(FindingCode::ShortActingLongTerm, Severity::Warning, i, c.profile.longTermSource);
            f.parameters = {{"substance", line.substance},
                            {"days", double(*days)},
                            {"limit_days", double(c.profile.longTermDays)},
                            {"prn", detail::boolText(line.prn)}};
            c.out.push_back(std::move(f));
        }
    }
}

void checkCoverage(const Regimen &regimen, const MeqResult &meq, const Profile &profile, std::vector<Finding> &out)
{
    for (const auto &m : meq.lines) {
        if (m.conversion) continue;
        const RegimenLine &line = regimen.lines[m.index];
        Finding f = make(FindingCode::NotInProfile, Severity::Warning, m.index,
                         m.exclusion ? m.exclusion->source : profile.source);
        f.parameters = {{"substance", line.substance},
                        {"route", std::string(toString(line.route))},
                        {"profile", profile.id},
                        {"reason", m.exclusion ? m.exclusion->reason : std::string()}};
        out.push_back(std::move(f));
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
    Finding f = make(FindingCode::FastTaper, Severity::Warning, std::nullopt, rule.source);
    f.parameters = {{"cut_percent", cutPercent},
                    {"interval_days", double(intervalDays)},
                    {"max_cut_percent", rule.maxCutPercent},
                    {"min_interval_days", double(rule.minIntervalDays)}};
    return f;
}

} // namespace taper::rules
