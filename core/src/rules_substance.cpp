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
        Finding f = make(FindingCode::Cyp2d6Prodrug, Severity::Info, i, rule.source);
        f.parameters = {{"substance", c.regimen.lines[i].substance},
                        {"poor_metabolisers_low_percent", rule.poorMetabolisersPercent.first},
                        {"poor_metabolisers_high_percent", rule.poorMetabolisersPercent.second}};
        c.out.push_back(std::move(f));
    }
}

void checkMethadone(const Context &c, const std::vector<SubstanceKind> &kinds)
{
    const MethadoneRule &rule = c.formulary.rules().methadoneSpecialist;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (kinds[k] != SubstanceKind::Methadone) continue;
        const std::size_t i = c.opioidLines()[k];
        Finding f = make(FindingCode::MethadoneSpecialist, Severity::Warning, i, rule.source);
        f.parameters = {{"substance", c.regimen.lines[i].substance},
                        {"ecg_after_weeks_low", double(rule.ecgAfterWeeks.first)},
                        {"ecg_after_weeks_high", double(rule.ecgAfterWeeks.second)},
                        {"ecg_after_increase_percent", rule.ecgAfterIncreasePercent},
                        {"fatal_unknown_tolerance_mg", rule.fatalUnknownToleranceMgPerDay}};
        c.out.push_back(std::move(f));
    }
}

void checkBuprenorphine(const Context &c, const std::vector<SubstanceKind> &kinds)
{
    const RuleSource &rule = c.formulary.rules().buprenorphinePartialAgonist;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (kinds[k] != SubstanceKind::PartialAgonist) continue;
        const std::size_t i = c.opioidLines()[k];
        const MeqLine *m = c.meqLine(i);
        Finding f = make(FindingCode::BuprenorphinePartialAgonist, Severity::Info, i, rule.source);
        f.parameters = {{"substance", c.regimen.lines[i].substance},
                        {"profile", c.profile.id},
                        {"excluded_from_meq", boolText(m && m->exclusion)}};
        c.out.push_back(std::move(f));
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
