#pragma once
// Private to taper::core: the context and the themed rule groups that rules::check runs.

#include "taper/rules.h"

#include <string>
#include <string_view>
#include <vector>

namespace taper::rules::detail {

Finding make(FindingCode code, Severity severity, std::optional<std::size_t> line, std::string source);
std::string boolText(bool value);

/// What every rule reads, and where findings go.
struct Context {
    const Regimen &regimen;
    const MeqResult &meq;
    const Profile &profile;
    const Formulary &formulary;
    std::vector<Finding> &out;
    std::vector<std::size_t> opioidIndices = opioidLinesOf(regimen); ///< computed once per check
    std::vector<std::string_view> opioidSubstanceIds = opioidSubstancesOf(regimen, opioidIndices); ///< views into `regimen`

    /// Indices of the opioid (non-co-medication) lines.
    const std::vector<std::size_t> &opioidLines() const { return opioidIndices; }
    static std::vector<std::size_t> opioidLinesOf(const Regimen &regimen);
    /// Indices of co-medication lines whose group `covers` accepts.
    template <class Pred>
    std::vector<std::size_t> coMedicationLines(Pred covers) const
    {
        std::vector<std::size_t> lines;
        for (std::size_t i = 0; i < regimen.lines.size(); ++i)
            if (regimen.lines[i].coMedication && covers(regimen.lines[i].group)) lines.push_back(i);
        return lines;
    }
    /// Distinct opioid substance ids, in line order.
    const std::vector<std::string_view> &opioidSubstances() const { return opioidSubstanceIds; }
    static std::vector<std::string_view> opioidSubstancesOf(const Regimen &regimen, const std::vector<std::size_t> &lines);
    /// The MEQ line of regimen line `index`, or nullptr (co-medications have none).
    const MeqLine *meqLine(std::size_t index) const;
    /// Days from `since` to as_of, when the line has a `since`.
    std::optional<long> daysOnLine(std::size_t index) const;
    /// The co-medication's display id: its substance id, else its ATC code.
    std::string coMedicationId(std::size_t index) const;
};

/// prn_long_term, multiple_opioids, duplicate_release, depot_uneven_interval, patch_in_opioid_naive.
void checkRegimenShape(const Context &c);
/// benzodiazepine_combination, gabapentinoid_combination, tramadol_serotonergic, no_laxative, not_assessed.
void checkCoMedications(const Context &c);
/// cyp2d6_prodrug, methadone_specialist, buprenorphine_partial_agonist.
void checkSubstances(const Context &c);
/// driving_limit.
void checkDriving(const Context &c);

} // namespace taper::rules::detail
