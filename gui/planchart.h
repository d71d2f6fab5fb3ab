// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MEQ over time (Qt Charts): the schedule's steps as a step line (each step's MEQ from taper::plan
// held from its start to its end), dates on the x axis in the UI's format; recorded sessions as
// markers at the MEQ the patient actually took (planned vs actual); the profile's thresholds as dashed
// lines, today as a vertical line with the step in effect marked; tooltips on steps and sessions. It
// shows the document's shown version (PlanDocument::shownSteps).

#include <QPointF>
#include <QWidget>

class QChartView;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace taper::gui {

class PlanDocument;

class PlanChart : public QWidget {
    Q_OBJECT
public:
    explicit PlanChart(PlanDocument *document, QWidget *parent = nullptr);

    /// The plotted points (x: ms since epoch, y: mg MEQ/day), for tests.
    QLineSeries *series() const { return m_series; }
    /// One point per recorded session (x: its date, y: actual MEQ).
    QScatterSeries *sessions() const { return m_sessions; }
    /// The profile's first and second threshold (two points each, or none above the axis).
    QLineSeries *highLine() const { return m_high; }
    QLineSeries *veryHighLine() const { return m_veryHigh; }
    /// Today's vertical line and the marker of the step in effect today.
    QLineSeries *todayLine() const { return m_today; }
    QScatterSeries *currentMarker() const { return m_current; }
    QDateTimeAxis *xAxis() const { return m_xAxis; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void showStepTip(const QPointF &point, bool state);
    void showSessionTip(const QPointF &point, bool state);

    PlanDocument *m_document;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_series;
    QScatterSeries *m_sessions;
    QLineSeries *m_high;
    QLineSeries *m_veryHigh;
    QLineSeries *m_today;
    QScatterSeries *m_current;
    QDateTimeAxis *m_xAxis;
    QValueAxis *m_yAxis;
};

} // namespace taper::gui
