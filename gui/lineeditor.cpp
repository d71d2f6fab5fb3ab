// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineeditor.h"

#include "linetext.h"

#include "taper/report/dates_text.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace taper::gui {

namespace {

/// The per-administration amount of a line in any representation: its dose, else its first slot given.
double anyDose(const RegimenLine &line)
{
    if (line.dose) return valueOf(*line.dose);
    if (line.schedule)
        for (double amount : *line.schedule)
            if (amount > 0) return amount;
    return 0;
}

/// Administrations a day in any representation (times_per_day, max_per_day, slots with a dose).
double anyTimes(const RegimenLine &line)
{
    if (line.timesPerDay) return *line.timesPerDay;
    if (line.maxPerDay) return *line.maxPerDay;
    if (line.schedule)
        return static_cast<double>(std::count_if(line.schedule->begin(), line.schedule->end(),
                                                 [](double amount) { return amount > 0; }));
    return 1;
}

void makeTimesPerDay(RegimenLine &line, double times)
{
    line.dose = makeDose(anyDose(line), line.unit);
    line.timesPerDay = static_cast<int>(std::clamp(times, 1.0, 1e6)); // stored lines have at most 24
    line.schedule.reset();
    line.prn = false;
    line.maxPerDay.reset();
    line.usedPerDay.reset();
}

std::optional<Date> parseDate(const QVariant &value)
{
    QDate d = value.toDate();
    if (!d.isValid()) {
        const QString text = value.toString().trimmed();
        d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) d = QLocale().toDate(text, QLocale::ShortFormat);
        if (!d.isValid()) d = QLocale().toDate(text, QStringLiteral("d-M-yyyy"));
    }
    if (!d.isValid()) return std::nullopt;
    return LineText::fromQDate(d);
}

} // namespace

std::optional<double> LineEditor::parseNumber(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int) return value.toDouble();
    const QString text = value.toString().trimmed();
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok) v = QLocale::c().toDouble(text, &ok);
    if (!ok) return std::nullopt;
    return v;
}

namespace {

/// Words for a count of units, any form (Danish and English, with the usual abbreviations).
bool isCountWord(const QString &word)
{
    static const QStringList words{
        QStringLiteral("tbl"),           QStringLiteral("tabl"),         QStringLiteral("tab"),
        QStringLiteral("tabs"),          QStringLiteral("tablet"),       QStringLiteral("tabletter"),
        QStringLiteral("tablets"),       QStringLiteral("depottablet"),  QStringLiteral("depottabletter"),
        QStringLiteral("kaps"),          QStringLiteral("kapsel"),       QStringLiteral("kapsler"),
        QStringLiteral("caps"),          QStringLiteral("capsule"),      QStringLiteral("capsules"),
        QStringLiteral("depotkapsel"),   QStringLiteral("depotkapsler"), QStringLiteral("brev"),
        QStringLiteral("breve"),         QStringLiteral("sachet"),       QStringLiteral("sachets"),
        QStringLiteral("stikpille"),     QStringLiteral("stikpiller"),   QStringLiteral("suppository"),
        QStringLiteral("suppositories"), QStringLiteral("plaster"),      QStringLiteral("plastre"),
        QStringLiteral("patch"),         QStringLiteral("patches"),      QStringLiteral("resoriblet"),
        QStringLiteral("resoribletter"), QStringLiteral("smeltetablet"), QStringLiteral("smeltetabletter"),
        QStringLiteral("stk"),           QStringLiteral("enhed"),        QStringLiteral("enheder"),
        QStringLiteral("unit"),          QStringLiteral("units")};
    return words.contains(word);
}

/// The unit words of a line's own unit as one may type them.
bool isLineUnit(const QString &word, DoseUnit unit)
{
    switch (unit) {
    case DoseUnit::Mg:
        return word == QStringLiteral("mg");
    case DoseUnit::Mcg:
        return word == QStringLiteral("mcg") || word == QStringLiteral("µg") || word == QStringLiteral("ug");
    case DoseUnit::McgPerHour:
        return QRegularExpression(QStringLiteral("^(mcg|µg|ug)/(h|t|time|hour)$")).match(word).hasMatch() ||
               word == LineText::unit(unit).toLower();
    }
    return false;
}

bool measuredInMl(const taper::Product &p)
{
    return p.form == Form::OralSolution || p.form == Form::Injection;
}

} // namespace

