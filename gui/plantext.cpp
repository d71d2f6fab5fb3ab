// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantext.h"

#include "taper/packs.h"

#include "linetext.h"
#include "taper/text/session_words.h"
#include "taper/text/taper_note_text.h"

#include <QStringList>

#include <cmath>
#include <optional>

namespace taper::gui {

namespace {
/// A catalogue word as a label or list entry: first letter upper case ("hold dosis" → "Hold dosis").
QString capitalized(const std::string &word)
{
    QString s = QString::fromStdString(word);
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}
} // namespace

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
    // With the product's Danish pack sizes known, the packs to prescribe with the least waste (core).
    const std::vector<PeriodPacks> packs = periodPacks(dispense);
    QStringList lines;
    for (std::size_t i = 0; i < dispense.size(); ++i) {
        QString line = tr("%1: %2").arg(product(dispense[i].product), units(dispense[i].units));
        if (i < packs.size() && !packs[i].packs.empty()) {
            QStringList counts;
            for (const PackCount &p : packs[i].packs)
                counts << tr("%1 × %2").arg(p.count).arg(p.units);
            line += QLatin1Char(' ') + tr("(packs: %1; %n left over)", nullptr, packs[i].excess())
                                           .arg(counts.join(QStringLiteral(" + ")));
        }
        lines << line;
    }
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
    return capitalized(text::decisionText(d, LineText::language()));
}

QString PlanText::withdrawal(int rating)
{
    return QString::fromStdString(text::withdrawalRatingText(rating, LineText::language()));
}

QString PlanText::attention(Attention flag)
{
    return QString::fromStdString(text::attentionText(flag, LineText::language()));
}

QString PlanText::status(PlanStatus s)
{
    return capitalized(text::planStatusText(s, LineText::language()));
}

QString PlanText::note(const TaperNote &n, const Formulary &formulary)
{
    return QString::fromStdString(text::taperNoteText(n, LineText::language(), formulary));
}

QString PlanText::versionReason(const std::string &reason)
{
    const std::size_t colon = reason.find(':');
    const std::string code = reason.substr(0, colon);
    const auto decision = parseEnum<SessionDecision>(code);
    if (!decision) return QString::fromStdString(reason);
    const QString words = PlanText::decision(*decision);
    return colon == std::string::npos ? words : words + QString::fromStdString(reason.substr(colon));
}

} // namespace taper::gui
