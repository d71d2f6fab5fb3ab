#include "planoptionsdialog.h"

#include "linetext.h"
#include "plandocument.h"
#include "plantext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace taper::gui {

PlanOptionsDialog::PlanOptionsDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_start(new QDateEdit(this)), m_interval(new QSpinBox(this)),
      m_method(new QComboBox(this)), m_stepPercent(new QDoubleSpinBox(this)), m_target(new QDoubleSpinBox(this)),
      m_largerDose(new QComboBox(this)), m_consolidate(new QCheckBox(this)), m_irTail(new QCheckBox(this)),
      m_parallel(new QCheckBox(this)), m_rotate(new QCheckBox(this)), m_rotateTo(new QComboBox(this)),
      m_reduction(new QDoubleSpinBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Make taper plan"));
    m_start->setCalendarPopup(true);
    m_interval->setRange(1, 90);
    m_interval->setSuffix(tr(" days"));
    for (TaperMethod m : {TaperMethod::Proportional, TaperMethod::Linear})
        m_method->addItem(PlanText::method(m), static_cast<int>(m));
    m_stepPercent->setRange(0.5, 50);
    m_stepPercent->setDecimals(1);
    m_stepPercent->setSuffix(QStringLiteral(" %"));
    m_target->setRange(0, 10000);
    m_target->setDecimals(1);
    m_target->setSuffix(tr(" mg MEQ/day"));
    for (LargerDose l : {LargerDose::Evening, LargerDose::Morning})
        m_largerDose->addItem(PlanText::largerDose(l), static_cast<int>(l));
    for (const Substance &s : document->formulary().substances())
        if (s.kind == SubstanceKind::FullAgonist)
            m_rotateTo->addItem(LineText::substance(document->formulary(), s.id), QString::fromStdString(s.id));
    m_reduction->setRange(25, 50);
    m_reduction->setDecimals(0);
    m_reduction->setSuffix(QStringLiteral(" %"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    m_consolidate->setText(tr("Move short-acting use into the depot product at step 0"));
    m_irTail->setText(tr("Below the smallest depot dose, continue with immediate release"));
    m_parallel->setText(tr("Reduce every line at each step"));
    m_rotate->setText(tr("Switch substance to:"));
    m_rotate->setToolTip(tr("Rotation is never automatic; the dose is cut for incomplete cross-tolerance."));
    m_reduction->setToolTip(tr("Cross-tolerance reduction on rotation: 25 % as advised, up to 50 %."));
    connect(m_rotate, &QCheckBox::toggled, m_rotateTo, &QWidget::setEnabled);
    connect(m_rotate, &QCheckBox::toggled, m_reduction, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&Interval:"), m_interval);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("Largest &cut per step:"), m_stepPercent);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Larger dose:"), m_largerDose);
    form->addRow(QString(), m_consolidate);
    form->addRow(QString(), m_irTail);
    form->addRow(QString(), m_parallel);
    form->addRow(m_rotate, m_rotateTo);
    form->addRow(tr("Cross-tolerance &reduction:"), m_reduction);
    m_start->setAccessibleName(tr("Start date"));
    m_interval->setAccessibleName(tr("Interval between steps"));
    m_stepPercent->setAccessibleName(tr("Largest cut per step in percent"));
    m_target->setAccessibleName(tr("Target MEQ"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make plan"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanOptionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    TaperOptions initial;
    initial.start = document->today();
    setOptions(document->taperOptions().value_or(initial));
}

void PlanOptionsDialog::setOptions(const TaperOptions &o)
{
    m_base = o;
    m_start->setDate(LineText::toQDate(o.start));
    m_interval->setValue(o.intervalDays);
    const int method = m_method->findData(static_cast<int>(o.method));
    m_method->setCurrentIndex(method < 0 ? 0 : method);
    m_stepPercent->setValue(o.stepPercent);
    m_target->setValue(o.targetMeq.value());
    m_largerDose->setCurrentIndex(m_largerDose->findData(static_cast<int>(o.largerDose)));
    m_consolidate->setChecked(o.consolidate);
    m_irTail->setChecked(o.allowIrTail);
    m_parallel->setChecked(o.parallel);
    m_rotate->setChecked(o.rotateTo.has_value());
    m_rotateTo->setEnabled(o.rotateTo.has_value());
    m_reduction->setEnabled(o.rotateTo.has_value());
    if (o.rotateTo) m_rotateTo->setCurrentIndex(m_rotateTo->findData(QString::fromStdString(*o.rotateTo)));
    m_reduction->setValue(o.crossToleranceReduction);
}

TaperOptions PlanOptionsDialog::options() const
{
    TaperOptions o = m_base;
    o.start = LineText::fromQDate(m_start->date());
    o.intervalDays = m_interval->value();
    o.method = static_cast<TaperMethod>(m_method->currentData().toInt());
    o.stepPercent = m_stepPercent->value();
    o.targetMeq = MeqPerDay{m_target->value()};
    o.largerDose = static_cast<LargerDose>(m_largerDose->currentData().toInt());
    o.consolidate = m_consolidate->isChecked();
    o.allowIrTail = m_irTail->isChecked();
    o.parallel = m_parallel->isChecked();
    o.rotateTo.reset();
    if (m_rotate->isChecked() && m_rotateTo->currentIndex() >= 0) o.rotateTo = m_rotateTo->currentData().toString().toStdString();
    o.crossToleranceReduction = m_reduction->value();
    return o;
}

QString PlanOptionsDialog::errorText() const
{
    return m_error->text();
}

void PlanOptionsDialog::accept()
{
    const QString error = m_document->setTaperOptions(options());
    if (error.isEmpty()) {
        m_error->clear();
        m_error->hide();
        QDialog::accept();
        return;
    }
    m_error->setText(tr("No plan made: %1").arg(error));
    m_error->show();
}

} // namespace taper::gui
