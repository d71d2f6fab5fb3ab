// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Editor for the regimen table's product column: a searchable combo box of the formulary's products.
// The model receives the chosen product id.

#include <QStyledItemDelegate>

class QStandardItemModel;

namespace taper {
class Formulary;
}

namespace taper::gui {

class ProductDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ProductDelegate(const Formulary &formulary, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStandardItemModel *m_products;
};

} // namespace taper::gui
