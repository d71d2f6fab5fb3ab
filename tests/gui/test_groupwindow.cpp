// SPDX-License-Identifier: GPL-3.0-or-later
// The "Tapering group" window (issue 20 item 5): a folder of plan files as one row per patient with
// the current step, next reduction, last session and attention flags as of the meeting date; an
// unreadable file is a row with its reason, a regimen file is counted; double-click and Enter on a
// plan ask for it to be opened.
#include "gui_test_support.h"

#include "groupmodel.h"
#include "groupwindow.h"
#include "languagemanager.h"
#include "linetext.h"
#include "plandocument.h"
#include "plantext.h"

#include "taper/plan_group.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace taper;
using namespace taper::gui;

namespace {

/// The plan of examples/anne.json started 20 days before "today" (its second step is current), with
/// `label` and one session today.
Plan startedPlan(std::optional<std::string> label, const SessionInput &session)
{
    PlanDocument doc(guitest::formulary(), guitest::today());
    doc.openRegimen(guitest::sourcePath("examples/anne.json"));
    TaperOptions o;
    o.start = guitest::today() - date::days{20};
    doc.setTaperOptions(o);
    Plan plan = doc.toPlan();
    plan.label = std::move(label);
    return recordSession(plan, session, guitest::today(), *guitest::formulary());
}

SessionInput sessionToday(SessionDecision decision, std::optional<int> withdrawal)
{
    SessionInput in;
    in.date = guitest::today();
    in.decision = decision;
    in.withdrawal = withdrawal;
    return in;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QString cell(const GroupWindow &w, int row, int column)
{
    return w.model()->index(row, column).data().toString();
}

} // namespace

class TestGroupWindow : public QObject {
    Q_OBJECT
    LanguageManager *m_language = nullptr;
    QTemporaryDir m_folder;
    Plan m_anne, m_bent;

    QString path(const char *name) const { return m_folder.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        m_language = &guitest::setUpApplication();
        QVERIFY(m_folder.isValid());
        // Anne (labelled, moderate withdrawal today), Bent (no label: shown by file name, stopped the
        // taper today), a regimen (no plan: counted) and a damaged plan (a row with the reason).
        m_anne = startedPlan("Anne Andersen", sessionToday(SessionDecision::Continue, 2));
        m_bent = startedPlan(std::nullopt, sessionToday(SessionDecision::StopTaper, std::nullopt));
        writePlanFile(path("anne.json").toStdString(), m_anne, *guitest::formulary());
        writePlanFile(path("bent.json").toStdString(), m_bent, *guitest::formulary());
        QVERIFY(QFile::copy(guitest::sourcePath("examples/anne.json"), path("regimen.json")));
        writeText(path("damaged.json"),
                  R"({"schema_version": 1, "label": "Secret", "revision": 1, "steps": [)");
    }

