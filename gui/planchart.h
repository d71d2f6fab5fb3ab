#pragma once
// MEQ over time (Qt Charts): the schedule's steps as a step line (each step's MEQ from taper::plan
// held from its start to its end), dates on the x axis in the UI's format; recorded sessions as
// markers at the MEQ the patient actually took (planned vs actual).

#include <QWidget>

class QChartView;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    PlanDocument *m_document;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_series;
    QScatterSeries *m_sessions;
    QDateTimeAxis *m_xAxis;
    QValueAxis *m_yAxis;
};

} // namespace taper::gui
