// SPDX-License-Identifier: GPL-3.0-or-later
#include "planchart.h"

#include "linetext.h"
#include "plandocument.h"
#include "plantext.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
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
      m_series(new QLineSeries(this)), m_sessions(new QScatterSeries(this)), m_high(new QLineSeries(this)),
      m_veryHigh(new QLineSeries(this)), m_today(new QLineSeries(this)), m_current(new QScatterSeries(this)),
      m_xAxis(new QDateTimeAxis(this)), m_yAxis(new QValueAxis(this))
{
    m_chart->legend()->hide();
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QXYSeries *series :
         std::initializer_list<QXYSeries *>{m_high, m_veryHigh, m_today, m_series, m_sessions, m_current}) {
        m_chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
    const auto dashed = [](QXYSeries *series, QColor colour) {
        QPen pen(colour);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.2);
        series->setPen(pen);
    };
    dashed(m_high, QColor(0xa5, 0x5a, 0x00));
    dashed(m_veryHigh, QColor(0xb0, 0x00, 0x20));
    dashed(m_today, QColor(0x40, 0x40, 0x40));
    QPen step(QColor(0x1f, 0x5f, 0xa8));
    step.setWidthF(2);
    m_series->setPen(step);
    m_sessions->setMarkerSize(9);
    m_sessions->setColor(QColor(200, 60, 40));
    m_current->setMarkerSize(13);
    m_current->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_current->setColor(QColor(0x1f, 0x5f, 0xa8));
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_xAxis->setTickCount(5);
    setMinimumWidth(240);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_series, &QLineSeries::hovered, this, &PlanChart::showStepTip);
    connect(m_sessions, &QScatterSeries::hovered, this, &PlanChart::showSessionTip);
    connect(document, &PlanDocument::planChanged, this, &PlanChart::rebuild);
    connect(document, &PlanDocument::shownVersionChanged, this, &PlanChart::rebuild);
    connect(document, &PlanDocument::profileChanged, this, &PlanChart::rebuild);
    retranslate();
    rebuild();
}

void PlanChart::rebuild()
{
    QList<QPointF> points;
    qreal top = 0;
    const std::vector<Step> &steps = m_document->shownSteps();
    const int interval =
        m_document->schedule() ? m_document->schedule()->options.intervalDays : TaperOptions{}.intervalDays;
    for (const Step &step : steps) {
        // The last step has no end: show it for one interval (the dispensing period of the core).
        const Date end = step.end ? *step.end + date::days{1} : step.start + date::days{interval};
        points << QPointF(msAt(step.start), step.totalMeq.value())
               << QPointF(msAt(end), step.totalMeq.value());
        top = std::max(top, step.totalMeq.value());
    }
    m_series->replace(points);
    QList<QPointF> sessions;
    for (const Session &session : m_document->planRecord().sessions) {
        sessions << QPointF(msAt(session.date), session.actualMeq.value());
        top = std::max(top, session.actualMeq.value());
    }
    m_sessions->replace(sessions);
    // Without a plan the axis shows the coming twelve weeks, never the epoch.
    const Date today = m_document->today();
    const qreal first = points.isEmpty() ? msAt(today) : points.first().x();
    const qreal last = points.isEmpty() ? msAt(today + date::days{84}) : points.last().x();
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first), Qt::UTC),
                      QDateTime::fromMSecsSinceEpoch(qint64(last), Qt::UTC));
    const Profile &profile = m_document->profile();
    const bool hasPlan = !points.isEmpty();
    top = std::max(top, hasPlan ? 0.0 : profile.veryHighMeq.valueMg);
    m_yAxis->setRange(0, top > 0 ? top * 1.1 : 10);
    m_yAxis->applyNiceNumbers();
    // The thresholds of the profile (60 and 100 mg MEQ/day in the Danish one) where the axis reaches them.
    const auto level = [&](QLineSeries *series, const Threshold &t) {
        series->replace(t.valueMg <= m_yAxis->max() ? QList<QPointF>{{first, t.valueMg}, {last, t.valueMg}}
                                                    : QList<QPointF>{});
    };
    level(m_high, profile.highMeq);
    level(m_veryHigh, profile.veryHighMeq);
    const qreal now = msAt(today);
    m_today->replace(now >= first && now <= last ? QList<QPointF>{{now, 0}, {now, m_yAxis->max()}}
                                                 : QList<QPointF>{});
    QList<QPointF> current;
    if (m_document->shownVersion() < 0)
        if (const int c = m_document->stepInEffect(today); c >= 0 && now >= first && now <= last)
            current << QPointF(now, steps.at(std::size_t(c)).totalMeq.value());
    m_current->replace(current);
    m_chart->setTitle(hasPlan ? tr("MEQ over time") : tr("MEQ over time: no taper plan yet"));
}

void PlanChart::showStepTip(const QPointF &point, bool state)
{
    if (!state) return QToolTip::hideText();
    const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC).date();
    for (const Step &step : m_document->shownSteps())
        if (LineText::toQDate(step.start) <= day && (!step.end || day <= LineText::toQDate(*step.end))) {
            QToolTip::showText(QCursor::pos(),
                               tr("Step %1 from %2: %3 mg MEQ/day")
                                   .arg(step.index)
                                   .arg(LineText::date(step.start), LineText::number(step.totalMeq.value())));
            return;
        }
}

void PlanChart::showSessionTip(const QPointF &point, bool state)
{
    if (!state) return QToolTip::hideText();
    const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC).date();
    for (const Session &session : m_document->planRecord().sessions)
        if (LineText::toQDate(session.date) == day) {
            QToolTip::showText(QCursor::pos(),
                               tr("Session %1: %2; took %3 mg MEQ/day")
                                   .arg(LineText::date(session.date), PlanText::decision(session.decision),
                                        LineText::number(session.actualMeq.value())));
            return;
        }
}

void PlanChart::retranslate()
{
    m_yAxis->setTitleText(tr("mg MEQ/day"));
    m_xAxis->setFormat(tr("dd.MM.yy"));
    m_view->setAccessibleName(tr("Chart of MEQ over time"));
}

void PlanChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace taper::gui
