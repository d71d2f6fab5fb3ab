// SPDX-License-Identifier: GPL-3.0-or-later
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

bool isShortActingLongTerm(const Context &c, const OpioidLine &o)
{
    return o.line->release == Release::Immediate && !o.line->isPatch() && o.days &&
           *o.days > c.profile.longTermDays;
}

long longestTreatmentDays(const Context &c)
{
    long longest = -1;
    for (const OpioidLine &o : c.opioidLines())
        longest = std::max(longest, o.days.value_or(-1));
    return longest;
}

} // namespace detail

namespace {

using detail::finding;
using detail::Number;
using detail::Text;

/// One threshold finding for the total: very_high_meq when the second threshold is passed (carrying
/// the first threshold as `high_threshold_mg`, `high_inclusive`, `high_source`), else high_meq when the
/// first is. When a converted methadone line contributes to the total, `methadone_in_total` is "true"
/// and `methadone_source` names the methadone rule's source: the MEQ rests on a dose-tiered conversion,
/// so the renderers refer to the specialist instead of advising a cut. The thresholds run on the
/// converted part; `total_is_partial` is "true" when a line is not converted (the total is then a
/// lower bound: a partial 120 mg is already above 100).
void checkThresholds(const detail::Context &c)
{
    const MeqPerDay total = c.meq.total();
    const Profile &profile = c.profile;
    const bool high = profile.highMeq.isExceededBy(total);
    const bool veryHigh = profile.veryHighMeq.isExceededBy(total);
    if (!high && !veryHigh) return;
    bool methadone = false;
    for (const detail::OpioidLine &o : c.opioidLines())
        if (o.kind == SubstanceKind::Methadone && o.meq && o.meq->meq && o.meq->meq->value() > 0)
            methadone = true;
    const Threshold &t = veryHigh ? profile.veryHighMeq : profile.highMeq;
    Finding &f = c.out.emplace_back();
    detail::fill(f, veryHigh ? FindingCode::VeryHighMeq : FindingCode::HighMeq,
                 veryHigh ? Severity::Critical : Severity::Warning, std::nullopt, t.source,
                 Number{"total_meq_mg", total.value()}, Number{"threshold_mg", t.valueMg},
                 Text{"inclusive", detail::boolText(t.inclusive)},
                 Text{"methadone_in_total", detail::boolText(methadone)},
                 Text{"total_is_partial", detail::boolText(c.meq.totalIsPartial)});
    if (methadone)
        detail::addParameter(f, Text{"methadone_source", c.formulary.rules().methadoneSpecialist.source});
    if (veryHigh) { // what high_meq would have said
        detail::addParameter(f, Number{"high_threshold_mg", profile.highMeq.valueMg});
        detail::addParameter(f, Text{"high_inclusive", detail::boolText(profile.highMeq.inclusive)});
        detail::addParameter(f, Text{"high_source", profile.highMeq.source});
    }
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
        } else if (detail::isShortActingLongTerm(c, o)) {
            Finding &f = c.out.emplace_back();
            detail::fill(f, FindingCode::ShortActingLongTerm, Severity::Warning, i, c.profile.longTermSource,
                         Text{"substance", line.substance}, Number{"days", double(*days)}, limit,
                         Text{"prn", detail::boolText(line.prn)});
            // What prn_long_term would have said about this PRN line (it is not raised for it).
            if (line.prn) {
                detail::addParameter(f, Number{"treatment_days", double(detail::longestTreatmentDays(c))});
                detail::addParameter(f, Text{"prn_source", c.formulary.rules().prnLongTerm.source});
            }
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
    checkThresholds(c);
    checkCoverage(regimen, meq, profile, out);
    checkDuration(c);
    detail::checkRegimenShape(c);
    detail::checkSubstances(c);
    detail::checkCoMedications(c);
    detail::checkDriving(c);
    detail::checkLabels(c);
    detail::checkPatient(c);
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
