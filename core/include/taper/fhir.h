// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FHIR R4 import and export of medication (issue 21 items 1-2; docs/interop.md). Import reads a Bundle
// (or a single resource) of MedicationStatement / MedicationRequest resources as the Danish medication
// record exports them and maps them to a Regimen: codes and numbers only, nothing is guessed; whatever
// cannot be mapped is an InputError naming the JSON pointer. Export writes one MedicationRequest per
// product of a plan with the dosages of every step.

#include "taper/dates.h"
#include "taper/formulary.h"
#include "taper/json_reader.h"
#include "taper/plan.h"
#include "taper/regimen.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace taper::fhir {

/// Code systems read and written (docs/interop.md cites where each is used).
inline constexpr std::string_view kAtcSystem = "http://www.whocc.no/atc";
/// The Danish Medicines Agency's drug id (lægemiddel-id, LMS01), as the shared medication record's FHIR
/// output codes Medication.code.
inline constexpr std::string_view kDrugIdSystem = "https://laegemiddelstyrelsen.dk/LMS01/DrugID";
/// This program's own product ids (formulary/products-dk.json), written beside ATC so that an exported
/// plan reads back to the same product; other systems ignore it.
inline constexpr std::string_view kProductSystem = "urn:opioid-taper:product";
inline constexpr std::string_view kUcumSystem = "http://unitsofmeasure.org";
inline constexpr std::string_view kSnomedSystem = "http://snomed.info/sct";
/// Route codes of the Danish Medicines Agency (LMS11) as the medication record's FHIR output uses them.
inline constexpr std::string_view kLmsRouteSystem = "https://laegemiddelstyrelsen.dk/LMS11/Kode";

/// A medication resource that was read but left out of the regimen, and why (no prose: a code).
struct Skipped {
    enum class Reason {
        NotCurrent, ///< its status says it is not taken now (stopped, completed, on-hold, …)
        NotInEffect ///< none of its dosages' boundsPeriod contains the evaluation date
    };
    std::string pointer; ///< the resource, e.g. "/entry/3/resource"
    Reason reason;
    std::string status; ///< the resource's status as written (NotCurrent)
};

struct Import {
    Regimen regimen; ///< as_of = the evaluation date; lines in the order of the resources
    std::vector<Skipped> skipped;
};

/// Maps a FHIR R4 Bundle, MedicationStatement or MedicationRequest to a regimen as of `asOf`: the
/// dosages in effect on that day (timing.repeat.boundsPeriod contains it, or has none) of every current
/// resource. `file` names the input in messages. Throws InputError (file, JSON pointer, problem) for
/// anything that cannot be mapped; each line is checked as a regimen file's line is (checkLine).
Import importBundle(const json::Json &doc, const std::string &file, const Formulary &formulary, Date asOf);
/// The same for a file (standard input for "-"), read up to kMaxPlanFileBytes.
Import importFile(const std::string &path, const Formulary &formulary, Date asOf);

/// Text for Dosage.text of one product's dose in one step (a face supplies it; the core writes none).
using DosageTextFn = std::function<std::string(const StepDose &)>;

/// A Bundle (type "collection") with one MedicationRequest (status active, intent plan) per product of
/// `plan`'s schedule, carrying one group of dosageInstruction per step the product is in (sequence =
/// step number + 1, timing.repeat.boundsPeriod = the step's first and last day; the last step has no
/// end). With `text`, every dosage gets Dosage.text.
json::Json exportPlan(const Plan &plan, const DosageTextFn &text = {});

} // namespace taper::fhir
