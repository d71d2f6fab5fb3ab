// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to taper::core: the context and the themed rule groups that rules::check runs.

#include "taper/rules.h"

#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace taper::rules::detail {

/// Finding parameters for emit() and finding(): the key is a string literal; a text value is copied
/// once, straight into the finding (no temporary list to copy from).
struct Text {
    std::string_view key;
    std::string_view value;
};
struct Number {
    std::string_view key;
    double value;
};
/// A text value built for this finding alone, moved in rather than copied.
struct OwnedText {
    std::string_view key;
    std::string value;
};

inline void addParameter(Finding &f, const Text &p)
{
    f.parameters.emplace_back(std::piecewise_construct, std::forward_as_tuple(p.key),
                              std::forward_as_tuple(std::in_place_type<std::string>, p.value));
}
inline void addParameter(Finding &f, const Number &p)
{
    f.parameters.emplace_back(p.key, p.value);
}
inline void addParameter(Finding &f, OwnedText &&p)
{
    f.parameters.emplace_back(p.key, std::move(p.value));
}

/// Sets `f` (an empty finding) to the code, severity, line, source and parameters, in the order given.
template <class... Params>
void fill(Finding &f, FindingCode code, Severity severity, std::optional<std::size_t> line,
          const std::string &source, Params &&...params)
{
    f.code = code;
    f.severity = severity;
    f.line = line;
    f.source = source;
    f.parameters.reserve(sizeof...(Params));
    (addParameter(f, std::forward<Params>(params)), ...);
}

/// A finding with its parameters in the order given.
template <class... Params>
Finding finding(FindingCode code, Severity severity, std::optional<std::size_t> line,
                const std::string &source, Params &&...params)
{
    Finding f{};
    fill(f, code, severity, line, source, std::forward<Params>(params)...);
    return f;
}

/// Appends the finding to `out`, built in place.
template <class... Params>
void emit(std::vector<Finding> &out, FindingCode code, Severity severity, std::optional<std::size_t> line,
          const std::string &source, Params &&...params)
{
    fill(out.emplace_back(), code, severity, line, source, std::forward<Params>(params)...);
}

/// "true" or "false", as boolean parameters are written.
constexpr std::string_view boolText(bool value)
{
    return value ? "true" : "false";
}

/// An opioid (non-co-medication) line with what the rules read about it, resolved once per check.
struct OpioidLine {
    std::size_t index = 0; ///< into regimen.lines
    const RegimenLine *line = nullptr;
    const MeqLine *meq = nullptr; ///< its MEQ line; null only if `meq` was not computed from this regimen
    std::size_t substance = 0;    ///< index into Context::opioidSubstances(): same index, same substance
    SubstanceKind kind = SubstanceKind::FullAgonist;
    std::optional<long> days; ///< days from `since` to as_of, when the line has a `since`
};

/// What every rule reads, and where findings go.
class Context {
public:
    /// Precondition: `meq` was computed from `regimen` (its lines refer to regimen lines by index).
    Context(const Regimen &regimen, const MeqResult &meq, const Profile &profile, const Formulary &formulary,
            std::vector<Finding> &out);

    const Regimen &regimen;
    const MeqResult &meq;
    const Profile &profile;
    const Formulary &formulary;
    std::vector<Finding> &out;

    /// The opioid lines, in line order.
    const std::vector<OpioidLine> &opioidLines() const { return m_opioids; }
    /// Distinct opioid substance ids, in line order (views into `regimen`).
    const std::vector<std::string_view> &opioidSubstances() const { return m_substances; }
    /// Indices of co-medication lines whose group `covers` accepts.
    template <class Pred> std::vector<std::size_t> coMedicationLines(Pred covers) const
    {
        std::vector<std::size_t> lines;
        for (std::size_t i : m_coMedications)
            if (covers(regimen.lines[i].group)) lines.push_back(i);
        return lines;
    }
    /// The co-medication's display id: its substance id, else its ATC code.
    std::string_view coMedicationId(std::size_t index) const;

private:
    std::vector<OpioidLine> m_opioids;
    std::vector<std::string_view> m_substances;
    std::vector<std::size_t> m_coMedications; ///< indices of the co-medication lines
};

/// True when `o` raises short_acting_long_term: an immediate-release, non-patch line whose `since` lies
/// more than the profile's long-term limit before as_of. prn_long_term is not raised for such a line
/// (the stronger, line-specific finding carries what prn_long_term would have said).
bool isShortActingLongTerm(const Context &c, const OpioidLine &o);
/// The longest opioid treatment in days (the earliest `since` of any opioid line), or -1 when no
/// opioid line has a `since`.
long longestTreatmentDays(const Context &c);

/// prn_long_term, multiple_opioids, duplicate_release, depot_uneven_interval, patch_in_opioid_naive.
void checkRegimenShape(const Context &c);
/// benzodiazepine_combination, gabapentinoid_combination, sedative_duplicate, tramadol_serotonergic,
/// serotonergic, qtc_risk, no_laxative, not_assessed.
void checkCoMedications(const Context &c);
/// cyp2d6_prodrug, methadone_specialist, buprenorphine_partial_agonist.
void checkSubstances(const Context &c);
/// driving_limit.
void checkDriving(const Context &c);
/// above_label_max, product_withdrawn.
void checkLabels(const Context &c);
/// elderly, renal_impairment, respiratory_risk, pregnancy, not_assessed (patient_data_missing).
void checkPatient(const Context &c);

} // namespace taper::rules::detail
