#pragma once
// Turns one cell edit of the regimen table into a new regimen-file line object. It only rewrites the
// line's JSON (the same format the CLI reads); the core then validates the result. Switching between
// representations (times per day ↔ morning/noon/evening/night ↔ PRN) keeps the dose as typed and
// never computes a clinical quantity.

#include "taper/formulary.h"
#include "taper/json_reader.h"
#include "taper/regimen.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace taper::gui {

class LineEditor {
    Q_DECLARE_TR_FUNCTIONS(LineEditor)
public:
    enum Column {
        Product,
        Dose,
        TimesPerDay,
        Morning,
        Noon,
        Evening,
        Night,
        Prn,
        MaxPerDay,
        UsedPerDay,
        Since,
        ColumnCount
    };

    /// The line with `column` set to `value` (text as typed, a number, a bool for Prn, a QDate for
    /// Since, a product id for Product). nullopt with `error` set when the value cannot be read.
    static std::optional<json::Json> apply(const RegimenLine &line, int column, const QVariant &value,
                                           const Formulary &formulary, QString *error);

    /// A new line object for one unit of `product` (patch: worn continuously; others once a day).
    static json::Json forProduct(const taper::Product &product);
    /// A new co-medication line object (1 mg once a day, for the user to correct) named by a non-opioid
    /// substance id (`kind` "substance") or an ATC code (`kind` "atc").
    static json::Json forCoMedication(const QString &kind, const QString &id);

    /// A number typed in the UI language or with a decimal point; nullopt when it is not a number.
    static std::optional<double> parseNumber(const QVariant &value);
};

} // namespace taper::gui
