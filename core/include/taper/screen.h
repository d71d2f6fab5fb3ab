// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Population screening of prescription redemptions (issue 8): a streaming reader of redemption CSV
// files (`patient_id,date,product,units`, extra columns ignored) and the per-patient classification
// (long-term use, short-acting only, average dispensed MEQ over 90 days, thresholds, several opioids).
//
// Dispensing-data arithmetic (units × strength × factor, patches × wear time) lives only here
// (clinical.md §8): the rest of the program converts dose *rates*, never dispensed amounts.
//
// Memory is proportional to the number of patients with a redemption in the window, not to rows; the
// file is read in blocks, split into one chunk per thread at line boundaries. The core writes no prose:
// bad rows are reported as codes with line numbers; the CLI renders them.

#include "taper/dates.h"
#include "taper/formulary.h"
#include "taper/units.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace taper::screen {

struct DispensedMeqTag {};
/// Dispensed morphine equivalent: mg oral morphine handed out (a total over a period, not per day).
using DispensedMeq = Quantity<DispensedMeqTag>;

/// The one crossing from a dispensed total to a daily figure: `total` spread evenly over `days` (> 0).
constexpr MeqPerDay averagePerDay(DispensedMeq total, int days)
{
    return MeqPerDay(total.value() / days);
}

/// Dispensed MEQ of one unit (tablet, capsule, ml, patch) of `product` under `profile`: strength × factor,
/// for a patch strength (mcg/h) × factor × wear_hours / 24 (one patch covers its wear time). nullopt when
/// the profile has no single factor for it (uncovered, excluded, or tiered like methadone under `dk`) —
/// exactly the products whose factor `opioid-taper formulary --format csv` leaves empty.
std::optional<DispensedMeq> dispensedMeqPerUnit(const Product &product, const Profile &profile);

/// The largest `units` one redemption row may have (tablets, capsules, patches or ml); a row above it is
/// skipped as UnitsTooLarge. Not a clinical number but a plausibility bound (issue 15; docs/screening.md
/// gives the reasoning): far above any single dispensing, and with kMaxDispensedMeqPerUnit it keeps one
/// row's dispensed MEQ at most 1e15 micro-mg (< 2^53), so each row is exact; sums saturate (see screenText).
inline constexpr double kMaxUnitsPerRedemption = 10000;
/// The largest dispensed MEQ of one unit (mg) a ProductTable accepts; the shipped products stay below
/// 1 000 mg. Guards edited formularies: kMaxUnitsPerRedemption × this × 1e6 micro-mg < 2^53.
inline constexpr double kMaxDispensedMeqPerUnit = 100000;

/// The shape of the input. Redemptions: `patient_id,date,product,units` (formulary product ids). Lmdb:
/// register-shaped rows as the Danish prescription register (Lægemiddelstatistikregisteret) delivers them,
/// `pnr,eksd,apk,packsize` with `vnr` (varenummer, resolved through the Medicinpriser packs) and/or
/// `atc,strnum,strunit` (resolved through ATC and strength); headers in any case, extra columns ignored.
/// Units are apk × packsize; a row with negative apk is a reversal and nets out (docs/screening.md).
enum class InputFormat { Redemptions, Lmdb };

/// Definitions (issue 8). Days are calendar days; D = asOf.
struct ScreenOptions {
    Date asOf;                      ///< D: redemptions dated after D − windowDays and on or before D count
    int windowDays = 365;           ///< look-back window, > 0
    int recentDays = 90;            ///< avg_meq_90d and multiple_opioids look at (D − recentDays, D]
    int longTermMinRedemptions = 3; ///< long_term: at least this many redemptions in the window …
    int longTermMinSpanDays = 180;  ///< … and strictly more than this many days first → last
                                    ///< (clinical.md §3.2: long-term user = more than 6 months of use)
    bool strict = false;            ///< the first bad row throws InputError naming its line
    int threads = 0;                ///< 0: one per hardware thread, at most 2, and 1 below 1 MiB of input
    std::size_t blockBytes = std::size_t{4} << 20; ///< read size per thread (tests use tiny blocks), ≥ 16
    InputFormat inputFormat = InputFormat::Redemptions;
};

/// Why a data row was skipped. Rendered by the CLI.
enum class BadRowReason {
    WrongColumnCount, ///< value: the number of fields found
    EmptyPatientId,
    BadDate,          ///< value: the date text
    UnknownProduct,   ///< value: the product id
    BadUnits,         ///< not a plain decimal number; value: the text
    NonPositiveUnits, ///< value: the text
    UnitsTooLarge,    ///< above kMaxUnitsPerRedemption; value: the text
    BadQuoting,       ///< an unterminated or misplaced quote (quoted fields may not span lines)
    // Lmdb only.
    BadStrength,      ///< strnum not a decimal number or strunit not a known unit; value: the text
    AmbiguousProduct, ///< atc + strength fits products that screen differently (give vnr); value: them
    BadPackSize,      ///< packsize not a positive decimal number; value: the text
};
/// Stable code of a reason ("wrong_column_count", "empty_patient_id", "bad_date", "unknown_product",
/// "bad_units", "non_positive_units", "units_too_large", "bad_quoting", "bad_strength",
/// "ambiguous_product", "bad_pack_size").
std::string_view toCode(BadRowReason reason);

