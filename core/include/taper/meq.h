// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Daily oral morphine equivalents (MEQ) of a regimen under one conversion profile.

#include "taper/finding.h"
#include "taper/formulary.h"
#include "taper/regimen.h"
#include "taper/units.h"

#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace taper {

/// A line's daily amount in the line's own kind: mg/day, mcg/day (transmucosal) or mcg/h (patches).
using DailyAmount = std::variant<MgPerDay, McgPerDay, McgPerHour>;
double valueOf(const DailyAmount &amount);
/// A line's daily amount for `administrations` a day (a PRN line's max_per_day or used_per_day), in
/// the line's own kind; a `schedule` line ignores `administrations`.
DailyAmount dailyAmount(const RegimenLine &line, double administrations);
/// "mg/day", "mcg/day" or "mcg/h".
std::string_view unitName(const DailyAmount &amount);

struct MeqLine {
    std::size_t index = 0;
    bool prn = false;
    DailyAmount daily;                    ///< scheduled amount, or for PRN lines the amount at max_per_day
    std::optional<DailyAmount> dailyUsed; ///< PRN lines with used_per_day
    const ConversionFactor *conversion = nullptr; ///< null when the profile does not convert the line
    const Exclusion *exclusion = nullptr;         ///< set when the profile deliberately excludes it
    std::optional<double> factor;                 ///< the factor applied (the tier's, if tiered)
    std::optional<MeqPerDay> meq;                 ///< null when not converted
    std::optional<MeqPerDay> meqUsed;             ///< PRN at used_per_day, when known and converted
};

struct MeqResult {
    std::string profile;
    Date asOf;
    std::vector<MeqLine> lines;
    MeqPerDay scheduled{0};           ///< converted scheduled lines (patches included)
    MeqPerDay prn{0};                 ///< converted PRN lines at max_per_day
    std::optional<MeqPerDay> prnUsed; ///< PRN at used_per_day; null unless every PRN line has it
    bool totalIsPartial = false;      ///< some line could not be converted
    MeqPerDay total() const { return scheduled + prn; }
    /// What the patient actually takes: scheduled + PRN used, or PRN max where use is unknown.
    MeqPerDay actual() const;
};

namespace meq {

/// Converts every line. Preconditions: the regimen was read against `formulary`; `profile` is one of
/// its profiles. Lines the profile does not cover have no MEQ and make the total partial.
/// Co-medication lines (RegimenLine::coMedication) are skipped: no MeqLine, never in a total.
MeqResult compute(const Regimen &regimen, const Profile &profile, const Formulary &formulary);

} // namespace meq
} // namespace taper
