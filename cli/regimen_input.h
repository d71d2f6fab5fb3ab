// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a regimen file the way every regimen command does (meq, check, review).

#include "commands.h"
#include "taper/regimen.h"

#include <string>
#include <vector>

namespace taper::cli {

/// The options every regimen command has: FILE, --format text|json, --as-of and --lang.
struct RegimenCommandOptions {
    std::string file;
    std::string format = "text";
    std::string asOf;
    std::string lang = "en";
};
/// Registers FILE, --format, --as-of and --lang on `cmd`, stored in `o` (which must outlive parsing).
void addRegimenOptions(CLI::App *cmd, RegimenCommandOptions &o);

/// Reads FILE (or "-" for standard input) against `formulary`; `asOf` is the --as-of text (empty:
/// the file's as_of, else today from the context). Throws InputError.
Regimen readRegimenFile(const Formulary &formulary, const std::string &file, const std::string &asOf,
                        const Context &ctx);

/// The profiles named in a comma-separated --compare/--profiles list, in order; InputError for an
/// unknown id, a duplicate or an empty list.
std::vector<const Profile *> profileList(const Formulary &formulary, const std::string &ids,
                                         const std::string &option);

} // namespace taper::cli
