// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pharmacist's side-by-side view: MEQ of every opioid line and the total under several conversion
// profiles (columns), each cell "MEQ (low–high)" from meq::compare; "–" where a profile does not
// convert the line. The last row is the total. Read-only; follows the document's results.

#include "taper/meq_compare.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace taper::gui {

class PlanDocument;

class CompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The cell's MEQ (double) from the core; invalid where the profile does not convert the line.
    static constexpr int MeqValueRole = Qt::UserRole + 1;
    static constexpr int LowRole = Qt::UserRole + 2;
    static constexpr int HighRole = Qt::UserRole + 3;

    explicit CompareModel(PlanDocument *document, QObject *parent = nullptr);

    /// The profiles to compare (unknown ids are dropped); the default is every profile of the formulary.
    void setProfiles(const QStringList &ids);
    QStringList profiles() const { return m_ids; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void retranslate();

private:
    void recompute();
    QVariant display(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    bool isTotalRow(int row) const { return row == static_cast<int>(m_comparison.lines.size()); }

    PlanDocument *m_document;
    QStringList m_ids;
    MeqComparison m_comparison;
};

} // namespace taper::gui
