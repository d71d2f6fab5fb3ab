// SPDX-License-Identifier: GPL-3.0-or-later
#include "linetext.h"

#include "taper/text/problem_text.h"

#include <QLocale>

namespace taper::gui {

namespace {

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

QString LineText::number(double value)
{
    const QLocale locale;
    QString text = locale.toString(value, 'f', 2);
    const QChar point = locale.decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point)) text.chop(1);
    }
    if (text == QStringLiteral("-0")) text = QStringLiteral("0");
    return text;
}

QString LineText::factor(double value)
{
    QString text = number(value);
    if (!text.contains(QLocale().decimalPoint())) text += QLocale().decimalPoint() + QStringLiteral("0");
    return text;
}

QDate LineText::toQDate(Date d)
{
    const date::year_month_day ymd{d};
    return QDate(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
}

Date LineText::fromQDate(const QDate &d)
{
    return date::sys_days{date::year{d.year()} / d.month() / d.day()};
}

QString LineText::date(Date d)
{
    return QLocale().toString(toQDate(d), QLocale::ShortFormat);
}

QString LineText::isoDate(Date d)
{
    return QString::fromStdString(formatIsoDate(d));
}

QString LineText::unit(DoseUnit u)
{
    switch (u) {
    case DoseUnit::Mg:
        return tr("mg");
    case DoseUnit::Mcg:
        return tr("mcg");
    case DoseUnit::McgPerHour:
        return tr("mcg/h");
    }
    return {};
}

QString LineText::dailyUnit(const DailyAmount &amount)
{
    switch (amount.index()) {
    case 0:
        return tr("mg/day");
    case 1:
        return tr("mcg/day");
    default:
        return tr("mcg/h");
    }
}

QString LineText::route(Route r)
{
    switch (r) {
    case Route::Oral:
        return tr("oral");
    case Route::Transdermal:
        return tr("transdermal");
    case Route::Sublingual:
        return tr("sublingual");
    case Route::Buccal:
        return tr("buccal");
    case Route::Nasal:
        return tr("nasal");
    case Route::Rectal:
        return tr("rectal");
    case Route::Subcutaneous:
        return tr("subcutaneous");
    case Route::Intravenous:
        return tr("intravenous");
    case Route::Intramuscular:
        return tr("intramuscular");
    }
    return {};
}

QString LineText::release(Release r)
{
    return r == Release::Extended ? tr("extended-release") : tr("immediate-release");
}

QString LineText::substance(const Formulary &formulary, const std::string &id)
{
    const Substance *s = formulary.substance(id);
    if (s) return language() == text::Lang::Da ? fromStd(s->nameDa) : fromStd(s->id);
    return fromStd(id);
}

QString LineText::productName(const Product &product)
{
    QString text = fromStd(product.nameDa);
    if (product.marketStatus == MarketStatus::Withdrawn) text += tr(" (withdrawn)");
    if (product.marketStatus == MarketStatus::PermitOnly) text += tr(" (permit only)");
    return text;
}

QString LineText::label(const RegimenLine &line, const Formulary &formulary)
{
    if (line.product)
        if (const Product *p = formulary.product(*line.product)) return productName(*p);
    if (line.coMedication) {
        const QString name =
            line.substance.empty() ? fromStd(*line.atc) : substance(formulary, line.substance);
        return tr("%1 (co-medication)").arg(name);
    }
    QString text = substance(formulary, line.substance) + QLatin1Char(' ') + route(line.route);
    if (!line.isPatch()) text += QLatin1Char(' ') + release(line.release);
    return text;
}

QString LineText::dose(const RegimenLine &line)
{
    if (!line.dose) return {};
    return number(valueOf(*line.dose)) + QLatin1Char(' ') + unit(line.unit);
}

QString LineText::arithmetic(const RegimenLine &line, const MeqLine &m, bool used)
{
    QString amount;
    const QString times = QStringLiteral(" × ");
    if (line.isPatch()) {
        amount = dose(line);
        if (line.count > 1) amount += times + tr("%n patch(es)", nullptr, line.count);
    } else if (line.schedule) {
        QStringList parts;
        for (double a : *line.schedule)
            parts << number(a);
        amount = QLatin1Char('(') + parts.join(QLatin1Char('+')) + QStringLiteral(") ") + unit(line.unit);
        if (line.count > 1) amount += times + QString::number(line.count);
    } else {
        const double perDay = line.prn ? (used ? line.usedPerDay.value_or(0) : line.maxPerDay.value_or(0))
                                       : line.timesPerDay.value_or(0);
        amount = dose(line) + times + tr("%1/day").arg(number(perDay));
        if (line.count > 1) amount += times + QString::number(line.count);
    }
    if (!m.factor) return amount + QStringLiteral(" = ") + tr("not converted");
    const DailyAmount &daily = used && m.dailyUsed ? *m.dailyUsed : m.daily;
    const std::optional<MeqPerDay> meq = used ? m.meqUsed : m.meq;
    if (!line.isPatch())
        amount += QStringLiteral(" = ") + number(valueOf(daily)) + QLatin1Char(' ') + dailyUnit(daily);
    return amount + times + factor(*m.factor) + QStringLiteral(" = ") +
           tr("%1 mg MEQ").arg(meq ? number(meq->value()) : QStringLiteral("–"));
}

QString LineText::citation(const Formulary &formulary, const std::string &sourceId)
{
    const Source *s = formulary.source(sourceId);
    if (!s) return fromStd(sourceId);
    return tr("%1 (%2, %3)").arg(fromStd(s->title), fromStd(s->publisher)).arg(s->year);
}

QString LineText::inputError(const InputError &error, const Formulary *formulary, bool withFile)
{
    if (withFile) return QString::fromStdString(text::inputErrorText(error, language(), formulary));
    const QString problemText = problem(error, formulary);
    if (error.where().empty()) return problemText;
    return QString::fromStdString(text::whereText(error.where(), language())) + QStringLiteral(": ") +
           problemText;
}

QString LineText::problem(const InputError &error, const Formulary *formulary)
{
    return QString::fromStdString(text::problemText(error.problem(), language(), formulary));
}

text::Lang LineText::language()
{
    return QLocale().language() == QLocale::Danish ? text::Lang::Da : text::Lang::En;
}

} // namespace taper::gui

namespace taper::gui {

QString LineText::profileName(const Profile &profile)
{
    return QString::fromStdString(language() == text::Lang::Da ? profile.nameDa : profile.name);
}

} // namespace taper::gui
