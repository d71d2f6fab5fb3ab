// SPDX-License-Identifier: GPL-3.0-or-later
// MeqModel and FindingsModel: the core's results with arithmetic, ranges, sources and Danish wording.
#include "gui_test_support.h"

#include "findingsmodel.h"
#include "languagemanager.h"
#include "meqmodel.h"
#include "plandocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace taper;
using namespace taper::gui;

class TestResultModels : public QObject {
    Q_OBJECT
    LanguageManager *m_language = nullptr;

private slots:
    void initTestCase() { m_language = &guitest::setUpApplication(); }
    void init() { m_language->setLanguage(QStringLiteral("da"), false); }

    void meqRowsShowArithmeticFactorRangeAndSource()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        MeqModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, MeqModel::Arithmetic).data().toString(),
                 QStringLiteral("30 mg × 4/døgn = 120 mg/døgn × 1,0 = 120 mg MEQ"));
        QCOMPARE(model.index(1, MeqModel::Meq).data().toString(), QStringLiteral("180"));
        QCOMPARE(model.index(1, MeqModel::Meq).data(MeqModel::MeqValueRole).toDouble(), 180.0);
        QCOMPARE(model.index(1, MeqModel::Factor).data().toString(), QStringLiteral("1,5"));
        QVERIFY(model.index(1, MeqModel::Range).data().toString().contains(QStringLiteral("–")));
        QVERIFY(!model.index(1, MeqModel::Source).data().toString().isEmpty());
        QVERIFY(model.index(1, MeqModel::Source)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Kilde:")));
    }

    void meqFollowsEditsAndProfiles()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        MeqModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        doc.setProfile(QStringLiteral("cdc-2022"));
        QVERIFY(changed.count() >= 1);
        doc.removeLine(0);
        QCOMPARE(model.rowCount(), 1);
    }

    void findingsInDanishWithSources()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        FindingsModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        QStringList codes;
        for (int r = 0; r < model.rowCount(); ++r)
            codes << model.index(r, 0).data(FindingsModel::CodeRole).toString();
        QVERIFY(!codes.contains(QStringLiteral("high_meq"))); // carried by very_high_meq (issue 16 item 10)
        QVERIFY(codes.contains(QStringLiteral("very_high_meq")));
        QVERIFY(codes.contains(QStringLiteral("short_acting_long_term")));
        const int veryHigh = int(codes.indexOf(QStringLiteral("very_high_meq")));
        QCOMPARE(model.index(veryHigh, FindingsModel::Severity).data().toString(), QStringLiteral("Kritisk"));
        QVERIFY(model.index(veryHigh, FindingsModel::Severity).data(Qt::DecorationRole).isValid());
        QCOMPARE(model.index(veryHigh, FindingsModel::Message).data().toString(),
                 QStringLiteral("Den samlede døgndosis svarer til 300 mg oral morfin og overstiger 100 mg. "
                                "Dosis bør nedsættes."));
        QVERIFY(
            model.index(veryHigh, FindingsModel::Source).data().toString().contains(QStringLiteral("20")));
        const int shortActing = int(codes.indexOf(QStringLiteral("short_acting_long_term")));
        QCOMPARE(model.index(shortActing, FindingsModel::Line).data().toInt(), 2);
        QCOMPARE(model.index(shortActing, FindingsModel::Line).data(FindingsModel::LineRole).toInt(), 1);
        QVERIFY(model.index(shortActing, FindingsModel::Message)
                    .data()
                    .toString()
                    .contains(QStringLiteral("oxycodon")));
    }

    void englishWhenSwitched()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        FindingsModel model(&doc);
        doc.openRegimen(guitest::sourcePath("examples/anne.json"));
        m_language->setLanguage(QStringLiteral("en"), false);
        bool found = false;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, 0).data(FindingsModel::CodeRole).toString() ==
                QStringLiteral("very_high_meq")) {
                QCOMPARE(
                    model.index(r, FindingsModel::Message).data().toString(),
                    QStringLiteral("Total 300 mg MEQ/day is above the 100 mg/day maximum: reduce the dose."));
                QCOMPARE(model.index(r, FindingsModel::Severity).data().toString(),
                         QStringLiteral("Critical"));
                found = true;
            }
        QVERIFY(found);
        QCOMPARE(model.headerData(FindingsModel::Message, Qt::Horizontal).toString(),
                 QStringLiteral("Finding"));
    }
};

QTEST_MAIN(TestResultModels)
#include "test_resultmodels.moc"
