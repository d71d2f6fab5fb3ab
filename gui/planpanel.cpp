// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpanel.h"

#include "linetext.h"
#include "planchart.h"
#include "plandocument.h"
#include "plantext.h"
#include "schedulemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace taper::gui {

PlanPanel::PlanPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ScheduleModel(document, this)),
      m_summary(new QLabel(this)), m_make(new QPushButton(this)), m_versionBox(new QComboBox(this)),
      m_view(new QTableView(this)), m_chart(new PlanChart(document, this)), m_notes(new QListWidget(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_versionBox);
    top->addWidget(m_make);
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_view);
    left->addWidget(m_notes);
    left->setStretchFactor(0, 4);
    left->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({900, 480});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_make, &QPushButton::clicked, this, &PlanPanel::makePlanRequested);
    connect(m_versionBox, &QComboBox::activated, this,
            [this](int index) { m_model->setVersion(m_versionBox->itemData(index).toInt()); });
    connect(document, &PlanDocument::planChanged, this, &PlanPanel::update);
    connect(document, &PlanDocument::shownVersionChanged, this, &PlanPanel::update);
    retranslate();
}

QString PlanPanel::summaryText() const
{
    return m_summary->text();
}

void PlanPanel::update()
{
    const auto &options = m_document->taperOptions();
    m_make->setText(options ? tr("Change taper plan…") : tr("Make taper plan…"));
    m_make->setEnabled(!m_document->isFrozen());
    m_notes->clear();
    if (!options) {
        m_summary->setText(
            tr("No taper plan yet. Make one from the regimen with the button on the right (Ctrl+T)."));
    } else if (!m_document->schedule()) {
        m_summary->setText(tr("No schedule: %1").arg(m_document->planError()));
    } else if (const int shown = m_document->shownVersion(); shown >= 0) {
        const ScheduleVersion &v = m_document->planRecord().scheduleHistory.at(std::size_t(shown));
        m_summary->setText(tr("Version %1, not in effect: replaced %2 (%3); %n step(s)", nullptr,
                              static_cast<int>(v.steps.size()))
                               .arg(v.revision)
                               .arg(LineText::date(v.replaced), PlanText::versionReason(v.reason)));
    } else {
        const Schedule &s = *m_document->schedule();
        const QString target = LineText::number(s.options.targetMeq.value());
        QString text =
            tr("Start %1, every %2 days, %3, at most %4 % a step, target %5 mg MEQ/day; %n step(s)", nullptr,
               static_cast<int>(s.steps.size()))
                .arg(LineText::date(s.options.start))
                .arg(s.options.intervalDays)
                .arg(PlanText::method(s.options.method), LineText::number(s.options.stepPercent), target);
        if (s.options.rotateTo)
            text +=
                QLatin1Char(' ') + tr("Rotation to %1 with %2 % cross-tolerance reduction.")
                                       .arg(LineText::substance(m_document->formulary(), *s.options.rotateTo),
                                            LineText::number(s.options.crossToleranceReduction));
        m_summary->setText(text);
        for (const TaperNote &note : s.notes)
            m_notes->addItem(PlanText::note(note, m_document->formulary()));
    }
    m_notes->setVisible(m_notes->count() > 0);
    const QSignalBlocker blocker(m_versionBox);
    m_versionBox->clear();
    const Plan &record = m_document->planRecord();
    m_versionBox->addItem(tr("Plan in effect (version %1)").arg(record.revision), -1);
    for (std::size_t i = record.scheduleHistory.size(); i-- > 0;) {
        const ScheduleVersion &v = record.scheduleHistory[i];
        m_versionBox->addItem(tr("Version %1, replaced %2: %3")
                                  .arg(v.revision)
                                  .arg(LineText::date(v.replaced), PlanText::versionReason(v.reason)),
                              static_cast<int>(i));
    }
    m_versionBox->setCurrentIndex(std::max(0, m_versionBox->findData(m_model->version())));
    m_versionBox->setVisible(!record.scheduleHistory.empty());
    m_versionBox->setAccessibleName(tr("Schedule version"));
    m_view->resizeColumnsToContents();
    fitRowsToLines();
}

void PlanPanel::fitRowsToLines()
{
    // What resizeRowsToContents() gives (the tallest cell's size hint, plus the grid line), laying out only
    // each row's cell with the most text lines instead of every cell: the cells share one font and columns
    // fit their contents, so the most lines is the tallest. resizeRowsToContents() was half of the time
    // from a dose edit to the updated window (benchmarkDoseEditToUpdatedPlan).
    const int rows = m_model->rowCount();
    const int grid = m_view->showGrid() ? 1 : 0;
    int oneLine = -1;
    QHeaderView *header = m_view->verticalHeader();
    for (int row = 0; row < rows; ++row) {
        QModelIndex tallest = m_model->index(row, ScheduleModel::Step);
        qsizetype most = 1;
        for (int column = 0; column < ScheduleModel::ColumnCount; ++column) {
            const QModelIndex index = m_model->index(row, column);
            const qsizetype lines = index.data().toString().count(QLatin1Char('\n')) + 1;
            if (lines > most) {
                most = lines;
                tallest = index;
            }
        }
        if (most == 1 && oneLine < 0) oneLine = m_view->sizeHintForIndex(tallest).height();
        header->resizeSection(row, (most == 1 ? oneLine : m_view->sizeHintForIndex(tallest).height()) + grid);
    }
}

void PlanPanel::retranslate()
{
    m_view->setAccessibleName(tr("Taper schedule"));
    m_notes->setAccessibleName(tr("Plan notes"));
    m_make->setToolTip(tr("Options for the taper plan (Ctrl+T)"));
    update();
}

void PlanPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace taper::gui
