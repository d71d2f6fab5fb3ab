// rules::check: the MEQ thresholds, profile coverage and short-acting duration rules, plus the themed
// rule groups in rules_*.cpp. Shared context helpers live here too.
#include "rules_internal.h"

#include <algorithm>
#include <cstdint>

namespace taper::rules {

namespace detail {

Context::Context(const Regimen &r, const MeqResult &m, const Profile &p, const Formulary &f,
                 std::vector<Finding> &findings)
    : regimen(r), meq(m), profile(p), formulary(f), out(findings)
{
    m_opioids.reserve(regimen.lines.size());
    m_substances.reserve(regimen.lines.size());
    auto meqLine = meq.lines.begin(); // both in line order
    for (std::size_t i = 0; i < regimen.lines.size(); ++i) {
        const RegimenLine &line = regimen.lines[i];
        if (line.coMedication) {
            m_coMedications.push_back(i);
            continue;
        }
        OpioidLine o;
        o.index = i;
        o.line = &line;
        while (meqLine != meq.lines.end() && meqLine->index < i)
            ++meqLine;
        if (meqLine != meq.lines.end() && meqLine->index == i) o.meq = &*meqLine;
        const auto known = std::find(m_substances.begin(), m_substances.end(), line.substance);
        o.substance = static_cast<std::size_t>(known - m_substances.begin());
        if (known == m_substances.end()) m_substances.push_back(line.substance);
        if (const Substance *s = formulary.substance(line.substance)) o.kind = s->kind;
        if (line.since) o.days = static_cast<long>((regimen.asOf - *line.since).count());
        m_opioids.push_back(o);
    }
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
        emit(out, code, severity, std::nullopt, t.source, Number{"total_meq_mg", total.value()},
             Number{"threshold_mg", t.valueMg}, Text{"inclusive", detail::boolText(t.inclusive)});
    };
    if (profile.highMeq.isExceededBy(total)) add(FindingCode::HighMeq, Severity::Warning, profile.highMeq);
    if (profile.veryHighMeq.isExceededBy(total))
        add(FindingCode::VeryHighMeq, Severity::Critical, profile.veryHighMeq);
}

void checkDuration(const detail::Context &c)
{
    for (const detail::OpioidLine &o : c.opioidLines()) {
        const RegimenLine &line = *o.line;
        const std::size_t i = o.index;
        if (line.release != Release::Immediate || line.isPatch()) continue;
        const auto &days = o.days;
        const Number limit{"limit_days", double(c.profile.longTermDays)};
        if (!days) {
            emit(c.out, FindingCode::DurationUnknown, Severity::Info, i, c.profile.longTermSource,
                 Text{"substance", line.substance}, limit);
        } else if (*days > c.profile.longTermDays) {
            emit(c.out, FindingCode::ShortActingLongTerm, Severity::Warning, i, c.profile.longTermSource,
                 Text{"substance", line.substance}, Number{"days", double(*days)}, limit,
                 Text{"prn", detail::boolText(line.prn)});
        }
    }
}

void checkCoverage(const Regimen &regimen, const MeqResult &meq, const Profile &profile,
                   std::vector<Finding> &out)
{
    for (const auto &m : meq.lines) {
        if (m.conversion) continue;
        const RegimenLine &line = regimen.lines[m.index];
        emit(out, FindingCode::NotInProfile, Severity::Warning, m.index,
             m.exclusion ? m.exclusion->source : profile.source, Text{"substance", line.substance},
             Text{"route", toString(line.route)}, Text{"profile", profile.id},
             Text{"reason", m.exclusion ? std::string_view(m.exclusion->reason) : std::string_view()});
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
    // Apply the permutation in place, one cycle at a time: each finding moves once, no second vector.
    for (std::size_t start = 0; start < order.size(); ++start) {
        if (order[start].index == start) continue;
        Finding held = std::move(out[start]);
        std::size_t hole = start;
        while (order[hole].index != start) {
            const std::size_t from = order[hole].index;
            out[hole] = std::move(out[from]);
            order[hole].index = hole;
            hole = from;
        }
        out[hole] = std::move(held);
        order[hole].index = hole;
    }
    return out;
}

std::optional<Finding> fastTaper(double cutPercent, int intervalDays, const Formulary &formulary)
{
    const FastTaperRule &rule = formulary.rules().fastTaper;
    if (cutPercent <= rule.maxCutPercent && intervalDays >= rule.minIntervalDays) return std::nullopt;
    return finding(FindingCode::FastTaper, Severity::Warning, std::nullopt, rule.source,
                   Number{"cut_percent", cutPercent}, Number{"interval_days", double(intervalDays)},
                   Number{"max_cut_percent", rule.maxCutPercent},
                   Number{"min_interval_days", double(rule.minIntervalDays)});
}

} // namespace taper::rules
