// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// opioid-taper formulary import-lms: the Medicinpriser takst into formulary/lms-dk.json (taper/lms.h).
#include "commands.h"

#include <string>

namespace taper::cli {

struct LmsImportOptions {
    std::string dir;    ///< the unpacked takst (system.txt, lms01.txt, lms02.txt, …)
    std::string output; ///< empty: lms-dk.json in the formulary folder
};

/// Reads the takst, matches it to the curated products, checks the result loads, writes it atomically and
/// prints what changed. Returns the exit code (bad input is thrown as InputError).
int runLmsImport(const LmsImportOptions &options, const Context &ctx);

} // namespace taper::cli
