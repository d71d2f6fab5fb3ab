// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The regimen table: one row per line, editable. Edits become regimen-file line objects (LineEditor)
// that the document has the core validate; a rejected edit changes nothing and is marked in place on
// its row with the core's reason (tooltip, tinted background) and announced by editRejected(). An edit
// that makes an administration implausibly many units of the product (a typing slip: 3000 mg on a 5 mg
// tablet line) is held back and announced by confirmationNeeded(); setDataConfirmed() applies it.

#include "lineeditor.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPersistentModelIndex>

namespace taper::gui {

class PlanDocument;

class RegimenModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using Column = LineEditor::Column;
    /// Role holding the product id (Product column) for delegates and tests.
    static constexpr int ProductIdRole = Qt::UserRole + 1;

    explicit RegimenModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    /// setData without the implausible-dose question: the user has confirmed the value.
    bool setDataConfirmed(const QModelIndex &index, const QVariant &value);
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The reason the last edit of `row` was refused, or empty.
    QString rowError(int row) const { return m_errors.value(row).message; }
    /// The column of the field the refusal is about (the core's checkLine field), or -1.
    int errorColumn(int row) const { return m_errors.contains(row) ? m_errors.value(row).column : -1; }

public slots:
    /// Re-renders headers and cells after a language switch.
    void retranslate();

signals:
    void editRejected(int row, const QString &reason);
    /// An edit held back until the user answers `question` (LineEditor::implausibleDoseQuestion).
    void confirmationNeeded(const QPersistentModelIndex &index, const QVariant &value,
                            const QString &question);

private:
    QVariant display(int row, int column) const;
    QVariant edit(int row, int column) const;

    PlanDocument *m_document;
    struct Refusal {
        QString message;
        int column = -1; ///< the cell of the field checkLine named; -1 when not a field of the table
    };
    QHash<int, Refusal> m_errors;
    bool m_confirmed = false; ///< inside setDataConfirmed
};

} // namespace taper::gui
