// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Output of `opioid-taper screen`: the patients CSV (fixed header, issue 8) and the summary (text or JSON).

#include "taper/screen.h"

#include <string>

namespace taper::cli {

inline constexpr const char *kScreenHeader = "patient_id,redemptions,first,last,avg_meq_90d,long_term,short_"
                                             "acting_only,above_60,above_100,multiple_opioids\n";

/// Appends one patients.csv row (booleans 1/0, avg_meq_90d with two decimals) to `out`; the id is written
/// with appendCsvField (quoted as RFC 4180 needs, formulas neutralised).
void appendPatientRow(std::string &out, const screen::PatientResult &p);

/// Writes the patients CSV to `path` ("-": standard output) safely: a temporary file in the same folder,
/// flushed and renamed over `path` only when complete. Throws InputError when it cannot be written.
void writePatientsCsv(const std::string &path, const screen::ScreenResult &result);

struct ScreenRunInfo {
    std::string file;
    std::string output;
    Date asOf;
    const Profile *profile = nullptr;
    screen::ScreenOptions options;
    bool summaryOnly = false; ///< no patients file: aggregate counts only
    int minCell = 0;          ///< counts from 1 to minCell − 1 suppressed (screen::suppressSmallCells)
};

/// The summary as text (file names escaped with printable()) or as JSON (schema_version 1). Counts that
/// info.minCell suppresses read "<minCell" in text and null in JSON (with "min_cell").
std::string screenSummaryText(const screen::ScreenSummary &s, const ScreenRunInfo &info);
std::string screenSummaryJson(const screen::ScreenSummary &s, const ScreenRunInfo &info);

} // namespace taper::cli
