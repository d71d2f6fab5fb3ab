// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21 in the desktop program: File → Import reads a FHIR R4 medication list as a new, unsaved
// regimen (refusals name the JSON pointer, the open document is kept), and the schedule's dispensing
// cell names the packs to prescribe when the product's Danish pack sizes are known.
#include "gui_test_support.h"

#include "languagemanager.h"
#include "lineeditor.h"
#include "mainwindow.h"
#include "plandocument.h"
#include "planpanel.h"
#include "schedulemodel.h"

#include "taper/taper.h"

#include <QFile>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace taper;
using namespace taper::gui;

class TestInterop : public QObject {
    Q_OBJECT
    LanguageManager *m_language = nullptr;

private slots:
    void initTestCase() { m_language = &guitest::setUpApplication(); }

    void importReadsAFhirListAsANewUnsavedRegimen()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        QString error;
        QVERIFY2(window.importFhirFile(guitest::sourcePath("examples/fhir/fmk-bundle.json"), &error),
                 qPrintable(error));
        PlanDocument &doc = *window.document();
        QVERIFY(doc.lineCount() >= 2);
        QVERIFY(doc.filePath().isEmpty()); // never written over the FHIR file
        QVERIFY(doc.isModified());         // closing asks to save it
        QVERIFY2(doc.unsavedChanges().join(QLatin1Char(' ')).contains(QStringLiteral("fmk-bundle.json")),
                 qPrintable(doc.unsavedChanges().join(QLatin1Char(' '))));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Importerede")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void aListThatCannotBeMappedIsRefusedWithItsPointer()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        QVERIFY(window.loadFile(guitest::sourcePath("examples/anne.json")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // A dose every second day: FMK has it, a daily regimen cannot hold it (a moc-safe literal).
        file.write(
            "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceT"
            "ype\":\"MedicationStatement\",\"status\":\"active\",\"medicationCodeableConcept\":{\"codin"
            "g\":[{\"system\":\"http://www.whocc.no/atc\",\"code\":\"N02AA05\"}]},\"dosage\":[{\"timing"
            "\":{\"repeat\":{\"frequency\":1,\"period\":2,\"periodUnit\":\"d\"}},\"doseAndRate\":[{\"do"
            "seQuantity\":{\"value\":10,\"unit\":\"mg\"}}]}]}}]}");
        file.close();
        QString error;
        QVERIFY(!window.importFhirFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("entry nr. 1, resource")),
                 qPrintable(error));                                                  // /entry/0/resource
        QVERIFY(window.document()->filePath().endsWith(QStringLiteral("anne.json"))); // kept as it was
        QCOMPARE(window.document()->lineCount(), 2);
    }

    void theScheduleNamesThePacksToPrescribe()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        doc.newRegimen();
        const Product *granules = doc.formulary().product("contalgin-granulat-30");
        QVERIFY(granules && !granules->packSizes.empty());
        RegimenLine line = LineEditor::forProduct(*granules);
        line.timesPerDay = 2;
        QCOMPARE(doc.addLine(line), QString());
        TaperOptions options;
        options.start = guitest::today();
        QCOMPARE(doc.setTaperOptions(options), QString());
        ScheduleModel model(&doc);
        const QString cell = model.index(1, ScheduleModel::Dispense).data().toString();
        QVERIFY2(cell.contains(QStringLiteral("pakninger: ")) && cell.contains(QStringLiteral(" × ")),
                 qPrintable(cell));
    }
};

QTEST_MAIN(TestInterop)
#include "test_interop.moc"
