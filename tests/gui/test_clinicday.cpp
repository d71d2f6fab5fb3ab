// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20, items 3–12: the desktop program on a real clinic day, driven with keys and clicks where a
// person would type or click. Typed dates and out-of-range values stay as typed and are refused with
// the reason; one version on screen; the top panel follows the taper; the patient's label; profiles by
// name and per document; what matters stands out (findings count, critical banner, coloured total,
// chart lines); Qt's own texts in Danish; the unsaved-changes prompt names the changes.
#include "gui_test_support.h"

#include "banners.h"
#include "findingspanel.h"
#include "groupwindow.h"
#include "helpwindow.h"
#include "languagemanager.h"
#include "linetext.h"
#include "mainwindow.h"
#include "meqpanel.h"
#include "planchart.h"
#include "plandocument.h"
#include "planoptionsdialog.h"
#include "planpanel.h"
#include "regimenmodel.h"
#include "regimenpanel.h"
#include "schedulemodel.h"
#include "sessiondialog.h"
#include "sessionpanel.h"

#include "taper/build_info.h"
#include "taper/dates.h"
#include "taper/plan.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace taper;
using namespace taper::gui;

namespace {

/// Anne's plan, started 20 days before "today" (step 1 is in effect).
void startAnne(PlanDocument &doc)
{
    doc.openRegimen(guitest::sourcePath("examples/anne.json"));
    TaperOptions o;
    o.start = guitest::today() - date::days{20};
    QCOMPARE(doc.setTaperOptions(o), QString());
}

SessionInput session(SessionDecision decision)
{
    SessionInput in;
    in.date = guitest::today();
    in.decision = decision;
    in.reason = "smerter";
    return in;
}

/// Replaces the text of a line edit the way a person does: select all, type, Enter.
void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QMetaObject::invokeMethod(field, "selectAll"); // QLineEdit and QAbstractSpinBox
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Tab);
}

} // namespace

class TestClinicDay : public QObject {
    Q_OBJECT
    LanguageManager *m_language = nullptr;

private slots:
    void initTestCase() { m_language = &guitest::setUpApplication(); }
    void init() { m_language->setLanguage(QStringLiteral("da"), false); }

