// SPDX-License-Identifier: GPL-3.0-or-later
#include "regimenmodel.h"

#include "linetext.h"
#include "plandocument.h"

#include <QBrush>
#include <QColor>

#include <map>

namespace taper::gui {

namespace {
/// The table column of a line field as checkLine names it ("dose", "schedule/evening", …).
int columnOfField(const std::string &field)
{
    static const std::map<std::string, int, std::less<>> columns{
        {"dose", LineEditor::Dose},
        {"times_per_day", LineEditor::TimesPerDay},
        {"schedule", LineEditor::Morning},
        {"schedule/morning", LineEditor::Morning},
        {"schedule/noon", LineEditor::Noon},
        {"schedule/evening", LineEditor::Evening},
        {"schedule/night", LineEditor::Night},
        {"prn", LineEditor::Prn},
        {"max_per_day", LineEditor::MaxPerDay},
        {"used_per_day", LineEditor::UsedPerDay},
        {"since", LineEditor::Since},
    };
    const auto it = columns.find(field);
    return it == columns.end() ? LineEditor::Product : it->second; // product, unit, count, atc
}
} // namespace

RegimenModel::RegimenModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &PlanDocument::lineAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(document, &PlanDocument::lineInserted, this, [this] {
        m_errors.clear();
        endInsertRows();
    });
    connect(document, &PlanDocument::lineAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(document, &PlanDocument::lineRemoved, this, [this] {
        m_errors.clear();
        endRemoveRows();
    });
    connect(document, &PlanDocument::lineChanged, this, [this](int row) {
        m_errors.remove(row);
        emit dataChanged(index(row, 0), index(row, LineEditor::ColumnCount - 1));
    });
    connect(document, &PlanDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &PlanDocument::regimenReset, this, [this] {
        m_errors.clear();
        endResetModel();
    });
}

int RegimenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->shownLineCount();
}

int RegimenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LineEditor::ColumnCount;
}

QVariant RegimenModel::display(int row, int column) const
{
    const RegimenLine &line = m_document->shownLine(row);
    const QString none = QStringLiteral("–");
    switch (column) {
    case LineEditor::Product:
        return LineText::label(line, m_document->formulary());
    case LineEditor::Dose:
        return line.dose ? LineText::dose(line) : QString();
    case LineEditor::TimesPerDay:
        return line.timesPerDay ? QString::number(*line.timesPerDay) : none;
    case LineEditor::Morning:
    case LineEditor::Noon:
    case LineEditor::Evening:
    case LineEditor::Night: {
        if (!line.schedule) return none;
        const double amount = (*line.schedule)[static_cast<std::size_t>(column - LineEditor::Morning)];
        return amount > 0 ? LineText::number(amount) + QLatin1Char(' ') + LineText::unit(line.unit) : none;
    }
    case LineEditor::Prn:
        return QVariant();
    case LineEditor::MaxPerDay:
        return line.maxPerDay ? tr("≤%1").arg(LineText::number(*line.maxPerDay)) : QString();
    case LineEditor::UsedPerDay:
        return line.usedPerDay ? LineText::number(*line.usedPerDay) : QString();
    case LineEditor::Since:
        return line.since ? LineText::date(*line.since) : QString();
    default:
        return {};
    }
}

QVariant RegimenModel::edit(int row, int column) const
{
    const RegimenLine &line = m_document->shownLine(row);
    switch (column) {
    case LineEditor::Product:
        return line.product ? QString::fromStdString(*line.product) : QString();
    case LineEditor::Dose: // with the unit, so that the editor says what a bare number means
        return line.dose ? LineEditor::amountText(valueOf(*line.dose), line) : QString();
    case LineEditor::TimesPerDay:
        return line.timesPerDay ? QString::number(*line.timesPerDay) : QString();
    case LineEditor::Morning:
    case LineEditor::Noon:
    case LineEditor::Evening:
    case LineEditor::Night:
        return line.schedule
                   ? LineEditor::amountText(
                         (*line.schedule)[static_cast<std::size_t>(column - LineEditor::Morning)], line)
                   : QString();
    case LineEditor::MaxPerDay:
        return line.maxPerDay ? LineText::number(*line.maxPerDay) : QString();
    case LineEditor::UsedPerDay:
        return line.usedPerDay ? LineText::number(*line.usedPerDay) : QString();
    case LineEditor::Since:
        return line.since ? LineText::date(*line.since) : QString();
    default:
        return display(row, column);
    }
}

