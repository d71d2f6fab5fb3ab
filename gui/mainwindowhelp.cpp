// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's Help menu: the user guide, the intended use (issue 22 item 5) and the About box with the
// build and the formulary data version (issue 22 item 6).
#include "mainwindow.h"

#include "helpwindow.h"
#include "linetext.h"
#include "plandocument.h"

#include "taper/build_info.h"
#include "taper/dates.h"

#include <QMessageBox>

namespace taper::gui {

namespace {

/// Shows `window`, creating it for `document` on first use.
HelpWindow *showDocument(HelpWindow *&window, HelpWindow::Document document, QWidget *owner)
{
    if (!window) window = new HelpWindow(document, owner);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace

HelpWindow *MainWindow::showHelp()
{
    return showDocument(m_helpWindow, HelpWindow::Document::UserGuide, this);
}

HelpWindow *MainWindow::showIntendedUse()
{
    return showDocument(m_intendedUseWindow, HelpWindow::Document::IntendedUse, this);
}

/// The formulary's data version as people read it: a date (data_version "2026-12-05") in the UI's
/// date format, anything else as written.
QString MainWindow::formularyDataVersionText() const
{
    const std::string &version = m_document->formulary().dataVersion();
    if (version.empty()) return tr("(not dated)");
    if (const auto date = parseIsoDate(version)) return LineText::date(*date);
    return QString::fromStdString(version).toHtmlEscaped();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About OpioidTaper"),
        tr("<b>OpioidTaper %1</b><p>Decision support for tapering long-term opioid treatment: daily "
           "morphine equivalents with the arithmetic and source of every factor, and findings from "
           "Danish guidance.</p><p>Decision support, not a prescription: every number must be checked "
           "by the prescriber.</p>")
                .arg(QString::fromLatin1(buildinfo::version())) +
            tr("<p>Build %1; formulary data %2.</p><p>Free software under the GNU General Public License, "
               "version 3 or later.</p>")
                .arg(QString::fromLatin1(buildinfo::commit()), formularyDataVersionText()));
}

} // namespace taper::gui