    /// Item 3: a date typed before the plan was made stays as typed; Record is refused with the reason.
    void aTypedSessionDateSticksAndIsRefusedWithItsReason()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        startAnne(doc);
        SessionDialog dialog(&doc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // As a nurse types a date: Tab into the field (the day is selected), digits and separators.
        dialog.dateEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(dialog.dateEdit(), QStringLiteral("02.01.2020"));
        QTest::keyClick(dialog.dateEdit(), Qt::Key_Tab);
        QCOMPARE(dialog.dateEdit()->date(), QDate(2020, 1, 2));
        dialog.dateEdit()->setFocus(Qt::TabFocusReason); // one-digit day and month
        QTest::keyClicks(dialog.dateEdit(), QStringLiteral("3.2.2020"));
        QCOMPARE(dialog.dateEdit()->date(), QDate(2020, 2, 3));
        dialog.dateEdit()->clearFocus();
        dialog.dateEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(dialog.dateEdit(), QStringLiteral("02.01.2020"));
        dialog.setDecision(SessionDecision::Continue);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(doc.planRecord().sessions.empty());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("dato")), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.dateEdit()->date(), QDate(2020, 1, 2)); // still as typed
    }

    /// Item 7: a 60 % step typed into the options stays 60 and is refused beside the field.
    void anOutOfRangeStepIsRefusedWhereTypedNeverChanged()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        PlanOptionsDialog dialog(&doc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *step = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("stepPercent"));
        QVERIFY(step);
        step->setFocus();
        step->selectAll();
        QTest::keyClicks(step, QStringLiteral("60"));
        QCOMPARE(step->value(), 60.0);
        QVERIFY2(!dialog.fieldError(QStringLiteral("step_percent")).isEmpty(), "no refusal beside the field");
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    /// Item 4: an earlier version chosen in the plan tab is what the table, summary and chart show, a
    /// banner says so, and a new session shows the plan in effect again.
    void everythingOnScreenFollowsTheChosenVersion()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        window.show();
        PlanDocument *doc = window.document();
        startAnne(*doc);
        SessionInput hold = session(SessionDecision::Hold);
        QCOMPARE(doc->recordSession(hold), QString());
        QCOMPARE(doc->planRecord().scheduleHistory.size(), std::size_t{1});
        QVERIFY(window.versionBanner()->isHidden());

        QComboBox *versions = window.planPanel()->versionBox();
        versions->setFocus();
        QTest::keyClick(versions, Qt::Key_Down); // the user picks the earlier version
        QCOMPARE(doc->shownVersion(), 0);
        const auto &old = doc->planRecord().scheduleHistory[0].steps;
        QVERIFY(window.versionBanner()->isVisible());
        QVERIFY2(window.versionBanner()->text().contains(QStringLiteral("ikke gældende")),
                 qPrintable(window.versionBanner()->text()));
        QCOMPARE(window.planPanel()->model()->rowCount(), int(old.size()));
        QVERIFY2(window.planPanel()->summaryText().contains(QStringLiteral("ikke gældende")),
                 qPrintable(window.planPanel()->summaryText()));
        QCOMPARE(window.planPanel()->chart()->series()->count(), int(2 * old.size()));

        QCOMPARE(doc->recordSession(session(SessionDecision::Continue)), QString());
        QCOMPARE(doc->shownVersion(), -1);
        QVERIFY(window.versionBanner()->isHidden());
        QCOMPARE(versions->currentIndex(), 0);
        QCOMPARE(window.planPanel()->model()->rowCount(), int(doc->schedule()->steps.size()));
    }

    /// Item 4: the sessions tab, the schedule table and the top panel name the same step in effect.
    void theStepInEffectIsTheSameEverywhere()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        PlanDocument *doc = window.document();
        startAnne(*doc);
        const MeqPerDay start = doc->meq().total();
        QCOMPARE(doc->recordSession(session(SessionDecision::StepBack)), QString());
        const int step = doc->stepInEffect(guitest::today());
        QVERIFY(step >= 0);
        const Step &inEffect = doc->schedule()->steps.at(std::size_t(step));
        QVERIFY2(window.sessionPanel()->statusText().contains(QStringLiteral("Trin i dag: %1 (").arg(step)),
                 qPrintable(window.sessionPanel()->statusText()));
        ScheduleModel *schedule = window.planPanel()->model();
        for (int row = 0; row < schedule->rowCount(); ++row)
            QCOMPARE(schedule->index(row, 0).data(ScheduleModel::TodayRole).toBool(), row == step);

        // The top panel shows that step (read-only), its MEQ; the starting regimen is one click away.
        QVERIFY(doc->showsStep());
        QVERIFY2(window.regimenPanel()->titleText().contains(QString::number(step)),
                 qPrintable(window.regimenPanel()->titleText()));
        QCOMPARE(doc->shownMeq().total().value(), inEffect.totalMeq.value());
        QVERIFY(window.meqPanel()->totalText().contains(
            QLocale().toString(inEffect.totalMeq.value(), 'g', 6).section(QLatin1Char(','), 0, 0)));
        RegimenModel *lines = window.regimenPanel()->model();
        QVERIFY(!(lines->flags(lines->index(0, 1)) & Qt::ItemIsEditable));
        QTest::mouseClick(window.regimenPanel()->switchButton(), Qt::LeftButton);
        QVERIFY(!doc->showsStep());
        QCOMPARE(doc->shownMeq().total().value(), start.value());
        QCOMPARE(lines->rowCount(), doc->lineCount());
        QTest::mouseClick(window.regimenPanel()->switchButton(), Qt::LeftButton);
        QVERIFY(doc->showsStep());
    }

    /// Item 6: the label typed in the window is the plan's, shown in the title bar, saved and read back;
    /// a CPR number is refused.
    void thePatientLabelIsTypedShownAndSaved()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PlanDocument *doc = window.document();
        startAnne(*doc);
        typeInto(window.patientEdit(), QStringLiteral("Anne T."));
        QCOMPARE(doc->planRecord().label, std::optional<std::string>("Anne T."));
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Anne T. — ")),
                 qPrintable(window.windowTitle()));
        typeInto(window.patientEdit(), QStringLiteral("010203-1234"));
        QCOMPARE(doc->planRecord().label, std::optional<std::string>("Anne T."));
        QCOMPARE(window.patientEdit()->text(), QStringLiteral("Anne T."));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("anne.json"));
        QVERIFY(window.save(path));
        QCOMPARE(readPlanFile(path.toStdString(), *guitest::formulary()).label,
                 std::optional<std::string>("Anne T."));
        doc->undoStack()->undo(); // the label edit is one undo step
        QCOMPARE(doc->planRecord().label, std::nullopt);
        QCOMPARE(window.patientEdit()->text(), QString());
    }

    /// Item 6: "Save as" without .json adds it.
    void aPlanFileNameGetsItsJsonSuffix()
    {
        QCOMPARE(MainWindow::withJsonSuffix(QStringLiteral("/tmp/anne")), QStringLiteral("/tmp/anne.json"));
        QCOMPARE(MainWindow::withJsonSuffix(QStringLiteral("/tmp/anne.JSON")),
                 QStringLiteral("/tmp/anne.JSON"));
        QCOMPARE(MainWindow::withJsonSuffix(QStringLiteral("/tmp/anne.plan")),
                 QStringLiteral("/tmp/anne.plan.json"));
    }

    /// The first save of a new document is named after the patient, with what file systems refuse
    /// replaced; without a label there is no suggestion.
    void aNewPlanIsNamedAfterThePatient()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        PlanDocument *doc = window.document();
        QCOMPARE(window.suggestedFileName(), QString());
        startAnne(*doc);
        QVERIFY(doc->setLabel(QStringLiteral("Anne/Hansen: \"A*\"")).isEmpty());
        const QString name = QFileInfo(window.suggestedFileName()).fileName();
        QCOMPARE(name, QStringLiteral("Anne Hansen A.plan.json"));
        QVERIFY(doc->setLabel(QStringLiteral("..")).isEmpty());
        QCOMPARE(window.suggestedFileName(), QString());
    }

    /// Hjælp → Om names the build and the formulary data, as --version does (issue 22 item 6).
    void aboutNamesTheBuildAndTheFormularyData()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        QString text;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &poll, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = box->text();
                box->accept();
            }
        });
        poll.start(10);
        window.aboutAction()->trigger();
        QVERIFY2(text.contains(QString::fromLatin1(buildinfo::commit())), qPrintable(text));
        QVERIFY(!guitest::formulary()->dataVersion().empty());
        // data_version is a date: shown as the UI shows dates (never ISO in Danish prose).
        const auto dataDate = parseIsoDate(guitest::formulary()->dataVersion());
        QVERIFY(dataDate);
        QVERIFY2(text.contains(LineText::date(*dataDate)), qPrintable(text));
        QVERIFY2(!text.contains(QString::fromStdString(guitest::formulary()->dataVersion())),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("GNU General Public License")), qPrintable(text));
    }

    /// Item 8: profiles are listed by name in the UI language and belong to the document.
    void profilesByNameBelongToTheDocument()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        QComboBox *box = window.profileBox();
        QCOMPARE(box->itemText(box->findData(QStringLiteral("dk"))), QStringLiteral("Danmark (standard)"));
        QVERIFY(window.loadFile(guitest::sourcePath("examples/anne.json")));
        box->setFocus();
        box->setCurrentIndex(box->findData(QStringLiteral("cdc-2022")));
        emit box->activated(box->currentIndex());
        QCOMPARE(window.document()->profileId(), QStringLiteral("cdc-2022"));
        window.document()->undoStack()->setClean();
        QVERIFY(window.loadFile(guitest::sourcePath("examples/methadone-60.json")));
        QCOMPARE(window.document()->profileId(), QStringLiteral("dk")); // not carried over
        QCOMPARE(box->currentData().toString(), QStringLiteral("dk"));
        m_language->setLanguage(QStringLiteral("en"), false);
        QCoreApplication::processEvents(); // the LanguageChange event
        QCOMPARE(box->itemText(box->findData(QStringLiteral("dk"))), QStringLiteral("Denmark (default)"));
    }

    /// Item 10: the findings tab counts, critical findings stand in a banner, the total is coloured.
    void whatMattersStandsOut()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        window.show();
        QVERIFY(window.loadFile(guitest::sourcePath("examples/fentanyl-diazepam.json")));
        const int count = int(window.document()->findings().size());
        QTabWidget *tabs = window.tabs();
        QCOMPARE(tabs->tabText(tabs->indexOf(window.findingsPanel())),
                 QStringLiteral("Fund (%1)").arg(count));
        QVERIFY(window.findingsBanner()->isVisible());
        QCOMPARE(window.findingsBanner()->count(), 2);
        emit window.findingsBanner()->linkActivated(QStringLiteral("findings"));
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(window.findingsPanel()));

        QVERIFY(window.loadFile(guitest::sourcePath("examples/anne.json")));
        QVERIFY(window.findingsBanner()->isHidden() || window.findingsBanner()->count() > 0);
        const double total = window.document()->meq().total().value();
        const int expected = total > 100 ? 2 : total > 60 ? 1 : 0;
        QCOMPARE(
            window.meqPanel()->findChild<QLabel *>(QStringLiteral("total"))->property("threshold").toInt(),
            expected);
    }

    /// Item 10: the chart has the thresholds, today and the step in effect; an empty chart shows the
    /// coming weeks, not 1970.
    void theChartShowsThresholdsAndToday()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        PlanChart chart(&doc);
        QVERIFY(chart.xAxis()->min().date().year() >= 2026);
        startAnne(doc);
        QCOMPARE(chart.highLine()->count(), 2);
        QCOMPARE(chart.highLine()->at(0).y(), doc.profile().highMeq.valueMg);
        QCOMPARE(chart.veryHighLine()->at(0).y(), doc.profile().veryHighMeq.valueMg);
        QCOMPARE(chart.todayLine()->count(), 2);
        QCOMPARE(chart.currentMarker()->count(), 1);
        const int step = doc.stepInEffect(guitest::today());
        QCOMPARE(chart.currentMarker()->at(0).y(),
                 doc.schedule()->steps.at(std::size_t(step)).totalMeq.value());
    }

    /// Item 11: a toolbar with icons for the frequent actions; F1 opens the user guide; Ctrl+G the group.
    void toolbarF1AndTheGroupWindow()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.toolBar()->isVisible());
        int withIcons = 0;
        for (QAction *action : window.toolBar()->actions())
            if (!action->isSeparator()) {
                QVERIFY2(!action->icon().pixmap(24).isNull(), qPrintable(action->text()));
                ++withIcons;
            }
        QVERIFY(withIcons >= 10);
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(window.findChild<HelpWindow *>() && window.findChild<HelpWindow *>()->isVisible());
        QVERIFY(window.findChild<HelpWindow *>()->browser()->toPlainText().contains(
            QStringLiteral("nedtrapning")));
        QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
        GroupWindow *group = window.findChild<GroupWindow *>();
        QVERIFY(group && group->isVisible());
        QTemporaryDir dir;
        PlanDocument doc(guitest::formulary(), guitest::today());
        startAnne(doc);
        QVERIFY(doc.setLabel(QStringLiteral("Anne G.")).isEmpty());
        QString error;
        QVERIFY2(doc.save(dir.filePath(QStringLiteral("anne.json")), &error), qPrintable(error));
        group->setFolder(dir.path());
        emit group->openPlanRequested(dir.filePath(QStringLiteral("anne.json")));
        QCOMPARE(window.document()->planRecord().label, std::optional<std::string>("Anne G."));
    }

    /// Item 9: the window never opens larger than the screen, and the patient, date and profile fields
    /// are all inside it.
    void theWindowFitsTheScreen()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize screen = window.screen()->availableGeometry().size();
        QVERIFY2(window.width() <= screen.width() && window.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4, minimum %5x%6")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(screen.width())
                                .arg(screen.height())
                                .arg(window.minimumSizeHint().width())
                                .arg(window.minimumSizeHint().height())));
        // The offscreen screen at 200 % is 400 pixels wide, narrower than any clinic's (683 at least):
        // there a field group may sit in the toolbar's » menu.
        if (screen.width() < 1366 / 2) return;
        for (QWidget *field :
             {static_cast<QWidget *>(window.patientEdit()), static_cast<QWidget *>(window.profileBox())}) {
            const QRect inWindow(field->mapTo(&window, QPoint(0, 0)), field->size());
            QVERIFY2(window.rect().contains(inWindow), qPrintable(field->accessibleName()));
        }
    }

    /// Item 9: the smallest screen clinics have, 1366 × 768 at 200 % (683 × 384 logical pixels), holds
    /// the whole window with a plan under way: the panels scroll inside it rather than push it past the
    /// screen, and the patient, date and profile fields stay in the window.
    void theWindowFitsASmallScreenAt200Percent()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        startAnne(*window.document());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize smallest(1366 / 2, 768 / 2 - 24); // less a panel or title bar
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(minimum.width() <= smallest.width() && minimum.height() <= smallest.height(),
                 qPrintable(QStringLiteral("minimum %1x%2").arg(minimum.width()).arg(minimum.height())));
        window.resize(smallest);
        QTRY_COMPARE(window.size(), smallest);
        for (QWidget *field :
             {static_cast<QWidget *>(window.patientEdit()), static_cast<QWidget *>(window.profileBox())}) {
            QVERIFY2(field->isVisible(), qPrintable(field->accessibleName()));
            const QRect inWindow(field->mapTo(&window, QPoint(0, 0)), field->size());
            QVERIFY2(window.rect().contains(inWindow), qPrintable(field->accessibleName()));
        }
    }

    /// Item 12: Qt's own buttons and dialogs are Danish; the unsaved-changes prompt lists the changes.
    void qtsOwnTextsAreDanishAndUnsavedChangesAreNamed()
    {
        QVERIFY(m_language->hasQtTranslation());
        QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Discard |
                                 QDialogButtonBox::Close);
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Luk"));
        QCOMPARE(buttons.button(QDialogButtonBox::Save)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Gem"));

        PlanDocument doc(guitest::formulary(), guitest::today());
        startAnne(doc);
        QVERIFY(doc.setLabel(QStringLiteral("Anne")).isEmpty());
        const QStringList changes = doc.unsavedChanges();
        QVERIFY2(changes.size() == 2, qPrintable(changes.join(QLatin1Char('|'))));
        QVERIFY2(changes.last().contains(QStringLiteral("patient")), qPrintable(changes.last()));
        doc.undoStack()->setClean();
        doc.undoStack()->undo();
        QVERIFY2(doc.unsavedChanges().first().startsWith(QStringLiteral("Fortrudt")),
                 qPrintable(doc.unsavedChanges().first()));
    }
};

QTEST_MAIN(TestClinicDay)
#include "test_clinicday.moc"
