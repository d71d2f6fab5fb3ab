// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sessions tab for the nurse: the plan's status and attention flags (taper::planStatus,
// taper::attentionFlags), "Record session…" and the history (SessionModel).

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace taper::gui {

class PlanDocument;
class SessionModel;

class SessionPanel : public QWidget {
    Q_OBJECT
public:
    explicit SessionPanel(PlanDocument *document, QWidget *parent = nullptr);

    SessionModel *model() const { return m_model; }
    QString statusText() const;

signals:
    void recordRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    PlanDocument *m_document;
    SessionModel *m_model;
    QLabel *m_status;
    QPushButton *m_record;
    QTableView *m_view;
};

} // namespace taper::gui
