// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper import --fhir BUNDLE -o REGIMEN (issue 21 item 1): a FHIR R4 Bundle (or one
// MedicationStatement/MedicationRequest) from the medication record as a regimen file. The mapping is the
// core's (taper/fhir.h); here: options, the written file, and a summary naming what was left out.
#include "commands.h"
#include "taper/atomic_file.h"
#include "taper/fhir.h"

#include <iostream>

namespace taper::cli {

namespace {

struct ImportArgs {
    std::string fhir;
    std::string output;
    std::string asOf;
    bool force = false;
};

std::string skippedText(const fhir::Skipped &s)
{
    if (s.reason == fhir::Skipped::Reason::NotCurrent) return "status \"" + s.status + "\" (not taken now)";
    return "no dosage in effect on the evaluation date";
}

int runImport(const ImportArgs &a, Context &ctx)
{
    const Date asOf = a.asOf.empty() ? ctx.today : dateOption(a.asOf, "--as-of");
    const Formulary formulary = ctx.loadFormulary();
    const fhir::Import result = fhir::importFile(a.fhir, formulary, asOf);
    const std::string text = toJson(result.regimen).dump(2) + "\n";
    // The file must read back as the regimen it claims to be before anything is written.
    readRegimen(json::parse(text, a.output), a.output, formulary, AsOfChoice{std::nullopt, asOf});
    if (a.output == "-") {
        std::cout << text;
    } else {
        if (!a.force) refuseLosingAPlan(a.output);
        writeFileAtomically(a.output, text);
        ctx.savedFile = a.output;
    }
    std::size_t coMedications = 0;
    for (const RegimenLine &line : result.regimen.lines)
        coMedications += line.coMedication ? 1 : 0;
    std::ostream &summary = a.output == "-" ? std::cerr : std::cout;
    summary << "Imported " << result.regimen.lines.size() << " line(s) as of " << formatIsoDate(asOf) << ": "
            << result.regimen.lines.size() - coMedications << " opioid, " << coMedications << " co-medication"
            << (a.output == "-" ? "" : " -> " + a.output) << "\n";
    for (const fhir::Skipped &s : result.skipped)
        summary << "Left out " << s.pointer << ": " << skippedText(s) << "\n";
    return 0;
}

} // namespace

void addImportCommand(CLI::App &app, Context &ctx)
{
    auto a = std::make_shared<ImportArgs>();
    CLI::App *cmd = app.add_subcommand("import", "A FHIR R4 medication list as a regimen file");
    cmd->add_option(
           "--fhir", a->fhir,
           "FHIR R4 Bundle, MedicationStatement or MedicationRequest (JSON), or - for standard input")
        ->required();
    cmd->add_option("-o,--output", a->output,
                    "Regimen file to write (atomically, mode 0600), or - for standard output")
        ->required();
    cmd->add_option(
        "--as-of", a->asOf,
        "The date whose dosages are imported, YYYY-MM-DD (default: today); written as the regimen's as_of");
    cmd->add_flag("--force", a->force, "Replace a plan file that has sessions or a revision above 1");
    cmd->callback([a, &ctx] { ctx.exitCode = runImport(*a, ctx); });
}

} // namespace taper::cli
