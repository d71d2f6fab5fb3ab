// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiondialog.h"

#include "datefield.h"
#include "linetext.h"
#include "plandocument.h"
#include "plantext.h"
#include "typinglimits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace taper::gui {

namespace {

constexpr int kNoDecision = -1; ///< the decision list's "choose" entry

std::optional<std::string> textOrNone(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<std::string>(text.toStdString());
}

} // namespace

SessionDialog::SessionDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_date(new DateField(this)), m_by(new QLineEdit(this)),
      m_withdrawal(new QComboBox(this)), m_pain(new QSpinBox(this)), m_withdrawalNote(new QLineEdit(this)),
      m_functionNote(new QLineEdit(this)), m_decision(new QComboBox(this)), m_reason(new QLineEdit(this)),
      m_holdDays(new QSpinBox(this)), m_stepPercent(new QDoubleSpinBox(this)), m_interval(new QSpinBox(this)),
      m_hasReview(new QCheckBox(this)), m_review(new DateField(this)), m_error(new QLabel(this)),
      m_asPlanned(new QCheckBox(this)), m_actual(new QTableWidget(this))
{
    setWindowTitle(tr("Record session"));
    const QDate today = LineText::toQDate(document->today());
    m_date->setDate(today);
    // Sessions are in date order, not before the plan was made and not after today: the core refuses
    // the others with its reason when Record is clicked; the typed date is never changed.
    const Plan &record = document->planRecord();
    m_date->setToolTip(
        tr("A date from %1 to today")
            .arg(LineText::date(record.sessions.empty() ? record.created : record.sessions.back().date)));
    m_by->setPlaceholderText(tr("Role or initials, e.g. sygeplejerske AB"));
    m_withdrawal->addItem(tr("not recorded"), -1);
    for (int r = 0; r <= kWithdrawalMax; ++r)
        m_withdrawal->addItem(PlanText::withdrawal(r), r);
    m_pain->setRange(-1, kPainMax);
    m_pain->setSpecialValueText(tr("not recorded"));
    m_pain->setValue(-1);
    for (SessionDecision d : {SessionDecision::Continue, SessionDecision::Hold, SessionDecision::Slow,
                              SessionDecision::StepBack, SessionDecision::Replan, SessionDecision::StopTaper})
        m_decision->addItem(PlanText::decision(d), static_cast<int>(d));
    // No decision is preselected: the nurse chooses one (a default would be recorded unseen).
    m_decision->insertItem(0, tr("Choose a decision…"), kNoDecision);
    m_decision->setCurrentIndex(0);
    m_holdDays->setRange(0, kTypingMaxDays);
    m_holdDays->setSpecialValueText(tr("one interval"));
    m_holdDays->setSuffix(tr(" days"));
    m_stepPercent->setRange(0, kTypingMaxPercent);
    m_stepPercent->setDecimals(1);
    m_stepPercent->setSpecialValueText(tr("default"));
    m_stepPercent->setSuffix(QStringLiteral(" %"));
    m_interval->setRange(0, kTypingMaxDays);
    m_interval->setSpecialValueText(tr("unchanged"));
    m_interval->setSuffix(tr(" days"));
    m_review->setDate(today.addMonths(kDefaultReviewMonths));
    m_hasReview->setText(tr("Review on:"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *review = new QHBoxLayout;
    review->addWidget(m_hasReview);
    review->addWidget(m_review, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&By:"), m_by);
    m_asPlanned->setText(tr("Took the doses as &planned"));
    m_asPlanned->setChecked(true);
    m_actual->setColumnCount(ActualColumnCount);
    m_actual->setHorizontalHeaderLabels({tr("Product"), tr("Morning"), tr("Noon"), tr("Evening"), tr("Night"),
                                         tr("PRN used a day"), tr("Times a day"), tr("Patches worn")});
    m_actual->verticalHeader()->hide();
    m_actual->setAccessibleName(tr("Actual intake"));
    m_actual->setToolTip(
        tr("What the patient actually takes: mg per time of day, PRN doses used a day, times a day "
           "or patches worn. 0 everywhere on a line: the patient stopped taking it."));
    auto *actual = new QVBoxLayout;
    actual->addWidget(m_asPlanned);
    actual->addWidget(m_actual);
    form->addRow(tr("Actual intake:"), actual);
    form->addRow(tr("&Withdrawal (0–3):"), m_withdrawal);
    form->addRow(tr("Withdrawal &note:"), m_withdrawalNote);
    form->addRow(tr("&Pain (NRS 0–10):"), m_pain);
    form->addRow(tr("&Function and sleep:"), m_functionNote);
    form->addRow(tr("D&ecision:"), m_decision);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Hold for:"), m_holdDays);
    form->addRow(tr("&Largest cut per step:"), m_stepPercent);
    form->addRow(tr("&Interval:"), m_interval);
    form->addRow(tr("Maintenance:"), review);
    m_pain->setAccessibleName(tr("Pain"));
    m_withdrawal->setAccessibleName(tr("Withdrawal"));
    m_decision->setAccessibleName(tr("Decision"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // Enter confirms a cell or a field, never the session: only a click (or Space on the focused button)
    // records it. Without an auto-default button the dialog has no default for Enter to press.
    for (QAbstractButton *button : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &SessionDialog::updateEnabled);
    connect(m_hasReview, &QCheckBox::toggled, this, &SessionDialog::updateEnabled);
    connect(m_asPlanned, &QCheckBox::toggled, this, &SessionDialog::updateEnabled);
    connect(m_date, &QDateEdit::dateChanged, this, &SessionDialog::fillActual);
    fillActual();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateEnabled();
    resize(openingSize());
    // The date opens as today and "as planned" is usually right: the first thing to fill in is withdrawal.
    m_withdrawal->setFocus();
}

namespace {
constexpr auto kSizeKey = "sessionDialog/size";
}

QSize SessionDialog::openingSize() const
{
    QSize size = QSettings().value(QLatin1String(kSizeKey)).toSize();
    if (!size.isValid()) {
        m_actual->resizeColumnsToContents();
        const int table = m_actual->horizontalHeader()->length() + 2 * m_actual->frameWidth() +
                          m_actual->verticalScrollBar()->sizeHint().width();
        // The layout gives the table its size hint (a few columns): widen the dialog by what is missing.
        size = sizeHint() + QSize(std::max(0, table - m_actual->sizeHint().width()), 0);
    }
    if (const QScreen *screen = this->screen()) size = size.boundedTo(screen->availableGeometry().size());
    return size;
}

void SessionDialog::done(int result)
{
    QSettings().setValue(QLatin1String(kSizeKey), size());
    QDialog::done(result);
}

void SessionDialog::updateEnabled()
{
    const auto d = static_cast<SessionDecision>(m_decision->currentData().toInt());
    const bool replans =
        d == SessionDecision::Slow || d == SessionDecision::StepBack || d == SessionDecision::Replan;
    m_holdDays->setEnabled(d == SessionDecision::Hold);
    m_stepPercent->setEnabled(replans);
    m_interval->setEnabled(replans);
    m_hasReview->setEnabled(d == SessionDecision::StopTaper);
    m_review->setEnabled(d == SessionDecision::StopTaper && m_hasReview->isChecked());
    m_actual->setEnabled(!m_asPlanned->isChecked());
}

namespace {

QDoubleSpinBox *amountBox(double value, double maximum, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, maximum);
    box->setDecimals(1);
    box->setValue(value);
    box->setAccessibleName(accessibleName);
    box->setFrame(false);
    return box;
}

QSpinBox *countBox(int value, int maximum, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setValue(value);
    box->setAccessibleName(accessibleName);
    box->setFrame(false);
    return box;
}

} // namespace

void SessionDialog::fillActual()
{
    m_planned = {};
    m_actual->setRowCount(0);
    const Schedule *schedule = m_document->schedule();
    if (!schedule || schedule->steps.empty()) return;
    const Date date = LineText::fromQDate(m_date->date());
    m_planned = stepRegimen(schedule->steps.at(std::size_t(currentStep(schedule->steps, date))), date);
    const QStringList times{tr("morning"), tr("noon"), tr("evening"), tr("night")};
    m_actual->setRowCount(int(m_planned.lines.size()));
    for (int row = 0; row < int(m_planned.lines.size()); ++row) {
        const RegimenLine &line = m_planned.lines[std::size_t(row)];
        const QString name = LineText::label(line, m_document->formulary());
        auto *item = new QTableWidgetItem(name);
        item->setFlags(Qt::ItemIsEnabled);
        m_actual->setItem(row, 0, item);
        if (line.schedule) {
            for (int slot = 0; slot < 4; ++slot)
                m_actual->setCellWidget(row, MorningColumn + slot,
                                        amountBox((*line.schedule)[std::size_t(slot)], 10000,
                                                  tr("%1, mg %2").arg(name, times[slot]), m_actual));
        } else if (line.prn) {
            m_actual->setCellWidget(row, PrnUsedColumn,
                                    amountBox(line.usedPerDay.value_or(line.maxPerDay.value_or(0)),
                                              kMaxTakenPerDay, tr("%1, PRN doses used a day").arg(name),
                                              m_actual));
        } else if (line.isPatch()) {
            m_actual->setCellWidget(
                row, PatchesColumn,
                countBox(line.count, kMaxCount, tr("%1, patches worn").arg(name), m_actual));
        } else if (line.timesPerDay) {
            m_actual->setCellWidget(
                row, TimesColumn,
                countBox(*line.timesPerDay, kMaxTimesPerDay, tr("%1, times a day").arg(name), m_actual));
        }
    }
    m_actual->resizeColumnsToContents();
}

Regimen SessionDialog::actualRegimen() const
{
    Regimen taken = m_planned;
    taken.lines.clear();
    for (int row = 0; row < int(m_planned.lines.size()); ++row) {
        RegimenLine line = m_planned.lines[std::size_t(row)];
        const auto amount = [&](int column) {
            return static_cast<QDoubleSpinBox *>(m_actual->cellWidget(row, column))->value();
        };
        const auto count = [&](int column) {
            return static_cast<QSpinBox *>(m_actual->cellWidget(row, column))->value();
        };
        bool taking = true; // a line the patient stopped (0 everywhere) is left out of what was taken
        if (line.schedule) {
            double sum = 0;
            for (int slot = 0; slot < 4; ++slot)
                sum += (*line.schedule)[std::size_t(slot)] = amount(MorningColumn + slot);
            taking = sum > 0;
        } else if (line.prn) {
            line.usedPerDay = amount(PrnUsedColumn); // 0 PRN doses used is recorded as such
        } else if (line.isPatch()) {
            line.count = count(PatchesColumn);
            taking = line.count > 0;
        } else if (line.timesPerDay) {
            line.timesPerDay = count(TimesColumn);
            taking = *line.timesPerDay > 0;
        }
        if (taking) taken.lines.push_back(std::move(line));
    }
    return taken;
}

void SessionDialog::setDecision(SessionDecision decision)
{
    m_decision->setCurrentIndex(m_decision->findData(static_cast<int>(decision)));
}

void SessionDialog::setRatings(int withdrawal, int pain)
{
    m_withdrawal->setCurrentIndex(m_withdrawal->findData(withdrawal));
    m_pain->setValue(pain);
}

void SessionDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

SessionInput SessionDialog::input() const
{
    SessionInput in;
    in.date = LineText::fromQDate(m_date->date());
    const int decision = m_decision->currentData().toInt(); // accept() refuses kNoDecision
    in.decision =
        decision == kNoDecision ? SessionDecision::Continue : static_cast<SessionDecision>(decision);
    in.by = textOrNone(m_by);
    in.reason = textOrNone(m_reason);
    in.withdrawalNote = textOrNone(m_withdrawalNote);
    in.functionNote = textOrNone(m_functionNote);
    if (m_withdrawal->currentData().toInt() >= 0) in.withdrawal = m_withdrawal->currentData().toInt();
    if (m_pain->value() >= 0) in.pain = m_pain->value();
    if (m_holdDays->isEnabled() && m_holdDays->value() > 0) in.holdDays = m_holdDays->value();
    if (m_stepPercent->isEnabled() && m_stepPercent->value() > 0) in.stepPercent = m_stepPercent->value();
    if (m_interval->isEnabled() && m_interval->value() > 0) in.intervalDays = m_interval->value();
    if (m_review->isEnabled()) in.reviewDate = LineText::fromQDate(m_review->date());
    if (!m_asPlanned->isChecked() && !m_planned.lines.empty()) in.actual = actualRegimen();
    return in;
}

QString SessionDialog::notice() const
{
    return m_notice;
}

QString SessionDialog::errorText() const
{
    return m_error->text();
}

void SessionDialog::accept()
{
    if (m_decision->currentData().toInt() == kNoDecision) {
        m_error->setText(tr("Not recorded: choose a decision."));
        m_error->show();
        m_decision->setFocus();
        return;
    }
    const SessionInput in = input();
    const std::size_t versions = m_document->planRecord().scheduleHistory.size();
    const QString error = m_document->recordSession(in);
    if (error.isEmpty()) {
        // The core re-plans with the new options; when the dispensable amounts allow no smaller cut the
        // steps come out the same, which the nurse must know (no schedule_history entry is made then).
        m_notice = in.decision == SessionDecision::Slow &&
                           m_document->planRecord().scheduleHistory.size() == versions
                       ? tr("The session is recorded, but the re-plan gave the same steps as before: the "
                            "smallest cut "
                            "that can be dispensed is already larger than the new step percentage. To slow "
                            "down, record one more session today with a longer interval.")
                       : QString();
        m_error->clear();
        m_error->hide();
        QDialog::accept();
        return;
    }
    m_error->setText(tr("Not recorded: %1").arg(error));
    m_error->show();
}

} // namespace taper::gui
