// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Make taper plan…": every taper option of the core (start, interval, method with the linear switch
// point or the custom percentages, step %, minimum cut, target, consolidation, IR tail, parallel cuts,
// larger dose, rotation with cross-tolerance reduction, longest hold, session alignment, unconfirmed
// strengths). An interval or step percent changed here is the user's choice: the plan then does not
// switch to the short-exposure pace. As the user types, the options are checked by
// the core's validateOptions and the message is shown under the field it names (OK disabled meanwhile).
// OK hands the options to the document, which has taper::plan plan them; a refusal is shown in the
// dialog with the core's reason and the dialog stays open.

#include "taper/taper.h"

#include <QDialog>

#include <map>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace taper::gui {

class PlanDocument;

class PlanOptionsDialog : public QDialog {
    Q_OBJECT
public:
    /// Starts from the document's options, or the core's defaults with start = the document's today.
    explicit PlanOptionsDialog(PlanDocument *document, QWidget *parent = nullptr);

    TaperOptions options() const;
    void setOptions(const TaperOptions &options);
    /// The core's message for the last refused OK, or empty.
    QString errorText() const;
    /// The in-place message under the field with the core's option key (e.g. "custom_percents"), or
    /// empty when that field is valid.
    QString fieldError(const QString &key) const;

public slots:
    void accept() override;

private:
    /// Checks the form with the core (and the custom list's number format) and shows the result in place.
    void validate();
    void updateEnabled();
    /// Adds `field` with a hidden message line under it for the option `key`.
    void setUpFields();
    void setUpTexts();
    QFormLayout *fieldLayout();
    void nameFields();
    void addField(QFormLayout *form, const QString &label, QWidget *field, const char *key);
    /// The custom percentages as typed (Danish or English number format, separated by ";" or spaces);
    /// nullopt with `error` set when an entry is not a number.
    std::optional<std::vector<double>> customPercents(QString *error) const;

    PlanDocument *m_document;
    TaperOptions m_base; ///< options the form does not show (custom percents, …) are kept as they were
    QDateEdit *m_start;
    QSpinBox *m_interval;
    QComboBox *m_method;
    QDoubleSpinBox *m_stepPercent;
    QDoubleSpinBox *m_target;
    QComboBox *m_largerDose;
    QCheckBox *m_consolidate;
    QCheckBox *m_irTail;
    QCheckBox *m_parallel;
    QCheckBox *m_rotate;
    QComboBox *m_rotateTo;
    QDoubleSpinBox *m_reduction;
    QDoubleSpinBox *m_switchAt;
    QLineEdit *m_custom;
    QDoubleSpinBox *m_minStep;
    QSpinBox *m_maxHold;
    QCheckBox *m_align;
    QCheckBox *m_allowUnconfirmed;
    QCheckBox *m_fineTail;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
    std::map<QString, QLabel *> m_fieldErrors; ///< option key → its message line
};

} // namespace taper::gui