struct BadRow {
    std::uint64_t line = 0; ///< 1-based line number in the file (the header is line 1)
    BadRowReason reason = BadRowReason::WrongColumnCount;
    std::string value; ///< the offending field (never the patient id), at most 40 bytes
};

/// One listed patient (≥ 1 redemption in the window).
struct PatientResult {
    std::string_view patientId; ///< points into the ScreenResult's storage
    std::uint32_t redemptions = 0;
    Date first;
    Date last;
    MeqPerDay avgMeq90d;
    bool longTerm = false;
    bool shortActingOnly = false;
    bool above60 = false;  ///< above the profile's first threshold (`high_meq`)
    bool above100 = false; ///< above the profile's second threshold (`very_high_meq`)
    bool multipleOpioids = false;
};

struct ScreenSummary {
    std::uint64_t dataRows = 0;       ///< non-empty lines after the header
    std::uint64_t skippedRows = 0;    ///< bad rows
    std::uint64_t rowsInWindow = 0;   ///< valid rows dated in the window (the counted redemptions)
    std::uint64_t rowsWithoutMeq = 0; ///< of those, products the profile gives no single factor
    std::uint64_t reversals = 0;      ///< of those, reversals (lmdb: negative apk) netted out
    std::uint64_t patients = 0;       ///< listed patients
    std::uint64_t longTerm = 0;
    std::uint64_t shortActingOnly = 0; ///< a subset of longTerm
    std::uint64_t above60 = 0;
    std::uint64_t above100 = 0;
    std::uint64_t multipleOpioids = 0;
};

struct ScreenResult {
    std::vector<PatientResult> patients; ///< sorted by patient_id (bytewise)
    ScreenSummary summary;
    std::shared_ptr<const void> storage; ///< keeps the patient id bytes alive
};

/// Called for each bad row in file order (after reading, from the calling thread). In strict mode it is
/// called for the first bad row only, then InputError is thrown (the handler may throw its own, better worded
/// one).
using BadRowHandler = std::function<void(const BadRow &)>;
/// Called about four times a second from the calling thread while a file is read: bytes done of total, rows
/// so far.
using ProgressHandler =
    std::function<void(std::uint64_t bytesDone, std::uint64_t bytesTotal, std::uint64_t rows)>;

/// Per-product lookup precomputed from the formulary under one profile.
class ProductTable {
public:
    /// Throws InputError if the products use more than 64 opioid substances, or if a product's dispensed MEQ
    /// per unit is above kMaxDispensedMeqPerUnit (neither happens with the shipped data).
    ProductTable(const Formulary &formulary, const Profile &profile);
    ~ProductTable();
    ProductTable(ProductTable &&) noexcept;
    ProductTable &operator=(ProductTable &&) noexcept;

    struct Entry {
        std::optional<DispensedMeq> meqPerUnit;
        std::uint8_t substance = 0; ///< dense index of the opioid substance, < 64
        bool longActing = false;    ///< extended release or transdermal
    };
    /// The entry for a product id, or nullptr. Fast (hashing, no allocation).
    const Entry *find(std::string_view productId) const;
    /// The entry of the product a varenummer (6 digits; fewer are read with leading zeros) is a pack of,
    /// from the Medicinpriser import (Product::packs), or nullptr.
    const Entry *findVarenummer(std::string_view varenummer) const;
    /// The entry of the products with this ATC code, strength (in thousandths of `unit`) and unit, or
    /// nullptr; `ambiguous` is set when such products differ in substance, MEQ per unit or release.
    const Entry *findStrength(std::string_view atc, long long strengthMilli, StrengthUnit unit,
                              bool &ambiguous) const;
    const Profile &profile() const { return *m_profile; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    const Profile *m_profile;
};

/// Counts of people in a summary as they may leave a research server: a count is suppressed (nullopt)
/// when it is from 1 to minCell − 1, or when its complement within its parent is (patients for long_term,
/// above_60 and multiple_opioids; long_term for short_acting_only; above_60 for above_100), so that no
/// group under minCell people can be read off or derived. Row counts are suppressed from 1 to minCell − 1.
struct SuppressedSummary {
    int minCell = 0;
    std::optional<std::uint64_t> dataRows, skippedRows, rowsInWindow, rowsWithoutMeq, reversals;
    std::optional<std::uint64_t> patients, longTerm, shortActingOnly, above60, above100, multipleOpioids;
};
/// Precondition: minCell ≥ 0 (0 or 1: nothing suppressed).
SuppressedSummary suppressSmallCells(const ScreenSummary &summary, int minCell);

/// Screens CSV text held in memory (`file` names it in errors). Throws InputError for a bad header, in
/// strict mode for the first bad row, and when one patient's totals reach their integer limits (dispensed
/// MEQ over recentDays ≥ 2^63 − 1 micro-mg, or 2^32 − 1 redemptions: sums saturate, never wrap).
ScreenResult screenText(std::string_view text, const std::string &file, const ProductTable &products,
                        const ScreenOptions &options, const BadRowHandler &onBadRow = {});

/// Screens a CSV file, streaming it in blocks ("-" reads standard input on one thread). Throws InputError
/// when the file cannot be read, and as screenText does.
ScreenResult screenFile(const std::string &path, const ProductTable &products, const ScreenOptions &options,
                        const BadRowHandler &onBadRow = {}, const ProgressHandler &onProgress = {});

} // namespace taper::screen
