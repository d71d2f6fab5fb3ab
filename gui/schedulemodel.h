// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The taper schedule: one row per step of the document's schedule (taper::plan) with its dates, the
// doses at morning, noon, evening and night, other doses (patches, PRN, more than four a day), MEQ,
// % of start and the units to dispense. Read-only; follows PlanDocument::planChanged. Steps that
// started before the last session are frozen (greyed); the step in effect today is bold. It shows the
// document's shown version (PlanDocument::shownVersion): the current steps or an earlier one.

#include "taper/taper.h"

#include <QAbstractTableModel>

#include <vector>

namespace taper::gui {

class PlanDocument;

class ScheduleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Step, Dates, Meq, Percent, Morning, Noon, Evening, Night, Other, Dispense, ColumnCount };
    /// The step's MEQ (double) from the core, for charts and tests.
    static constexpr int MeqValueRole = Qt::UserRole + 1;
    /// True for a step frozen by a recorded session.
    static constexpr int FrozenRole = Qt::UserRole + 2;
    /// True for the step in effect today (current steps only).
    static constexpr int TodayRole = Qt::UserRole + 3;

    explicit ScheduleModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// PlanDocument::showVersion / shownVersion (every view follows).
    void setVersion(int version);
    int version() const;

public slots:
    void retranslate();

private:
    void reset();
    /// The steps shown (current or a history version); empty when there is no schedule.
    const std::vector<taper::Step> &steps() const;
    bool isFrozen(const taper::Step &step) const;
    bool isToday(int row) const;
    QVariant display(int row, int column) const;

    PlanDocument *m_document;
    int m_rows = 0;
};

} // namespace taper::gui
