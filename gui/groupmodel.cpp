// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupmodel.h"

#include "linetext.h"
#include "plantext.h"

#include "taper/session.h"
#include "taper/visible_text.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

#include <algorithm>

namespace taper::gui {

namespace {

const QColor kAlert(176, 0, 32); // as the session table's warnings

/// Free text from a file (a label, a file name) with every control made visible (taper::visibleText).
QString shown(const std::string &text)
{
    return QString::fromStdString(visibleText(text));
}

/// The plan's patient label, or nullptr for a file without a plan or a plan without a label.
const std::string *labelOf(const GroupFile &file)
{
    return file.plan && file.plan->label && !file.plan->label->empty() ? &*file.plan->label : nullptr;
}

} // namespace

GroupModel::GroupModel(std::shared_ptr<const Formulary> formulary, Date day, QObject *parent)
    : QAbstractTableModel(parent), m_formulary(std::move(formulary)), m_day(day)
{
}

void GroupModel::setFiles(std::vector<GroupFile> files)
{
    beginResetModel();
    m_rows.clear();
    m_skipped = 0;
    for (GroupFile &f : files) {
        if (f.notAPlan)
            ++m_skipped;
        else
            m_rows.push_back(std::move(f));
    }
    endResetModel();
}

void GroupModel::setDay(Date day)
{
    m_day = day;
    if (!m_rows.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GroupModel::planCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const GroupFile &f) { return f.plan.has_value(); }));
}

int GroupModel::unreadableCount() const
{
    return rowCount() - planCount();
}

QString GroupModel::planPath(int row) const
{
    if (row < 0 || row >= rowCount() || !m_rows[static_cast<std::size_t>(row)].plan) return {};
    return QString::fromStdString(m_rows[static_cast<std::size_t>(row)].path.string());
}

int GroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GroupModel::fileName(const GroupFile &file) const
{
    return shown(file.path.filename().string());
}

QString GroupModel::planCell(const Plan &plan, int column) const
{
    const std::vector<Step> &steps = plan.schedule.steps;
    const int current = currentStep(steps, m_day);
    switch (column) {
    case CurrentStep:
        return tr("%1 (%2 mg MEQ/day)")
            .arg(current)
            .arg(LineText::number(steps.at(static_cast<std::size_t>(current)).totalMeq.value()));
    case NextReduction: {
        if (planStatus(plan, m_day) == PlanStatus::Maintenance) return tr("(maintenance)");
        const std::optional<std::size_t> next = nextReduction(plan, m_day);
        if (!next) return QStringLiteral("–");
        return tr("%1 → %2 mg MEQ/day")
            .arg(LineText::date(steps[*next].start), LineText::number(steps[*next].totalMeq.value()));
    }
    case LastSession:
        if (plan.sessions.empty()) return QStringLiteral("–");
        return tr("%1: %2").arg(LineText::date(plan.sessions.back().date),
                                PlanText::decision(plan.sessions.back().decision));
    case NeedsAttention: {
        QStringList flags;
        for (Attention a : attentionFlags(plan, m_day))
            flags << PlanText::attention(a);
        return flags.isEmpty() ? QStringLiteral("–") : flags.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QString GroupModel::unreadableCell(const GroupFile &file, int column) const
{
    if (column != NeedsAttention) return QStringLiteral("–");
    // The reason without the full path (the row names the file); where and what, in the UI language.
    return tr("Cannot be read: %1").arg(LineText::inputError(*file.error, m_formulary.get(), false));
}

QVariant GroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const GroupFile &file = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    const auto text = [&] {
        if (column == Patient) return labelOf(file) ? shown(*labelOf(file)) : fileName(file);
        return file.plan ? planCell(*file.plan, column) : unreadableCell(file, column);
    };
    switch (role) {
    case Qt::DisplayRole:
        return text();
    case Qt::ToolTipRole: // the full text where the column elides it; the file behind every row
        if (!file.plan && file.error)
            return tr("%1 cannot be read: %2")
                .arg(fileName(file), LineText::inputError(*file.error, m_formulary.get(), false));
        if (column == Patient && labelOf(file)) return tr("%1 (file %2)").arg(text(), fileName(file));
        return text();
    case Qt::ForegroundRole:
        if (!file.plan || (column == NeedsAttention && !attentionFlags(*file.plan, m_day).empty()))
            return kAlert;
        return {};
    case Qt::DecorationRole:
        if (column == Patient && !file.plan)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case PathRole:
        return QString::fromStdString(file.path.string());
    case ReadableRole:
        return file.plan.has_value();
    default:
        return {};
    }
}

QVariant GroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Patient:
        return tr("Patient");
    case CurrentStep:
        return tr("Current step");
    case NextReduction:
        return tr("Next reduction");
    case LastSession:
        return tr("Last session");
    case NeedsAttention:
        return tr("Needs attention");
    default:
        return {};
    }
}

void GroupModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace taper::gui
