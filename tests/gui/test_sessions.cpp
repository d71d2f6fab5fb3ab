// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions in the GUI: recording through taper::recordSession with undo, refusals with the core's
// reason, the frozen regimen, the history model, frozen steps and schedule-history versions in the
// schedule model, sessions kept through a plan file, and the session dialog driven in the main window.
#include "gui_test_support.h"

#include "languagemanager.h"
#include "lineeditor.h"
#include "mainwindow.h"
#include "planchart.h"
#include "plandocument.h"
#include "planpanel.h"
#include "schedulemodel.h"
#include "sessiondialog.h"
#include "sessionmodel.h"
#include "sessionpanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QPushButton>
#include <QScatterSeries>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace taper;
using namespace taper::gui;

namespace {

/// Anne's plan started 20 days before "today": step 0 has passed, step 1 is current.

/// A plan from a regimen file of the source tree, started 20 days ago (the second step is current).
void startPlanFrom(PlanDocument &doc, const char *regimen)
{
    doc.openRegimen(guitest::sourcePath(regimen));
    TaperOptions o;
    o.start = guitest::today() - date::days{20};
    QCOMPARE(doc.setTaperOptions(o), QString());
}

/// The first row of the actual-intake table with an editor in `column`, or -1.
int rowWith(const QTableWidget *table, int column)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->cellWidget(row, column)) return row;
    return -1;
}

void makeStartedPlan(PlanDocument &doc)
{
    startPlanFrom(doc, "examples/anne.json");
}

/// Unticks "as planned" and returns the first actual-intake editor in `column`, or nullptr.
template <class Box> Box *actualEditor(SessionDialog &dialog, int column)
{
    dialog.asPlannedBox()->setChecked(false);
    const int row = rowWith(dialog.actualTable(), column);
    return row < 0 ? nullptr : qobject_cast<Box *>(dialog.actualTable()->cellWidget(row, column));
}

SessionInput sessionToday(SessionDecision decision)
{
    SessionInput in;
    in.date = guitest::today();
    in.decision = decision;
    in.by = "sygeplejerske";
    in.withdrawal = 1;
    in.pain = 5;
    return in;
}

} // namespace

class TestSessions : public QObject {
    Q_OBJECT
    LanguageManager *m_language = nullptr;

private slots:
    void initTestCase() { m_language = &guitest::setUpApplication(); }

    void recordContinueUndoRedo()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        SessionModel sessions(&doc);
        QAbstractItemModelTester tester(&sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        makeStartedPlan(doc);
        QVERIFY(!doc.isFrozen());
        QCOMPARE(doc.recordSession(sessionToday(SessionDecision::Continue)), QString());
        QVERIFY(doc.isFrozen());
        QCOMPARE(doc.planRecord().sessions.size(), std::size_t{1});
        QCOMPARE(doc.planRecord().revision, 2);
        QCOMPARE(sessions.rowCount(), 1);
        QCOMPARE(sessions.index(0, SessionModel::Step).data().toInt(), 1);
        QCOMPARE(sessions.index(0, SessionModel::Pain).data().toString(), QStringLiteral("5"));
        QCOMPARE(sessions.index(0, SessionModel::Decision).data().toString(), QStringLiteral("Fortsæt"));
        // a frozen plan refuses regimen and option edits
        QVERIFY(!doc.addLine(LineEditor::forProduct(*doc.formulary().product("oxynorm-5"))).isEmpty());
        QVERIFY(!doc.setTaperOptions(doc.taperOptions().value()).isEmpty());
        doc.undoStack()->undo();
        QVERIFY(!doc.isFrozen());
        QCOMPARE(sessions.rowCount(), 0);
        doc.undoStack()->redo();
        QCOMPARE(sessions.rowCount(), 1);
    }

