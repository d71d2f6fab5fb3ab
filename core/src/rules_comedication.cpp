// Rules on co-medications: sedatives, gabapentinoids, serotonergic drugs with tramadol, laxatives,
// and medicines outside every known group. Groups come from atc-groups.json, limits from rules.json.
#include "rules_internal.h"

#include <algorithm>

namespace taper::rules::detail {

namespace {

/// One finding per co-medication line of `rule`'s groups, when the regimen has any opioid.
void checkCombination(const Context &c, FindingCode code, Severity severity, const GroupRule &rule)
{
    if (c.opioidLines().empty()) return;
    for (std::size_t i : c.coMedicationLines([&](const std::string &g) { return rule.covers(g); })) {
        emit(c.out, code, severity, i, rule.source, Text{"comedication", c.coMedicationId(i)},
             Text{"group", c.regimen.lines[i].group});
    }
}

/// Tramadol (or another listed opioid) with a serotonergic co-medication: warning; with a
/// contraindicated group (MAO inhibitors): critical, from the contraindication's source.
void checkSerotonergic(const Context &c)
{
    const SerotonergicRule &rule = c.formulary.rules().tramadolSerotonergic;
    std::string_view opioid;
    for (const auto &s : c.opioidSubstances())
        if (contains(rule.substances, s)) opioid = s;
    if (opioid.empty()) return;
    const auto add = [&](std::size_t i, bool contraindicated) {
        emit(c.out, FindingCode::TramadolSerotonergic,
             contraindicated ? Severity::Critical : Severity::Warning, i,
             contraindicated ? rule.contraindicationSource : rule.source, Text{"opioid", opioid},
             Text{"comedication", c.coMedicationId(i)}, Text{"group", c.regimen.lines[i].group},
             Text{"contraindicated", boolText(contraindicated)},
             Number{"washout_days", double(rule.washoutDays)});
    };
    for (std::size_t i : c.coMedicationLines([&](const std::string &g) { return rule.covers(g); }))
        add(i, false);
    for (std::size_t i :
         c.coMedicationLines([&](const std::string &g) { return contains(rule.contraindicatedGroups, g); }))
        add(i, true);
}

void checkLaxative(const Context &c)
{
    const GroupRule &rule = c.formulary.rules().noLaxative;
    if (c.opioidLines().empty()) return;
    if (!c.coMedicationLines([&](const std::string &g) { return rule.covers(g); }).empty()) return;
    emit(c.out, FindingCode::NoLaxative, Severity::Info, std::nullopt, rule.source);
}

void checkNotAssessed(const Context &c)
{
    for (std::size_t i : c.coMedicationLines([](const std::string &g) { return g.empty(); })) {
        const auto &atc = c.regimen.lines[i].atc;
        emit(c.out, FindingCode::NotAssessed, Severity::Info, i, c.formulary.rules().notAssessed.source,
             Text{"comedication", c.coMedicationId(i)},
             Text{"atc", atc ? std::string_view(*atc) : std::string_view()});
    }
}

} // namespace

void checkCoMedications(const Context &c)
{
    const RuleData &rules = c.formulary.rules();
    checkCombination(c, FindingCode::BenzodiazepineCombination, Severity::Critical,
                     rules.benzodiazepineCombination);
    checkCombination(c, FindingCode::GabapentinoidCombination, Severity::Warning,
                     rules.gabapentinoidCombination);
    checkSerotonergic(c);
    checkLaxative(c);
    checkNotAssessed(c);
}

} // namespace taper::rules::detail
