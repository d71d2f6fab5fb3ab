// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspanel.h"

#include "findingsmodel.h"
#include "plandocument.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace taper::gui {

FindingsPanel::FindingsPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_model(new FindingsModel(document, this)), m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(FindingsModel::Severity, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingsModel::Message, QHeaderView::Stretch);
    header->setSectionResizeMode(FindingsModel::Line, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingsModel::Source, QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Findings"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QVariant line = index.data(FindingsModel::LineRole);
        if (line.isValid()) emit goToLine(line.toInt());
    });
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        m_view->setAccessibleName(tr("Findings"));
    }
    QWidget::changeEvent(event);
}

} // namespace taper::gui
