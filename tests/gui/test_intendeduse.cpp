// SPDX-License-Identifier: GPL-3.0-or-later
// Help → Intended use (issue 22 item 5): the Help menu offers it beside the user guide, the action opens a
// HelpWindow with docs/intended-use.da.md in Danish and docs/intended-use.md in English, the open window
// follows the UI language, and the embedded texts are the committed docs.
#include "gui_test_support.h"

#include "helpwindow.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QtTest>

#include <string>

using namespace taper;
using namespace taper::gui;

namespace {

/// The menu of the menu bar whose title (without '&') is `title`.
QMenu *menuTitled(QMainWindow &window, const QString &title)
{
    for (QAction *a : window.menuBar()->actions())
        if (a->menu() && a->menu()->title().remove(QLatin1Char('&')) == title) return a->menu();
    return nullptr;
}

bool contentsHas(QTreeWidget *tree, const QString &heading)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(0) == heading) return true;
    return false;
}

QString committed(const char *relative)
{
    QFile file(guitest::sourcePath(relative));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestIntendedUse : public QObject {
    Q_OBJECT
    LanguageManager *m_language = nullptr;

private slots:
    void initTestCase() { m_language = &guitest::setUpApplication(); }
    void init() { m_language->setLanguage(QStringLiteral("da"), false); }

    void theHelpMenuOpensItInDanish()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMenu *help = menuTitled(window, QStringLiteral("Hjælp"));
        QVERIFY(help);
        QAction *action = nullptr;
        for (QAction *a : help->actions())
            if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Tilsigtet anvendelse")) action = a;
        QVERIFY2(action, "no Hjælp → Tilsigtet anvendelse");
        QCOMPARE(action, window.findChild<QAction *>(QStringLiteral("intendedUseAction")));

        action->trigger();
        HelpWindow *shown = nullptr;
        for (HelpWindow *w : window.findChildren<HelpWindow *>())
            if (w->document() == HelpWindow::Document::IntendedUse) shown = w;
        QVERIFY(shown);
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->windowTitle(), QStringLiteral("Tilsigtet anvendelse"));
        QCOMPARE(shown->resource(), QStringLiteral(":/help/intended-use.da.md"));
        const QString text = shown->browser()->toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("Tilsigtet anvendelse af OpioidTaper")),
                 qPrintable(text.left(80)));
        for (const char *phrase : {"beslutningsstøtte", "Nedtrapning af metadon", "Børn og unge under 18 år",
                                   "Alle tal skal kontrolleres af den ordinerende læge"})
            QVERIFY2(text.contains(QString::fromUtf8(phrase)), phrase);
        QVERIFY(!text.contains(QStringLiteral("## "))); // rendered, not Markdown source
        for (const char *heading :
             {"Formål", "Brugere", "Det er programmet ikke til", "Kendte begrænsninger", "Kontakt"})
            QVERIFY2(contentsHas(shown->contents(), QString::fromUtf8(heading)), heading);

        // The same action shows the same window again; the user guide stays a window of its own.
        action->trigger();
        QCOMPARE(window.showIntendedUse(), shown);
        QVERIFY(window.showHelp() != shown);
        QVERIFY(window.showHelp()->browser()->toPlainText().startsWith(QStringLiteral("Brugervejledning")));
    }

    void followsTheUiLanguage()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        HelpWindow *shown = window.showIntendedUse();
        QVERIFY(shown->browser()->toPlainText().contains(QStringLiteral("Det er programmet ikke til")));
        m_language->setLanguage(QStringLiteral("en"), false);
        QCoreApplication::processEvents(); // the posted LanguageChange
        QCOMPARE(shown->resource(), QStringLiteral(":/help/intended-use.md"));
        QCOMPARE(shown->windowTitle(), QStringLiteral("Intended use"));
        const QString text = shown->browser()->toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("Intended use of OpioidTaper")), qPrintable(text.left(80)));
        QVERIFY(text.contains(QStringLiteral("Every number must be checked by the prescriber")));
        QVERIFY(contentsHas(shown->contents(), QStringLiteral("Not for")));
        QVERIFY(!contentsHas(shown->contents(), QStringLiteral("Formål"))); // the Danish contents are gone
        QMenu *help = menuTitled(window, QStringLiteral("Help"));
        QVERIFY(help &&
                help->actions().contains(window.findChild<QAction *>(QStringLiteral("intendedUseAction"))));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("intendedUseAction"))->text(),
                 QStringLiteral("&Intended use"));

        m_language->setLanguage(QStringLiteral("da"), false);
        QCoreApplication::processEvents();
        QCOMPARE(shown->resource(), QStringLiteral(":/help/intended-use.da.md"));
        QVERIFY(shown->browser()->toPlainText().startsWith(QStringLiteral("Tilsigtet anvendelse")));
    }

    void theEmbeddedTextsAreTheCommittedDocs()
    {
        for (const char *name : {"intended-use.da.md", "intended-use.md"}) {
            QFile embedded(QStringLiteral(":/help/") + QString::fromLatin1(name));
            QVERIFY2(embedded.open(QIODevice::ReadOnly), name);
            const QString text = QString::fromUtf8(embedded.readAll());
            QVERIFY2(!text.isEmpty(), name);
            QCOMPARE(text, committed((std::string("docs/") + name).c_str()));
        }
    }
};

QTEST_MAIN(TestIntendedUse)
#include "test_intendeduse.moc"
