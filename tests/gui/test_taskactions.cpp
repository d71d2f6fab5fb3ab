// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20, measures: the users' tasks driven through the main window with keys and clicks, counting
// every action a person makes (a key chord, a click, or one value typed into a field). Targets: the GP's
// plan and handout ≤ 20, the nurse's "slow down" session ≤ 10 actions, the pharmacist's review PDF ≤ 8.
// The counts are printed so
// the closing note can report them; a workflow that grows past its target fails here.
#include "gui_test_support.h"

#include "lineeditor.h"
#include "mainwindow.h"
#include "plandocument.h"
#include "recentfiles.h"
#include "regimenpanel.h"
#include "sessiondialog.h"

#include "taper/plan.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace taper;
using namespace taper::gui;

namespace {

/// Counts what a person does: each call is one action.
class Actions {
public:
    void chord(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(target, key, modifiers);
        ++m_count;
    }
    void type(QWidget *target, const QString &text)
    {
        QTest::keyClicks(target, text);
        ++m_count;
    }
    void click(QWidget *target)
    {
        QTest::mouseClick(target, Qt::LeftButton);
        ++m_count;
    }
    void counted() { ++m_count; }
    int count() const { return m_count; }

private:
    int m_count = 0;
};

/// Runs `drive` on the modal dialog that `open` shows (QDialog::exec blocks `open` until it closes).
void onModal(const std::function<void()> &open, const std::function<void(QWidget *)> &drive)
{
    bool driven = false;
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, &driven, drive] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || driven) return;
        driven = true;
        timer->stop();
        timer->deleteLater();
        QApplication::setActiveWindow(modal); // offscreen: no window manager activates it
        QPointer<QWidget> shown = modal;
        drive(modal);
        if (auto *dialog = qobject_cast<QDialog *>(shown.data()); dialog && dialog->isVisible())
            dialog->reject(); // the drive failed: close it so the test reports instead of hanging
    });
    timer->start();
    open();
    QVERIFY(driven);
}

/// Anne's plan saved in `dir`, started 20 days before "today" (step 1 is in effect).
QString savedAnnePlan(const QTemporaryDir &dir)
{
    PlanDocument doc(guitest::formulary(), guitest::today());
    doc.openRegimen(guitest::sourcePath("examples/anne.json"));
    TaperOptions o;
    o.start = guitest::today() - date::days{20};
    if (!doc.setTaperOptions(o).isEmpty()) return {};
    const QString path = dir.filePath(QStringLiteral("anne.plan.json"));
    QString error;
    return doc.save(path, &error) ? path : QString();
}

/// A shown main window, and Anne's plan saved in a temporary folder.
struct Desk {
    explicit Desk(LanguageManager *language) : window(guitest::formulary(), guitest::today(), language)
    {
        path = savedAnnePlan(dir);
        window.show();
    }
    QTemporaryDir dir;
    QString path;
    MainWindow window;
};

} // namespace

class TestTaskActions : public QObject {
    Q_OBJECT
    LanguageManager *m_language = nullptr;

private slots:
    void initTestCase() { m_language = &guitest::setUpApplication(); }

