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
    HighMeq,             ///< total above the profile's first threshold
    VeryHighMeq,         ///< total above the profile's second threshold
    ShortActingLongTerm, ///< immediate-release line used longer than the profile's long-term limit
    DurationUnknown,     ///< immediate-release line without `since`
    NotInProfile,        ///< a line the profile does not convert
};

inline constexpr std::array<std::string_view, 5> kFindingCodeNames{
    "high_meq", "very_high_meq", "short_acting_long_term", "duration_unknown", "not_in_profile"};
inline constexpr std::array<std::string_view, 3> kSeverityNames{"info", "warning", "critical"};

constexpr std::string_view toString(FindingCode code) { return kFindingCodeNames[static_cast<std::size_t>(code)]; }
constexpr std::string_view toString(Severity s) { return kSeverityNames[static_cast<std::size_t>(s)]; }

using FindingValue = std::variant<double, std::string>;

struct Finding {
    FindingCode code;
    Severity severity;
    std::optional<std::size_t> line; ///< index into the regimen's lines, or none for the whole regimen
    std::vector<std::pair<std::string, FindingValue>> parameters;
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
