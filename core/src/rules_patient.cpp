// SPDX-License-Identifier: GPL-3.0-or-later
// Rules on the patient (the regimen's optional `patient` object): elderly, renal_impairment,
// respiratory_risk, pregnancy, and one not_assessed (reason patient_data_missing) naming the fields
// these rules needed and did not get. Limits and sources come from rules.json. They run only when the
// regimen has an opioid line. Patient values appear in findings as parameters, never in logs.
#include "rules_internal.h"

#include <algorithm>

namespace taper::rules::detail {

namespace {

/// Comma-separated ids of the co-medication lines in `groups` ("" when none).
std::string sedativeList(const Context &c, const std::vector<std::string> &groups)
{
    std::vector<std::string_view> ids;
    std::string list;
    for (std::size_t i : c.coMedicationLines([&](const std::string &g) { return contains(groups, g); })) {
        const std::string_view id = c.coMedicationId(i);
        if (std::find(ids.begin(), ids.end(), id) != ids.end())
            continue; // two lines, one medicine: name it once
        ids.push_back(id);
        list += (list.empty() ? "" : ", ") + std::string(id);
    }
    return list;
}

void checkElderly(const Context &c, int age)
{
    const ElderlyRule &rule = c.formulary.rules().elderly;
    if (age < rule.minAge) return;
    std::string sedatives = sedativeList(c, rule.sedativeGroups);
    const bool withSedative = !sedatives.empty();
    Finding &f = c.out.emplace_back();
    fill(f, FindingCode::Elderly, withSedative ? Severity::Warning : Severity::Info, std::nullopt,
         rule.source, Number{"age", double(age)}, Number{"min_age", double(rule.minAge)},
         OwnedText{"sedatives", std::move(sedatives)});
    if (withSedative) addParameter(f, Text{"fall_source", rule.fallSource});
}

/// The band of `substance` with the lowest limit that `egfr` is below, or null.
const RenalBand *renalBand(const RenalRule &rule, std::string_view substance, double egfr)
{
    const RenalBand *best = nullptr;
    for (const RenalBand &b : rule.bands)
        if (b.substance == substance && egfr < b.belowEgfr && (!best || b.belowEgfr < best->belowEgfr))
            best = &b;
    return best;
}

bool hasBands(const RenalRule &rule, std::string_view substance)
{
    return std::any_of(rule.bands.begin(), rule.bands.end(),
                       [&](const RenalBand &b) { return b.substance == substance; });
}

/// One finding per opioid substance (on its first line): its own band, else the general advice.
void checkRenal(const Context &c, double egfr)
{
    const RenalRule &rule = c.formulary.rules().renalImpairment;
    for (std::size_t s = 0; s < c.opioidSubstances().size(); ++s) {
        const std::string_view substance = c.opioidSubstances()[s];
        const auto first = std::find_if(c.opioidLines().begin(), c.opioidLines().end(),
                                        [&](const OpioidLine &o) { return o.substance == s; });
        const std::size_t line = first->index;
        if (hasBands(rule, substance)) {
            if (const RenalBand *b = renalBand(rule, substance, egfr))
                emit(c.out, FindingCode::RenalImpairment,
                     b->advice == RenalAdvice::Avoid ? Severity::Critical : Severity::Warning, line,
                     b->source, Text{"substance", substance}, Number{"egfr_ml_min", egfr},
                     Number{"below_egfr", b->belowEgfr}, Text{"advice", toString(b->advice)});
        } else if (!contains(rule.preferred, substance) && egfr < rule.generalBelowEgfr) {
            emit(c.out, FindingCode::RenalImpairment, Severity::Warning, line, rule.source,
                 Text{"substance", substance}, Number{"egfr_ml_min", egfr},
                 Number{"below_egfr", rule.generalBelowEgfr}, Text{"advice", toString(RenalAdvice::General)});
        }
    }
}

/// Sleep apnoea or COPD: one finding for the regimen. `conditions` lists what the patient has.
void checkRespiratory(const Context &c, bool sleepApnoea, bool copd)
{
    if (!sleepApnoea && !copd) return;
    const RespiratoryRule &rule = c.formulary.rules().respiratoryRisk;
    std::string sedatives = sedativeList(c, rule.sedativeGroups);
    const bool withSedative = !sedatives.empty();
    const std::string_view conditions = sleepApnoea && copd ? "sleep_apnoea, copd"
                                        : sleepApnoea       ? "sleep_apnoea"
                                                            : "copd";
    Finding &f = c.out.emplace_back();
    fill(f, FindingCode::RespiratoryRisk, withSedative ? Severity::Critical : Severity::Warning, std::nullopt,
         sleepApnoea ? rule.sleepApnoeaSource : rule.copdSource, Text{"conditions", conditions},
         OwnedText{"sedatives", std::move(sedatives)});
    if (sleepApnoea && copd) addParameter(f, Text{"copd_source", rule.copdSource});
    if (withSedative) addParameter(f, Text{"sedative_source", rule.sedativeSource});
}

} // namespace

void checkPatient(const Context &c)
{
    if (c.opioidLines().empty()) return;
    const Patient none{};
    const Patient &p = c.regimen.patient ? *c.regimen.patient : none;
    std::string missing;
    const auto need = [&](std::string_view field) {
        missing += (missing.empty() ? "" : ", ") + std::string(field);
    };

    if (const auto age = p.ageAt(c.regimen.asOf))
        checkElderly(c, *age);
    else
        need("age");
    if (p.egfrMlMin)
        checkRenal(c, *p.egfrMlMin);
    else
        need("egfr_ml_min");
    // Either condition alone is enough to fire; only when neither is known to be present does a
    // missing one leave the rule unassessed.
    const bool apnoea = p.sleepApnoea.value_or(false), copd = p.copd.value_or(false);
    checkRespiratory(c, apnoea, copd);
    if (!apnoea && !copd) {
        if (!p.sleepApnoea) need("sleep_apnoea");
        if (!p.copd) need("copd");
    }
    if (p.pregnant.value_or(false))
        emit(c.out, FindingCode::Pregnancy, Severity::Warning, std::nullopt,
             c.formulary.rules().pregnancy.source);
    else if (!p.pregnant)
        need("pregnant");

    if (!missing.empty())
        emit(c.out, FindingCode::NotAssessed, Severity::Info, std::nullopt,
             c.formulary.rules().patientNotAssessed.source, Text{"reason", "patient_data_missing"},
             OwnedText{"fields", std::move(missing)});
}

} // namespace taper::rules::detail
