// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include "findingtext.h"
#include "linetext.h"
#include "plandocument.h"

namespace taper::gui {

FindingsModel::FindingsModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_rows(static_cast<int>(document->findings().size()))
{
    connect(document, &PlanDocument::resultsChanged, this, [this] {
        beginResetModel();
        m_rows = static_cast<int>(m_document->findings().size());
        endResetModel();
    });
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows) return {};
    const Finding &f = m_document->findings().at(static_cast<std::size_t>(index.row()));
    const Formulary &formulary = m_document->formulary();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return FindingText::severity(f.severity);
        case Message:
            return FindingText::message(f, formulary);
        case Line:
            return f.line ? QVariant(static_cast<int>(*f.line) + 1) : QVariant(QStringLiteral("–"));
        case Source: {
            const taper::Source *s = formulary.source(f.source);
            return s ? tr("%1, %2").arg(QString::fromStdString(s->publisher)).arg(s->year)
                     : QString::fromStdString(f.source);
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == Severity ? QVariant(FindingText::icon(f.severity)) : QVariant();
    case Qt::ToolTipRole: {
        const taper::Source *s = formulary.source(f.source);
        QString tip = FindingText::code(f) + QLatin1Char('\n') + LineText::citation(formulary, f.source);
        if (s && !s->url.empty()) tip += QLatin1Char('\n') + QString::fromStdString(s->url);
        return tip;
    }
    case CodeRole:
        return FindingText::code(f);
    case LineRole:
        return f.line ? QVariant(static_cast<int>(*f.line)) : QVariant();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Message:
        return tr("Finding");
    case Line:
        return tr("Line");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

void FindingsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0) emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

} // namespace taper::gui
