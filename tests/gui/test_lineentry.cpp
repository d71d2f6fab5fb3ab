// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20, item 7: search and entry, driven with keys and clicks. "conta" + Enter adds a marketed
// product (never a withdrawn one), withdrawn products keep their tag on the line, doses are typed in
// the line's unit or as a count of the product's units, and an implausible dose asks first (below the
// core's refusal at 20 × the largest strength: 1000 mg on a 20 mg capsule line is 50 capsules at a time).
#include "gui_test_support.h"

#include "addlinedialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "plandocument.h"
#include "productcatalog.h"
#include "regimenmodel.h"
#include "regimenpanel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace taper;
using namespace taper::gui;
using Col = LineEditor::Column;

namespace {

/// Answers the message box that will open (possibly after queued events) with `button`; records its
/// text in `text`.
void answerMessageBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) return;
        timer->deleteLater();
        timer->stop();
        *text = box->text();
        if (QAbstractButton *b = box->button(button)) b->click();
    });
    timer->start();
}

const Product &productOf(const PlanDocument &doc, int row)
{
    return *doc.formulary().product(doc.line(row).product.value());
}

/// Types `text` into the cell's editor and presses Enter, as a person does.
void typeInCell(QTableView *view, int row, int column, const QString &text)
{
    const QModelIndex cell = view->model()->index(row, column);
    view->setCurrentIndex(cell);
    view->edit(cell);
    QWidget *editor = view->indexWidget(cell) ? view->indexWidget(cell) : view->findChild<QLineEdit *>();
    QVERIFY(editor);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) line->selectAll();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        editor = combo->lineEdit(), combo->lineEdit()->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return); // commits and deletes the editor
}

} // namespace

class TestLineEntry : public QObject {
    Q_OBJECT
    LanguageManager *m_language = nullptr;

private slots:
    void initTestCase() { m_language = &guitest::setUpApplication(); }

