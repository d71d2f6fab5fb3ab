// Rules tied to a substance's pharmacology: CYP2D6 prodrugs, methadone, buprenorphine.
#include "rules_internal.h"

namespace taper::rules::detail {

namespace {

void checkCyp2d6(const Context &c)
{
    const Cyp2d6Rule &rule = c.formulary.rules().cyp2d6Prodrug;
    for (const OpioidLine &o : c.opioidLines()) {
        if (!rule.lists(o.line->substance)) continue;
        emit(c.out, FindingCode::Cyp2d6Prodrug, Severity::Info, o.index, rule.source,
             Text{"substance", o.line->substance},
             Number{"poor_metabolisers_low_percent", rule.poorMetabolisersPercent.first},
             Number{"poor_metabolisers_high_percent", rule.poorMetabolisersPercent.second});
    }
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
