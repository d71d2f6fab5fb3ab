// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper: the command-line face of OpioidTaper. Exit codes: 0 success, 2 bad input or usage,
// 1 internal error or standard output that could not be written. "Today" is read here, once, and
// passed down.
#include "checked_output.h"
#include "commands.h"
#include "taper/input_error.h"
#include "taper/text/problem_text.h"
#include "taper/text/version_text.h"
#include "taper/visible_text.h"

#include <cstring>
#include <iostream>
#include <unistd.h>

namespace {

/// Returns `code`, or 1 when anything written to standard output was lost (a full disk, /dev/full):
/// a document cut short must never look like success. `outputError` is CheckedOutput::finish().
int checkStandardOutput(int code, int outputError, const taper::cli::Context &ctx)
{
    if (outputError == 0) return code;
    std::cerr << "opioid-taper: error: cannot write to standard output: " << std::strerror(outputError)
              << "\n";
    if (!ctx.savedFile.empty())
        std::cerr << "opioid-taper: note: " << taper::visibleText(ctx.savedFile)
                  << " was saved before this error\n";
    return code == 0 ? 1 : code;
}

int run(int argc, char **argv, taper::cli::Context &ctx)
{
    using namespace taper;
    CLI::App app{"OpioidTaper: morphine equivalents, findings and taper plans for Danish clinicians",
                 "opioid-taper"};
    app.add_option("--formulary", ctx.formularyDir, "Formulary folder (default: found next to the program)");
    // After --formulary: CLI11 runs option callbacks in the order they were added, so --version sees it.
    app.set_version_flag(
        "--version",
        [&ctx] {
            std::string text = text::versionText("opioid-taper", ctx.formularyDir);
            text.pop_back(); // CLI11 adds the final newline
            return text;
        },
        "Print the version, the commit it was built from and the formulary data version");
    app.require_subcommand(1);
    app.fallthrough(); // --formulary may also follow the subcommand
    cli::addMeqCommand(app, ctx);
    cli::addFormularyCommand(app, ctx);
    cli::addTaperCommand(app, ctx);
    cli::addCheckCommand(app, ctx);
    cli::addReviewCommand(app, ctx);
    cli::addScreenCommand(app, ctx);
    cli::addSessionCommand(app, ctx);
    cli::addShowCommand(app, ctx);
    cli::addGroupCommand(app, ctx);
    cli::addReportCommand(app, ctx);
    cli::addImportCommand(app, ctx);
    cli::addExportCommand(app, ctx);

    try {
        app.parse(argc, argv);
        return ctx.exitCode;
    } catch (const CLI::CallForHelp &e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp &e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion &e) {
        return app.exit(e);
    } catch (const CLI::ParseError &e) {
        app.exit(e);
        return 2;
    } catch (const InputError &e) { // messages name files and echo values: no control reaches the terminal
        std::cerr << "opioid-taper: error: " << visibleText(text::inputErrorText(e, text::Lang::En)) << "\n";
        return 2;
    } catch (const std::exception &e) {
        std::cerr << "opioid-taper: internal error: " << visibleText(e.what()) << "\n";
        return 1;
    }
}

} // namespace

int main(int argc, char **argv)
{
    taper::cli::Context ctx;
    ctx.today = taper::today(); // the Danish calendar date unless TZ says otherwise (taper/dates.h)
    taper::cli::CheckedOutput output(STDOUT_FILENO);
    std::streambuf *const stdioOutput = std::cout.rdbuf(&output);
    const int code = run(argc, argv, ctx);
    std::cout.rdbuf(stdioOutput);
    return checkStandardOutput(code, output.finish(), ctx);
}