std::optional<double> LineEditor::parseAmount(const QVariant &value, const RegimenLine &line,
                                              const Formulary &formulary, QString *error)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int) return value.toDouble();
    static const QRegularExpression shape(QStringLiteral("^\\s*([0-9]*½|[0-9.,]+)\\s*(\\S*?)\\.?\\s*$"));
    const QRegularExpressionMatch m = shape.match(value.toString());
    const taper::Product *product = line.product ? formulary.product(*line.product) : nullptr;
    const auto fail = [&] {
        if (error)
            *error = product ? tr("Write the amount in %1 or as a number of units, e.g. \"2 tabl.\".")
                                   .arg(LineText::unit(line.unit))
                             : tr("Write the amount in %1.").arg(LineText::unit(line.unit));
        return std::nullopt;
    };
    if (!m.hasMatch()) return fail();
    std::optional<double> amount;
    if (m.captured(1).endsWith(QChar(0x00BD)))
        amount = (m.captured(1).chopped(1).toInt() * 2 + 1) / 2.0;
    else
        amount = parseNumber(m.captured(1));
    if (!amount) return fail();
    const QString word = m.captured(2).toLower();
    if (word.isEmpty() || isLineUnit(word, line.unit)) return amount;
    if (!product) return fail();
    if (measuredInMl(*product) ? word == QStringLiteral("ml") : isCountWord(word))
        return *amount * product->strength;
    return fail();
}

QString LineEditor::amountText(double amount, const RegimenLine &line)
{
    return LineText::number(amount) + QLatin1Char(' ') + LineText::unit(line.unit);
}

QString LineEditor::implausibleDoseQuestion(const RegimenLine &line, const Formulary &formulary)
{
    const taper::Product *product = line.product ? formulary.product(*line.product) : nullptr;
    if (!product || product->strength <= 0) return {};
    double largest = line.dose ? valueOf(*line.dose) : 0;
    if (line.schedule)
        for (double amount : *line.schedule)
            largest = std::max(largest, amount);
    const double units = largest / product->strength * line.count;
    if (units <= kImplausibleUnits) return {};
    const HalfUnits count{static_cast<int>(std::lround(units * 2))};
    return tr("%1 at a time is %2 %3 of %4.")
               .arg(amountText(largest * line.count, line), LineText::number(units),
                    QString::fromStdString(report::unitNoun(*product, count, LineText::language())),
                    LineText::productName(*product)) +
           QLatin1Char(' ') + tr("Is the dose right?");
}

RegimenLine LineEditor::forProduct(const taper::Product &product)
{
    RegimenLine line;
    line.product = product.id;
    line.substance = product.substance;
    line.route = product.route;
    line.release = product.release;
    line.unit = product.unit == StrengthUnit::McgPerHour ? DoseUnit::McgPerHour : DoseUnit::Mg;
    line.dose = makeDose(product.strength, line.unit);
    if (!product.isPatch()) line.timesPerDay = 1;
    return line;
}

RegimenLine LineEditor::forCoMedication(const QString &kind, const QString &id, const Formulary &formulary)
{
    RegimenLine line;
    if (kind == QStringLiteral("atc")) {
        setAtcIdentity(line, id.toStdString(), formulary);
    } else {
        line.substance = id.toStdString();
        line.coMedication = true;
        if (const Substance *s = formulary.substance(line.substance)) line.group = s->group;
    }
    line.dose = Mg(1);
    line.timesPerDay = 1;
    return line;
}

