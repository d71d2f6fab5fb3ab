#include "planchart.h"

#include "linetext.h"
#include "plandocument.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace taper::gui {

namespace {

qreal msAt(Date day)
{
    return static_cast<qreal>(LineText::toQDate(day).startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

} // namespace

PlanChart::PlanChart(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_series(new QLineSeries(this)), m_sessions(new QScatterSeries(this)), m_xAxis(new QDateTimeAxis(this)),
      m_yAxis(new QValueAxis(this))
{
    m_chart->legend()->hide();
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_series->attachAxis(m_xAxis);
    m_series->attachAxis(m_yAxis);
    m_chart->addSeries(m_sessions);
    m_sessions->attachAxis(m_xAxis);
    m_sessions->attachAxis(m_yAxis);
    m_sessions->setMarkerSize(9);
    m_sessions->setColor(QColor(200, 60, 40));
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_xAxis->setTickCount(5);
    setMinimumWidth(360);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(document, &PlanDocument::planChanged, this, &PlanChart::rebuild);
    retranslate();
    rebuild();
}

void PlanChart::rebuild()
{
    QList<QPointF> points;
    qreal top = 0;
    if (const Schedule *s = m_document->schedule()) {
        for (const Step &step : s->steps) {
            // The last step has no end: show it for one interval (the dispensing period of the core).
            const Date end =
                step.end ? *step.end + date::days{1} : step.start + date::days{s->options.intervalDays};
            points << QPointF(msAt(step.start), step.totalMeq.value())
                   << QPointF(msAt(end), step.totalMeq.value());
            top = std::max(top, step.totalMeq.value());
        }
    }
    m_series->replace(points);
    QList<QPointF> sessions;
    for (const Session &session : m_document->planRecord().sessions) {
        sessions << QPointF(msAt(session.date), session.actualMeq.value());
        top = std::max(top, session.actualMeq.value());
    }
    m_sessions->replace(sessions);
    if (!points.isEmpty()) {
        m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(points.first().x()), Qt::UTC),
                          QDateTime::fromMSecsSinceEpoch(qint64(points.last().x()), Qt::UTC));
    }
    m_yAxis->setRange(0, top > 0 ? top * 1.1 : 10);
    m_yAxis->applyNiceNumbers();
}

void PlanChart::retranslate()
{
    m_chart->setTitle(tr("MEQ over time"));
    m_yAxis->setTitleText(tr("mg MEQ/day"));
    m_xAxis->setFormat(tr("dd.MM.yy"));
    m_view->setAccessibleName(tr("Chart of MEQ over time"));
}

void PlanChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

} // namespace taper::gui
