// SPDX-License-Identifier: GPL-3.0-or-later
// Rules tied to a substance's pharmacology: CYP2D6 prodrugs, methadone, buprenorphine.
#include "rules_internal.h"

#include <algorithm>
#include <string>

namespace taper::rules::detail {

namespace {

/// One finding for the regimen's CYP2D6 prodrugs, on the first listed line. When several lines list
/// one (Pinex Forte and codeine tablets, codeine and tramadol), the finding carries `substances`
/// (distinct ids, comma-separated, in line order) and `other_lines` (1-based, comma-separated).
void checkCyp2d6(const Context &c)
{
    const Cyp2d6Rule &rule = c.formulary.rules().cyp2d6Prodrug;
    const OpioidLine *first = nullptr;
    std::vector<std::string_view> substances;
    std::string otherLines;
    for (const OpioidLine &o : c.opioidLines()) {
        if (!rule.lists(o.line->substance)) continue;
        if (std::find(substances.begin(), substances.end(), o.line->substance) == substances.end())
            substances.push_back(o.line->substance);
        if (!first) {
            first = &o;
            continue;
        }
        otherLines += (otherLines.empty() ? "" : ", ") + std::to_string(o.index + 1);
    }
    if (!first) return;
    Finding &f = c.out.emplace_back();
    fill(f, FindingCode::Cyp2d6Prodrug, Severity::Info, first->index, rule.source,
         Text{"substance", first->line->substance},
         Number{"poor_metabolisers_low_percent", rule.poorMetabolisersPercent.first},
         Number{"poor_metabolisers_high_percent", rule.poorMetabolisersPercent.second});
    if (otherLines.empty()) return;
    std::string ids;
    for (std::string_view id : substances)
        ids += (ids.empty() ? "" : ", ") + std::string(id);
    addParameter(f, OwnedText{"substances", std::move(ids)});
    addParameter(f, OwnedText{"other_lines", std::move(otherLines)});
}

void checkMethadone(const Context &c)
{
    const MethadoneRule &rule = c.formulary.rules().methadoneSpecialist;
    for (const OpioidLine &o : c.opioidLines()) {
        if (o.kind != SubstanceKind::Methadone) continue;
        emit(c.out, FindingCode::MethadoneSpecialist, Severity::Warning, o.index, rule.source,
             Text{"substance", o.line->substance},
             Number{"ecg_after_weeks_low", double(rule.ecgAfterWeeks.first)},
             Number{"ecg_after_weeks_high", double(rule.ecgAfterWeeks.second)},
             Number{"ecg_after_increase_percent", rule.ecgAfterIncreasePercent},
             Number{"fatal_unknown_tolerance_mg", rule.fatalUnknownToleranceMgPerDay});
    }
}

void checkBuprenorphine(const Context &c)
{
    const RuleSource &rule = c.formulary.rules().buprenorphinePartialAgonist;
    for (const OpioidLine &o : c.opioidLines()) {
        if (o.kind != SubstanceKind::PartialAgonist) continue;
        emit(c.out, FindingCode::BuprenorphinePartialAgonist, Severity::Info, o.index, rule.source,
             Text{"substance", o.line->substance}, Text{"profile", c.profile.id},
             Text{"excluded_from_meq", boolText(o.meq && o.meq->exclusion)});
    }
}

} // namespace

void checkSubstances(const Context &c)
{
    checkCyp2d6(c);
    checkMethadone(c);
    checkBuprenorphine(c);
}

} // namespace taper::rules::detail
