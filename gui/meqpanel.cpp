// SPDX-License-Identifier: GPL-3.0-or-later
#include "meqpanel.h"

#include "linetext.h"
#include "meqmodel.h"
#include "plandocument.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace taper::gui {

MeqPanel::MeqPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new MeqModel(document, this)), m_title(new QLabel(this)),
      m_view(new QTableView(this)), m_totals(new QLabel(this)), m_total(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    // The MEQ, factor and source columns always show in full; the line name and the arithmetic share
    // what is left and are elided, with the whole text in their tooltips (MeqModel).
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeqModel::Line, QHeaderView::Stretch);
    header->setSectionResizeMode(MeqModel::Arithmetic, QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setWordWrap(false);
    // At least the header and two lines, however small the screen (the window scrolls instead).
    m_view->setMinimumHeight(m_view->horizontalHeader()->sizeHint().height() +
                             2 * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth());
    QFont bold = m_total->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_total->setFont(bold);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Never wider than the panel in a narrow window: the title may be cut (whole in its tooltip), the
    // subtotals stand one to a line. No word wrap: a wrapped label's height is not part of the panel's
    // minimum, and in a small window it would cover the table.
    m_title->setMinimumWidth(1);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_total);
    connect(document, &PlanDocument::resultsChanged, this, &MeqPanel::updateTotals);
    updateTotals();
}

QString MeqPanel::totalText() const
{
    return m_total->text();
}

void MeqPanel::updateTotals()
{
    m_title->setText(
        m_document->showsStep()
            ? tr("Morphine equivalents of the step in effect (profile %1)")
                  .arg(LineText::profileName(m_document->profile()))
            : tr("Morphine equivalents (profile %1)").arg(LineText::profileName(m_document->profile())));
    m_title->setToolTip(m_title->text());
    m_view->setAccessibleName(tr("MEQ per line"));
    const MeqResult &r = m_document->shownMeq();
    const QString unit = tr("mg MEQ/day");
    QStringList parts;
    parts << tr("Scheduled: %1 %2").arg(LineText::number(r.scheduled.value()), unit);
    parts << tr("PRN at maximum: %1 %2").arg(LineText::number(r.prn.value()), unit);
    if (r.prnUsed && r.prn.value() > 0)
        parts << tr("PRN as used: %1 %2").arg(LineText::number(r.prnUsed->value()), unit);
    m_totals->setText(parts.join(QLatin1Char('\n')));
    QString total = tr("Total %1 %2").arg(LineText::number(r.total().value()), unit);
    if (r.totalIsPartial) total += QLatin1Char(' ') + tr("(partial: some lines are not converted)");
    m_total->setText(total);
    // The total against the profile's thresholds (60 and 100 mg MEQ/day in the Danish profile).
    const Profile &profile = m_document->profile();
    const Threshold *passed = profile.veryHighMeq.isExceededBy(r.total()) ? &profile.veryHighMeq
                              : profile.highMeq.isExceededBy(r.total())   ? &profile.highMeq
                                                                          : nullptr;
    const bool veryHigh = passed == &profile.veryHighMeq;
    m_total->setStyleSheet(!passed    ? QString()
                           : veryHigh ? QStringLiteral("color: #b00020")
                                      : QStringLiteral("color: #a55a00"));
    m_total->setToolTip(
        passed ? tr("Above %1 mg MEQ/day: see the findings").arg(LineText::number(passed->valueMg))
               : tr("Below %1 mg MEQ/day").arg(LineText::number(profile.highMeq.valueMg)));
    m_total->setProperty("threshold", !passed ? 0 : veryHigh ? 2 : 1);
    m_view->resizeColumnsToContents();
}

void MeqPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        updateTotals();
    }
    QWidget::changeEvent(event);
}

} // namespace taper::gui
