// SPDX-License-Identifier: GPL-3.0-or-later
// Rules on co-medications: sedatives (and more than one of them), gabapentinoids, serotonergic drugs
// with tramadol and other opioids, QT-prolonging drugs with methadone, laxatives, and medicines
// outside every known group. Groups come from atc-groups.json, limits and lists from rules.json.
#include "rules_internal.h"

#include <algorithm>
#include <optional>
#include <string>

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

/// Beside an opioid, more distinct substances of the rule's groups than allowed: one finding on the
/// first line beyond the allowance, naming every substance ("substances": display ids joined by ", ").
void checkSedativeDuplicate(const Context &c)
{
    const GroupCountRule &rule = c.formulary.rules().sedativeDuplicate;
    if (c.opioidLines().empty()) return;
    std::vector<std::string_view> ids;
    std::optional<std::size_t> extra;
    for (std::size_t i : c.coMedicationLines([&](const std::string &g) { return rule.covers(g); })) {
        const std::string_view id = c.coMedicationId(i);
        if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
        ids.push_back(id);
        if (!extra && ids.size() > std::size_t(rule.maxSubstances)) extra = i;
    }
    if (!extra) return;
    std::string list;
    for (std::string_view id : ids)
        list += (list.empty() ? "" : ", ") + std::string(id);
    emit(c.out, FindingCode::SedativeDuplicate, Severity::Warning, extra, rule.source,
         OwnedText{"substances", std::move(list)}, Number{"count", double(ids.size())},
         Number{"max_substances", double(rule.maxSubstances)});
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

/// Opioids of the class-wide rule (never tramadol, see the loader) with a serotonergic co-medication:
/// one finding per opioid and co-medication line; critical where the opioid's source makes the group a
/// contraindication.
void checkSerotonergicOpioids(const Context &c)
{
    const SerotonergicOpioidsRule &rule = c.formulary.rules().serotonergic;
    for (std::string_view opioid : c.opioidSubstances()) {
        const SerotonergicOpioid *o = rule.find(opioid);
        if (!o) continue;
        for (std::size_t i : c.coMedicationLines([&](const std::string &g) { return rule.covers(g); })) {
            const std::string &group = c.regimen.lines[i].group;
            const bool contraindicated = contains(o->contraindicatedGroups, group);
            emit(c.out, FindingCode::Serotonergic, contraindicated ? Severity::Critical : Severity::Warning,
                 i, contraindicated ? o->contraindicationSource : o->source, Text{"opioid", opioid},
                 Text{"comedication", c.coMedicationId(i)}, Text{"group", group},
                 Text{"contraindicated", boolText(contraindicated)},
                 Number{"washout_days", double(rule.washoutDays)});
        }
    }
}

/// The co-medication line's ATC code: the one the file names, else its substance's; empty if neither.
std::string_view coMedicationAtc(const Context &c, std::size_t i)
{
    const RegimenLine &line = c.regimen.lines[i];
    if (line.atc) return *line.atc;
    const Substance *s = line.substance.empty() ? nullptr : c.formulary.substance(line.substance);
    return s ? std::string_view(s->atc) : std::string_view();
}

/// Methadone (the rule's substances) with a listed QT-prolonging co-medication: one finding per opioid
/// and co-medication line, with the methadone ECG schedule (methadone_specialist's numbers).
void checkQtc(const Context &c)
{
    const QtcRule &rule = c.formulary.rules().qtcRisk;
    const MethadoneRule &ecg = c.formulary.rules().methadoneSpecialist;
    for (std::string_view opioid : c.opioidSubstances()) {
        if (!contains(rule.substances, opioid)) continue;
        for (std::size_t i : c.coMedicationLines([](const std::string &) { return true; })) {
            const std::string_view atc = coMedicationAtc(c, i);
            const QtComedication *q = atc.empty() ? nullptr : rule.find(atc);
            if (!q) continue;
            const bool contraindicated = q->category == QtCategory::ContraindicatedWithQtProlonging;
            emit(c.out, FindingCode::QtcRisk, contraindicated ? Severity::Critical : Severity::Warning, i,
                 q->source, Text{"opioid", opioid}, Text{"comedication", c.coMedicationId(i)},
                 Text{"atc", atc}, Text{"category", kQtCategoryNames[static_cast<std::size_t>(q->category)]},
                 Number{"ecg_after_weeks_low", double(ecg.ecgAfterWeeks.first)},
                 Number{"ecg_after_weeks_high", double(ecg.ecgAfterWeeks.second)},
                 Number{"ecg_after_increase_percent", ecg.ecgAfterIncreasePercent},
                 Text{"ecg_source", rule.ecgSource}, Text{"advice_source", rule.source});
        }
    }
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
    checkSedativeDuplicate(c);
    checkSerotonergic(c);
    checkSerotonergicOpioids(c);
    checkQtc(c);
    checkLaxative(c);
    checkNotAssessed(c);
}

} // namespace taper::rules::detail