namespace {

/// Another product on the line: one unit per administration, in the line's shape (times a day, a
/// schedule or PRN) unless a patch is involved.
RegimenLine withProduct(const RegimenLine &line, const taper::Product &p)
{
    RegimenLine next = LineEditor::forProduct(p);
    next.since = line.since;
    if (p.isPatch() || line.isPatch()) return next;
    next.timesPerDay = line.timesPerDay;
    next.prn = line.prn;
    next.maxPerDay = line.maxPerDay;
    next.usedPerDay = line.usedPerDay;
    if (line.schedule) {
        next.dose.reset();
        next.timesPerDay.reset();
        next.schedule = std::array<double, 4>{};
        for (std::size_t i = 0; i < line.schedule->size(); ++i)
            (*next.schedule)[i] = (*line.schedule)[i] > 0 ? p.strength : 0;
    }
    return next;
}

/// PRN on: the dose at most as often as it was taken; off: that many times a day.
RegimenLine withPrn(RegimenLine line, bool on)
{
    if (on == line.prn) return line;
    if (!on) {
        makeTimesPerDay(line, anyTimes(line));
        return line;
    }
    const double times = anyTimes(line);
    line.dose = makeDose(anyDose(line), line.unit);
    line.schedule.reset();
    line.timesPerDay.reset();
    line.prn = true;
    line.maxPerDay = times;
    return line;
}

} // namespace

std::optional<RegimenLine> LineEditor::apply(const RegimenLine &line, int column, const QVariant &value,
                                             const Formulary &formulary, QString *error)
{
    RegimenLine j = line;
    const auto fail = [&](const QString &message) -> std::optional<RegimenLine> {
        if (error) *error = message;
        return std::nullopt;
    };
    const std::optional<double> v = parseNumber(value);
    const bool empty = value.toString().trimmed().isEmpty() && !value.toDate().isValid();
    switch (column) {
    case Product: {
        const taper::Product *p = formulary.product(value.toString().toStdString());
        if (!p) return fail(tr("Unknown product \"%1\".").arg(value.toString()));
        return withProduct(line, *p);
    }
    case Dose: {
        const std::optional<double> amount = parseAmount(value, line, formulary, error);
        if (!amount) return std::nullopt;
        if (j.schedule) makeTimesPerDay(j, anyTimes(j));
        j.dose = makeDose(*amount, j.unit);
        return j;
    }
    case TimesPerDay:
        if (!v || *v != std::floor(*v) || std::fabs(*v) > 1e6)
            return fail(tr("Times a day must be a whole number."));
        if (line.isPatch()) return fail(tr("A patch is worn continuously; use a line per patch."));
        if (line.prn) return fail(tr("A PRN line has a maximum a day instead of fixed times."));
        makeTimesPerDay(j, 1);
        j.timesPerDay = static_cast<int>(*v); // checkLine refuses values outside 1–24
        return j;
    case Morning:
    case Noon:
    case Evening:
    case Night: {
        const std::optional<double> amount = parseAmount(value, line, formulary, error);
        if (!amount) return std::nullopt;
        if (line.isPatch()) return fail(tr("A patch is worn continuously; it has no times of day."));
        if (line.prn) return fail(tr("A PRN line has no fixed times of day."));
        if (!j.schedule) {
            j.dose.reset();
            j.timesPerDay.reset();
            j.schedule = std::array<double, 4>{};
        }
        (*j.schedule)[static_cast<std::size_t>(column - Morning)] = *amount;
        return j;
    }
    case Prn:
        if (line.isPatch()) return fail(tr("A patch cannot be taken as needed."));
        return withPrn(line,
                       value.typeId() == QMetaType::Bool ? value.toBool() : value.toInt() == Qt::Checked);
    case MaxPerDay:
    case UsedPerDay: {
        if (!line.prn) return fail(tr("Only PRN lines have a maximum and a use a day."));
        std::optional<double> &field = column == MaxPerDay ? j.maxPerDay : j.usedPerDay;
        if (column == UsedPerDay && empty)
            field.reset();
        else if (!v)
            return fail(tr("Administrations a day must be a number."));
        else
            field = *v;
        return j;
    }
    case Since: {
        if (empty) {
            j.since.reset();
            return j;
        }
        const auto d = parseDate(value);
        if (!d)
            return fail(
                tr("Write the date as %1 or YYYY-MM-DD.").arg(QLocale().dateFormat(QLocale::ShortFormat)));
        j.since = *d;
        return j;
    }
    default:
        return fail(tr("This column cannot be edited."));
    }
}

} // namespace taper::gui
