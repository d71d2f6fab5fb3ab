// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A patient's opioid regimen (regimen file, schema_version 1; see docs/file-formats.md) and its strict
// reader. Reading resolves products and substances against the formulary, so a Regimen is always valid.

#include "taper/dates.h"
#include "taper/enums.h"
#include "taper/formulary.h"
#include "taper/json_reader.h"
#include "taper/problem.h"
#include "taper/units.h"

#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace taper {

/// An amount per administration, in the unit the line is written in.
using Dose = std::variant<Mg, Mcg, McgPerHour>;

DoseUnit unitOf(const Dose &dose);
double valueOf(const Dose &dose);
Dose makeDose(double value, DoseUnit unit);

/// Most patches worn at once (or identical units per administration) a line may have.
inline constexpr int kMaxCount = 10;
/// Most administrations a day a line may have (times_per_day, max_per_day).
inline constexpr int kMaxTimesPerDay = 24;
/// Most PRN administrations a day a record of what was taken may hold (a plausibility bound).
inline constexpr int kMaxTakenPerDay = 48;

/// What a regimen describes: what is prescribed (a regimen file, a plan), or what the patient took (a
/// session's actual intake). Taken lines may record PRN use above the line's maximum: taking more than
/// planned is what the nurse must be able to record (the session then flags it).
enum class LineUse { Prescribed, Taken };

enum class Slot { Morning, Noon, Evening, Night };
inline constexpr std::array<Slot, 4> kSlots{Slot::Morning, Slot::Noon, Slot::Evening, Slot::Night};

struct RegimenLine {
    std::optional<std::string> product; ///< product id when the line names a product
    std::string substance;
    Route route = Route::Oral;
    Release release = Release::Immediate;
    DoseUnit unit = DoseUnit::Mg;

    /// Per administration (patch: strength in mcg/h). Unset for a `schedule` line.
    std::optional<Dose> dose;
    /// Scheduled lines: administrations a day (1–24) when written with times_per_day.
    std::optional<int> timesPerDay;
    /// Scheduled lines written per time of day: amounts in `unit` (unset slots are 0).
    std::optional<std::array<double, 4>> schedule;
    int count = 1; ///< patches worn at once / identical units per administration (1 to kMaxCount)

    bool prn = false;
    std::optional<double> maxPerDay;  ///< PRN: most administrations allowed a day
    std::optional<double> usedPerDay; ///< PRN: administrations actually used a day, when known

    std::optional<Date> since; ///< start of continuous use

    /// Co-medication (a non-opioid that matters for opioid safety): named by a `non_opioid` formulary
    /// substance or by ATC code. Never converted to MEQ; rules read `group`. Opioid lines: false.
    bool coMedication = false;
    /// The line's ATC code when the file names it by `atc` (then `substance` is the matching non-opioid
    /// substance id, or empty when the formulary has none).
    std::optional<std::string> atc;
    /// Co-medication group id (atc-groups.json); empty when the code is outside every known group.
    std::string group;

    bool isPatch() const { return route == Route::Transdermal; }
    /// Administrations a day for a scheduled line (schedule: slots with a dose), PRN: max.
    double administrationsPerDay() const;
};

/// The optional `patient` object of a regimen file (docs/file-formats.md). Personal data: never log it.
/// Every field is optional; a rule that needs a missing field reports not_assessed, never "normal".
struct Patient {
    std::optional<int> birthYear;    ///< calendar year of birth (exclusive with `age`)
    std::optional<int> age;          ///< age in whole years as written (exclusive with `birthYear`)
    std::optional<double> egfrMlMin; ///< eGFR in ml/min (per 1.73 m2 as the lab reports it)
    std::optional<double> weightKg;
    std::optional<bool> sleepApnoea;
    std::optional<bool> copd;
    std::optional<bool> pregnant;

    /// Age in years at `asOf`: `age` as written, else asOf's calendar year minus `birthYear` (the age
    /// reached during that year: at most one year above the exact age, so an age limit errs toward
    /// firing). Unset when neither is known.
    std::optional<int> ageAt(Date asOf) const;
    bool operator==(const Patient &) const = default;
};

struct Regimen {
    Date asOf;                      ///< the date findings are evaluated at (always set after reading)
    std::optional<Date> asOfInFile; ///< the file's own `as_of`, kept for writing it back
    std::vector<RegimenLine> lines;
    std::optional<Patient> patient; ///< the file's `patient` object, when present (written back as read)
};

/// Where the evaluation date comes from: an explicit override (CLI --as-of) wins over the file's
/// `as_of`, which wins over `today` (read at the edge and passed in).
struct AsOfChoice {
    std::optional<Date> override;
    Date today;
};

/// Reads a regimen document. `file` names it in messages. Throws InputError on any defect
/// (including a `since` after the evaluation date).
Regimen readRegimen(const json::Json &doc, const std::string &file, const Formulary &formulary,
                    AsOfChoice asOf, LineUse use = LineUse::Prescribed);
/// Reads one line object (also used by plan and session files).
RegimenLine readRegimenLine(const json::Json &value, const std::string &pointer, const std::string &file,
                            const Formulary &formulary, Date asOf, LineUse use = LineUse::Prescribed);
/// One problem of a regimen line, at one of its fields as the file names it ("dose", "schedule/morning",
/// "max_per_day"; empty for the line as a whole).
struct LineProblem {
    std::string field;
    Problem problem;
};
/// The checks of a typed line, whoever made it (a file, the GUI's editor, a session's actual intake):
/// the product or substance exists, the unit fits it, every amount is positive, plausible and
/// dispensable, counts and PRN maxima are in range, a PRN line's use is within its maximum, and `since`
/// is not after `asOf`. Empty when the line is valid; readRegimenLine throws the first one.
std::vector<LineProblem> checkLine(const RegimenLine &line, const Formulary &formulary, Date asOf,
                                   LineUse use = LineUse::Prescribed);
/// The first check alone: the line's product (or substance) is in the formulary; the problem names the
/// closest ids when it is not. Lines named by ATC code always pass.
std::optional<Problem> checkIdentity(const RegimenLine &line, const Formulary &formulary);
/// Names a co-medication line by ATC code: sets `atc`, the matching non-opioid substance (if any) and
/// the group (by prefix). The code itself is checked by checkIdentity (full, valid, not an opioid).
void setAtcIdentity(RegimenLine &line, const std::string &code, const Formulary &formulary);

/// Reads a `patient` object at `pointer` (checked against the evaluation date `asOf`).
Patient readPatient(const json::Json &value, const std::string &pointer, const std::string &file, Date asOf);
json::Json toJson(const Patient &patient);
/// Writes the regimen in its file format.
json::Json toJson(const Regimen &regimen);
json::Json toJson(const RegimenLine &line);

} // namespace taper
