// SPDX-License-Identifier: GPL-3.0-or-later
#include "addlinedialog.h"

#include "productcatalog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace taper::gui {

AddLineDialog::AddLineDialog(const Formulary &formulary, QWidget *parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_list(new QListView(this)),
      m_catalog(ProductCatalog::create(formulary, this)), m_filter(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Add line"));
    ProductCatalog::addCoMedications(m_catalog, formulary);
    m_filter->setSourceModel(m_catalog);
    m_filter->setFilterRole(ProductCatalog::SearchRole);
    m_list->setModel(m_filter);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_search->setPlaceholderText(tr("Brand, substance or ATC code, e.g. conta, oxycodon, N02AA05, diazepam"));
    m_search->setAccessibleName(tr("Search the formulary"));
    m_list->setAccessibleName(tr("Matching products"));
    m_search->setClearButtonEnabled(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        updateAtcItem(text.trimmed());
        m_filter->setFilterRegularExpression(ProductCatalog::searchExpression(text));
        selectFirstDefault();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [ok](const QModelIndex &current) { ok->setEnabled(current.isValid()); });

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_search);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 420);
}

QString AddLineDialog::productId() const
{
    return choiceKind() == QStringLiteral("product") ? choiceId() : QString();
}

QString AddLineDialog::choiceKind() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(ProductCatalog::KindRole).toString() : QString();
}

QString AddLineDialog::choiceId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(ProductCatalog::IdRole).toString() : QString();
}

void AddLineDialog::updateAtcItem(const QString &text)
{
    // The shape of an ATC code only (letter, 2 digits, 2 letters, 2 digits); the core checks the rest.
    static const QRegularExpression atcShape(QStringLiteral("^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$"));
    const QString code = text.toUpper();
    for (int row = m_catalog->rowCount() - 1; row >= 0; --row)
        if (m_catalog->item(row)->data(ProductCatalog::KindRole).toString() == QStringLiteral("atc"))
            m_catalog->removeRow(row);
    if (!atcShape.match(code).hasMatch()) return;
    auto *item = new QStandardItem(tr("Co-medication by ATC code %1").arg(code));
    item->setData(code, ProductCatalog::IdRole);
    item->setData(QStringLiteral("atc"), ProductCatalog::KindRole);
    item->setData(true, ProductCatalog::DefaultRole);
    item->setData(code + QLatin1Char(' ') + text, ProductCatalog::SearchRole);
    item->setEditable(false);
    m_catalog->insertRow(0, item);
}

void AddLineDialog::selectFirstDefault()
{
    // The catalog lists marketed products first; a withdrawn or permit-only product is never the
    // default (Enter after "conta" must not add the withdrawn 5 mg): the user clicks it explicitly.
    m_list->setCurrentIndex({});
    if (m_filter->rowCount() > 0 && m_filter->index(0, 0).data(ProductCatalog::DefaultRole).toBool())
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

void AddLineDialog::setSearchText(const QString &text)
{
    m_search->setText(text);
}

int AddLineDialog::matchCount() const
{
    return m_filter->rowCount();
}

} // namespace taper::gui
