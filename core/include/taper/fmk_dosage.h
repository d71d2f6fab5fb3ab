// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A plan as the shared medication record (FMK) would hold it: per product, dosage periods with their
// doses (at times of day, a number of times a day, as needed, patches), consecutive steps with the same
// dose joined into one period, and the periods split into several dosages where FMK's limit on periods
// is reached or the product pauses (issue 21 item 3; docs/interop.md). Codes and values only; the
// Danish dosage text is taper/text/fmk_text.h.

#include "taper/taper.h"

#include <optional>
#include <vector>

namespace taper::fmk {

/// The most dosage periods one FMK dosage may hold: "Endvidere gælder det, at der maksimalt må angives
/// 10 doseringsperioder" (FMK 1.4.2, Struktureret dosering, wiki.fmk.netic.dk/doku.php?id=
/// fmk:1.4.2:struktureret_dosering). A fixed and an as-needed structure running side by side (which the
/// same page allows) are counted as two periods here, so a split never relies on how FMK counts them.
inline constexpr int kMaxPeriods = 10;

/// Days with the same dose of one product; `end` is inclusive, none for "until further notice".
struct Period {
    Date start;
    std::optional<Date> end;
    std::vector<StepDose> doses; ///< the product's doses in these steps (fixed and/or as needed)
    /// FMK structures the period needs (one per dose).
    int structures() const { return static_cast<int>(doses.size()); }
};

/// Why a dosage after the first one starts: FMK's limit was reached, or the product pauses in between.
enum class Split { None, PeriodLimit, Pause };

/// Periods that fit in one FMK dosage.
struct Part {
    Split reason = Split::None; ///< None for the first part
    std::vector<Period> periods;
};

struct ProductDosage {
    const Product *product = nullptr;
    std::vector<Part> parts; ///< at least one; each further part is a new dosage in FMK
};

/// The FMK dosages of every product of `schedule`, in the order the products first appear.
std::vector<ProductDosage> dosages(const Schedule &schedule);

} // namespace taper::fmk
