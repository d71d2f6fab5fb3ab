// FindingText::patient: the wording of the patient findings (see docs/findings.md for parameters).
#include "findingtext.h"

#include "linetext.h"

#include <QStringList>

namespace taper::gui {

namespace {

std::string str(const Finding &f, std::string_view name)
{
    const FindingValue *v = f.parameter(name);
    return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v) : std::string();
}

QString n(const Finding &f, std::string_view name)
{
    const FindingValue *v = f.parameter(name);
    return LineText::number(v && std::holds_alternative<double>(*v) ? std::get<double>(*v) : 0.0);
}

QStringList items(const std::string &list)
{
    return QString::fromStdString(list).split(QStringLiteral(", "), Qt::SkipEmptyParts);
}

} // namespace

QString FindingText::patient(const Finding &f, const Formulary &formulary)
{
    QStringList sedatives;
    for (const QString &id : items(str(f, "sedatives")))
        sedatives << LineText::substance(formulary, id.toStdString());
    const QString sedativeText = sedatives.join(QStringLiteral(", "));
    const QString substance = LineText::substance(formulary, str(f, "substance"));
    switch (f.code) {
    case FindingCode::Elderly:
        return sedatives.isEmpty() ? tr("Patient aged %1 (limit %2): older patients are more sensitive to "
                                        "opioids and do not tolerate the "
                                        "same doses as younger ones; start low and adjust slowly.")
                                         .arg(n(f, "age"), n(f, "min_age"))
                                   : tr("Patient aged %1 (limit %2): older patients are more sensitive to "
                                        "opioids and do not tolerate the "
                                        "same doses as younger ones; start low and adjust slowly. Together "
                                        "with %3: higher risk of falls.")
                                         .arg(n(f, "age"), n(f, "min_age"), sedativeText);
    case FindingCode::RenalImpairment: {
        const std::string advice = str(f, "advice");
        const QString egfr = n(f, "egfr_ml_min"), below = n(f, "below_egfr");
        if (advice == "avoid")
            return tr("eGFR %1 ml/min (below %2): avoid %3; choose an opioid suited to reduced renal "
                      "function.")
                .arg(egfr, below, substance);
        if (advice == "reduce")
            return tr("eGFR %1 ml/min (below %2): reduce the dose of %3.").arg(egfr, below, substance);
        if (advice == "reduce_interval")
            return tr("eGFR %1 ml/min (below %2): reduce the dose of %3 and lengthen the dosing interval.")
                .arg(egfr, below, substance);
        if (advice == "caution")
            return tr("eGFR %1 ml/min (below %2): use %3 with caution; consider a longer dosing interval.")
                .arg(egfr, below, substance);
        return tr("eGFR %1 ml/min (below %2): the lower the eGFR, the lower the dose and/or the longer the "
                  "dosing "
                  "interval of %3 (start low, go slow).")
            .arg(egfr, below, substance);
    }
    case FindingCode::RespiratoryRisk: {
        const std::string c = str(f, "conditions");
        const QString conditions = c == "sleep_apnoea, copd" ? tr("Sleep apnoea and COPD")
                                   : c == "copd"             ? tr("COPD")
                                                             : tr("Sleep apnoea");
        return sedatives.isEmpty()
                   ? tr("%1 with an opioid: risk of respiratory depression; use the lowest effective dose "
                        "and follow the "
                        "patient closely.")
                         .arg(conditions)
                   : tr("%1 with an opioid: risk of respiratory depression; use the lowest effective dose "
                        "and follow the "
                        "patient closely. Together with %2 the risk is higher: reconsider the sedative.")
                         .arg(conditions, sedativeText);
    }
    case FindingCode::Pregnancy:
        return tr("The patient is pregnant: tapering opioids while pregnant needs expert input (withdrawal "
                  "puts the patient "
                  "and the fetus at risk).");
    default: {
        QStringList fields;
        for (const QString &field : items(str(f, "fields"))) {
            if (field == QStringLiteral("age"))
                fields << tr("age");
            else if (field == QStringLiteral("egfr_ml_min"))
                fields << tr("eGFR");
            else if (field == QStringLiteral("sleep_apnoea"))
                fields << tr("sleep apnoea");
            else if (field == QStringLiteral("copd"))
                fields << tr("COPD");
            else if (field == QStringLiteral("pregnant"))
                fields << tr("pregnancy");
            else
                fields << field;
        }
        return tr("Not assessed for lack of patient data: %1.").arg(fields.join(QStringLiteral(", ")));
    }
    }
}

} // namespace taper::gui
