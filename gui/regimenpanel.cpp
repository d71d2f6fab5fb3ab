// SPDX-License-Identifier: GPL-3.0-or-later
#include "regimenpanel.h"

#include "addlinedialog.h"
#include "lineeditor.h"
#include "linetext.h"
#include "plandocument.h"
#include "productdelegate.h"
#include "regimenmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace taper::gui {

RegimenPanel::RegimenPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new RegimenModel(document, this)),
      m_title(new QLabel(this)), m_add(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_switch(new QPushButton(this)), m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(LineEditor::Product, new ProductDelegate(document->formulary(), this));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(LineEditor::Product, QHeaderView::Stretch);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_switch);
    top->addWidget(m_add);
    top->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view);

    connect(m_add, &QPushButton::clicked, this, &RegimenPanel::addLine);
    connect(m_remove, &QPushButton::clicked, this, &RegimenPanel::removeCurrentLine);
    connect(m_switch, &QPushButton::clicked, this,
            [this] { m_document->showStartingRegimen(m_document->showsStep()); });
    connect(document, &PlanDocument::shownRegimenChanged, this, &RegimenPanel::retranslate);
    connect(document, &PlanDocument::planChanged, this, &RegimenPanel::retranslate);
    connect(m_model, &RegimenModel::editRejected, this, [this](int row, const QString &reason) {
        emit message(tr("Line %1 not changed: %2").arg(row + 1).arg(reason));
    });
    // Asked after the editor has closed (queued), so the question never interrupts the commit itself.
    connect(m_model, &RegimenModel::confirmationNeeded, this, &RegimenPanel::confirmDose,
            Qt::QueuedConnection);
    const auto resize = [this] { m_view->resizeColumnsToContents(); };
    connect(m_model, &QAbstractItemModel::modelReset, this, resize);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, resize);
    connect(m_model, &QAbstractItemModel::dataChanged, this, resize);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_remove->setEnabled(current.isValid() && !m_document->isFrozen());
            });
    m_remove->setEnabled(false);
    retranslate();
}

void RegimenPanel::retranslate()
{
    const bool step = m_document->showsStep();
    const int index = m_document->stepInEffect(m_document->today());
    if (step) {
        const Step &s = m_document->schedule()->steps.at(std::size_t(index));
        m_title->setText(tr("Step %1 in effect today (from %2)").arg(index).arg(LineText::date(s.start)));
    } else {
        m_title->setText(m_document->isFrozen() ? tr("Starting regimen (sessions recorded: not editable)")
                                                : tr("Regimen"));
    }
    m_switch->setVisible(m_document->isFrozen() && index >= 0);
    m_switch->setText(step ? tr("Show starting regimen") : tr("Show step in effect"));
    m_switch->setToolTip(step ? tr("The regimen the taper plan started from")
                              : tr("The doses of the step the patient is on today"));
    m_add->setEnabled(!m_document->isFrozen());
    m_add->setText(tr("+ Add…"));
    m_add->setToolTip(tr("Add a line from the formulary (Ctrl+L)"));
    m_remove->setText(tr("− Remove"));
    m_remove->setToolTip(tr("Remove the selected line"));
    m_view->setAccessibleName(step ? tr("Regimen of the step in effect") : tr("Regimen lines"));
}

QString RegimenPanel::titleText() const
{
    return m_title->text();
}

QString RegimenPanel::addProduct(const QString &productId)
{
    const Product *product = m_document->formulary().product(productId.toStdString());
    if (!product) return tr("Unknown product \"%1\".").arg(productId);
    const QString error = m_document->addLine(LineEditor::forProduct(*product));
    if (error.isEmpty()) selectCell(m_document->lineCount() - 1, LineEditor::Dose); // type the dose at once
    return error;
}

QString RegimenPanel::addCoMedication(const QString &kind, const QString &id)
{
    const QString error = m_document->addLine(LineEditor::forCoMedication(kind, id, m_document->formulary()));
    if (error.isEmpty()) selectLine(m_document->lineCount() - 1);
    return error;
}

void RegimenPanel::addLine()
{
    AddLineDialog dialog(m_document->formulary(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.choiceId().isEmpty()) return;
    const QString error = dialog.choiceKind() == QStringLiteral("product")
                              ? addProduct(dialog.choiceId())
                              : addCoMedication(dialog.choiceKind(), dialog.choiceId());
    if (!error.isEmpty()) emit message(tr("Line not added: %1").arg(error));
}

void RegimenPanel::confirmDose(const QPersistentModelIndex &index, const QVariant &value,
                               const QString &question)
{
    if (!index.isValid()) return;
    const auto answer = QMessageBox::question(this, tr("Check the dose"), question,
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_model->setDataConfirmed(index, value);
    else
        emit message(tr("Line %1 not changed.").arg(index.row() + 1));
}

void RegimenPanel::removeCurrentLine()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) m_document->removeLine(current.row());
}

void RegimenPanel::selectCell(int row, int column)
{
    if (row < 0 || row >= m_model->rowCount()) return;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, column));
    m_view->setFocus();
}

void RegimenPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace taper::gui
