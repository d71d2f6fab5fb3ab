// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Add line": search the Danish formulary by brand, substance or ATC code ("conta" → Contalgin …)
// and pick a product, or a co-medication: a non-opioid substance of the formulary, or any ATC code
// typed in full ("N05BA01"). The new line starts as one unit once a day (a patch: one patch worn);
// the user then sets dose and schedule in the regimen table. The core validates the line.

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace taper {
class Formulary;
}

namespace taper::gui {

class AddLineDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddLineDialog(const Formulary &formulary, QWidget *parent = nullptr);

    /// The chosen product id, or empty (also when a co-medication is chosen).
    QString productId() const;
    /// "product", "substance" or "atc" for the current choice; empty when none.
    QString choiceKind() const;
    /// The product id, substance id or ATC code of the current choice.
    QString choiceId() const;
    /// Sets the search text (as if typed).
    void setSearchText(const QString &text);
    /// Products matching the current search.
    int matchCount() const;

private:
    QLineEdit *m_search;
    QListView *m_list;
    void updateAtcItem(const QString &text);
    void selectFirstDefault();

    QStandardItemModel *m_catalog;
    QSortFilterProxyModel *m_filter;
};

} // namespace taper::gui