    void listsEveryPlanAndEveryFileItCannotRead()
    {
        GroupWindow w(guitest::formulary(), guitest::today());
        QAbstractItemModelTester tester(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(w.model()->rowCount(), 0);
        w.setFolder(m_folder.path());
        QCOMPARE(w.model()->rowCount(), 3); // anne, bent, damaged (sorted); the regimen is counted
        QCOMPARE(w.model()->columnCount(), int(GroupModel::ColumnCount));
        QCOMPARE(w.model()->planCount(), 2);
        QCOMPARE(w.model()->unreadableCount(), 1);
        QCOMPARE(w.model()->skippedCount(), 1);
        QVERIFY2(w.statusText().startsWith(GroupWindow::tr("%n plan(s)", nullptr, 2)),
                 qPrintable(w.statusText()));
        QVERIFY(w.statusText().contains(GroupWindow::tr("%n file(s) skipped: not a plan", nullptr, 1)));
        QVERIFY(w.statusText().contains(
            GroupWindow::tr("%n file(s) could not be read (the reason is on the row)", nullptr, 1)));
        QCOMPARE(w.noteText(), QString());

        const Date today = guitest::today();
        const std::vector<Step> &steps = m_anne.schedule.steps;
        const auto now = static_cast<std::size_t>(currentStep(steps, today));
        QCOMPARE(cell(w, 0, GroupModel::Patient), QStringLiteral("Anne Andersen"));
        const QString whose = w.model()->index(0, GroupModel::Patient).data(Qt::ToolTipRole).toString();
        QVERIFY(whose.contains(QStringLiteral("Anne Andersen")) &&
                whose.contains(QStringLiteral("anne.json")));
        const QString step = cell(w, 0, GroupModel::CurrentStep);
        QVERIFY2(step.startsWith(QString::number(now)) &&
                     step.contains(LineText::number(steps[now].totalMeq.value())),
                 qPrintable(step));
        const std::size_t next = nextReduction(m_anne, today).value();
        const QString nextText = cell(w, 0, GroupModel::NextReduction);
        QVERIFY2(nextText.contains(LineText::date(steps[next].start)) &&
                     nextText.contains(LineText::number(steps[next].totalMeq.value())),
                 qPrintable(nextText));
        const QString last = cell(w, 0, GroupModel::LastSession);
        QVERIFY2(last.contains(LineText::date(today)) &&
                     last.contains(PlanText::decision(SessionDecision::Continue)),
                 qPrintable(last));
        QCOMPARE(cell(w, 0, GroupModel::NeedsAttention), PlanText::attention(Attention::Withdrawal));
        QVERIFY(w.model()->index(0, GroupModel::NeedsAttention).data(Qt::ForegroundRole).isValid());

        QCOMPARE(cell(w, 1, GroupModel::Patient), QStringLiteral("bent.json")); // no label: the file
        QCOMPARE(cell(w, 1, GroupModel::NextReduction), GroupModel::tr("(maintenance)"));
        QVERIFY(cell(w, 1, GroupModel::LastSession).contains(PlanText::decision(SessionDecision::StopTaper)));
        QCOMPARE(cell(w, 1, GroupModel::NeedsAttention), QStringLiteral("–"));
        QCOMPARE(w.model()->planPath(1), path("bent.json"));

        // The damaged plan: its file name, the reader's reason in the UI language, marked, never opened.
        const GroupFile damaged = readGroupFile(path("damaged.json").toStdString(), *guitest::formulary());
        QVERIFY(damaged.error);
        const QString reason = LineText::inputError(*damaged.error, guitest::formulary().get(), false);
        const QModelIndex patient = w.model()->index(2, GroupModel::Patient);
        QCOMPARE(patient.data().toString(), QStringLiteral("damaged.json"));
        QVERIFY(!patient.data(Qt::DecorationRole).isNull());
        QVERIFY(patient.data(Qt::ForegroundRole).isValid());
        QVERIFY(!patient.data(GroupModel::ReadableRole).toBool());
        QVERIFY2(cell(w, 2, GroupModel::NeedsAttention).contains(reason), qPrintable(reason));
        QVERIFY(patient.data(Qt::ToolTipRole).toString().contains(reason));
        QVERIFY(!cell(w, 2, GroupModel::Patient).contains(QStringLiteral("Secret")));
        QCOMPARE(w.model()->planPath(2), QString());
    }

    void theMeetingDateMovesTheCurrentStep()
    {
        GroupWindow w(guitest::formulary(), guitest::today());
        w.setFolder(m_folder.path());
        QCOMPARE(w.dateEdit()->date(), LineText::toQDate(guitest::today()));
        const Date later = guitest::today() + date::days{60};
        w.dateEdit()->setDate(LineText::toQDate(later));
        const auto now = static_cast<std::size_t>(currentStep(m_anne.schedule.steps, later));
        QVERIFY(cell(w, 0, GroupModel::CurrentStep).startsWith(QString::number(now)));
    }

    void doubleClickAndEnterAskToOpenThePlan()
    {
        GroupWindow w(guitest::formulary(), guitest::today());
        w.setFolder(m_folder.path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy open(&w, &GroupWindow::openPlanRequested);
        QTableView *view = w.view();

        const QPoint anne = view->visualRect(w.model()->index(0, GroupModel::Patient)).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, anne); // a double-click's first click
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, anne);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.takeFirst().at(0).toString(), path("anne.json"));

