// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a taper schedule reads on screen in the UI language: unit counts with ½, the doses of a step per
// time of day, dispensing, and the plan notes (TaperNote codes). Formatting only: every number comes
// from taper::plan.

#include "taper/formulary.h"
#include "taper/session.h"
#include "taper/taper.h"

#include <QCoreApplication>
#include <QString>

namespace taper::gui {

class PlanText {
    Q_DECLARE_TR_FUNCTIONS(PlanText)
public:
    /// "2", "½", "1½" (halves occur only where the product may be divided).
    static QString units(HalfUnits units);
    /// The product's Danish name ("Contalgin depottablet 30 mg").
    static QString product(const Product *product);
    /// The doses of `step` taken at `slot` (0 morning … 3 night): "Contalgin depottablet 30 mg: 1½", one a
    /// line.
    static QString slotDoses(const Step &step, int slot);
    /// Doses outside the four times: patches, PRN allowances, more than four administrations a day.
    static QString otherDoses(const Step &step);
    /// "Contalgin depottablet 30 mg: 28", one product a line.
    static QString dispense(const std::vector<Dispense> &dispense);
    /// One sentence for a plan note, from the wording catalogue (taper::text) in the UI language.
    static QString note(const TaperNote &note, const Formulary &formulary);
    static QString method(TaperMethod method);
    static QString largerDose(LargerDose larger);
    /// A session decision ("Fortsæt", "Hold", …).
    static QString decision(SessionDecision decision);
    /// Why a schedule version was replaced, as the plan file records it ("step_back: pain"), with the
    /// decision in words ("Et trin tilbage: pain").
    static QString versionReason(const std::string &reason);
    /// The nurse's withdrawal rating 0–3 ("0 ingen" … "3 svære").
    static QString withdrawal(int rating);
    static QString attention(Attention flag);
    static QString status(PlanStatus status);
};

} // namespace taper::gui
