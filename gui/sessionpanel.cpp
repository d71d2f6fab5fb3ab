// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionpanel.h"

#include "linetext.h"
#include "plandocument.h"
#include "plantext.h"
#include "sessionmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace taper::gui {

SessionPanel::SessionPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new SessionModel(document, this)),
      m_status(new QLabel(this)), m_record(new QPushButton(this)), m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_record, &QPushButton::clicked, this, &SessionPanel::recordRequested);
    connect(document, &PlanDocument::planChanged, this, &SessionPanel::update);
    update();
}

QString SessionPanel::statusText() const
{
    return m_status->text();
}

void SessionPanel::update()
{
    m_record->setText(tr("Record session…"));
    m_record->setToolTip(tr("Record how the patient is doing and decide the next step (Ctrl+R)"));
    m_view->setAccessibleName(tr("Session history"));
    m_record->setEnabled(m_document->schedule() != nullptr);
    if (!m_document->schedule()) {
        m_status->setText(tr("Sessions are recorded on a taper plan: make one first."));
        return;
    }
    const Plan plan = m_document->toPlan();
    const Date today = m_document->today();
    // The step the patient is on today, as the schedule table marks it (a step starting today counts).
    const int step = m_document->stepInEffect(today);
    QString text = tr("Status: %1. Step in effect today: %2 (%3 mg MEQ/day). Plan version %4.")
                       .arg(PlanText::status(planStatus(plan, today)))
                       .arg(step)
                       .arg(LineText::number(plan.schedule.steps.at(std::size_t(step)).totalMeq.value()))
                       .arg(plan.revision);
    QStringList flags;
    for (Attention a : attentionFlags(plan, today))
        flags << PlanText::attention(a);
    if (!flags.isEmpty())
        text += QLatin1Char(' ') + tr("Needs attention: %1.").arg(flags.join(QStringLiteral(", ")));
    m_status->setText(text);
    m_view->resizeColumnsToContents();
}

void SessionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace taper::gui
