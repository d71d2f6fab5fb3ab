// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The taper tab: a summary of the options, "Make taper plan…", the schedule table (ScheduleModel),
// the MEQ-over-time chart and the plan notes in the UI language. Shows the core's reason when the
// options could not be planned. Once sessions replaced steps, a version chooser shows earlier versions.

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace taper::gui {

class PlanChart;
class PlanDocument;
class ScheduleModel;

class PlanPanel : public QWidget {
    Q_OBJECT
public:
    explicit PlanPanel(PlanDocument *document, QWidget *parent = nullptr);

    ScheduleModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    PlanChart *chart() const { return m_chart; }
    QListWidget *notes() const { return m_notes; }
    QComboBox *versionBox() const { return m_versionBox; }
    QString summaryText() const;

signals:
    /// The user asked for the options dialog.
    void makePlanRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Row heights from the number of text lines in each row's tallest cell.
    void fitRowsToLines();
    void update();
    void retranslate();

    PlanDocument *m_document;
    ScheduleModel *m_model;
    QLabel *m_summary;
    QPushButton *m_make;
    QComboBox *m_versionBox;
    QTableView *m_view;
    PlanChart *m_chart;
    QListWidget *m_notes;
};

} // namespace taper::gui
