// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings list with severity icons, text in the UI language and sources. Activating a finding
// that concerns a line asks to go to that line.

#include <QWidget>

class QTableView;

namespace taper::gui {

class FindingsModel;
class PlanDocument;

class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(PlanDocument *document, QWidget *parent = nullptr);

    FindingsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    /// A finding about regimen row `row` (0-based) was activated.
    void goToLine(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    FindingsModel *m_model;
    QTableView *m_view;
};

} // namespace taper::gui
