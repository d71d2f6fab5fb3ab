// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper-gui: reads the command line, loads the formulary, opens the main window.
//   opioid-taper-gui [--version] [--lang da|en] [--formulary DIR] [--screenshot FILE.png]
//   [PLAN_OR_REGIMEN.json]
// --screenshot renders the window at 1400×900 with the file loaded to a PNG and exits; it, --version and
// --help need no display.
#include "languagemanager.h"
#include "linetext.h"
#include "mainwindow.h"

#include "taper/build_info.h"
#include "taper/dates.h"
#include "taper/formulary_locator.h"
#include "taper/input_error.h"
#include "taper/text/version_text.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) { // a screenshot, the version and the help need no display
        const bool noWindow = std::strcmp(argv[i], "--screenshot") == 0 ||
                              std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0 ||
                              std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0;
        if (noWindow && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OpioidTaper"));
    QApplication::setApplicationName(QStringLiteral("OpioidTaper"));
    QGuiApplication::setDesktopFileName(QStringLiteral("dk.opioidtaper.OpioidTaper")); // dist/*.desktop
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("dk.opioidtaper.OpioidTaper"),
                                                 QIcon(QStringLiteral(":/app/opioidtaper.svg"))));
    QApplication::setApplicationVersion(QString::fromLatin1(taper::buildinfo::version()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("OpioidTaper: morphine equivalents and findings for Danish clinicians"));
    parser.addHelpOption();
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QStringLiteral("Print the version, the commit it was built from and the formulary data version."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("User interface language: da or en."), QStringLiteral("LANG"));
    const QCommandLineOption formularyOption(QStringLiteral("formulary"), QStringLiteral("Formulary folder."),
                                             QStringLiteral("DIR"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Render the window to a PNG file and exit."),
                                              QStringLiteral("FILE"));
    parser.addOptions({versionOption, langOption, formularyOption, screenshotOption});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Plan or regimen file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    if (parser.isSet(versionOption)) {
        std::fputs(
            taper::text::versionText("opioid-taper-gui", parser.value(formularyOption).toStdString()).c_str(),
            stdout);
        return 0;
    }

    taper::gui::LanguageManager language;
    language.setLanguage(parser.isSet(langOption) ? parser.value(langOption)
                                                  : taper::gui::LanguageManager::savedLanguage(),
                         parser.isSet(langOption) && !parser.isSet(screenshotOption));
    if (language.language().isEmpty()) language.setLanguage(QStringLiteral("da"), false);

    std::shared_ptr<const taper::Formulary> formulary;
    try {
        formulary = std::make_shared<const taper::Formulary>(
            taper::Formulary::load(taper::locateFormulary(parser.value(formularyOption).toStdString())));
    } catch (const taper::InputError &e) {
        const QString message = taper::gui::LineText::inputError(e, nullptr);
        std::fprintf(stderr, "opioid-taper-gui: %s\n", qPrintable(message));
        if (!parser.isSet(screenshotOption))
            QMessageBox::critical(nullptr, QStringLiteral("OpioidTaper"), message);
        return 2;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "opioid-taper-gui: %s\n", e.what());
        if (!parser.isSet(screenshotOption))
            QMessageBox::critical(nullptr, QStringLiteral("OpioidTaper"), QString::fromStdString(e.what()));
        return 2;
    }

    // "Today" is read here only, as the CLI reads it: the Danish calendar date unless TZ says otherwise.
    const taper::Date today = taper::today();
    taper::gui::MainWindow window(formulary, today, &language);
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(screenshotOption)) {
        QString error;
        if (!files.isEmpty() && !window.loadFile(files.first(), &error)) {
            std::fprintf(stderr, "opioid-taper-gui: %s\n", qPrintable(error));
            return 2;
        }
        return window.saveScreenshot(parser.value(screenshotOption)) ? 0 : 1;
    }
    window.show();
    if (!files.isEmpty()) window.openFile(files.first());
    return app.exec();
}
