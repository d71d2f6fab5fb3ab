// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How regimen lines, amounts and dates read on screen, in the current UI language (tr(), QLocale).
// Formatting only: every number passed in comes from the core.

#include "taper/formulary.h"
#include "taper/input_error.h"
#include "taper/meq.h"
#include "taper/regimen.h"
#include "taper/text/finding_text.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace taper::gui {

class LineText {
    Q_DECLARE_TR_FUNCTIONS(LineText)
public:
    /// A number as the UI shows it: at most two decimals, no trailing zeros, locale separators (30; 2,5).
    static QString number(double value);
    /// A factor always with a decimal (1,0; 1,5; 0,15).
    static QString factor(double value);
    static QString date(Date date);
    static QDate toQDate(Date date);
    static Date fromQDate(const QDate &date);
    static QString isoDate(Date date);

    static QString unit(DoseUnit unit);
    static QString dailyUnit(const DailyAmount &amount);
    static QString route(Route route);
    static QString release(Release release);
    static QString substance(const Formulary &formulary, const std::string &id);

    /// The product's Danish name, tagged when it is not simply on the market: "Contalgin depottablet 5 mg
    /// (afregistreret)", "… (kun med udleveringstilladelse)".
    static QString productName(const Product &product);
    /// "Contalgin depottablet 30 mg" for product lines (tagged as productName), "morfin peroral depot"
    /// for substance lines.
    static QString label(const RegimenLine &line, const Formulary &formulary);
    /// "30 mg" per administration (patch: "25 mcg/t"), empty for a schedule line.
    static QString dose(const RegimenLine &line);
    /// The per-line arithmetic: "30 mg × 4/døgn = 120 mg/døgn × 1,0 = 120 mg MEQ". `used` renders a PRN
    /// line at its used_per_day instead of max_per_day.
    static QString arithmetic(const RegimenLine &line, const MeqLine &meq, bool used = false);
    /// The UI language as the clinical wording catalogue (taper::text) takes it: Danish when the UI's
    /// locale is Danish, else English. Clinical sentences (findings, plan notes) come from the catalogue
    /// so that the screen says what the printed documents and the CLI say.
    static text::Lang language();
    /// A conversion profile by its name in the UI language ("Danmark (standard)", "CDC 2022").
    static QString profileName(const Profile &profile);
    /// A refusal in the UI language from the wording catalogue: "where: problem" (where named in
    /// Danish fields when the UI is Danish), or the problem alone.
    static QString inputError(const InputError &error, const Formulary *formulary, bool withFile = true);
    static QString problem(const InputError &error, const Formulary *formulary);
    /// "Title (Publisher, year)" of a source id, or the id when unknown.
    static QString citation(const Formulary &formulary, const std::string &sourceId);
};

} // namespace taper::gui
