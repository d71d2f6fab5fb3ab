// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which packs to prescribe for a period of a plan: the Danish pack sizes of each product (formulary
// pack_sizes, or the packs of the Medicinpriser import) combined to hold what the period dispenses with
// the least waste. The pharmacist's and GP's view of a Schedule; every face (taper text and JSON, review
// letter, GUI schedule) takes it from here.

#include "taper/formulary.h"
#include "taper/taper.h"

#include <string>
#include <vector>

namespace taper {

/// `count` packs of `units` each; `varenummer` when the product has exactly one pack of that size (else
/// empty: several item numbers, e.g. generics, or sizes from the curated pack_sizes without numbers).
struct PackCount {
    int units = 0;
    int count = 0;
    std::string varenummer;
    friend bool operator==(const PackCount &, const PackCount &) = default;
};

/// Packs of `sizes` (ascending, each > 0) holding at least `need` units with the least excess, then the
/// fewest packs, largest size first. Empty when need ≤ 0 or there are no sizes. Varenummer left empty.
std::vector<PackCount> leastWastePacks(int need, const std::vector<int> &sizes);

/// What to prescribe of one product for one period.
struct PeriodPacks {
    const Product *product = nullptr;
    int unitsNeeded = 0;          ///< whole units (or whole ml) the period dispenses, halves rounded up
    std::vector<PackCount> packs; ///< empty when the product has no known pack sizes
    int unitsInPacks = 0;         ///< Σ units × count; ≥ unitsNeeded when there are packs
    int excess() const { return packs.empty() ? 0 : unitsInPacks - unitsNeeded; }
};

/// The packs for each product of `dispense` (a Step's or the Schedule's total), in its order.
std::vector<PeriodPacks> periodPacks(const std::vector<Dispense> &dispense);

} // namespace taper
