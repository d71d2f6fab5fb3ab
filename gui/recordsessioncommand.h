// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undo command: a recorded session. The plan before and the plan taper::recordSession returned are
// both kept, so undo (before the file is saved) restores the schedule, history and sessions exactly.
// In the file the history stays append-only: a saved session is never removed by the GUI.

#include "plandocument.h"

#include <QUndoCommand>

namespace taper::gui {

class RecordSessionCommand : public QUndoCommand {
public:
    RecordSessionCommand(PlanDocument *document, Plan after, const QString &text)
        : m_document(document), m_before(document->toPlan()), m_after(std::move(after))
    {
        setText(text);
    }
    void redo() override { m_document->setPlanNow(m_after); }
    void undo() override { m_document->setPlanNow(m_before); }

private:
    PlanDocument *m_document;
    Plan m_before;
    Plan m_after;
};

} // namespace taper::gui
