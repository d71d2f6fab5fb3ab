// SPDX-License-Identifier: GPL-3.0-or-later
#include "planoptionsdialog.h"

#include "datefield.h"
#include "linetext.h"
#include "plandocument.h"
#include "plantext.h"
#include "typinglimits.h"

#include "taper/input_error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace taper::gui {

PlanOptionsDialog::PlanOptionsDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_start(new DateField(this)), m_interval(new QSpinBox(this)),
      m_method(new QComboBox(this)), m_stepPercent(new QDoubleSpinBox(this)),
      m_target(new QDoubleSpinBox(this)), m_largerDose(new QComboBox(this)),
      m_consolidate(new QCheckBox(this)), m_irTail(new QCheckBox(this)), m_parallel(new QCheckBox(this)),
      m_rotate(new QCheckBox(this)), m_rotateTo(new QComboBox(this)), m_reduction(new QDoubleSpinBox(this)),
      m_switchAt(new QDoubleSpinBox(this)), m_custom(new QLineEdit(this)),
      m_minStep(new QDoubleSpinBox(this)), m_maxHold(new QSpinBox(this)), m_align(new QCheckBox(this)),
      m_allowUnconfirmed(new QCheckBox(this)), m_fineTail(new QCheckBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Make taper plan"));
    setUpFields();
    setUpTexts();
    QFormLayout *form = fieldLayout();
    nameFields();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Make plan"));
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

    for (QDoubleSpinBox *box : {m_stepPercent, m_target, m_reduction, m_switchAt, m_minStep})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PlanOptionsDialog::validate);
    connect(m_interval, &QSpinBox::valueChanged, this, &PlanOptionsDialog::validate);
    connect(m_maxHold, &QSpinBox::valueChanged, this, &PlanOptionsDialog::validate);
    connect(m_method, &QComboBox::currentIndexChanged, this, &PlanOptionsDialog::validate);
    connect(m_custom, &QLineEdit::textChanged, this, &PlanOptionsDialog::validate);
    connect(m_start, &QDateEdit::dateChanged, this, &PlanOptionsDialog::validate);
    validate();
}

