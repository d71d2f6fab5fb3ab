// SPDX-License-Identifier: GPL-3.0-or-later
// Rules on the shape of the opioid regimen: PRN in long-term treatment, several opioids, depot and
// short-acting of one substance, depot frequency, a fentanyl patch started without opioid tolerance.
#include "rules_internal.h"

#include <algorithm>

namespace taper::rules::detail {

namespace {

/// "a, b, c": sized once, then copied in.
std::string joined(const std::vector<std::string_view> &ids)
{
    constexpr std::string_view separator = ", ";
    std::size_t size = 0;
    for (std::string_view id : ids)
        size += id.size() + separator.size();
    std::string s(ids.empty() ? 0 : size - separator.size(), ' ');
    char *at = s.data();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0) at = std::copy(separator.begin(), separator.end(), at);
        at = std::copy(ids[i].begin(), ids[i].end(), at);
    }
    return s;
}

/// PRN opioid lines while the opioid treatment as a whole is long-term: the earliest `since` of any
/// opioid line lies more than the profile's long-term limit before as_of.
/// A line that raises short_acting_long_term gets no prn_long_term: that finding carries
/// `treatment_days` and `prn_source` instead (one finding per concern, the line-specific one).
void checkPrnLongTerm(const Context &c)
{
    const long longest = longestTreatmentDays(c);
    if (longest <= c.profile.longTermDays) return;
    for (const OpioidLine &o : c.opioidLines()) {
        if (!o.line->prn || isShortActingLongTerm(c, o)) continue;
        emit(c.out, FindingCode::PrnLongTerm, Severity::Warning, o.index,
             c.formulary.rules().prnLongTerm.source, Text{"substance", o.line->substance},
             Number{"treatment_days", double(longest)}, Number{"limit_days", double(c.profile.longTermDays)});
    }
}

void checkMultipleOpioids(const Context &c)
{
    const MultipleOpioidsRule &rule = c.formulary.rules().multipleOpioids;
    const auto &substances = c.opioidSubstances();
    if (static_cast<int>(substances.size()) <= rule.maxSubstances) return;
    emit(c.out, FindingCode::MultipleOpioids, Severity::Warning, std::nullopt, rule.source,
         Number{"count", double(substances.size())}, Number{"max_substances", double(rule.maxSubstances)},
         OwnedText{"substances", joined(substances)});
}

/// One finding per short-acting line of a substance that is also given as depot or patch.
void checkDuplicateRelease(const Context &c)
{
    for (const OpioidLine &o : c.opioidLines()) {
        if (o.line->release != Release::Immediate) continue;
        for (const OpioidLine &depot : c.opioidLines()) {
            if (depot.substance != o.substance || depot.line->release != Release::Extended) continue;
            emit(c.out, FindingCode::DuplicateRelease, Severity::Warning, o.index,
                 c.formulary.rules().duplicateRelease.source, Text{"substance", o.line->substance},
                 Number{"depot_line", double(depot.index + 1)});
            break;
        }
    }
}

/// Depot products (not patches) whose daily frequency differs from 24 h / the label's dosing interval,
/// or that are given PRN.
void checkDepotInterval(const Context &c)
{
    for (const OpioidLine &o : c.opioidLines()) {
        const RegimenLine &line = *o.line;
        if (!line.product || line.release != Release::Extended || line.isPatch())
            continue; // a product fixes both
        const Product *p = c.formulary.product(*line.product);
        if (!p || p->release != Release::Extended || p->isPatch() || !p->dosingIntervalHours) continue;
        const int hours = *p->dosingIntervalHours;
        if (hours <= 0 || 24 % hours != 0) continue;
        const double expected = 24.0 / hours;
        const double actual = line.administrationsPerDay();
        if (!line.prn && actual == expected) continue;
        emit(c.out, FindingCode::DepotUnevenInterval, Severity::Warning, o.index,
             c.formulary.rules().depotUnevenInterval.source, Text{"product", p->id},
             Number{"interval_hours", double(hours)}, Number{"expected_per_day", expected},
             Number{"times_per_day", actual}, Text{"prn", boolText(line.prn)});
    }
}

/// A patch of a listed substance started at most `withinDays` before as_of while no other opioid
/// substance is in the regimen (the patient was most likely not opioid-tolerant).
void checkPatchInNaive(const Context &c)
{
    const PatchNaiveRule &rule = c.formulary.rules().patchInOpioidNaive;
    if (c.opioidSubstances().size() != 1) return;
    for (const OpioidLine &o : c.opioidLines()) {
        const RegimenLine &line = *o.line;
        const auto &days = o.days;
        if (!line.isPatch() || !rule.lists(line.substance) || !days || *days > rule.withinDays) continue;
        emit(c.out, FindingCode::PatchInOpioidNaive, Severity::Critical, o.index, rule.source,
             Text{"substance", line.substance}, Number{"days", double(*days)},
             Number{"within_days", double(rule.withinDays)},
             Number{"tolerance_meq_mg", rule.toleranceMeqMgPerDay});
    }
}

} // namespace

void checkRegimenShape(const Context &c)
{
    checkPrnLongTerm(c);
    checkMultipleOpioids(c);
    checkDuplicateRelease(c);
    checkDepotInterval(c);
    checkPatchInNaive(c);
}

} // namespace taper::rules::detail
