#pragma once
// Private to taper::core: the context and the themed rule groups that rules::check runs.

#include "taper/rules.h"

#include <string>
#include <string_view>
#include <vector>

namespace taper::rules::detail {

/// Finding parameters for finding(): the key is a string literal; a text value is copied once,
/// straight into the finding (no temporary list to copy from).
struct Text {
    std::string_view key;
    std::string_view value;
};
struct Number {
    std::string_view key;
    double value;
};

inline void addParameter(Finding &f, const Text &p) { f.parameters.emplace_back(p.key, std::string(p.value)); }
inline void addParameter(Finding &f, const Number &p) { f.parameters.emplace_back(p.key, p.value); }

/// A finding with its parameters in the order given.
template <class... Params>
Finding finding(FindingCode code, Severity severity, std::optional<std::size_t> line, const std::string &source,
                const Params &...params)
{
    Finding f{code, severity, line, {}, source};
    f.parameters.reserve(sizeof...(Params));
    (addParameter(f, params), ...);
    return f;
}

/// "true" or "false", as boolean parameters are written.
constexpr std::string_view boolText(bool value) { return value ? "true" : "false"; }

/// What every rule reads, and where findings go.
struct Context {
    const Regimen &regimen;
    const MeqResult &meq;
    const Profile &profile;
    const Formulary &formulary;
    std::vector<Finding> &out;
    std::vector<std::size_t> opioidIndices = opioidLinesOf(regimen); ///< computed once per check
    std::vector<std::string_view> opioidSubstanceIds = opioidSubstancesOf(regimen, opioidIndices); ///< views into `regimen`
    std::vector<const MeqLine *> meqByLine = meqLinesByIndex(regimen, meq); ///< regimen line index → its MEQ line

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
    const MeqLine *meqLine(std::size_t index) const { return meqByLine[index]; }
    static std::vector<const MeqLine *> meqLinesByIndex(const Regimen &regimen, const MeqResult &meq);
    /// Days from `since` to as_of, when the line has a `since`.
    std::optional<long> daysOnLine(std::size_t index) const;
    /// The co-medication's display id: its substance id, else its ATC code.
    std::string_view coMedicationId(std::size_t index) const;
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
