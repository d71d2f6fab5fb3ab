// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparemodel.h"

#include "linetext.h"
#include "plandocument.h"

#include <QFont>

#include <cmath>

namespace taper::gui {

CompareModel::CompareModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    QStringList ids;
    for (const Profile &p : document->formulary().profiles())
        ids << QString::fromStdString(p.id);
    connect(document, &PlanDocument::resultsChanged, this, &CompareModel::recompute);
    setProfiles(ids);
}

void CompareModel::setProfiles(const QStringList &ids)
{
    m_ids.clear();
    for (const QString &id : ids)
        if (m_document->formulary().profile(id.toStdString()) && !m_ids.contains(id)) m_ids << id;
    recompute();
}

void CompareModel::recompute()
{
    beginResetModel();
    m_comparison = MeqComparison{};
    std::vector<const Profile *> profiles;
    for (const QString &id : m_ids)
        profiles.push_back(m_document->formulary().profile(id.toStdString()));
    if (!profiles.empty())
        m_comparison = meq::compare(m_document->regimen(), profiles, m_document->formulary());
    endResetModel();
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_comparison.profiles.empty()
               ? 0
               : static_cast<int>(m_comparison.lines.size()) + 1;
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_comparison.profiles.size()) + 1;
}

QVariant CompareModel::display(int row, int column) const
{
    if (column == 0) {
        if (isTotalRow(row)) return tr("Total");
        const std::size_t line = m_comparison.lines.at(static_cast<std::size_t>(row));
        return tr("%1. %2").arg(line + 1).arg(
            LineText::label(m_document->line(static_cast<int>(line)), m_document->formulary()));
    }
    const Eigen::Index p = column - 1;
    double value, low, high;
    if (isTotalRow(row)) {
        value = m_comparison.total(p);
        low = m_comparison.totalLow(p);
        high = m_comparison.totalHigh(p);
    } else {
        value = m_comparison.meq(row, p);
        low = m_comparison.low(row, p);
        high = m_comparison.high(row, p);
    }
    if (std::isnan(value)) return tr("not converted");
    QString text =
        tr("%1 (%2–%3)").arg(LineText::number(value), LineText::number(low), LineText::number(high));
    if (isTotalRow(row) && m_comparison.results.at(static_cast<std::size_t>(p)).totalIsPartial)
        text += QLatin1Char(' ') + tr("partial");
    return text;
}

QVariant CompareModel::toolTip(int row, int column) const
{
    if (column == 0 || isTotalRow(row)) return {};
    const std::size_t p = static_cast<std::size_t>(column - 1);
    const std::size_t line = m_comparison.lines.at(static_cast<std::size_t>(row));
    for (const MeqLine &m : m_comparison.results.at(p).lines) {
        if (m.index != line) continue;
        const Formulary &formulary = m_document->formulary();
        if (m.exclusion)
            return tr("Excluded by the profile: %1\n%2")
                .arg(QString::fromStdString(m.exclusion->reason),
                     LineText::citation(formulary, m.exclusion->source));
        if (!m.conversion || !m.factor) return tr("The profile has no factor for this line.");
        return tr("%1\nFactor %2 (published range %3–%4)\n%5")
            .arg(LineText::arithmetic(m_document->line(static_cast<int>(line)), m),
                 LineText::factor(*m.factor), LineText::factor(m.conversion->range.first),
                 LineText::factor(m.conversion->range.second),
                 LineText::citation(formulary, m.conversion->source));
    }
    return {};
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotalRow(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case MeqValueRole:
    case LowRole:
    case HighRole: {
        if (index.column() == 0) return {};
        const Eigen::Index p = index.column() - 1, r = index.row();
        const bool total = isTotalRow(index.row());
        const double v = role == MeqValueRole ? (total ? m_comparison.total(p) : m_comparison.meq(r, p))
                         : role == LowRole    ? (total ? m_comparison.totalLow(p) : m_comparison.low(r, p))
                                              : (total ? m_comparison.totalHigh(p) : m_comparison.high(r, p));
        return std::isnan(v) ? QVariant() : QVariant(v);
    }
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) return {};
    if (section == 0) return role == Qt::DisplayRole ? QVariant(tr("Line")) : QVariant();
    const Profile *p = m_comparison.profiles.at(static_cast<std::size_t>(section - 1));
    if (role == Qt::DisplayRole) return tr("%1 mg MEQ/day").arg(QString::fromStdString(p->id));
    if (role == Qt::ToolTipRole) return QString::fromStdString(p->name + " — " + p->description);
    return {};
}

void CompareModel::retranslate()
{
    recompute();
}

} // namespace taper::gui