    void contaAndEnterAddsAMarketedProduct()
    {
        const Formulary &formulary = *guitest::formulary();
        AddLineDialog dialog(formulary);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *search = dialog.findChild<QLineEdit *>();
        QTest::keyClicks(search, QStringLiteral("conta"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Product *chosen = formulary.product(dialog.productId().toStdString());
        QVERIFY(chosen);
        QCOMPARE(chosen->brand, std::string("Contalgin"));
        QVERIFY(chosen->marketStatus == MarketStatus::Marketed);
    }

    /// Every word typed must match, in any order; a number only as a whole number.
    void aSearchOfBrandAndStrengthFindsThatStrength()
    {
        const Formulary &formulary = *guitest::formulary();
        AddLineDialog dialog(formulary);
        dialog.setSearchText(QStringLiteral("contalgin 30"));
        QCOMPARE(dialog.productId(), QStringLiteral("contalgin-30"));
        dialog.setSearchText(QStringLiteral("30 CONTALGIN"));
        QCOMPARE(dialog.productId(), QStringLiteral("contalgin-30"));
        dialog.setSearchText(QStringLiteral("oxynorm 5"));
        QCOMPARE(dialog.productId(), QStringLiteral("oxynorm-5"));
        const QRegularExpression five = ProductCatalog::searchExpression(QStringLiteral("oxynorm 5"));
        QVERIFY(five.match(QStringLiteral("OxyNorm kapsel 5 mg")).hasMatch());
        QVERIFY(!five.match(QStringLiteral("OxyNorm kapsel 15 mg")).hasMatch());
        QVERIFY(!five.match(QStringLiteral("OxyNorm kapsel 50 mg")).hasMatch());
        QVERIFY(!five.match(QStringLiteral("OxyNorm oral opløsning 2,5 mg/ml")).hasMatch());
        QVERIFY(ProductCatalog::searchExpression(QStringLiteral("2,5"))
                    .match(QStringLiteral("2,5 mg"))
                    .hasMatch());
        QVERIFY(ProductCatalog::searchExpression(QStringLiteral("a.*b"))
                    .match(QStringLiteral("x a.*b"))
                    .hasMatch());
        QVERIFY(!ProductCatalog::searchExpression(QStringLiteral("a.*b"))
                     .match(QStringLiteral("axxb"))
                     .hasMatch());
        dialog.setSearchText(QStringLiteral("contalgin 31"));
        QCOMPARE(dialog.matchCount(), 0);
    }

    void aWithdrawnProductIsNeverTheDefaultButCanBeClicked()
    {
        const Formulary &formulary = *guitest::formulary();
        AddLineDialog dialog(formulary);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *search = dialog.findChild<QLineEdit *>();
        QTest::keyClicks(search, QStringLiteral("contalgin depottablet 5 "));
        QCOMPARE(dialog.matchCount(), 1); // only the withdrawn 5 mg
        QVERIFY(dialog.productId().isEmpty());
        QPushButton *add = nullptr;
        for (auto *b : dialog.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Tilføj")) add = b;
        QVERIFY(add && !add->isEnabled());
        QTest::keyClick(search, Qt::Key_Return); // nothing is chosen: Enter adds nothing
        QVERIFY(dialog.isVisible());
        auto *list = dialog.findChild<QListView *>();
        const QModelIndex first = list->model()->index(0, 0);
        QVERIFY2(first.data().toString().contains(QStringLiteral("afregistreret")),
                 qPrintable(first.data().toString()));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
        QCOMPARE(dialog.productId(), QStringLiteral("contalgin-5"));
        QVERIFY(add->isEnabled());
    }

    void theWithdrawnTagStaysOnTheLine()
    {
        PlanDocument doc(guitest::formulary(), guitest::today());
        RegimenPanel panel(&doc);
        QCOMPARE(panel.addProduct(QStringLiteral("contalgin-5")), QString());
        const QString name = panel.model()->index(0, Col::Product).data().toString();
        QVERIFY2(name.contains(QStringLiteral("(afregistreret)")), qPrintable(name));
    }

    void typingContaInTheProductCellPicksAMarketedProduct()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.loadFile(guitest::sourcePath("examples/anne.json")));
        typeInCell(window.regimenPanel()->view(), 1, Col::Product, QStringLiteral("conta"));
        QTRY_COMPARE(productOf(*window.document(), 1).brand, std::string("Contalgin"));
        QVERIFY(productOf(*window.document(), 1).marketStatus == MarketStatus::Marketed);
    }

    void dosesAreTypedInTheUnitOrAsUnits()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.loadFile(guitest::sourcePath("examples/anne.json")));
        QTableView *view = window.regimenPanel()->view();
        PlanDocument &doc = *window.document();
        // The editor shows the unit, so a bare number is never ambiguous.
        QCOMPARE(view->model()->index(1, Col::Dose).data(Qt::EditRole).toString(), QStringLiteral("20 mg"));
        typeInCell(view, 1, Col::Dose, QStringLiteral("2 kapsler")); // OxyNorm kapsel 20 mg
        QTRY_COMPARE(valueOf(*doc.line(1).dose), 40.0);
        typeInCell(view, 1, Col::Dose, QStringLiteral("1 kaps."));
        QTRY_COMPARE(valueOf(*doc.line(1).dose), 20.0);
        typeInCell(view, 1, Col::Dose, QStringLiteral("40 mg"));
        QTRY_COMPARE(valueOf(*doc.line(1).dose), 40.0);
        // A line named by substance has no unit to count: mg only, refused with the reason.
        typeInCell(view, 0, Col::Dose, QStringLiteral("2 tabl"));
        QTRY_VERIFY(!panelError(window, 0).isEmpty());
        QVERIFY2(panelError(window, 0).contains(QStringLiteral("mg")), qPrintable(panelError(window, 0)));
        QCOMPARE(valueOf(*doc.line(0).dose), 30.0);
        // A unit the line is not in is refused, not converted.
        typeInCell(view, 1, Col::Dose, QStringLiteral("20 mcg"));
        QTRY_VERIFY(!panelError(window, 1).isEmpty());
        QCOMPARE(valueOf(*doc.line(1).dose), 40.0);
    }

    void anImplausibleDoseAsksFirst()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.loadFile(guitest::sourcePath("examples/anne.json")));
        QTableView *view = window.regimenPanel()->view();
        PlanDocument &doc = *window.document();
        QString question;
        answerMessageBox(QMessageBox::No, &question);
        typeInCell(view, 1, Col::Dose, QStringLiteral("1000"));
        QTRY_VERIFY(!question.isEmpty());
        QVERIFY2(question.contains(QStringLiteral("50 kapsler")), qPrintable(question));
        QCOMPARE(valueOf(*doc.line(1).dose), 20.0); // "No": unchanged
        question.clear();
        answerMessageBox(QMessageBox::Yes, &question);
        typeInCell(view, 1, Col::Dose, QStringLiteral("1000"));
        QTRY_VERIFY(!question.isEmpty());
        QTRY_COMPARE(valueOf(*doc.line(1).dose),
                     1000.0); // confirmed: as typed (the core's own limit is 1600)
        // Ten units at a time is within the guard: no question.
        question.clear();
        typeInCell(view, 1, Col::Dose, QStringLiteral("10 kapsler"));
        QTRY_COMPARE(valueOf(*doc.line(1).dose), 200.0);
        QVERIFY(question.isEmpty());
    }

private:
    static QString panelError(MainWindow &window, int row)
    {
        return window.regimenPanel()->model()->rowError(row);
    }
};

QTEST_MAIN(TestLineEntry)
#include "test_lineentry.moc"
