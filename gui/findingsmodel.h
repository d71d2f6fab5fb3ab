// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings list: severity (icon and word), the finding in the UI language, the regimen line it
// concerns, and its source (title and year; the URL in the tooltip). Read-only; follows the document.

#include <QAbstractTableModel>

namespace taper::gui {

class PlanDocument;

class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Message, Line, Source, ColumnCount };
    /// Role with the finding's code ("high_meq").
    static constexpr int CodeRole = Qt::UserRole + 1;
    /// Role with the 0-based regimen row the finding concerns, or an invalid QVariant.
    static constexpr int LineRole = Qt::UserRole + 2;

    explicit FindingsModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void retranslate();

private:
    PlanDocument *m_document;
    int m_rows = 0;
};

} // namespace taper::gui
