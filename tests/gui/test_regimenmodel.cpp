// SPDX-License-Identifier: GPL-3.0-or-later
// RegimenModel: rows follow the document; cell edits go through the core; refusals are marked in place.
#include "gui_test_support.h"

#include "addlinedialog.h"
#include "plandocument.h"
#include "regimenmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace taper;
using namespace taper::gui;
using Col = LineEditor::Column;

class TestRegimenModel : public QObject {
    Q_OBJECT
    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<RegimenModel> m_model;

    QModelIndex cell(int row, int column) { return m_model->index(row, column); }

private slots:
    void initTestCase() { guitest::setUpApplication(); }
    void init()
    {
        m_doc = std::make_unique<PlanDocument>(guitest::formulary(), guitest::today());
        m_model = std::make_unique<RegimenModel>(m_doc.get());
        new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_model.get());
        m_doc->openRegimen(guitest::sourcePath("examples/anne.json"));
    }
    void cleanup()
    {
        m_model.reset();
        m_doc.reset();
    }

    void showsTheRegimenInDanish()
    {
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->columnCount(), int(Col::ColumnCount));
        QCOMPARE(cell(1, Col::Product).data().toString(), QStringLiteral("OxyNorm kapsel 20 mg"));
        QCOMPARE(cell(0, Col::Product).data().toString(), QStringLiteral("morfin peroral depot"));
        QCOMPARE(cell(0, Col::Dose).data().toString(), QStringLiteral("30 mg"));
        QCOMPARE(cell(0, Col::TimesPerDay).data().toString(), QStringLiteral("4"));
        QCOMPARE(cell(1, Col::Prn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(cell(1, Col::MaxPerDay).data(Qt::EditRole).toString(), QStringLiteral("6"));
        QCOMPARE(cell(0, Col::Since).data().toString(), QStringLiteral("01.02.2023"));
        QCOMPARE(m_model->headerData(Col::Morning, Qt::Horizontal).toString(), QStringLiteral("Morgen"));
    }

    void typingADoseChangesTheMeq()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(cell(0, Col::Dose), QStringLiteral("60")));
        QCOMPARE(m_doc->meq().total().value(), 420.0);
        QVERIFY(changed.count() >= 1);
        QVERIFY(m_model->setData(cell(0, Col::TimesPerDay), 2));
        QCOMPARE(m_doc->meq().total().value(), 300.0);
        QCOMPARE(m_doc->undoStack()->count(), 2);
    }

    void decimalCommaIsAccepted()
    {
        QVERIFY(m_model->setData(cell(0, Col::Dose), QStringLiteral("2,5")));
        QCOMPARE(valueOf(*m_doc->line(0).dose), 2.5);
    }

    void timesOfDaySwitchToASchedule()
    {
        QVERIFY(m_model->setData(cell(0, Col::Morning), QStringLiteral("60")));
        QVERIFY(m_model->setData(cell(0, Col::Evening), QStringLiteral("30")));
        QVERIFY(m_doc->line(0).schedule.has_value());
        QCOMPARE(m_doc->meq().scheduled.value(), 90.0);
        QCOMPARE(cell(0, Col::Morning).data().toString(), QStringLiteral("60 mg"));
        QCOMPARE(cell(0, Col::TimesPerDay).data().toString(), QStringLiteral("–"));
        // Back to a dose × times a day.
        QVERIFY(m_model->setData(cell(0, Col::TimesPerDay), 3));
        QCOMPARE(m_doc->meq().scheduled.value(), 180.0);
    }

    void prnFieldsAndToggle()
    {
        QVERIFY(m_model->setData(cell(1, Col::UsedPerDay), QStringLiteral("4")));
        QVERIFY(m_doc->meq().prnUsed.has_value());
        QCOMPARE(m_doc->meq().prnUsed->value(), 120.0);
        QVERIFY(m_model->setData(cell(1, Col::UsedPerDay), QString()));
        QVERIFY(!m_doc->line(1).usedPerDay);
        QVERIFY(m_model->setData(cell(1, Col::Prn), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!m_doc->line(1).prn);
        QCOMPARE(*m_doc->line(1).timesPerDay, 6);
        QVERIFY(m_model->setData(cell(1, Col::Prn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(*m_doc->line(1).maxPerDay, 6.0);
    }

    void productAndSinceEdits()
    {
        QVERIFY(m_model->setData(cell(1, Col::Product), QStringLiteral("oxynorm-10")));
        QCOMPARE(*m_doc->line(1).product, std::string("oxynorm-10"));
        QCOMPARE(valueOf(*m_doc->line(1).dose), 10.0);
        QVERIFY(m_doc->line(1).prn);
        QVERIFY(m_model->setData(cell(0, Col::Since), QStringLiteral("2026-01-31")));
        QCOMPARE(formatIsoDate(*m_doc->line(0).since), std::string("2026-01-31"));
        QVERIFY(m_model->setData(cell(0, Col::Since), QStringLiteral("15.03.2025")));
        QCOMPARE(formatIsoDate(*m_doc->line(0).since), std::string("2025-03-15"));
        QVERIFY(m_model->setData(cell(0, Col::Since), QString()));
        QVERIFY(!m_doc->line(0).since);
    }

    void invalidEntriesAreMarkedInPlace()
    {
        QSignalSpy rejected(m_model.get(), &RegimenModel::editRejected);
        QVERIFY(!m_model->setData(cell(1, Col::Dose), QStringLiteral("25")));
        QVERIFY(!m_model->setData(cell(0, Col::TimesPerDay), QStringLiteral("30")));
        QVERIFY(!m_model->setData(cell(0, Col::Since), QStringLiteral("2030-01-01")));
        QVERIFY(!m_model->setData(cell(0, Col::Dose), QStringLiteral("abc")));
        QVERIFY(!m_model->setData(cell(0, Col::MaxPerDay), QStringLiteral("3")));
        QCOMPARE(rejected.count(), 5);
        QVERIFY(m_model->rowError(0).contains(QStringLiteral("PN")) || !m_model->rowError(0).isEmpty());
        QVERIFY(cell(0, Col::Dose).data(Qt::BackgroundRole).isValid());
        QVERIFY(cell(0, Col::Dose).data(Qt::ToolTipRole).toString().contains(m_model->rowError(0)));
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QCOMPARE(m_doc->meq().total().value(), 300.0);
        // A good edit clears the mark.
        QVERIFY(m_model->setData(cell(0, Col::Dose), QStringLiteral("30,0")) ||
                m_model->rowError(0).isEmpty());
        QVERIFY(m_model->setData(cell(0, Col::TimesPerDay), 3));
        QVERIFY(m_model->rowError(0).isEmpty());
    }

    /// Issue 19 item 2: the editor builds a typed line, the core's checkLine finds the problem and names
    /// its field; the cell of that field is marked and the reason is worded in the UI language.
    void theCheckedFieldIsMarkedBesideTheEdit()
    {
        QVERIFY(!m_model->setData(cell(1, Col::UsedPerDay), QStringLiteral("8"))); // OxyNorm PN, at most 6
        QCOMPARE(m_model->errorColumn(1), int(Col::UsedPerDay));
        QVERIFY2(m_model->rowError(1).startsWith(QStringLiteral("brugt pr. døgn: 8 kan ikke bruges")),
                 qPrintable(m_model->rowError(1)));
        QVERIFY(!m_model->setData(cell(1, Col::Dose), QStringLiteral("25"))); // 1¼ capsules
        QCOMPARE(m_model->errorColumn(1), int(Col::Dose));
        QVERIFY2(m_model->rowError(1).contains(QStringLiteral("helt antal stk.")),
                 qPrintable(m_model->rowError(1)));
        QVERIFY(cell(1, Col::Dose).data(Qt::BackgroundRole) !=
                cell(1, Col::Product).data(Qt::BackgroundRole));
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void undoRemoveRestoresRows()
    {
        m_doc->removeLine(0);
        QCOMPARE(m_model->rowCount(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(cell(0, Col::Dose).data().toString(), QStringLiteral("30 mg"));
    }

    void formularySearchFindsProducts()
    {
        AddLineDialog dialog(m_doc->formulary());
        dialog.setSearchText(QStringLiteral("conta"));
        QVERIFY(dialog.matchCount() >= 5);
        QVERIFY(dialog.productId().startsWith(QStringLiteral("contalgin")));
        dialog.setSearchText(QStringLiteral("N02AA05")); // oxycodone by ATC
        QVERIFY(dialog.matchCount() >= 10);
        dialog.setSearchText(QStringLiteral("oxycodon"));
        QVERIFY(dialog.matchCount() >= 10);
        dialog.setSearchText(QStringLiteral("zzz"));
        QCOMPARE(dialog.matchCount(), 0);
        QVERIFY(dialog.productId().isEmpty());
    }
};

QTEST_MAIN(TestRegimenModel)
#include "test_regimenmodel.moc"