    void refusalsCarryTheCoresReason()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        QVERIFY(!doc.recordSession(sessionToday(SessionDecision::Continue)).isEmpty()); // no plan yet
        makeStartedPlan(doc);
        const QString error = doc.recordSession(sessionToday(SessionDecision::StepBack)); // needs a reason
        QVERIFY2(error.startsWith(QStringLiteral("begrundelse: mangler; et trin tilbage sætter dosis op")),
                 qPrintable(error));
        SessionInput future = sessionToday(SessionDecision::Continue);
        future.date = guitest::today() + date::days{1};
        QVERIFY2(doc.recordSession(future).startsWith(QStringLiteral("dato: ")),
                 qPrintable(doc.recordSession(future)));
        QVERIFY(doc.planRecord().sessions.empty());
    }

    void holdFreezesPassedStepsAndKeepsTheOldVersion()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        ScheduleModel schedule(&doc);
        QAbstractItemModelTester tester(&schedule, QAbstractItemModelTester::FailureReportingMode::QtTest);
        makeStartedPlan(doc);
        const Date oldStep2 = doc.schedule()->steps.at(2).start;
        SessionInput hold = sessionToday(SessionDecision::Hold);
        hold.holdDays = 7;
        QCOMPARE(doc.recordSession(hold), QString());
        QCOMPARE(doc.planRecord().scheduleHistory.size(), std::size_t{1});
        // align_to_sessions: a hold lasts whole 14-day intervals, so the change stays on a group day.
        QCOMPARE(doc.schedule()->steps.at(2).start, oldStep2 + date::days{14});
        QVERIFY(schedule.index(0, 0).data(ScheduleModel::FrozenRole).toBool());
        QVERIFY(schedule.index(1, 0).data(ScheduleModel::FrozenRole).toBool());
        QVERIFY(!schedule.index(2, 0).data(ScheduleModel::FrozenRole).toBool());
        schedule.setVersion(0);
        QCOMPARE(schedule.rowCount(), int(doc.planRecord().scheduleHistory[0].steps.size()));
        QVERIFY(!schedule.index(1, 0).data(ScheduleModel::FrozenRole).toBool());
        schedule.setVersion(-1);
        QCOMPARE(schedule.rowCount(), int(doc.schedule()->steps.size()));
    }

    void slowOnStepOneWithALongerIntervalReplansTheRest()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        makeStartedPlan(doc);
        const std::vector<Step> before = doc.schedule()->steps;
        SessionInput slow = sessionToday(SessionDecision::Slow);
        slow.intervalDays = 28;
        QCOMPARE(doc.recordSession(slow), QString());
        QCOMPARE(doc.planRecord().sessions.back().step, 1);
        QCOMPARE(doc.planRecord().scheduleHistory.size(), std::size_t{1});
        QCOMPARE(doc.planRecord().scheduleHistory[0].reason, std::string("slow"));
        const std::vector<Step> &after = doc.schedule()->steps;
        QCOMPARE(after.at(2).start, before.at(2).start); // the next change stays on its date
        // Every later change falls on the new 28-day rhythm (a step after a large cut is held longer).
        QCOMPARE((after.at(3).start - after.at(2).start).count() % 28, 0);
        QVERIFY(after.at(3).start > after.at(2).start);
        QCOMPARE(doc.taperOptions()->intervalDays, 28);
    }

    /// Anne's cuts are already the smallest dispensable ones (30 mg MEQ), so halving the step percent
    /// cannot make them smaller. The core accepts such a "slow" with unchanged steps and no
    /// schedule_history entry (reported to the core's owner); the dialog must not leave the nurse
    /// believing the plan was slowed.
    void slowThatChangesNothingIsExplained()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        makeStartedPlan(doc);
        const json::Json before = toJson(*doc.schedule())["steps"];
        SessionDialog dialog(&doc);
        dialog.setDecision(SessionDecision::Slow);
        dialog.accept();
        if (dialog.result() == QDialog::Accepted) {
            if (toJson(*doc.schedule())["steps"] == before) {
                QVERIFY(doc.planRecord().scheduleHistory.empty());
                QVERIFY(dialog.notice().contains(QStringLiteral("samme trin")));
            } else {
                QCOMPARE(doc.planRecord().scheduleHistory.size(), std::size_t{1});
                QVERIFY(dialog.notice().isEmpty());
            }
        } else {
            QVERIFY(!dialog.errorText().isEmpty()); // refused by the core as "not slower": fine too
        }
    }

    void actualIntakeIsRecorded()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        makeStartedPlan(doc);
        SessionDialog dialog(&doc);
        QTableWidget *table = dialog.actualTable();
        QVERIFY(!table->isEnabled()); // "as planned" by default
        dialog.asPlannedBox()->setChecked(false);
        QVERIFY(table->isEnabled());
        QCOMPARE(table->rowCount(),
                 int(stepRegimen(doc.schedule()->steps.at(1), guitest::today()).lines.size()));
        int prnRow = -1, scheduledRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->cellWidget(row, SessionDialog::PrnUsedColumn)) prnRow = row;
            if (table->cellWidget(row, SessionDialog::MorningColumn)) scheduledRow = row;
        }
        QVERIFY(prnRow >= 0 && scheduledRow >= 0);
        qobject_cast<QDoubleSpinBox *>(table->cellWidget(prnRow, SessionDialog::PrnUsedColumn))
            ->setValue(1); // one PRN dose a day
        QVERIFY(dialog.input().actual.has_value());
        dialog.setDecision(SessionDecision::Continue); // no decision is preselected
        dialog.accept();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        const Session &s = doc.planRecord().sessions.back();
        QVERIFY(s.actual.has_value());
        QVERIFY(s.actualMeq.value() < s.plannedMeq.value());
        QVERIFY(!s.tookMoreThanPlanned());

        PlanDocument more(guitest::formulary(), guitest::today());
        makeStartedPlan(more);
        SessionDialog second(&more);
        second.asPlannedBox()->setChecked(false);
        auto *morning = qobject_cast<QDoubleSpinBox *>(
            second.actualTable()->cellWidget(scheduledRow, SessionDialog::MorningColumn));
        morning->setValue(morning->value() * 2);
        second.setDecision(SessionDecision::Continue); // no decision is preselected
        second.accept();
        QVERIFY2(second.errorText().isEmpty(), qPrintable(second.errorText()));
        QVERIFY(more.planRecord().sessions.back().tookMoreThanPlanned());
    }

    void actualIntakeOfPatchesTimesADayAndStoppedLines()
    {
        // A patch: the nurse records the patient took it off (0 patches worn); the line is left out.
        PlanDocument patch(guitest::formulary(), guitest::today());
        startPlanFrom(patch, "tests/data/taper/fentanyl-25-oral.json");
        SessionDialog dialog(&patch);
        auto *worn = actualEditor<QSpinBox>(dialog, SessionDialog::PatchesColumn);
        QVERIFY(worn && worn->value() >= 1);
        worn->setValue(0);
        const SessionInput in = dialog.input();
        QCOMPARE(in.actual->lines.size(), std::size_t(dialog.actualTable()->rowCount() - 1));
        for (const RegimenLine &line : in.actual->lines)
            QVERIFY(!line.isPatch());
        dialog.setDecision(SessionDecision::Continue); // no decision is preselected
        dialog.accept();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(patch.planRecord().sessions.back().actualMeq.value() <
                patch.planRecord().sessions.back().plannedMeq.value());

        // Ketobemidone 5 mg six times a day (no time-of-day slots): the patient took it eight times.
        PlanDocument times(guitest::formulary(), guitest::today());
        startPlanFrom(times, "tests/data/taper/ketogan-5x6.json");
        SessionDialog more(&times);
        auto *perDay = actualEditor<QSpinBox>(more, SessionDialog::TimesColumn);
        QVERIFY(perDay);
        perDay->setValue(perDay->value() + 2);
        more.setDecision(SessionDecision::Continue); // no decision is preselected
        more.accept();
        QVERIFY2(more.errorText().isEmpty(), qPrintable(more.errorText()));
        QVERIFY(times.planRecord().sessions.back().tookMoreThanPlanned());

        // A scheduled line set to 0 at every time of day is left out (the plan file could not hold an
        // all-zero schedule), and the session still saves and opens again.
        QTemporaryDir dir;
        PlanDocument anne(guitest::formulary(), guitest::today());
        makeStartedPlan(anne);
        SessionDialog stop(&anne);
        stop.asPlannedBox()->setChecked(false);
        const int row = rowWith(stop.actualTable(), SessionDialog::MorningColumn);
        for (int slot = 0; slot < 4; ++slot)
            qobject_cast<QDoubleSpinBox *>(
                stop.actualTable()->cellWidget(row, SessionDialog::MorningColumn + slot))
                ->setValue(0);
        stop.setDecision(SessionDecision::Continue); // no decision is preselected
        stop.accept();
        QVERIFY2(stop.errorText().isEmpty(), qPrintable(stop.errorText()));
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QString error;
        QVERIFY2(anne.savePlan(path, &error), qPrintable(error));
        const Plan reread = readPlanFile(path.toStdString(), *guitest::formulary());
        QCOMPARE(reread.sessions.back().actual->lines.size(),
                 std::size_t(stop.actualTable()->rowCount() - 1));
    }

    void sessionsSurviveThePlanFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("anne.plan.json"));
        PlanDocument doc(guitest::formulary(), guitest::today());
        makeStartedPlan(doc);
        QCOMPARE(doc.recordSession(sessionToday(SessionDecision::Continue)), QString());
        QString error;
        QVERIFY2(doc.save(path, &error), qPrintable(error));
        PlanDocument again(guitest::formulary(), guitest::today());
        again.openAny(path);
        QCOMPARE(again.planRecord().sessions.size(), std::size_t{1});
        QVERIFY(again.isFrozen());
        QCOMPARE(json::Json(toJson(again.toPlan())), json::Json(toJson(doc.toPlan())));
    }

    /// Issue 20 item 1: Enter confirms a cell of the actual-intake table, never the session; the decision
    /// has no default, so "Record" without one is refused; a click on Record with a decision records.
    void enterInTheIntakeTableNeverRecords()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        makeStartedPlan(doc);
        SessionDialog dialog(&doc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.asPlannedBox()->setChecked(false);
        auto *table = dialog.actualTable();
        QWidget *cell = nullptr;
        for (int row = 0; row < table->rowCount() && !cell; ++row)
            for (int column = 1; column < table->columnCount() && !cell; ++column)
                cell = table->cellWidget(row, column);
        QVERIFY(cell);
        cell->setFocus();
        QTest::keyClick(cell, Qt::Key_Return);
        QTest::keyClick(cell, Qt::Key_Enter);
        QVERIFY(dialog.isVisible());
        QVERIFY(doc.planRecord().sessions.empty());
        auto *record = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(doc.planRecord().sessions.empty());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("beslutning")), qPrintable(dialog.errorText()));
        dialog.setDecision(SessionDecision::Continue);
        QTest::mouseClick(record, Qt::LeftButton);
        QCOMPARE(doc.planRecord().sessions.size(), std::size_t{1});
    }

    /// Issue 20 item 3: the dialog opens wide enough for every column of the intake table and reopens at
    /// the size the nurse gave it.
    void sessionDialogShowsItsWholeTableAndRemembersItsSize()
    {
        QSettings().remove(QStringLiteral("sessionDialog/size"));
        PlanDocument doc(guitest::formulary(), guitest::today());
        makeStartedPlan(doc);
        {
            SessionDialog dialog(&doc);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTableWidget *table = dialog.actualTable();
            const bool screenFull = dialog.width() >= dialog.screen()->availableGeometry().width();
            QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width() || screenFull,
                     qPrintable(QStringLiteral("%1 > %2")
                                    .arg(table->horizontalHeader()->length())
                                    .arg(table->viewport()->width())));
            dialog.resize(dialog.width() - 20, dialog.height() - 20); // within any screen
            const QSize chosen = dialog.size();
            dialog.reject();
            SessionDialog again(&doc);
            QCOMPARE(again.size(), chosen.boundedTo(again.screen()->availableGeometry().size()));
        }
        QSettings().remove(QStringLiteral("sessionDialog/size"));
    }

    /// Issue 20 item 2: more PN doses than the line allows is what the nurse must record: accepted and
    /// flagged "took more than planned".
    void moreAsNeededThanAllowedIsRecordedAndFlagged()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        startPlanFrom(doc, "tests/data/taper/fentanyl-50-oxynorm.json"); // PN beside a patch stays PN
        SessionDialog dialog(&doc);
        dialog.asPlannedBox()->setChecked(false);
        auto *table = dialog.actualTable();
        int prnRow = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->cellWidget(row, SessionDialog::PrnUsedColumn)) prnRow = row;
        QVERIFY(prnRow >= 0);
        auto *used = qobject_cast<QDoubleSpinBox *>(table->cellWidget(prnRow, SessionDialog::PrnUsedColumn));
        used->setValue(used->value() + 3);
        dialog.setDecision(SessionDecision::Continue);
        dialog.accept();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(doc.planRecord().sessions.size(), std::size_t{1});
        QVERIFY(doc.planRecord().sessions.back().tookMoreThanPlanned());
    }

    void sessionDialogInTheMainWindow()
    {
        m_language->setLanguage(QStringLiteral("da"), false);
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        QVERIFY(window.loadFile(guitest::sourcePath("examples/anne.json")));
        TaperOptions o;
        o.start = guitest::today() - date::days{20};
        QCOMPARE(window.document()->setTaperOptions(o), QString());
        SessionDialog dialog(window.document(), &window);
        dialog.setDecision(SessionDecision::StepBack);
        dialog.setRatings(3, 8);
        dialog.accept(); // no reason: refused with the core's field
        QVERIFY2(dialog.errorText().contains(QStringLiteral("begrundelse")), qPrintable(dialog.errorText()));
        dialog.setDecision(SessionDecision::Hold);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(window.sessionPanel()->model()->rowCount(), 1);
        QVERIFY(window.sessionPanel()->statusText().contains(QStringLiteral("abstinens")));
        QCOMPARE(window.planPanel()->chart()->sessions()->count(), 1);
        QCOMPARE(window.document()->planRecord().scheduleHistory.size(), std::size_t{1});
        QCOMPARE(window.planPanel()->versionBox()->count(), 2);
    }
};

QTEST_MAIN(TestSessions)
#include "test_sessions.moc"
