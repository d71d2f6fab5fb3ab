#include "plantext.h"

#include "linetext.h"

#include <QStringList>

#include <cmath>
#include <optional>

namespace taper::gui {

namespace {

/// The note's 0-based `line` as the 1-based number findings and tables use.
QString lineNumber(const TaperNote &n)
{
    for (const auto &[name, value] : n.parameters)
        if (name == "line" && std::holds_alternative<double>(value))
            return QString::number(static_cast<long long>(std::get<double>(value)) + 1);
    return QStringLiteral("–");
}

QString param(const TaperNote &n, std::string_view key)
{
    for (const auto &[name, value] : n.parameters)
        if (name == key)
            return std::holds_alternative<double>(value)
                       ? LineText::number(std::get<double>(value))
                       : QString::fromStdString(std::get<std::string>(value));
    return QStringLiteral("–");
}

std::string rawParam(const TaperNote &n, std::string_view key)
{
    for (const auto &[name, value] : n.parameters)
        if (name == key && std::holds_alternative<std::string>(value)) return std::get<std::string>(value);
    return {};
}

QString substanceParam(const TaperNote &n, std::string_view key, const Formulary &formulary)
{
    return LineText::substance(formulary, rawParam(n, key));
}

QString productParam(const TaperNote &n, const Formulary &formulary)
{
    const Product *p = formulary.product(rawParam(n, "product"));
    return p ? PlanText::product(p) : param(n, "product");
}

QString productParam(const TaperNote &n, std::string_view key, const Formulary &formulary)
{
    const Product *p = formulary.product(rawParam(n, key));
    return p ? PlanText::product(p) : param(n, key);
}

std::optional<double> numberParam(const TaperNote &n, std::string_view key)
{
    for (const auto &[name, value] : n.parameters)
        if (name == key && std::holds_alternative<double>(value)) return std::get<double>(value);
    return std::nullopt;
}

QString capitalized(QString text)
{
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

} // namespace

QString PlanText::duration(int days, bool withDays)
{
    if (days > 0 && days % 7 == 0) {
        if (!withDays) return days == 7 ? tr("1 week") : tr("%1 weeks").arg(days / 7);
        return days == 7 ? tr("1 week (7 days)") : tr("%1 weeks (%2 days)").arg(days / 7).arg(days);
    }
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

QString PlanText::weekdays(const std::string &list)
{
    QStringList names;
    for (const QString &day : QString::fromStdString(list).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString d = day.trimmed();
        if (d == QLatin1String("monday"))
            names << tr("Monday");
        else if (d == QLatin1String("tuesday"))
            names << tr("Tuesday");
        else if (d == QLatin1String("wednesday"))
            names << tr("Wednesday");
        else if (d == QLatin1String("thursday"))
            names << tr("Thursday");
        else if (d == QLatin1String("friday"))
            names << tr("Friday");
        else if (d == QLatin1String("saturday"))
            names << tr("Saturday");
        else if (d == QLatin1String("sunday"))
            names << tr("Sunday");
        else
            names << d;
    }
    if (names.size() < 2) return names.join(QString());
    const QString last = names.takeLast();
    return tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

QString PlanText::units(HalfUnits u)
{
    const int whole = u.value / 2;
    const bool half = u.value % 2 != 0;
    if (!half) return QString::number(whole);
    return whole == 0 ? QStringLiteral("½") : QString::number(whole) + QStringLiteral("½");
}

QString PlanText::product(const Product *product)
{
    return product ? QString::fromStdString(product->nameDa) : QString();
}

QString PlanText::slotDoses(const Step &step, int slot)
{
    QStringList lines;
    for (const StepDose &d : step.doses) {
        if (d.prn || !d.unitsByTime) continue;
        const HalfUnits u = (*d.unitsByTime)[static_cast<std::size_t>(slot)];
        if (u.value > 0) lines << tr("%1: %2").arg(product(d.product), units(u));
    }
    return lines.join(QLatin1Char('\n'));
}

QString PlanText::otherDoses(const Step &step)
{
    QStringList lines;
    for (const StepDose &d : step.doses) {
        if (d.product->isPatch())
            lines << tr("%1: %2 worn at a time").arg(product(d.product), units(d.unitsPerDay));
        else if (d.prn)
            lines << tr("%1: %2 as needed, at most %3 times a day")
                         .arg(product(d.product), units(d.unitsPerAdministration.value_or(HalfUnits{2})))
                         .arg(d.timesPerDay.value_or(0));
        else if (!d.unitsByTime)
            lines << tr("%1: %2, %3 times a day")
                         .arg(product(d.product), units(d.unitsPerAdministration.value_or(HalfUnits{2})))
                         .arg(d.timesPerDay.value_or(0));
    }
    return lines.join(QLatin1Char('\n'));
}

QString PlanText::dispense(const std::vector<Dispense> &dispense)
{
    QStringList lines;
    for (const Dispense &d : dispense)
        lines << tr("%1: %2").arg(product(d.product), units(d.units));
    return lines.join(QLatin1Char('\n'));
}

QString PlanText::method(TaperMethod m)
{
    switch (m) {
    case TaperMethod::Proportional:
        return tr("Proportional (% of the current dose)");
    case TaperMethod::Linear:
        return tr("Linear (% of the starting dose)");
    case TaperMethod::Custom:
        return tr("Custom percentages");
    }
    return {};
}

QString PlanText::largerDose(LargerDose larger)
{
    return larger == LargerDose::Evening ? tr("Evening") : tr("Morning");
}

QString PlanText::decision(SessionDecision d)
{
    switch (d) {
    case SessionDecision::Continue:
        return tr("Continue");
    case SessionDecision::Hold:
        return tr("Hold");
    case SessionDecision::Slow:
        return tr("Slow down");
    case SessionDecision::StepBack:
        return tr("Step back");
    case SessionDecision::Replan:
        return tr("Re-plan from actual intake");
    case SessionDecision::StopTaper:
        return tr("Stop tapering (maintenance)");
    }
    return {};
}

QString PlanText::withdrawal(int rating)
{
    switch (rating) {
    case 0:
        return tr("0 none");
    case 1:
        return tr("1 mild");
    case 2:
        return tr("2 moderate");
    case 3:
        return tr("3 severe");
    default:
        return QString::number(rating);
    }
}

QString PlanText::attention(Attention flag)
{
    switch (flag) {
    case Attention::Withdrawal:
        return tr("moderate or severe withdrawal");
    case Attention::RepeatedHold:
        return tr("held twice in a row");
    case Attention::TookMore:
        return tr("took more than planned");
    case Attention::ReviewDue:
        return tr("maintenance review due");
    }
    return {};
}

QString PlanText::status(PlanStatus s)
{
    switch (s) {
    case PlanStatus::Tapering:
        return tr("Tapering");
    case PlanStatus::Maintenance:
        return tr("Maintenance");
    case PlanStatus::Complete:
        return tr("Complete");
    }
    return {};
}

QString PlanText::note(const TaperNote &n, const Formulary &formulary)
{
    const QString step = n.step ? tr("Step %1: ").arg(*n.step) : QString();
    switch (n.code) {
    case TaperNoteCode::FastTaper:
        return step + (n.step ? tr("cut of %1 % is above 25 % - a fast taper; watch for withdrawal")
                                    .arg(param(n, "cut_percent"))
                              : tr("interval of %1 days is under 7 days - a fast taper")
                                    .arg(param(n, "interval_days")));
    case TaperNoteCode::MinDecrement:
        return step + tr("cut of %1 % is larger than requested: no smaller dispensable cut exists")
                          .arg(param(n, "cut_percent"));
    case TaperNoteCode::Consolidated:
        return step + tr("short-acting %1 (%2 mg/day) moved into the depot form; depot now %3 mg/day")
                          .arg(substanceParam(n, "substance", formulary), param(n, "from_mg_per_day"),
                               param(n, "to_mg_per_day"));
    case TaperNoteCode::PrnUseUnknown:
        return tr("Line %1 (%2): PRN use per day is unknown - ask the patient; the allowance is reduced "
                  "first, one dose "
                  "a day per step")
            .arg(lineNumber(n), productParam(n, formulary));
    case TaperNoteCode::PrnReducedToUse:
        return tr("Line %1: PRN allowance set to the actual use, %2 → %3 a day")
            .arg(lineNumber(n), param(n, "from_max"), param(n, "to_max"));
    case TaperNoteCode::PrnAllowanceReduced:
        if (param(n, "max_per_day") == QStringLiteral("0"))
            return step + tr("PRN %1 stopped").arg(productParam(n, formulary));
        return step + tr("PRN %1 reduced to at most %2 a day")
                          .arg(productParam(n, formulary), param(n, "max_per_day"));
    case TaperNoteCode::Rotation:
        return step + tr("switch from %1 to %2: %3 mg MEQ reduced by %4 % for incomplete cross-tolerance → "
                         "%5 mg MEQ")
                          .arg(substanceParam(n, "from", formulary), substanceParam(n, "to", formulary),
                               param(n, "meq_before"), param(n, "reduction_percent"), param(n, "meq_after"));
    case TaperNoteCode::IrTail:
        return step + tr("below the smallest depot dose: immediate-release %1 from here")
                          .arg(substanceParam(n, "substance", formulary));
    case TaperNoteCode::PatchStopped:
        return step + tr("the smallest %1 patch has been held and is now stopped")
                          .arg(substanceParam(n, "substance", formulary));
    case TaperNoteCode::PatchWashout: {
        QString text = step + tr("after removing the last %1 patch, wait about %2 h before any oral opioid")
                                  .arg(substanceParam(n, "substance", formulary), param(n, "hours"));
        const std::string first = rawParam(n, "first_oral_dose");
        if (const std::optional<Date> d = first.empty() ? std::nullopt : parseIsoDate(first))
            text += tr("; the first oral dose is on the morning of %1").arg(LineText::date(*d));
        return text;
    }
    case TaperNoteCode::RoundedDown:
        return step + tr("line %1 rounded down to a dispensable dose: %2 → %3 mg MEQ")
                          .arg(lineNumber(n), param(n, "from_meq"), param(n, "to_meq"));
    case TaperNoteCode::PatchStepLength:
        return tr("Patch steps last %1 days (whole wear periods) instead of %2")
            .arg(param(n, "days"), param(n, "interval_days"));
    case TaperNoteCode::TargetNotDispensable:
        return step +
               tr("the target of %1 mg MEQ is not dispensable; this is the largest dispensable dose below it")
                   .arg(param(n, "target_meq"));
    case TaperNoteCode::LabelMaxCapped:
        return step +
               tr("the fixed daily dose of %1 was lowered from %2 to %3 mg/day to stay within the labelled "
                  "maximum of %4 mg/day")
                   .arg(substanceParam(n, "substance", formulary), param(n, "from_mg_per_day"),
                        param(n, "to_mg_per_day"), param(n, "max_mg_per_day"));
    case TaperNoteCode::HeldLonger: {
        const QString which = n.step ? tr("Step %1").arg(*n.step) : tr("The step");
        const auto days = numberParam(n, "days");
        const auto intervals = numberParam(n, "intervals");
        const QString lasts = days ? duration(static_cast<int>(std::lround(*days))) : param(n, "days");
        if (!numberParam(n, "cut_percent"))
            return tr("%1 lasts %2: the smallest dose is held longer before the stop").arg(which, lasts);
        if (days && intervals && *intervals > 0)
            return tr("%1 lasts %2 instead of %3 because the cut into it (%4 %) is larger than requested; "
                      "this gives "
                      "the body time to adjust to the new dose")
                .arg(which, lasts, duration(static_cast<int>(std::lround(*days / *intervals)), false),
                     param(n, "cut_percent"));
        return tr("%1 lasts %2 because the cut into it (%3 %) is larger than requested; this gives the body "
                  "time to "
                  "adjust to the new dose")
            .arg(which, lasts, param(n, "cut_percent"));
    }
    case TaperNoteCode::PatchFamilySwitch:
        return step + tr("switch from %1 to %2 (the same substance, another type of patch): %3 → %4 mg MEQ")
                          .arg(productParam(n, "from", formulary), productParam(n, "to", formulary),
                               param(n, "meq_before"), param(n, "meq_after"));
    case TaperNoteCode::PatchChangeDays:
        return step + tr("%1 is changed on fixed weekdays: every %2")
                          .arg(productParam(n, formulary), weekdays(rawParam(n, "weekdays")));
    case TaperNoteCode::ShortExposure: {
        const Source *source = formulary.source(rawParam(n, "source"));
        const QString cited = source ? QString::fromStdString(source->publisher) + QStringLiteral(", ") +
                                           QString::number(source->year)
                                     : param(n, "source");
        return tr("Every opioid line started fewer than %1 days ago (the earliest %2 days ago). The plan "
                  "therefore "
                  "uses the pace after short treatment: %3 % every %4 days (source: %5)")
            .arg(param(n, "max_days"), param(n, "days"), param(n, "step_percent"), param(n, "interval_days"),
                 cited);
    }
    case TaperNoteCode::NoDepotForm:
        return tr("%1 has no depot form, so the immediate-release product is tapered itself. The usual "
                  "Danish advice "
                  "is to switch to %2 depot tablets")
            .arg(capitalized(substanceParam(n, "substance", formulary)),
                 substanceParam(n, "rotate_to", formulary));
    case TaperNoteCode::ComponentStops:
        return step + tr("switching away from %1 also stops its %2")
                          .arg(productParam(n, formulary), substanceParam(n, "component", formulary));
    }
    return step + QString::fromStdString(std::string(toString(n.code)));
}

} // namespace taper::gui
