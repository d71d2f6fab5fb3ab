// SPDX-License-Identifier: GPL-3.0-or-later
// PlanDocument's sessions: recording one through taper::recordSession (undoable) and the raw plan
// replacement the undo command uses.
#include "linetext.h"
#include "plandocument.h"

#include "recordsessioncommand.h"

#include "taper/input_error.h"
#include "taper/session.h"

#include <QUndoStack>

namespace taper::gui {

QString PlanDocument::recordSession(const SessionInput &input)
{
    if (!m_schedule) return tr("Make a taper plan before recording a session.");
    try {
        Plan next = taper::recordSession(toPlan(), input, m_today, *m_formulary);
        m_undoStack->push(new RecordSessionCommand(this, std::move(next), tr("Record session")));
        return {};
    } catch (const InputError &e) {
        return LineText::inputError(e, m_formulary.get(), false);
    }
}

void PlanDocument::setPlanNow(const Plan &plan)
{
    m_options = plan.schedule.options;
    m_schedule = plan.schedule;
    m_planError.clear();
    m_record = plan;
    m_record.regimen = {};
    m_record.schedule = {};
    recompute(false);
    emit planChanged();
}

} // namespace taper::gui
