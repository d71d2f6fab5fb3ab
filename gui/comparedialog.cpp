// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include "comparemodel.h"
#include "plandocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace taper::gui {

CompareDialog::CompareDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent), m_model(new CompareModel(document, this)), m_intro(new QLabel(this)),
      m_view(new QTableView(this))
{
    auto *boxes = new QHBoxLayout;
    for (const Profile &p : document->formulary().profiles()) {
        auto *box = new QCheckBox(QString::fromStdString(p.id), this);
        box->setProperty("profile", QString::fromStdString(p.id));
        box->setToolTip(QString::fromStdString(p.name + " — " + p.description));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &CompareDialog::applyChoice);
        boxes->addWidget(box);
        m_boxes << box;
    }
    boxes->addStretch();
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(boxes);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 360);
    retranslate();
}

void CompareDialog::applyChoice()
{
    QStringList ids;
    for (QCheckBox *box : m_boxes)
        if (box->isChecked()) ids << box->property("profile").toString();
    m_model->setProfiles(ids);
}

void CompareDialog::retranslate()
{
    setWindowTitle(tr("Compare conversion profiles"));
    m_intro->setText(
        tr("MEQ per line and in total under each profile, with the low–high spread of the published "
           "factor ranges (PRN at the maximum). Hover a cell for the arithmetic and the source."));
    m_view->setAccessibleName(tr("MEQ under each profile"));
    m_model->retranslate();
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

} // namespace taper::gui
