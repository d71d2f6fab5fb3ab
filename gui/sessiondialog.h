// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Record session…" for the nurse: date, by, withdrawal 0–3, pain 0–10, notes, the decision with its
// reason and the decision's own fields (hold days; step % and interval for slow / step back / re-plan;
// review date for stop). Fields a decision does not take are disabled and left out. OK hands the input
// to the document (taper::recordSession); a refusal shows the core's field and reason and the dialog
// stays open. What the patient actually took: "as planned" (the core then uses the current step), or
// the current step's lines (taper::stepRegimen) with the amounts per time of day and the PRN doses used
// a day as the nurse enters them (patches and lines taken more than four times a day stay as planned).
// A re-plan that changed nothing is reported through notice().

#include "taper/regimen.h"
#include "taper/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace taper::gui {

class PlanDocument;

class SessionDialog : public QDialog {
    Q_OBJECT
public:
    explicit SessionDialog(PlanDocument *document, QWidget *parent = nullptr);

    /// The input as the form says (only the fields the decision takes).
    SessionInput input() const;
    void setDecision(SessionDecision decision);
    /// Sets the simple fields (for tests and keyboard users alike).
    void setRatings(int withdrawal, int pain);
    void setReason(const QString &reason);
    /// "Took the doses as planned" (checked by default); unchecked, actualTable() is the actual intake.
    QCheckBox *asPlannedBox() const { return m_asPlanned; }
    /// The session date as typed (any calendar date: the core refuses what it does not allow).
    QDateEdit *dateEdit() const { return m_date; }
    /// Columns of actualTable(): each row edits the one kind of amount its line has.
    enum ActualColumn {
        ProductColumn,
        MorningColumn,                     ///< then noon, evening, night: mg per time of day (schedule lines)
        PrnUsedColumn = MorningColumn + 4, ///< PRN doses used a day
        TimesColumn,   ///< administrations a day (lines dosed "times a day", e.g. 6 × 5 mg)
        PatchesColumn, ///< patches worn at once
        ActualColumnCount
    };
    /// One row per line of the current step (see ActualColumn). A line set to 0 everywhere is one the
    /// patient stopped: it is left out of the actual regimen.
    QTableWidget *actualTable() const { return m_actual; }
    QString errorText() const;
    /// After an accepted re-plan that left the steps unchanged: why, and what to do instead; else empty.
    QString notice() const;

public slots:
    void accept() override;
    /// Saves the dialog's size for the next session (the nurse sizes it once).
    void done(int result) override;

private:
    void updateEnabled();
    /// Fills the actual-intake table from the step current at the form's date.
    void fillActual();
    /// The size to open at: the last one the user chose, else wide enough for the whole intake table;
    /// never larger than the screen.
    QSize openingSize() const;
    /// The actual-intake regimen as the table says.
    Regimen actualRegimen() const;

    PlanDocument *m_document;
    QDateEdit *m_date;
    QLineEdit *m_by;
    QComboBox *m_withdrawal;
    QSpinBox *m_pain;
    QLineEdit *m_withdrawalNote;
    QLineEdit *m_functionNote;
    QComboBox *m_decision;
    QLineEdit *m_reason;
    QSpinBox *m_holdDays;
    QDoubleSpinBox *m_stepPercent;
    QSpinBox *m_interval;
    QCheckBox *m_hasReview;
    QDateEdit *m_review;
    QLabel *m_error;
    QCheckBox *m_asPlanned;
    QTableWidget *m_actual;
    Regimen m_planned; ///< the current step's lines; the table edits a copy of it
    QString m_notice;
};

} // namespace taper::gui
