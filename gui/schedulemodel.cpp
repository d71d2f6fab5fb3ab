// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulemodel.h"

#include "linetext.h"
#include "plandocument.h"
#include "plantext.h"

#include <QColor>
#include <QFont>

namespace taper::gui {

ScheduleModel::ScheduleModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    m_rows = static_cast<int>(steps().size());
    connect(document, &PlanDocument::planChanged, this, &ScheduleModel::reset);
    connect(document, &PlanDocument::regimenReset, this, &ScheduleModel::reset);
    connect(document, &PlanDocument::shownVersionChanged, this, &ScheduleModel::reset);
}

void ScheduleModel::reset()
{
    beginResetModel();
    m_rows = static_cast<int>(steps().size());
    endResetModel();
}

void ScheduleModel::setVersion(int version)
{
    m_document->showVersion(version);
}

int ScheduleModel::version() const
{
    return m_document->shownVersion();
}

const std::vector<taper::Step> &ScheduleModel::steps() const
{
    return m_document->shownSteps();
}

bool ScheduleModel::isFrozen(const taper::Step &step) const
{
    const auto &sessions = m_document->planRecord().sessions;
    return version() < 0 && !sessions.empty() && step.start < sessions.back().date;
}

bool ScheduleModel::isToday(int row) const
{
    return version() < 0 && row == m_document->stepInEffect(m_document->today());
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleModel::display(int row, int column) const
{
    const taper::Step &step = steps().at(static_cast<std::size_t>(row));
    switch (column) {
    case Step:
        return step.index;
    case Dates:
        return step.end ? tr("%1–%2").arg(LineText::date(step.start), LineText::date(*step.end))
                        : tr("from %1").arg(LineText::date(step.start));
    case Morning:
    case Noon:
    case Evening:
    case Night:
        return PlanText::slotDoses(step, column - Morning);
    case Other:
        return PlanText::otherDoses(step);
    case Meq:
        return LineText::number(step.totalMeq.value());
    case Percent:
        return tr("%1 %").arg(LineText::number(step.percentOfStart));
    case Dispense:
        return PlanText::dispense(step.dispense);
    default:
        return {};
    }
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.row() >= static_cast<int>(steps().size()))
        return {};
    const taper::Step &step = steps().at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::ForegroundRole:
        return isFrozen(step) ? QVariant(QColor(Qt::darkGray)) : QVariant();
    case Qt::FontRole:
        if (isToday(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case FrozenRole:
        return isFrozen(step);
    case Qt::BackgroundRole:
        return isToday(index.row()) ? QVariant(QColor(255, 244, 200)) : QVariant();
    case TodayRole:
        return isToday(index.row());
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Meq || index.column() == Percent || index.column() == Step
                   ? QVariant(Qt::AlignRight | Qt::AlignTop)
                   : QVariant(Qt::AlignLeft | Qt::AlignTop);
    case Qt::ToolTipRole:
        if (isToday(index.row()) && index.column() == Step) return tr("The step in effect today");
        if (isFrozen(step))
            return tr("Passed: kept as it was by the session of %1")
                .arg(LineText::date(m_document->planRecord().sessions.back().date));
        if (index.column() == Meq)
            return tr("Computed by the core with profile %1 (PRN at the maximum)")
                .arg(QString::fromStdString(m_document->schedule()->profile));
        if (index.column() == Dispense) return tr("Units to dispense for this step");
        return {};
    case MeqValueRole:
        return step.totalMeq.value();
    default:
        return {};
    }
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Step:
        return tr("Step");
    case Dates:
        return tr("From–to");
    case Morning:
        return tr("Morning");
    case Noon:
        return tr("Noon");
    case Evening:
        return tr("Evening");
    case Night:
        return tr("Night");
    case Other:
        return tr("Patches and PRN");
    case Meq:
        return tr("MEQ mg/day");
    case Percent:
        return tr("% of start");
    case Dispense:
        return tr("Dispense");
    default:
        return {};
    }
}

void ScheduleModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0) emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

} // namespace taper::gui
