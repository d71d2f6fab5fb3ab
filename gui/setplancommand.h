// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undo command: the taper plan changes as a whole — options, the schedule taper::plan made for them
// (or its refusal) and the creation date. Both states are snapshots, so undo restores exactly the
// schedule that was shown (also one read from a plan file).

#include "plandocument.h"

#include <QUndoCommand>

namespace taper::gui {

class SetPlanCommand : public QUndoCommand {
public:
    SetPlanCommand(PlanDocument *document, PlanDocument::PlanState after, const QString &text)
        : m_document(document), m_before(document->planState()), m_after(std::move(after))
    {
        setText(text);
    }
    void redo() override { m_document->setPlanStateNow(m_after); }
    void undo() override { m_document->setPlanStateNow(m_before); }

private:
    PlanDocument *m_document;
    PlanDocument::PlanState m_before;
    PlanDocument::PlanState m_after;
};

} // namespace taper::gui
