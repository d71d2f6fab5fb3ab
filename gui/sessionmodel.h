// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The session history of the plan: one row per recorded session (date, by, step, planned and actual
// MEQ, withdrawal, pain, decision, reason, the revision it produced). Read-only; the core's values.

#include <QAbstractTableModel>

namespace taper::gui {

class PlanDocument;

class SessionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Date,
        By,
        Step,
        Planned,
        Actual,
        Withdrawal,
        Pain,
        Decision,
        Reason,
        Revision,
        ColumnCount
    };

    explicit SessionModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void retranslate();

private:
    void reset();
    QVariant display(int row, int column) const;

    PlanDocument *m_document;
    int m_rows = 0;
};

} // namespace taper::gui