QVariant RegimenModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const int row = index.row(), column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
        return edit(row, column);
    case ProductIdRole:
        return edit(row, LineEditor::Product);
    case Qt::CheckStateRole:
        if (column != LineEditor::Prn) return {};
        return m_document->shownLine(row).prn ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (m_errors.contains(row)) return tr("Not accepted: %1").arg(m_errors.value(row).message);
        if (column == LineEditor::Product) { // the name in full (the column elides), then what to know
            const RegimenLine &line = m_document->shownLine(row);
            const QString name = LineText::label(line, m_document->formulary());
            if (line.coMedication)
                return name + QLatin1Char('\n') +
                       tr("Co-medication (%1): assessed by the rules, never counted in MEQ")
                           .arg(line.atc ? QString::fromStdString(*line.atc)
                                         : QString::fromStdString(line.substance));
            if (line.product)
                if (const Product *p = m_document->formulary().product(*line.product);
                    p && !p->marketNote.empty())
                    return name + QLatin1Char('\n') + QString::fromStdString(p->marketNote);
            return name;
        }
        return {};
    case Qt::BackgroundRole:
        if (m_errors.contains(row))
            return QBrush(column == m_errors.value(row).column ? QColor(240, 150, 150)
                                                               : QColor(255, 220, 220));
        if (m_document->shownLine(row).coMedication) return QBrush(QColor(236, 242, 250));
        return {};
    case Qt::TextAlignmentRole:
        return column == LineEditor::Product ? QVariant() : QVariant(Qt::AlignCenter);
    default:
        return {};
    }
}

bool RegimenModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= rowCount() || m_document->showsStep()) return false;
    if (role != Qt::EditRole && !(role == Qt::CheckStateRole && index.column() == LineEditor::Prn))
        return false;
    const int row = index.row();
    QString error;
    const RegimenLine &before = m_document->line(row);
    const auto edited = LineEditor::apply(before, index.column(), value, m_document->formulary(), &error);
    int column = index.column();
    if (edited && !m_confirmed) {
        const QString question = LineEditor::implausibleDoseQuestion(*edited, m_document->formulary());
        if (!question.isEmpty() &&
            LineEditor::implausibleDoseQuestion(before, m_document->formulary()).isEmpty()) {
            emit confirmationNeeded(QPersistentModelIndex(index), value, question);
            return false;
        }
    }
    if (edited) {
        std::string field;
        error = m_document->replaceLine(row, *edited, &field);
        if (!field.empty()) column = columnOfField(field);
    }
    if (error.isEmpty()) return true;
    m_errors.insert(row, Refusal{error, column});
    emit dataChanged(this->index(row, 0), this->index(row, LineEditor::ColumnCount - 1));
    emit editRejected(row, error);
    return false;
}

bool RegimenModel::setDataConfirmed(const QModelIndex &index, const QVariant &value)
{
    m_confirmed = true;
    const bool done = setData(index, value, Qt::EditRole);
    m_confirmed = false;
    return done;
}

Qt::ItemFlags RegimenModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_document->showsStep()) return f; // the step in effect is read-only
    if (index.column() == LineEditor::Prn) return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant RegimenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LineEditor::TimesPerDay:
            return tr("Fixed administrations a day");
        case LineEditor::Prn:
            return tr("As needed (PRN)");
        case LineEditor::MaxPerDay:
            return tr("PRN: most administrations allowed a day");
        case LineEditor::UsedPerDay:
            return tr("PRN: administrations actually used a day");
        case LineEditor::Since:
            return tr("Start of continuous use");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case LineEditor::Product:
        return tr("Product");
    case LineEditor::Dose:
        return tr("Dose");
    case LineEditor::TimesPerDay:
        return tr("×/day");
    case LineEditor::Morning:
        return tr("Morning");
    case LineEditor::Noon:
        return tr("Noon");
    case LineEditor::Evening:
        return tr("Evening");
    case LineEditor::Night:
        return tr("Night");
    case LineEditor::Prn:
        return tr("PRN");
    case LineEditor::MaxPerDay:
        return tr("Max/day");
    case LineEditor::UsedPerDay:
        return tr("Used/day");
    case LineEditor::Since:
        return tr("Since");
    default:
        return {};
    }
}

void RegimenModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, LineEditor::ColumnCount - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, LineEditor::ColumnCount - 1));
}

} // namespace taper::gui
