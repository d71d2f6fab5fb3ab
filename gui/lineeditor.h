// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns one cell edit of the regimen table into a new regimen line value. It only rewrites the line's
// fields; the document checks the result with the core's checkLine, exactly as the reader checks a
// file. Switching between representations (times per day ↔ morning/noon/evening/night ↔ PRN) keeps
// the dose as typed and never computes a clinical quantity.

#include "taper/formulary.h"
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
    static std::optional<RegimenLine> apply(const RegimenLine &line, int column, const QVariant &value,
                                            const Formulary &formulary, QString *error);

    /// A new line of one unit of `product` (patch: worn continuously; others once a day).
    static RegimenLine forProduct(const taper::Product &product);
    /// A new co-medication line (1 mg once a day, for the user to correct) named by a non-opioid
    /// substance id (`kind` "substance") or an ATC code (`kind` "atc").
    static RegimenLine forCoMedication(const QString &kind, const QString &id, const Formulary &formulary);

    /// A number typed in the UI language or with a decimal point; nullopt when it is not a number.
    static std::optional<double> parseNumber(const QVariant &value);
    /// An amount per administration typed in the line's unit ("30", "30 mg", "25 mcg/t") or as a
    /// count of the line's product ("2 tabl.", "1½ tablet", "2 kapsler", "5 ml" of a solution: count ×
    /// strength). In the line's unit; nullopt with `error` set when it cannot be read that way.
    static std::optional<double> parseAmount(const QVariant &value, const RegimenLine &line,
                                             const Formulary &formulary, QString *error);
    /// The line's amount for one administration as the table edits it: "30 mg" (schedule slots too).
    static QString amountText(double amount, const RegimenLine &line);
    /// A question when an administration of `line` is more than kImplausibleUnits units of its
    /// product (3000 mg on a 5 mg tablet line: 600 tablets at a time), else empty. A typing guard,
    /// not a clinical limit: the user may confirm.
    static QString implausibleDoseQuestion(const RegimenLine &line, const Formulary &formulary);
    static constexpr double kImplausibleUnits = 10;
};

} // namespace taper::gui