/// Ranges, units and lists of the option fields (from the core's limits and the formulary).
void PlanOptionsDialog::setUpFields()
{
    m_interval->setRange(0, kTypingMaxDays);
    m_interval->setSuffix(tr(" days"));
    for (TaperMethod m : {TaperMethod::Proportional, TaperMethod::Linear, TaperMethod::Custom})
        m_method->addItem(PlanText::method(m), static_cast<int>(m));
    m_stepPercent->setRange(0, kTypingMaxPercent);
    m_stepPercent->setDecimals(1);
    m_stepPercent->setSuffix(QStringLiteral(" %"));
    m_switchAt->setRange(0, kTypingMaxPercent);
    m_switchAt->setDecimals(1);
    m_switchAt->setSuffix(QStringLiteral(" %"));
    m_switchAt->setToolTip(
        tr("Linear cuts are a share of the starting dose; below this share of the start the "
           "plan continues with cuts of the current dose."));
    m_custom->setPlaceholderText(tr("e.g. 75; 50; 30; 15; 0"));
    m_custom->setToolTip(
        tr("The dose of each step in % of the starting dose, from below 100 down to the target, "
           "each lower than the one before, separated by semicolons"));
    m_minStep->setRange(0, 1000);
    m_minStep->setDecimals(1);
    m_minStep->setSpecialValueText(tr("none"));
    m_minStep->setSuffix(tr(" mg MEQ/day"));
    m_minStep->setToolTip(tr("Each step cuts at least this much where a dispensable dose allows it"));
    m_target->setRange(0, 10000);
    m_target->setDecimals(1);
    m_target->setSuffix(tr(" mg MEQ/day"));
    for (LargerDose l : {LargerDose::Evening, LargerDose::Morning})
        m_largerDose->addItem(PlanText::largerDose(l), static_cast<int>(l));
    for (const Substance &s : m_document->formulary().substances())
        if (s.kind == SubstanceKind::FullAgonist)
            m_rotateTo->addItem(LineText::substance(m_document->formulary(), s.id),
                                QString::fromStdString(s.id));
    m_maxHold->setRange(0, kTypingMaxIntervals);
    m_maxHold->setSuffix(tr(" intervals"));
    m_maxHold->setToolTip(tr("A step after a larger cut than requested lasts up to this many intervals "
                             "(1: never longer)"));
    m_reduction->setRange(0, kTypingMaxPercent);
    m_reduction->setDecimals(0);
    m_reduction->setSuffix(QStringLiteral(" %"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
}

/// Check box texts and the tooltips that explain a choice.
void PlanOptionsDialog::setUpTexts()
{
    m_consolidate->setText(tr("Move short-acting use into the depot product at step 0"));
    m_irTail->setText(tr("Below the smallest depot dose, continue with immediate release"));
    m_parallel->setText(tr("Reduce every line at each step"));
    m_align->setText(tr("Change doses only on session days (start + whole intervals)"));
    m_allowUnconfirmed->setText(tr("Also use strengths not confirmed on the Danish market"));
    m_fineTail->setText(tr("Finish with oral solution where there is one (finer, longer end)"));
    m_rotate->setText(tr("Switch substance to:"));
    m_rotate->setToolTip(tr("Rotation is never automatic; the dose is cut for incomplete cross-tolerance."));
    m_reduction->setToolTip(tr("Cross-tolerance reduction on rotation: 25 % as advised, up to 50 %."));
    connect(m_rotate, &QCheckBox::toggled, m_rotateTo, &QWidget::setEnabled);
    connect(m_rotate, &QCheckBox::toggled, m_reduction, &QWidget::setEnabled);
}

/// The fields in the order a GP reads them, each labelled with its option key for refusals.
QFormLayout *PlanOptionsDialog::fieldLayout()
{
    auto *form = new QFormLayout;
    addField(form, tr("&Start:"), m_start, "start");
    addField(form, tr("&Interval:"), m_interval, "interval_days");
    addField(form, tr("&Method:"), m_method, "method");
    addField(form, tr("Largest &cut per step:"), m_stepPercent, "step_percent");
    addField(form, tr("Linear until &below:"), m_switchAt, "switch_at_percent");
    addField(form, tr("Custom &percentages:"), m_custom, "custom_percents");
    addField(form, tr("Smallest c&ut per step:"), m_minStep, "min_step_meq");
    addField(form, tr("&Target:"), m_target, "target_meq");
    form->addRow(tr("&Larger dose:"), m_largerDose);
    form->addRow(QString(), m_consolidate);
    form->addRow(QString(), m_irTail);
    form->addRow(QString(), m_fineTail);
    form->addRow(QString(), m_parallel);
    addField(form, tr("Longest &hold:"), m_maxHold, "max_hold_intervals");
    form->addRow(QString(), m_align);
    form->addRow(QString(), m_allowUnconfirmed);
    form->addRow(m_rotate, m_rotateTo);
    addField(form, tr("Cross-tolerance &reduction:"), m_reduction, "cross_tolerance_reduction");
    return form;
}

/// Object names for the tests and accessible names for screen readers.
void PlanOptionsDialog::nameFields()
{
    for (auto [widget, name] :
         std::initializer_list<std::pair<QWidget *, const char *>>{{m_method, "method"},
                                                                   {m_stepPercent, "stepPercent"},
                                                                   {m_switchAt, "switchAtPercent"},
                                                                   {m_custom, "customPercents"},
                                                                   {m_minStep, "minStep"},
                                                                   {m_target, "target"},
                                                                   {m_maxHold, "maxHold"},
                                                                   {m_align, "alignToSessions"},
                                                                   {m_allowUnconfirmed, "allowUnconfirmed"},
                                                                   {m_fineTail, "fineTail"}})
        widget->setObjectName(QString::fromLatin1(name));
    m_start->setAccessibleName(tr("Start date"));
    m_interval->setAccessibleName(tr("Interval between steps"));
    m_method->setAccessibleName(tr("Taper method"));
    m_stepPercent->setAccessibleName(tr("Largest cut per step in percent"));
    m_switchAt->setAccessibleName(tr("Linear until below this percent of the start"));
    m_custom->setAccessibleName(tr("Custom percentages of the starting dose"));
    m_minStep->setAccessibleName(tr("Smallest cut per step in mg MEQ per day"));
    m_target->setAccessibleName(tr("Target MEQ"));
    m_largerDose->setAccessibleName(tr("Larger dose"));
    m_rotateTo->setAccessibleName(tr("Substance to switch to"));
    m_reduction->setAccessibleName(tr("Cross-tolerance reduction in percent"));
    m_maxHold->setAccessibleName(tr("Longest hold in intervals"));
}

void PlanOptionsDialog::addField(QFormLayout *form, const QString &label, QWidget *field, const char *key)
{
    auto *message = new QLabel(this);
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b00020"));
    message->hide();
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(message);
    form->addRow(label, box);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(box))) buddy->setBuddy(field);
    m_fieldErrors[QString::fromLatin1(key)] = message;
}

