// SPDX-License-Identifier: GPL-3.0-or-later
// File → Kopiér journalnotat (issue 18): the action sits in the File menu beside the print actions, is
// enabled when there is a regimen, and puts on the clipboard exactly the note report::buildJournalNote
// makes (the function `opioid-taper report --kind note --format txt` calls), for a plan and a regimen.
#include "gui_test_support.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "plandocument.h"

#include "taper/build_info.h"
#include "taper/report/note.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QtTest>

using namespace taper;
using namespace taper::gui;

namespace {

report::ReportContext danishContext(const MainWindow &window)
{
    return report::ReportContext{window.document()->formulary(),
                                 report::Lang::Da,
                                 guitest::today(),
                                 {},
                                 {},
                                 {},
                                 {},
                                 buildinfo::version(),
                                 guitest::today(),
                                 {}};
}

/// The menu holding `action` in the menu bar (or one of its submenus), or null.
QMenu *menuOf(const MainWindow &window, const QAction *action)
{
    for (QAction *top : window.menuBar()->actions())
        if (QMenu *menu = top->menu(); menu && menu->actions().contains(const_cast<QAction *>(action)))
            return menu;
    return nullptr;
}

} // namespace

class TestJournalNote : public QObject {
    Q_OBJECT
    LanguageManager *m_language = nullptr;

private slots:
    void initTestCase() { m_language = &guitest::setUpApplication(); }

    void actionIsInTheFileMenuInDanish()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        QAction *copy = window.copyJournalNoteAction();
        QCOMPARE(copy->text(), QStringLiteral("Kopiér journalnotat"));
        QMenu *menu = menuOf(window, copy);
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(window.printReviewAction())); // beside the print actions
        QVERIFY(!copy->isEnabled());                                   // nothing to write about yet
        QVERIFY(window.loadFile(guitest::sourcePath("examples/anne.json")));
        QVERIFY(copy->isEnabled());
    }

    void copiesTheNoteOfARegimenAndOfAPlan()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        QVERIFY(window.loadFile(guitest::sourcePath("examples/anne.json")));
        QGuiApplication::clipboard()->clear();
        window.copyJournalNoteAction()->trigger();
        const QString regimenNote = QGuiApplication::clipboard()->text();
        const std::string expected = report::buildJournalNote(
            window.document()->regimen(), window.document()->profile(), danishContext(window));
        QCOMPARE(regimenNote, QString::fromStdString(expected));
        QVERIFY(regimenNote.endsWith(QStringLiteral("Ingen nedtrapningsplan lagt.\n")));

        TaperOptions o;
        o.start = guitest::today();
        QCOMPARE(window.document()->setTaperOptions(o), QString());
        window.copyJournalNoteAction()->trigger();
        const QString planNote = QGuiApplication::clipboard()->text();
        QCOMPARE(planNote, QString::fromStdString(
                               report::buildJournalNote(window.document()->toPlan(), danishContext(window))));
        QVERIFY(planNote.contains(QStringLiteral("Plan: nedtrapning fra 21.11.2026")));
        QVERIFY(planNote.contains(QStringLiteral("Næste konsultation: ")));
        const auto lines = planNote.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 5 && lines.size() <= 10);
    }

    void followsTheUiLanguage()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        QVERIFY(window.loadFile(guitest::sourcePath("examples/anne.json")));
        QVERIFY(m_language->setLanguage(QStringLiteral("en"), false));
        QTRY_COMPARE(window.copyJournalNoteAction()->text(),
                     QStringLiteral("Copy journal note")); // retranslated on LanguageChange
        window.copyJournalNoteAction()->trigger();
        QVERIFY(
            QGuiApplication::clipboard()->text().endsWith(QStringLiteral("No taper plan has been made.\n")));
        QVERIFY(m_language->setLanguage(QStringLiteral("da"), false));
    }
};

QTEST_MAIN(TestJournalNote)
#include "test_journalnote.moc"
