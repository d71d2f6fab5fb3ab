// SPDX-License-Identifier: GPL-3.0-or-later
#include "meqmodel.h"

#include "linetext.h"
#include "plandocument.h"

namespace taper::gui {

MeqModel::MeqModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    m_rows = static_cast<int>(document->shownMeq().lines.size());
    connect(document, &PlanDocument::resultsChanged, this, &MeqModel::resultsChanged);
}

void MeqModel::resultsChanged()
{
    const int rows = static_cast<int>(m_document->shownMeq().lines.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int MeqModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MeqModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeqModel::display(int row, int column) const
{
    const MeqLine &m = m_document->shownMeq().lines.at(static_cast<std::size_t>(row));
    const RegimenLine &line = m_document->shownLine(static_cast<int>(m.index));
    const Formulary &formulary = m_document->formulary();
    switch (column) {
    case Line:
        return LineText::label(line, formulary) + (line.prn ? tr(" (PRN)") : QString());
    case Arithmetic:
        return LineText::arithmetic(line, m);
    case Factor:
        if (!m.factor) return QStringLiteral("–");
        return LineText::factor(*m.factor) +
               (m.conversion && m.conversion->isTiered() ? tr(" (tiered)") : QString());
    case Range:
        if (!m.conversion) return QStringLiteral("–");
        return tr("%1–%2").arg(LineText::factor(m.conversion->range.first),
                               LineText::factor(m.conversion->range.second));
    case Meq:
        return m.meq ? LineText::number(m.meq->value()) : tr("not converted");
    case MeqUsed:
        return m.meqUsed ? LineText::number(m.meqUsed->value()) : QString();
    case Source:
        if (m.conversion) return QString::fromStdString(m.conversion->source);
        if (m.exclusion) return QString::fromStdString(m.exclusion->source);
        return QStringLiteral("–");
    default:
        return {};
    }
}

QVariant MeqModel::toolTip(int row, int column) const
{
    const MeqLine &m = m_document->shownMeq().lines.at(static_cast<std::size_t>(row));
    const Formulary &formulary = m_document->formulary();
    if (m.exclusion && !m.conversion)
        return tr("Excluded by this profile: %1 — %2")
            .arg(QString::fromStdString(m.exclusion->reason),
                 LineText::citation(formulary, m.exclusion->source));
    if (!m.conversion)
        return tr("This profile has no factor for this substance and route; the total is partial.");
    QString tip = tr("Source: %1").arg(LineText::citation(formulary, m.conversion->source));
    if (!m.conversion->note.empty()) tip += QLatin1Char('\n') + QString::fromStdString(m.conversion->note);
    if (column == MeqUsed && m.meqUsed)
        tip = LineText::arithmetic(m_document->shownLine(static_cast<int>(m.index)), m, true) +
              QLatin1Char('\n') + tip;
    return tip;
}

QVariant MeqModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows) return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole: // the elided columns (line, arithmetic) in full first
        if (index.column() == Line || index.column() == Arithmetic)
            return display(index.row(), index.column()).toString() + QLatin1Char('\n') +
                   toolTip(index.row(), index.column()).toString();
        return toolTip(index.row(), index.column());
    case MeqValueRole: {
        const MeqLine &m = m_document->shownMeq().lines.at(static_cast<std::size_t>(index.row()));
        return m.meq ? QVariant(m.meq->value()) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return index.column() == Meq || index.column() == MeqUsed || index.column() == Factor
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    default:
        return {};
    }
}

QVariant MeqModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Range:
            return tr("The published low–high range of the factor");
        case MeqUsed:
            return tr("PRN lines at the administrations actually used a day");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Arithmetic:
        return tr("Arithmetic");
    case Factor:
        return tr("Factor");
    case Range:
        return tr("Range");
    case Meq:
        return tr("mg MEQ/day");
    case MeqUsed:
        return tr("As used");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

void MeqModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0) emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

} // namespace taper::gui
