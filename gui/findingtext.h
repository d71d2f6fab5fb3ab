#pragma once
// The wording of the core's findings in the UI language. The core returns codes and parameters; this
// class is the GUI's renderer for them (Danish through the .ts file, English as source text).

#include "taper/finding.h"
#include "taper/formulary.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace taper::gui {

class FindingText {
    Q_DECLARE_TR_FUNCTIONS(FindingText)
public:
    static QString message(const Finding &finding, const Formulary &formulary);
    static QString severity(Severity severity);
    static QIcon icon(Severity severity);
    /// The finding's code as the core names it ("high_meq").
    static QString code(const Finding &finding);

private:
    /// elderly, renal_impairment, respiratory_risk, pregnancy, not_assessed (patient_data_missing).
    static QString patient(const Finding &finding, const Formulary &formulary);
};

} // namespace taper::gui
