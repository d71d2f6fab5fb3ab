#pragma once
// "Make taper plan…": the taper options (start, interval, method, step %, target, consolidation,
// IR tail, parallel cuts, larger dose, rotation with cross-tolerance reduction). OK hands the options
// to the document, which has taper::plan check and plan them; a refusal is shown in the dialog with
// the core's reason and the dialog stays open.

#include "taper/taper.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
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

public slots:
    void accept() override;

private:
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
    QLabel *m_error;
};

} // namespace taper::gui