        view->setFocus();
        view->setCurrentIndex(w.model()->index(1, GroupModel::CurrentStep));
        QTest::keyClick(view, Qt::Key_Return);
        QTest::keyClick(view, Qt::Key_Enter);
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.at(0).at(0).toString(), path("bent.json"));
        QCOMPARE(open.at(1).at(0).toString(), path("bent.json"));
        open.clear();

        const QPoint damaged = view->visualRect(w.model()->index(2, GroupModel::Patient)).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, damaged);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, damaged);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.count(), 0); // an unreadable file is not opened
        QVERIFY(w.isVisible());    // and Enter closes nothing
    }

    void moreThanFivePlansIsNoted()
    {
        QTemporaryDir big;
        for (int i = 1; i <= 6; ++i)
            writePlanFile(big.filePath(QStringLiteral("p%1.json").arg(i)).toStdString(), m_anne,
                          *guitest::formulary());
        GroupWindow w(guitest::formulary(), guitest::today());
        w.setFolder(big.path());
        QCOMPARE(w.model()->planCount(), 6);
        QVERIFY(w.noteText().contains(QStringLiteral("5")));
        QVERIFY(w.noteText().contains(QStringLiteral("6")));
    }

    void aFolderThatCannotBeReadIsSaid()
    {
        GroupWindow w(guitest::formulary(), guitest::today());
        w.setFolder(path("anne.json")); // a file, not a folder
        QCOMPARE(w.model()->rowCount(), 0);
        const InputError notFolder(path("anne.json").toStdString(), "", {ProblemCode::not_a_folder_of_plans});
        QVERIFY2(w.statusText().contains(LineText::inputError(notFolder, guitest::formulary().get(), false)),
                 qPrintable(w.statusText()));
        w.setFolder(m_folder.path()); // a folder again: the error is gone
        QCOMPARE(w.model()->rowCount(), 3);
        QVERIFY(!w.statusText().contains(LineText::inputError(notFolder, guitest::formulary().get(), false)));
        w.setFolder(QString());
        QCOMPARE(w.model()->rowCount(), 0);
        QCOMPARE(w.statusText(), GroupWindow::tr("Choose the folder that holds the group's plan files."));
    }

    void followsTheLanguage()
    {
        GroupWindow w(guitest::formulary(), guitest::today());
        w.setFolder(m_folder.path());
        m_language->setLanguage(QStringLiteral("en"), false);
        QCoreApplication::processEvents(); // the posted LanguageChange
        QCOMPARE(w.windowTitle(), QStringLiteral("Tapering group"));
        QCOMPARE(w.model()->headerData(GroupModel::NeedsAttention, Qt::Horizontal).toString(),
                 QStringLiteral("Needs attention"));
        QCOMPARE(cell(w, 0, GroupModel::NeedsAttention), PlanText::attention(Attention::Withdrawal));
        QVERIFY2(w.statusText().startsWith(GroupWindow::tr("%n plan(s)", nullptr, 2)),
                 qPrintable(w.statusText()));
        QCOMPARE(w.dateEdit()->date(), LineText::toQDate(guitest::today()));
        m_language->setLanguage(QStringLiteral("da"), false);
        QCOMPARE(cell(w, 0, GroupModel::NeedsAttention), PlanText::attention(Attention::Withdrawal));
    }
};

QTEST_MAIN(TestGroupWindow)
#include "test_groupwindow.moc"
