// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Subcommands of opioid-taper. Each registers itself on the CLI11 app; its callback stores the exit
// code in `exitCode`. Bad input is thrown as taper::InputError and turned into exit code 2 by main().

#include "finding_text.h"
#include "taper/dates.h"
#include "taper/formulary.h"

#include <CLI/CLI.hpp>

#include <string>

namespace taper::cli {

struct Context {
    Date today;               ///< taper::today(), read once at the edge, in main()
    std::string formularyDir; ///< --formulary (empty: located automatically)
    int exitCode = 0;
    /// A file this run saved before printing its summary (taper -o, session): named if standard
    /// output then fails, so nobody records the same session twice.
    std::string savedFile;

    Formulary loadFormulary() const;
};

void addMeqCommand(CLI::App &app, Context &ctx);
void addFormularyCommand(CLI::App &app, Context &ctx);
void addTaperCommand(CLI::App &app, Context &ctx);
void addCheckCommand(CLI::App &app, Context &ctx);
void addReviewCommand(CLI::App &app, Context &ctx);
void addScreenCommand(CLI::App &app, Context &ctx);
void addSessionCommand(CLI::App &app, Context &ctx);
void addShowCommand(CLI::App &app, Context &ctx);
void addGroupCommand(CLI::App &app, Context &ctx);
void addReportCommand(CLI::App &app, Context &ctx);
void addImportCommand(CLI::App &app, Context &ctx);
void addExportCommand(CLI::App &app, Context &ctx);

/// Parses --lang; throws InputError for anything but "en" or "da".
Lang langOption(const std::string &text);
/// Parses a --as-of style date option; throws InputError naming the option.
Date dateOption(const std::string &text, const std::string &option);
/// Refuses (InputError, exit 2) to replace a plan that has a history, or a file that may be a damaged
/// plan: `taper -o` makes a new plan at revision 1 with no sessions (issue 15 item 3); `import -o`
/// writes a regimen and must not replace a plan either.
void refuseLosingAPlan(const std::string &path);
/// The profile with `id`, or InputError listing the known ids.
const Profile &profileOption(const Formulary &formulary, const std::string &id);

} // namespace taper::cli
