#pragma once
// "Add line": search the Danish formulary by brand, substance or ATC code ("conta" → Contalgin …)
// and pick a product. The new line starts as one unit once a day (a patch: one patch worn); the
// user then sets dose and schedule in the regimen table.

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace taper {
class Formulary;
}

namespace taper::gui {

class AddLineDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddLineDialog(const Formulary &formulary, QWidget *parent = nullptr);

    /// The chosen product id, or empty.
    QString productId() const;
    /// Sets the search text (as if typed).
    void setSearchText(const QString &text);
    /// Products matching the current search.
    int matchCount() const;

private:
    QLineEdit *m_search;
    QListView *m_list;
    QSortFilterProxyModel *m_filter;
};

} // namespace taper::gui
