// opioid-taper: the command-line face of OpioidTaper. Exit codes: 0 success, 2 bad input or usage,
// 1 internal error. "Today" is read here, once, and passed down.
#include "commands.h"
#include "taper/input_error.h"

#include <iostream>

int main(int argc, char **argv)
{
    using namespace taper;
    cli::Context ctx;
    ctx.today = today(); // the Danish calendar date unless TZ says otherwise (taper/dates.h)

    CLI::App app{"OpioidTaper: morphine equivalents, findings and taper plans for Danish clinicians", "opioid-taper"};
    app.set_version_flag("--version", std::string("opioid-taper ") + TAPER_VERSION);
    app.add_option("--formulary", ctx.formularyDir, "Formulary folder (default: found next to the program)");
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
    } catch (const InputError &e) {
        std::cerr << "opioid-taper: error: " << e.what() << "\n";
        return 2;
    } catch (const std::exception &e) {
        std::cerr << "opioid-taper: internal error: " << e.what() << "\n";
        return 1;
    }
}
