// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tapering group (nedtrapningshold) as a table: one row per plan file of the folder (patient,
// current step, next reduction, last session, attention flags as of the meeting date) and one row
// per file that could not be read, with the reason. Files that are no plan (a regimen) are counted,
// not shown. Read-only; every value comes from the core (taper/plan_group.h, taper/session.h).

#include "taper/formulary.h"
#include "taper/plan_group.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace taper::gui {

class GroupModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Patient, CurrentStep, NextReduction, LastSession, NeedsAttention, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< QString: the file's full path (every row)
        ReadableRole,                ///< bool: the row is a plan (false: a file that could not be read)
    };

    explicit GroupModel(std::shared_ptr<const Formulary> formulary, Date day, QObject *parent = nullptr);

    /// Shows `files` (readGroupFolder's answer, in its order) as of the meeting date.
    void setFiles(std::vector<GroupFile> files);
    /// The meeting date the current step, next reduction and attention flags are worked out for.
    void setDay(Date day);
    Date day() const { return m_day; }

    int planCount() const;
    int unreadableCount() const;
    int skippedCount() const { return m_skipped; }
    /// The plan file shown in `row`; empty for a file that could not be read (or no such row).
    QString planPath(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void retranslate();

private:
    QString planCell(const Plan &plan, int column) const;
    QString unreadableCell(const GroupFile &file, int column) const;
    QString fileName(const GroupFile &file) const;

    std::shared_ptr<const Formulary> m_formulary;
    Date m_day;
    std::vector<GroupFile> m_rows; ///< plans and unreadable files
    int m_skipped = 0;
};

} // namespace taper::gui
