// Rules tied to a substance's pharmacology: CYP2D6 prodrugs, methadone, buprenorphine.
#include "rules_internal.h"

namespace taper::rules::detail {

namespace {

/// The kind of each opioid line's substance, in c.opioidLines() order: one formulary lookup per line,
/// shared by the methadone and buprenorphine rules.
std::vector<SubstanceKind> kindsOf(const Context &c)
{
    std::vector<SubstanceKind> kinds;
    kinds.reserve(c.opioidLines().size());
    for (std::size_t i : c.opioidLines()) {
        const Substance *s = c.formulary.substance(c.regimen.lines[i].substance);
        kinds.push_back(s ? s->kind : SubstanceKind::FullAgonist);
    }
    return kinds;
}

void checkCyp2d6(const Context &c)
{
    const Cyp2d6Rule &rule = c.formulary.rules().cyp2d6Prodrug;
    for (std::size_t i : c.opioidLines()) {
        if (!rule.lists(c.regimen.lines[i].substance)) continue;
        c.out.push_back(finding(FindingCode::Cyp2d6Prodrug, Severity::Info, i, rule.source,
                                Text{"substance", c.regimen.lines[i].substance},
                                Number{"poor_metabolisers_low_percent", rule.poorMetabolisersPercent.first},
                                Number{"poor_metabolisers_high_percent", rule.poorMetabolisersPercent.second}));
    }
}

void checkMethadone(const Context &c, const std::vector<SubstanceKind> &kinds)
{
    const MethadoneRule &rule = c.formulary.rules().methadoneSpecialist;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (kinds[k] != SubstanceKind::Methadone) continue;
        const std::size_t i = c.opioidLines()[k];
        c.out.push_back(finding(FindingCode::MethadoneSpecialist, Severity::Warning, i, rule.source,
                                Text{"substance", c.regimen.lines[i].substance},
                                Number{"ecg_after_weeks_low", double(rule.ecgAfterWeeks.first)},
                                Number{"ecg_after_weeks_high", double(rule.ecgAfterWeeks.second)},
                                Number{"ecg_after_increase_percent", rule.ecgAfterIncreasePercent},
                                Number{"fatal_unknown_tolerance_mg", rule.fatalUnknownToleranceMgPerDay}));
    }
}

void checkBuprenorphine(const Context &c, const std::vector<SubstanceKind> &kinds)
{
    const RuleSource &rule = c.formulary.rules().buprenorphinePartialAgonist;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (kinds[k] != SubstanceKind::PartialAgonist) continue;
        const std::size_t i = c.opioidLines()[k];
        const MeqLine *m = c.meqLine(i);
        c.out.push_back(finding(FindingCode::BuprenorphinePartialAgonist, Severity::Info, i, rule.source,
                                Text{"substance", c.regimen.lines[i].substance}, Text{"profile", c.profile.id},
                                Text{"excluded_from_meq", boolText(m && m->exclusion)}));
    }
}

} // namespace

void checkSubstances(const Context &c)
{
    checkCyp2d6(c);
    const std::vector<SubstanceKind> kinds = kindsOf(c);
    checkMethadone(c, kinds);
    checkBuprenorphine(c, kinds);
}

} // namespace taper::rules::detail
