// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internals of the FHIR import (taper/fhir.h): the medication and dosage readers and their values.

#include "taper/fhir.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace taper::fhir::detail {

using json::Json;

/// The member `key` of a JSON object; nullptr when absent, JSON null, or `object` is not an object.
inline const Json *member(const Json &object, const char *key)
{
    if (!object.is_object()) return nullptr;
    auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

/// Throws InputError at `pointer`.
[[noreturn]] void fail(const std::string &file, const std::string &pointer, Problem problem);

/// A FHIR date or dateTime ("2026-11-21", "2026-11-21T00:00:00+01:00") as its calendar date as written.
/// Throws fhir_not_a_datetime for anything else (partial dates included).
Date readDate(const Json &value, const std::string &file, const std::string &pointer);

/// What a dose quantity counts: a mass (mg), transmucosal micrograms, units of a dose form, or ml.
enum class DoseKind { Mg, Mcg, Units, Ml };
/// Dose forms a unit word counts ("tabletter" → Tablets); Any for "stk".
enum class UnitFamily {
    None,
    Tablets, ///< any tablet ("tablet": the record's unit for depot tablets too)
    DepotTablets,
    OrodispersibleTablets,
    SublingualTablets,
    Capsules, ///< any capsule
    DepotCapsules,
    Patches,
    Sachets,
    Suppositories,
    Any ///< "stk": any counted unit
};

struct DoseAmount {
    double value = 0; ///< in mg for Mg (grams converted), mcg, units or ml
    DoseKind kind = DoseKind::Mg;
    UnitFamily family = UnitFamily::None;
    std::string unit; ///< as written, for messages
};

/// True when `family` counts units of `form`.
bool familyFits(UnitFamily family, Form form);

/// One Dosage element in effect on the evaluation date.
struct Dosage {
    std::string pointer;
    DoseAmount dose;
    bool prn = false;
    std::vector<Slot> slots;         ///< from timing.repeat.when
    std::optional<double> perDay;    ///< administrations a day from frequency/period or timeOfDay
    std::optional<double> perWeek;   ///< the same per week (patch changes)
    std::string rhythm;              ///< "frequency/period unit" as written, for messages
    std::optional<double> maxPerDay; ///< PRN: from maxDosePerPeriod, in administrations
    std::optional<Route> route;
};

/// Reads `value` (a Dosage) at `pointer`; std::nullopt when its boundsPeriod does not contain `asOf`.
std::optional<Dosage> readDosage(const Json &value, const std::string &pointer, const std::string &file,
                                 Date asOf);

/// The medication a resource names: candidate opioid products, or a co-medication's ATC code.
struct Medication {
    std::string pointer; ///< where the coding is (for identity problems)
    std::vector<const Product *> products;
    std::optional<std::string> atc; ///< the ATC code when one was given
    bool coMedication = false;      ///< a non-opioid ATC code: the line is named by `atc`
    std::optional<double> strength; ///< Medication.ingredient strength per unit (mg, mg/ml or mcg/h)
    std::string strengthText;       ///< as written, for messages ("" when none)
};

/// Finds resources by reference within one document: Bundle fullUrl, "Type/id", a bare id, "#id" for
/// contained resources of `container`.
class References {
public:
    void add(const Json &resource, const std::string &pointer, const std::string &fullUrl);
    /// The resource and its pointer, or nullptr.
    std::pair<const Json *, std::string> find(const std::string &reference, const Json &container,
                                              const std::string &containerPointer) const;

private:
    struct Entry {
        const Json *resource;
        std::string pointer;
        std::vector<std::string> names;
    };
    std::vector<Entry> m_entries;
};

Medication readMedication(const Json &resource, const std::string &pointer, const std::string &file,
                          const References &refs, const Formulary &formulary);

/// The regimen lines of one resource from its dosages in effect (at least one). `since` from
/// effectivePeriod.start. Checks every line (checkLine) and throws at the dosage's pointer.
std::vector<RegimenLine> buildLines(const Medication &medication, const std::vector<Dosage> &dosages,
                                    std::optional<Date> since, const std::string &sincePointer,
                                    const std::string &file, const Formulary &formulary, Date asOf);

} // namespace taper::fhir::detail