    /// The GP: a new patient on Contalgin 30 mg twice a day and OxyNorm 5 mg four times a day; types
    /// the name, the two lines, makes the default plan, saves it and exports the handout as PDF. The GP
    /// has used the program before: the Save dialog opens in the folder of the last file, named after
    /// the patient.
    void theGpsPlanAndHandout()
    {
        QTemporaryDir dir;
        const QString earlier = savedAnnePlan(dir);
        QVERIFY(!earlier.isEmpty());
        RecentFilesMenu().add(earlier);
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Actions actions;
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.patientEdit())); // who first
        actions.type(QApplication::focusWidget(), QStringLiteral("Anne Hansen"));

        QTableView *view = window.regimenPanel()->view();
        const auto addLine = [&](const QString &search, const QString &timesPerDay) {
            onModal([&] { actions.chord(&window, Qt::Key_L, Qt::ControlModifier); },
                    [&](QWidget *) {
                        actions.type(QApplication::focusWidget(), search);
                        actions.chord(QApplication::focusWidget(), Qt::Key_Return);
                    });
            QApplication::setActiveWindow(&window);
            // The new line's dose cell is current: one step right is "×/døgn".
            QCOMPARE(view->currentIndex().column(), int(LineEditor::Dose));
            actions.chord(view, Qt::Key_Right);
            actions.type(view, timesPerDay);
            actions.chord(QApplication::focusWidget(), Qt::Key_Return);
        };
        addLine(QStringLiteral("contalgin 30"), QStringLiteral("2"));
        addLine(QStringLiteral("oxynorm 5"), QStringLiteral("4"));
        PlanDocument &doc = *window.document();
        QCOMPARE(doc.planRecord().label, std::optional<std::string>("Anne Hansen"));
        QCOMPARE(doc.lineCount(), 2);
        QCOMPARE(QString::fromStdString(*doc.line(0).product), QStringLiteral("contalgin-30"));
        QCOMPARE(doc.line(0).timesPerDay, std::optional<int>(2));
        QCOMPARE(QString::fromStdString(*doc.line(1).product), QStringLiteral("oxynorm-5"));
        QTRY_COMPARE(doc.line(1).timesPerDay,
                     std::optional<int>(4)); // the edit is applied when the editor closes

        onModal([&] { actions.chord(&window, Qt::Key_T, Qt::ControlModifier); },
                [&](QWidget *) { actions.chord(QApplication::focusWidget(), Qt::Key_Return); });
        QApplication::setActiveWindow(&window);
        QVERIFY(doc.schedule());
        onModal([&] { actions.chord(&window, Qt::Key_S, Qt::ControlModifier); },
                [&](QWidget *) { actions.chord(QApplication::focusWidget(), Qt::Key_Return); });
        QApplication::setActiveWindow(&window);
        const QString planPath = dir.filePath(QStringLiteral("Anne Hansen.plan.json"));
        QCOMPARE(doc.filePath(), planPath);
        QVERIFY(!doc.isModified());
        onModal([&] { actions.chord(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier); },
                [&](QWidget *) { actions.chord(QApplication::focusWidget(), Qt::Key_Return); });
        const QFileInfo pdf(dir.filePath(QStringLiteral("Anne Hansen-patientvejledning.pdf")));
        QVERIFY2(pdf.exists() && pdf.size() > 0, qPrintable(QDir(dir.path()).entryList().join(u' ')));
        qInfo("GP's plan and handout: %d actions (target 20)", actions.count());
        QVERIFY(actions.count() <= 20);
    }

    /// The nurse at the tapering group: opens the patient's plan, records withdrawal 2, pain 6, the
    /// decision "langsommere" with a reason, and the session is in the plan file.
    void theNursesSlowDownSession()
    {
        Desk desk(m_language);
        const QString &path = desk.path;
        MainWindow &window = desk.window;
        QVERIFY(!path.isEmpty() && QTest::qWaitForWindowActive(&window));
        Actions actions;
        QVERIFY(window.loadFile(path)); // a double-click in Nedtrapningshold or the recent-files menu
        actions.counted();

        onModal([&] { actions.chord(&window, Qt::Key_R, Qt::ControlModifier); },
                [&](QWidget *dialog) {
                    // Focus opens on withdrawal; the Danish labels' accelerators reach the other fields.
                    actions.type(QApplication::focusWidget(), QStringLiteral("2"));
                    actions.chord(dialog, Qt::Key_S, Qt::AltModifier);
                    actions.type(QApplication::focusWidget(), QStringLiteral("6"));
                    actions.chord(dialog, Qt::Key_E, Qt::AltModifier);
                    actions.type(QApplication::focusWidget(), QStringLiteral("L"));
                    actions.chord(dialog, Qt::Key_G, Qt::AltModifier);
                    actions.type(QApplication::focusWidget(), QStringLiteral("uro og søvnbesvær"));
                    actions.click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
                });

        const Plan &plan = window.document()->planRecord();
        QCOMPARE(plan.sessions.size(), std::size_t{1});
        QVERIFY(plan.sessions.back().decision == SessionDecision::Slow);
        QCOMPARE(plan.sessions.back().withdrawal, std::optional<int>(2));
        QCOMPARE(plan.sessions.back().pain, std::optional<int>(6));
        // Recorded means saved: the plan file holds the session without a Save.
        QVERIFY(!window.document()->isModified());
        PlanDocument reread(guitest::formulary(), guitest::today());
        reread.openPlan(path);
        QCOMPARE(reread.planRecord().sessions.size(), std::size_t{1});
        qInfo("nurse's slow-down session: %d actions (target 10)", actions.count());
        QVERIFY(actions.count() <= 10);
    }

    /// The pharmacist: opens a plan with Ctrl+O and exports the review report as PDF with Ctrl+E.
    void thePharmacistsReviewPdf()
    {
        Desk desk(m_language);
        const QString &path = desk.path;
        MainWindow &window = desk.window;
        QVERIFY(!path.isEmpty() && QTest::qWaitForWindowActive(&window));
        Actions actions;
        onModal([&] { actions.chord(&window, Qt::Key_O, Qt::ControlModifier); },
                [&](QWidget *) {
                    actions.type(QApplication::focusWidget(), path);
                    actions.chord(QApplication::focusWidget(), Qt::Key_Return);
                });
        QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QApplication::setActiveWindow(&window); // the file dialog has closed: the window has the keyboard
        onModal([&] { actions.chord(&window, Qt::Key_E, Qt::ControlModifier); },
                [&](QWidget *) { actions.chord(QApplication::focusWidget(), Qt::Key_Return); });
        const QFileInfo pdf(desk.dir.filePath(QStringLiteral("anne-gennemgang.pdf")));
        QVERIFY2(pdf.exists() && pdf.size() > 0, qPrintable(QDir(desk.dir.path()).entryList().join(u' ')));
        qInfo("pharmacist's review PDF: %d actions (target 8)", actions.count());
        QVERIFY(actions.count() <= 8);
    }
};

QTEST_MAIN(TestTaskActions)
#include "test_taskactions.moc"