std::optional<std::vector<double>> PlanOptionsDialog::customPercents(QString *error) const
{
    std::vector<double> values;
    const QStringList parts =
        m_custom->text().split(QRegularExpression(QStringLiteral("[;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        double value = QLocale().toDouble(part, &ok);
        if (!ok) value = QLocale::c().toDouble(part, &ok);
        if (!ok) {
            if (error) *error = tr("\"%1\" is not a number").arg(part);
            return std::nullopt;
        }
        values.push_back(value);
    }
    return values;
}

void PlanOptionsDialog::updateEnabled()
{
    const auto method = static_cast<TaperMethod>(m_method->currentData().toInt());
    m_switchAt->setEnabled(method == TaperMethod::Linear);
    m_custom->setEnabled(method == TaperMethod::Custom);
}

void PlanOptionsDialog::validate()
{
    updateEnabled();
    const QString custom = QStringLiteral("custom_percents");
    QString key, message, detail;
    const bool isCustom = static_cast<TaperMethod>(m_method->currentData().toInt()) == TaperMethod::Custom;
    if (isCustom && !customPercents(&message)) {
        key = custom;
    } else {
        try {
            validateOptions(options());
        } catch (const InputError &e) {
            key = QString::fromStdString(e.where());
            detail = LineText::problem(e, nullptr);
            // The one field free text can make invalid gets its rule in the UI language.
            message = key == custom
                          ? tr("Enter the steps in % of the starting dose, from below 100 down to 0, "
                               "each lower than the one before.")
                          : detail;
        }
    }
    m_error->setText(key.isEmpty() || m_fieldErrors.count(key) ? QString()
                                                               : message); // a key the form has no line for
    m_error->setVisible(!m_error->text().isEmpty());
    for (auto &[field, label] : m_fieldErrors) {
        label->setText(field == key ? message : QString());
        label->setToolTip(field == key ? detail : QString());
        label->setVisible(field == key);
    }
    if (m_ok) m_ok->setEnabled(key.isEmpty());
}

QString PlanOptionsDialog::fieldError(const QString &key) const
{
    const auto it = m_fieldErrors.find(key);
    return it == m_fieldErrors.end() ? QString() : it->second->text();
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
    m_switchAt->setValue(o.switchAtPercent);
    m_minStep->setValue(o.minStepMeq ? o.minStepMeq->value() : 0.0);
    m_maxHold->setValue(o.maxHoldIntervals);
    m_align->setChecked(o.alignToSessions);
    m_allowUnconfirmed->setChecked(o.allowUnconfirmed);
    m_fineTail->setChecked(o.fineTail);
    QStringList custom;
    for (double pct : o.customPercents)
        custom << QLocale().toString(pct, 'g', 6);
    m_custom->setText(custom.join(QStringLiteral("; ")));
    updateEnabled();
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
    if (m_rotate->isChecked() && m_rotateTo->currentIndex() >= 0)
        o.rotateTo = m_rotateTo->currentData().toString().toStdString();
    o.crossToleranceReduction = m_reduction->value();
    o.switchAtPercent = m_switchAt->value();
    o.minStepMeq.reset();
    if (m_minStep->value() > 0) o.minStepMeq = MeqPerDay{m_minStep->value()};
    o.customPercents.clear();
    if (o.method == TaperMethod::Custom)
        o.customPercents = customPercents(nullptr).value_or(std::vector<double>{});
    o.maxHoldIntervals = m_maxHold->value();
    o.alignToSessions = m_align->isChecked();
    o.allowUnconfirmed = m_allowUnconfirmed->isChecked();
    o.fineTail = m_fineTail->isChecked();
    // A pace the user set here is never replaced by the short-exposure pace (as the CLI's explicit
    // --interval-days / --step-percent).
    if (o.intervalDays != m_base.intervalDays || std::abs(o.stepPercent - m_base.stepPercent) > 0.05)
        o.shortExposurePace = false;
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
