// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The MEQ breakdown: one row per regimen line with the core's arithmetic, factor, published range,
// MEQ (and PRN as used) and the factor's source. Read-only; follows the document's results.

#include <QAbstractTableModel>

namespace taper::gui {

class PlanDocument;

class MeqModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Arithmetic, Factor, Range, Meq, MeqUsed, Source, ColumnCount };
    /// Role with the unrounded MEQ (double) of a row, or an invalid QVariant when not converted.
    static constexpr int MeqValueRole = Qt::UserRole + 1;

    explicit MeqModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void retranslate();

private:
    void resultsChanged();
    QVariant display(int row, int column) const;
    QVariant toolTip(int row, int column) const;

    PlanDocument *m_document;
    int m_rows = 0;
};

} // namespace taper::gui
