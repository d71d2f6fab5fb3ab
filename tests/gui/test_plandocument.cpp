// SPDX-License-Identifier: GPL-3.0-or-later
// PlanDocument: opening, edits through the core with undo/redo, signals, saving atomically.
#include "gui_test_support.h"

#include "lineeditor.h"
#include "plandocument.h"
#include "taper/plan.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace taper;
using namespace taper::gui;

class TestPlanDocument : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { guitest::setUpApplication(); }

    void newDocumentIsEmptyAndClean()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        QCOMPARE(doc.lineCount(), 0);
        QCOMPARE(doc.profileId(), QStringLiteral("dk"));
        QCOMPARE(doc.meq().total().value(), 0.0);
        QVERIFY(!doc.isModified());
    }

    void openAnneGives300()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        QSignalSpy reset(&doc, &PlanDocument::regimenReset);
        QSignalSpy results(&doc, &PlanDocument::resultsChanged);
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        QCOMPARE(doc.lineCount(), 2);
        QCOMPARE(doc.meq().total().value(), 300.0);
        QCOMPARE(reset.count(), 1);
        QVERIFY(results.count() >= 1);
        QVERIFY(!doc.isModified());
        QVERIFY(doc.filePath().endsWith(QStringLiteral("anne.json")));
    }

    void badFileThrowsInputErrorAndKeepsDocument()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"schema_version": 1, "lines": [{"substance": "morphine", "route": "oral", "release": "extended",
                  "dose_mg": 30, "unit": "mg", "times_per_day": 2}]})");
        f.close();
        try {
            doc.openRegimen(path);
            QFAIL("expected InputError");
        } catch (const InputError &e) {
            QVERIFY(e.where().find("dose") != std::string::npos);
        }
        QCOMPARE(doc.lineCount(), 2);
        QCOMPARE(doc.meq().total().value(), 300.0);
    }

    void addEditRemoveWithUndoRedo()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        QSignalSpy inserted(&doc, &PlanDocument::lineInserted);
        QSignalSpy changed(&doc, &PlanDocument::lineChanged);
        QSignalSpy removed(&doc, &PlanDocument::lineRemoved);
        QSignalSpy modified(&doc, &PlanDocument::modifiedChanged);

        QCOMPARE(doc.addLine(LineEditor::forProduct(*doc.formulary().product("contalgin-10"))), QString());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(doc.lineCount(), 3);
        QCOMPARE(doc.meq().total().value(), 310.0);
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);

        RegimenLine line = doc.line(0);
        line.timesPerDay = 2;
        QCOMPARE(doc.replaceLine(0, line), QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(doc.meq().total().value(), 250.0);

        doc.removeLine(1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(doc.meq().total().value(), 70.0);

        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undoStack()->undo();
        QCOMPARE(doc.meq().total().value(), 250.0);
        doc.undoStack()->undo();
        QCOMPARE(doc.meq().total().value(), 310.0);
        doc.undoStack()->undo();
        QCOMPARE(doc.meq().total().value(), 300.0);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.lineCount(), 3);
        QCOMPARE(doc.meq().total().value(), 310.0);
    }

    void invalidEditIsRefusedWithTheCoresReason()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        RegimenLine line = doc.line(1);
        line.dose = Mg(25); // OxyNorm 20 mg capsules cannot make 25 mg
        const QString error = doc.replaceLine(1, line);
        // In the UI language (Danish here), naming the product as on the box, never in English.
        QVERIFY2(error.contains(QStringLiteral("helt antal stk.")) &&
                     error.contains(QStringLiteral("OxyNorm")) && !error.contains(QStringLiteral("expected")),
                 qPrintable(error));
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(doc.meq().total().value(), 300.0);

        line = doc.line(1);
        line.usedPerDay = 8; // above max_per_day 6
        const QString used = doc.replaceLine(1, line);
        QVERIFY2(used.startsWith(QStringLiteral("brugt pr. døgn: 8 kan ikke bruges")) &&
                     used.contains(QStringLiteral("højst pr. døgn (6)")),
                 qPrintable(used));
    }

    void profileAndAsOfAreUndoableEdits()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        QSignalSpy profile(&doc, &PlanDocument::profileChanged);
        QVERIFY(!doc.setProfile(QStringLiteral("no-such-profile")));
        QVERIFY(doc.setProfile(QStringLiteral("cdc-2022")));
        QCOMPARE(profile.count(), 1);
        QCOMPARE(doc.profileId(), QStringLiteral("cdc-2022"));
        QCOMPARE(QString::fromStdString(doc.meq().profile), QStringLiteral("cdc-2022"));
        doc.undoStack()->undo();
        QCOMPARE(doc.profileId(), QStringLiteral("dk"));

        // A since-date after the evaluation date is refused, as in the CLI.
        QVERIFY(!doc.setAsOf(*parseIsoDate("2022-01-01")).isEmpty());
        QCOMPARE(doc.setAsOf(*parseIsoDate("2027-01-01")), QString());
        QCOMPARE(formatIsoDate(doc.asOf()), std::string("2027-01-01"));
        doc.undoStack()->undo();
        QCOMPARE(formatIsoDate(doc.asOf()), std::string("2026-11-21"));
    }

    void saveWritesARegimenTheCoreReadsBack()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        QString error;
        QVERIFY(!doc.saveRegimen(QStringLiteral("/nonexistent/x.json"), &error)); // nothing to save yet
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        doc.setProfile(QStringLiteral("cdc-2022"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.json"));
        QVERIFY2(doc.saveRegimen(path, &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.filePath(), path);
        // the core's atomic writer: the user's only (issue 19 item 3; QSaveFile made it 0644)
        QCOMPARE(QFile::permissions(path) & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left
        PlanDocument reread(guitest::formulary(), guitest::today());
        reread.openRegimen(path);
        QCOMPARE(toJson(reread.regimen()), toJson(doc.regimen()));
        QVERIFY(!doc.saveRegimen(dir.filePath(QStringLiteral("missing/dir/x.json")), &error));
        QVERIFY(!error.isEmpty());
    }

    /// The editor does not edit the patient object (issue 16 item 6) but never drops it: after a line
    /// edit, a removed line and a new as_of, the saved file still has the patient as read.
    void saveKeepsThePatient()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/elderly-renal.json"));
        QVERIFY(doc.regimen().patient);
        const Patient patient = *doc.regimen().patient;
        QCOMPARE(doc.replaceLine(0, LineEditor::forProduct(*doc.formulary().product("contalgin-30"))),
                 QString());
        doc.removeLine(1);
        QCOMPARE(doc.setAsOf(*parseIsoDate("2026-12-01")), QString());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.json"));
        QString error;
        QVERIFY2(doc.saveRegimen(path, &error), qPrintable(error));
        PlanDocument reread(guitest::formulary(), guitest::today());
        reread.openRegimen(path);
        QVERIFY(reread.regimen().patient);
        QVERIFY(*reread.regimen().patient == patient);
    }

    /// The nurse records a session with the CLI while the GP has the plan open: the GP's save is refused
    /// with the reason, and the session on disk is kept.
    void saveNeverOverwritesASessionSavedMeanwhile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("anne.plan.json"));
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        TaperOptions options;
        options.start = guitest::today();
        QCOMPARE(doc.setTaperOptions(options), QString());
        QString error;
        QVERIFY2(doc.savePlan(path, &error), qPrintable(error));

        Plan onDisk = readPlanFile(path.toStdString(), *guitest::formulary());
        SessionInput hold;
        hold.date = guitest::today();
        hold.decision = SessionDecision::Hold;
        const Plan newer = recordSession(onDisk, hold, guitest::today(), *guitest::formulary());
        savePlanFile(path.toStdString(), newer, onDisk.revision, *guitest::formulary());

        QVERIFY(doc.setProfile(QStringLiteral("cdc-2022")));
        QVERIFY(!doc.savePlan(path, &error));
        QVERIFY2(error.contains(QStringLiteral("revision")), qPrintable(error));
        QVERIFY(doc.isModified());
        QCOMPARE(readPlanFile(path.toStdString(), *guitest::formulary()).sessions.size(), std::size_t(1));
        // Saving elsewhere still works.
        QVERIFY2(doc.savePlan(dir.filePath(QStringLiteral("copy.plan.json")), &error), qPrintable(error));
    }
};

QTEST_MAIN(TestPlanDocument)
#include "test_plandocument.moc"
