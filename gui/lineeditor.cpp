#include "lineeditor.h"

#include "linetext.h"

#include <QDate>
#include <QLocale>

namespace taper::gui {

namespace {

using json::Json;

constexpr const char *kSlotKeys[] = {"morning", "noon", "evening", "night"};

/// The per-administration amount of a line in any representation: its dose, else its first slot.
double anyDose(const Json &j)
{
    if (j.contains("dose")) return j["dose"].get<double>();
    if (j.contains("schedule"))
        for (const char *key : kSlotKeys)
            if (j["schedule"].contains(key)) return j["schedule"][key].get<double>();
    return 0;
}

/// Administrations a day in any representation (slots with a dose, times_per_day, max_per_day).
double anyTimes(const Json &j)
{
    if (j.contains("times_per_day")) return j["times_per_day"].get<double>();
    if (j.contains("max_per_day")) return j["max_per_day"].get<double>();
    if (j.contains("schedule")) return static_cast<double>(j["schedule"].size());
    return 1;
}

void makeTimesPerDay(Json &j, double times)
{
    j["dose"] = anyDose(j);
    j["times_per_day"] = static_cast<int>(times < 1 ? 1 : times);
    for (const char *key : {"schedule", "prn", "max_per_day", "used_per_day"})
        j.erase(key);
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

Json LineEditor::forProduct(const taper::Product &product)
{
    Json j = Json::object();
    j["product"] = product.id;
    j["dose"] = product.strength;
    j["unit"] = product.unit == StrengthUnit::McgPerHour ? "mcg/h" : "mg";
    if (!product.isPatch()) j["times_per_day"] = 1;
    return j;
}

Json LineEditor::forCoMedication(const QString &kind, const QString &id)
{
    Json j = Json::object();
    j[kind == QStringLiteral("atc") ? "atc" : "substance"] = id.toStdString();
    j["dose"] = 1;
    j["unit"] = "mg";
    j["times_per_day"] = 1;
    return j;
}

std::optional<Json> LineEditor::apply(const RegimenLine &line, int column, const QVariant &value,
                                      const Formulary &formulary, QString *error)
{
    Json j = toJson(line);
    const bool prn = j.value("prn", false);
    const auto fail = [&](const QString &message) -> std::optional<Json> {
        if (error) *error = message;
        return std::nullopt;
    };
    const auto number = [&]() { return parseNumber(value); };
    switch (column) {
    case Product: {
        const taper::Product *p = formulary.product(value.toString().toStdString());
        if (!p) return fail(tr("Unknown product \"%1\".").arg(value.toString()));
        Json next = forProduct(*p);
        if (!p->isPatch() && !line.isPatch()) { // keep the schedule's shape, one unit per administration
            next.erase("times_per_day");
            for (const char *key : {"times_per_day", "prn", "max_per_day", "used_per_day", "since"})
                if (j.contains(key)) next[key] = j[key];
            if (j.contains("schedule")) {
                next.erase("dose");
                next.erase("times_per_day");
                next["schedule"] = Json::object();
                for (const auto &[key, amount] : j["schedule"].items())
                    next["schedule"][key] = p->strength;
            }
        } else if (j.contains("since")) {
            next["since"] = j["since"];
        }
        return next;
    }
    case Dose: {
        const auto v = number();
        if (!v) return fail(tr("The dose must be a number."));
        if (j.contains("schedule")) makeTimesPerDay(j, anyTimes(j));
        j["dose"] = *v;
        return j;
    }
    case TimesPerDay: {
        const auto v = number();
        if (!v) return fail(tr("Times a day must be a whole number."));
        if (line.isPatch()) return fail(tr("A patch is worn continuously; use a line per patch."));
        if (prn) return fail(tr("A PRN line has a maximum a day instead of fixed times."));
        makeTimesPerDay(j, 1);
        j["times_per_day"] = *v; // the core checks 1–24 and whole numbers
        return j;
    }
    case Morning:
    case Noon:
    case Evening:
    case Night: {
        const auto v = number();
        if (!v) return fail(tr("The amount must be a number (0 for none)."));
        if (line.isPatch()) return fail(tr("A patch is worn continuously; it has no times of day."));
        if (prn) return fail(tr("A PRN line has no fixed times of day."));
        if (!j.contains("schedule")) {
            for (const char *key : {"dose", "times_per_day"})
                j.erase(key);
            j["schedule"] = Json::object();
        }
        const char *key = kSlotKeys[column - Morning];
        if (*v == 0)
            j["schedule"].erase(key);
        else
            j["schedule"][key] = *v;
        return j;
    }
    case Prn: {
        if (line.isPatch()) return fail(tr("A patch cannot be taken as needed."));
        const bool on = value.typeId() == QMetaType::Bool ? value.toBool() : value.toInt() == Qt::Checked;
        if (on == prn) return j;
        if (on) {
            const double times = anyTimes(j);
            j["dose"] = anyDose(j);
            for (const char *k : {"schedule", "times_per_day"})
                j.erase(k);
            j["prn"] = true;
            j["max_per_day"] = times;
        } else {
            makeTimesPerDay(j, anyTimes(j));
        }
        return j;
    }
    case MaxPerDay:
    case UsedPerDay: {
        if (!prn) return fail(tr("Only PRN lines have a maximum and a use a day."));
        const char *key = column == MaxPerDay ? "max_per_day" : "used_per_day";
        if (column == UsedPerDay && value.toString().trimmed().isEmpty()) {
            j.erase(key);
            return j;
        }
        const auto v = number();
        if (!v) return fail(tr("Administrations a day must be a number."));
        j[key] = *v;
        return j;
    }
    case Since: {
        if (value.toString().trimmed().isEmpty() && !value.toDate().isValid()) {
            j.erase("since");
            return j;
        }
        const auto d = parseDate(value);
        if (!d)
            return fail(
                tr("Write the date as %1 or YYYY-MM-DD.").arg(QLocale().dateFormat(QLocale::ShortFormat)));
        j["since"] = formatIsoDate(*d);
        return j;
    }
    default:
        return fail(tr("This column cannot be edited."));
    }
}

} // namespace taper::gui
