// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper export --fhir PLAN -o BUNDLE | --fmk-text PLAN (issue 21 items 2-3): a plan as FHIR R4
// MedicationRequests for a record system, or as the Danish dosage text of the shared medication record.
#include "commands.h"
#include "taper/atomic_file.h"
#include "taper/fhir.h"
#include "taper/plan.h"
#include "taper/text/fmk_text.h"

#include <iostream>

namespace taper::cli {

namespace {

struct ExportArgs {
    std::string fhir;
    std::string fmkText;
    std::string output = "-";
};

void write(const std::string &output, const std::string &text)
{
    if (output == "-")
        std::cout << text;
    else
        writeFileAtomically(output, text);
}

int runExport(const ExportArgs &a, Context &ctx)
{
    const Formulary formulary = ctx.loadFormulary();
    if (!a.fhir.empty()) {
        const Plan plan = readPlanFile(a.fhir, formulary);
        write(a.output, fhir::exportPlan(plan, text::fmkDoseText).dump(2) + "\n");
    } else {
        write(a.output, text::fmkPlanText(readPlanFile(a.fmkText, formulary).schedule));
    }
    if (a.output != "-") ctx.savedFile = a.output;
    return 0;
}

} // namespace

void addExportCommand(CLI::App &app, Context &ctx)
{
    auto a = std::make_shared<ExportArgs>();
    CLI::App *cmd =
        app.add_subcommand("export", "A plan as FHIR R4 MedicationRequests or as FMK dosage text (Danish)");
    auto *fhirOption = cmd->add_option("--fhir", a->fhir, "Plan file to write as a FHIR R4 Bundle (JSON)");
    auto *fmkOption = cmd->add_option("--fmk-text", a->fmkText,
                                      "Plan file to write as FMK's structured dosage, in Danish text");
    fhirOption->excludes(fmkOption);
    cmd->add_option("-o,--output", a->output, "Output file (atomically, mode 0600), or - for standard output")
        ->capture_default_str();
    cmd->callback([a, &ctx] {
        if (a->fhir.empty() && a->fmkText.empty()) throw CLI::RequiredError("--fhir or --fmk-text");
        ctx.exitCode = runExport(*a, ctx);
    });
}

} // namespace taper::cli
