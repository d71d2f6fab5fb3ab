// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The MEQ panel: the per-line breakdown (MeqModel) and the totals under the current profile —
// scheduled, PRN at maximum, PRN as used, total — live as the regimen changes.

#include <QWidget>

class QLabel;
class QTableView;

namespace taper::gui {

class MeqModel;
class PlanDocument;

class MeqPanel : public QWidget {
    Q_OBJECT
public:
    explicit MeqPanel(PlanDocument *document, QWidget *parent = nullptr);

    MeqModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The total line as shown ("I alt 300 mg MEQ/døgn").
    QString totalText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTotals();

    PlanDocument *m_document;
    MeqModel *m_model;
    QLabel *m_title;
    QTableView *m_view;
    QLabel *m_totals;
    QLabel *m_total;
};

} // namespace taper::gui
