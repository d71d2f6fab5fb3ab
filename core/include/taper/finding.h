// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Clinical concerns as values: a stable code, a severity, the regimen line it concerns (if any),
// named parameters and a source id. The core writes no prose; renderers in the CLI and GUI do.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace taper {

enum class Severity { Info, Warning, Critical };

enum class FindingCode {
    HighMeq,                     ///< total above the profile's first threshold
    VeryHighMeq,                 ///< total above the profile's second threshold
    ShortActingLongTerm,         ///< immediate-release line used longer than the profile's long-term limit
    DurationUnknown,             ///< immediate-release line without `since`
    NotInProfile,                ///< a line the profile does not convert
    PrnLongTerm,                 ///< PRN opioid as part of long-term opioid treatment
    MultipleOpioids,             ///< more opioid substances at once than the recommendation
    DuplicateRelease,            ///< one substance both as depot (or patch) and short-acting
    BenzodiazepineCombination,   ///< opioid with a benzodiazepine or z-drug
    GabapentinoidCombination,    ///< opioid with gabapentin or pregabalin
    TramadolSerotonergic,        ///< tramadol with a serotonergic drug (critical with an MAO inhibitor)
    Cyp2d6Prodrug,               ///< codeine or tramadol: needs CYP2D6 activation
    MethadoneSpecialist,         ///< methadone: ECG schedule, specialist handling, no automatic taper
    BuprenorphinePartialAgonist, ///< buprenorphine: partial agonist (excluded from MEQ under cdc-*)
    PatchInOpioidNaive,          ///< fentanyl patch started recently with no other opioid
    NoLaxative,                  ///< opioid without a laxative line
    FastTaper,                   ///< a planned cut or step interval faster than the guidance (taper planner)
    DrivingLimit,                ///< Danish driving-licence rules not met
    DepotUnevenInterval,         ///< depot product given at a frequency its label does not support
    NotAssessed,                 ///< co-medication outside every group the rules know, or (reason
                                 ///< patient_data_missing) patient data a patient rule needs is missing
    AboveLabelMax,               ///< a substance's daily amount above its labelled maximum (rules.json)
    ProductWithdrawn,            ///< a line names a withdrawn or permit-only product
    Serotonergic, ///< another opioid than tramadol (which keeps TramadolSerotonergic) + serotonergic drug
    QtcRisk,      ///< methadone with a QT-prolonging co-medication: ECG advice
    SedativeDuplicate, ///< beside an opioid, more than one benzodiazepine/z-hypnotic substance
    Elderly,           ///< patient at or above the age limit: start low, fall risk with sedatives
    RenalImpairment,   ///< eGFR below a substance's band: avoid, reduce, longer interval
    RespiratoryRisk,   ///< sleep apnoea or COPD with an opioid (critical with a sedative)
    Pregnancy,         ///< pregnant patient on an opioid: expert input for tapering
};

inline constexpr std::array<std::string_view, 29> kFindingCodeNames{"high_meq",
                                                                    "very_high_meq",
                                                                    "short_acting_long_term",
                                                                    "duration_unknown",
                                                                    "not_in_profile",
                                                                    "prn_long_term",
                                                                    "multiple_opioids",
                                                                    "duplicate_release",
                                                                    "benzodiazepine_combination",
                                                                    "gabapentinoid_combination",
                                                                    "tramadol_serotonergic",
                                                                    "cyp2d6_prodrug",
                                                                    "methadone_specialist",
                                                                    "buprenorphine_partial_agonist",
                                                                    "patch_in_opioid_naive",
                                                                    "no_laxative",
                                                                    "fast_taper",
                                                                    "driving_limit",
                                                                    "depot_uneven_interval",
                                                                    "not_assessed",
                                                                    "above_label_max",
                                                                    "product_withdrawn",
                                                                    "serotonergic",
                                                                    "qtc_risk",
                                                                    "sedative_duplicate",
                                                                    "elderly",
                                                                    "renal_impairment",
                                                                    "respiratory_risk",
                                                                    "pregnancy"};
static_assert(kFindingCodeNames.size() == static_cast<std::size_t>(FindingCode::Pregnancy) + 1,
              "one name per FindingCode");
/// Every code, in declaration order (for tests and documentation checks).
inline constexpr std::size_t kFindingCodeCount = kFindingCodeNames.size();
inline constexpr std::array<std::string_view, 3> kSeverityNames{"info", "warning", "critical"};

constexpr std::string_view toString(FindingCode code)
{
    return kFindingCodeNames[static_cast<std::size_t>(code)];
}
constexpr std::string_view toString(Severity s)
{
    return kSeverityNames[static_cast<std::size_t>(s)];
}

using FindingValue = std::variant<double, std::string>;

struct Finding {
    FindingCode code;
    Severity severity;
    std::optional<std::size_t> line; ///< index into the regimen's lines, or none for the whole regimen
    /// Named values. Keys are string literals (static storage, snake_case), so a finding never
    /// allocates for them; values are numbers or strings.
    std::vector<std::pair<std::string_view, FindingValue>> parameters;
    std::string source; ///< source id (sources.json)

    /// The named parameter, or nullptr.
    const FindingValue *parameter(std::string_view name) const
    {
        for (const auto &[key, value] : parameters)
            if (key == name) return &value;
        return nullptr;
    }
};

} // namespace taper
