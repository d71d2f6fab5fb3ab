#pragma once
// The taper schedule: one row per step of the document's schedule (taper::plan) with its dates, the
// doses at morning, noon, evening and night, other doses (patches, PRN, more than four a day), MEQ,
// % of start and the units to dispense. Read-only; follows PlanDocument::planChanged.

#include <QAbstractTableModel>

namespace taper::gui {

class PlanDocument;

class ScheduleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Step, Dates, Meq, Percent, Morning, Noon, Evening, Night, Other, Dispense, ColumnCount };
    /// The step's MEQ (double) from the core, for charts and tests.
    static constexpr int MeqValueRole = Qt::UserRole + 1;

    explicit ScheduleModel(PlanDocument *document, QObject *parent = nullptr);

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
