// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undo command: a line is removed from the regimen (and restored by undo).

#include "plandocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace taper::gui {

class RemoveLineCommand : public QUndoCommand {
public:
    RemoveLineCommand(PlanDocument *document, int row)
        : m_document(document), m_row(row), m_line(document->line(row))
    {
        setText(QCoreApplication::translate("taper::gui::RemoveLineCommand", "Remove line"));
    }
    void redo() override { m_document->removeLineAt(m_row); }
    void undo() override { m_document->insertLineAt(m_row, m_line); }

private:
    PlanDocument *m_document;
    int m_row;
    RegimenLine m_line;
};

} // namespace taper::gui
