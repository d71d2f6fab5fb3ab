// SPDX-License-Identifier: GPL-3.0-or-later
#include "productdelegate.h"

#include "productcatalog.h"

#include <QComboBox>
#include <QCompleter>
#include <QStandardItemModel>

namespace taper::gui {

ProductDelegate::ProductDelegate(const Formulary &formulary, QObject *parent)
    : QStyledItemDelegate(parent), m_products(ProductCatalog::create(formulary, this))
{
}

QWidget *ProductDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setModel(m_products);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->setAccessibleName(tr("Product"));
    return combo;
}

void ProductDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole), ProductCatalog::IdRole));
}

void ProductDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    // The product named exactly (as picked from the list), else the first match of what was typed
    // ("conta") when that is a marketed product; a withdrawn one must be picked by its full name.
    auto *combo = static_cast<QComboBox *>(editor);
    QVariant id;
    if (const int row = combo->findText(combo->currentText()); row >= 0) {
        id = m_products->item(row)->data(ProductCatalog::IdRole);
    } else {
        QCompleter *completer = combo->completer();
        completer->setCompletionPrefix(combo->currentText());
        const QModelIndex first = completer->completionModel()->index(0, 0);
        if (first.data(ProductCatalog::DefaultRole).toBool()) id = first.data(ProductCatalog::IdRole);
    }
    if (id.isValid() && id.toString() != index.data(Qt::EditRole).toString())
        model->setData(index, id, Qt::EditRole);
}

} // namespace taper::gui
