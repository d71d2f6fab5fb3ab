#include "findingtext.h"

#include "linetext.h"

#include <QApplication>
#include <QStyle>

namespace taper::gui {

namespace {

double num(const Finding &f, std::string_view name)
{
    const FindingValue *v = f.parameter(name);
    return v && std::holds_alternative<double>(*v) ? std::get<double>(*v) : 0.0;
}

std::string str(const Finding &f, std::string_view name)
{
    const FindingValue *v = f.parameter(name);
    return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v) : std::string();
}

QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

/// Parameters of a finding this GUI version has no wording for: "key=value, …".
QString genericParameters(const Finding &f)
{
    QStringList parts;
    for (const auto &[key, value] : f.parameters)
        parts << qstr(key) + QLatin1Char('=') +
                     (std::holds_alternative<double>(value) ? LineText::number(std::get<double>(value))
                                                            : qstr(std::get<std::string>(value)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString FindingText::code(const Finding &finding)
{
    return qstr(std::string(toString(finding.code)));
}

QString FindingText::message(const Finding &f, const Formulary &formulary)
{
    const QString substance = LineText::substance(formulary, str(f, "substance"));
    const bool inclusive = str(f, "inclusive") == "true";
    const bool prn = str(f, "prn") == "true";
    switch (f.code) {
    case FindingCode::HighMeq:
        return (inclusive ? tr("Total %1 mg MEQ/day is at or above the %2 mg/day threshold: review the indication "
                               "and consider tapering.")
                          : tr("Total %1 mg MEQ/day is above the %2 mg/day threshold: review the indication and "
                               "consider tapering."))
            .arg(LineText::number(num(f, "total_meq_mg")), LineText::number(num(f, "threshold_mg")));
    case FindingCode::VeryHighMeq:
        return (inclusive ? tr("Total %1 mg MEQ/day is at or above the %2 mg/day maximum: reduce the dose.")
                          : tr("Total %1 mg MEQ/day is above the %2 mg/day maximum: reduce the dose."))
            .arg(LineText::number(num(f, "total_meq_mg")), LineText::number(num(f, "threshold_mg")));
    case FindingCode::ShortActingLongTerm:
        return (prn ? tr("Short-acting %1 (PRN) used for %2 days (more than %3): long-term treatment should use a "
                         "long-acting opioid in fixed doses.")
                    : tr("Short-acting %1 used for %2 days (more than %3): long-term treatment should use a "
                         "long-acting opioid in fixed doses."))
            .arg(substance, LineText::number(num(f, "days")), LineText::number(num(f, "limit_days")));
    case FindingCode::DurationUnknown:
        return tr("Short-acting %1 has no start date (since), so long-term use cannot be assessed.").arg(substance);
    case FindingCode::NotInProfile: {
        const QString reason = qstr(str(f, "reason"));
        const QString route = qstr(str(f, "route"));
        const auto parsedRoute = parseEnum<Route>(str(f, "route"));
        const QString routeText = parsedRoute ? LineText::route(*parsedRoute) : route;
        const QString profile = qstr(str(f, "profile"));
        if (reason.isEmpty())
            return tr("%1 %2 is not converted by profile %3: the total is partial.").arg(substance, routeText, profile);
        return tr("%1 %2 is not converted by profile %3 (%4): the total is partial.")
            .arg(substance, routeText, profile, reason);
    }
    default:
        break;
    }
    // A finding added to the core after this wording was written: show its code and parameters, never hide it.
    return tr("%1 (%2)").arg(code(f), genericParameters(f));
}

QString FindingText::severity(Severity s)
{
    switch (s) {
    case Severity::Info: return tr("Info");
    case Severity::Warning: return tr("Warning");
    case Severity::Critical: return tr("Critical");
    }
    return {};
}

QIcon FindingText::icon(Severity s)
{
    QStyle *style = QApplication::style();
    switch (s) {
    case Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Critical: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

} // namespace taper::gui
