// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionmodel.h"

#include "linetext.h"
#include "plandocument.h"
#include "plantext.h"

#include <QColor>

namespace taper::gui {

SessionModel::SessionModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    m_rows = static_cast<int>(document->planRecord().sessions.size());
    connect(document, &PlanDocument::planChanged, this, &SessionModel::reset);
}

void SessionModel::reset()
{
    beginResetModel();
    m_rows = static_cast<int>(m_document->planRecord().sessions.size());
    endResetModel();
}

int SessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionModel::display(int row, int column) const
{
    const Session &s = m_document->planRecord().sessions.at(static_cast<std::size_t>(row));
    const auto text = [](const std::optional<std::string> &v) {
        return v ? QString::fromStdString(*v) : QString();
    };
    switch (column) {
    case Date:
        return LineText::date(s.date);
    case By:
        return text(s.by);
    case Step:
        return s.step;
    case Planned:
        return LineText::number(s.plannedMeq.value());
    case Actual:
        return LineText::number(s.actualMeq.value());
    case Withdrawal:
        return s.withdrawal ? PlanText::withdrawal(*s.withdrawal) : QStringLiteral("–");
    case Pain:
        return s.pain ? QString::number(*s.pain) : QStringLiteral("–");
    case Decision: {
        QString d = PlanText::decision(s.decision);
        if (s.holdDays) d += QLatin1Char(' ') + tr("(+%1 days)").arg(*s.holdDays);
        if (s.stepPercent) d += QLatin1Char(' ') + tr("(%1 % a step)").arg(LineText::number(*s.stepPercent));
        if (s.intervalDays) d += QLatin1Char(' ') + tr("(every %1 days)").arg(*s.intervalDays);
        if (s.reviewDate) d += QLatin1Char(' ') + tr("(review %1)").arg(LineText::date(*s.reviewDate));
        return d;
    }
    case Reason: {
        QStringList parts;
        for (const auto &v : {s.reason, s.withdrawalNote, s.functionNote})
            if (v && !v->empty()) parts << QString::fromStdString(*v);
        return parts.join(QStringLiteral(" · "));
    }
    case Revision:
        return s.revision;
    default:
        return {};
    }
}

QVariant SessionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows) return {};
    const Session &s = m_document->planRecord().sessions.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == Actual && s.tookMoreThanPlanned()) return tr("Took more than planned");
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == Actual && s.tookMoreThanPlanned()) ||
            (index.column() == Withdrawal && s.withdrawal && *s.withdrawal >= kWithdrawalModerate))
            return QColor(176, 0, 32);
        return {};
    default:
        return {};
    }
}

QVariant SessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Date:
        return tr("Date");
    case By:
        return tr("By");
    case Step:
        return tr("Step");
    case Planned:
        return tr("Planned MEQ");
    case Actual:
        return tr("Actual MEQ");
    case Withdrawal:
        return tr("Withdrawal");
    case Pain:
        return tr("Pain");
    case Decision:
        return tr("Decision");
    case Reason:
        return tr("Reason and notes");
    case Revision:
        return tr("Revision");
    default:
        return {};
    }
}

void SessionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0) emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

} // namespace taper::gui
