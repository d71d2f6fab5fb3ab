// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undo command: a validated line is inserted into the regimen.

#include "plandocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace taper::gui {

class AddLineCommand : public QUndoCommand {
public:
    AddLineCommand(PlanDocument *document, int row, RegimenLine line)
        : m_document(document), m_row(row), m_line(std::move(line))
    {
        setText(QCoreApplication::translate("taper::gui::AddLineCommand", "Add line"));
    }
    void redo() override { m_document->insertLineAt(m_row, m_line); }
    void undo() override { m_document->removeLineAt(m_row); }

private:
    PlanDocument *m_document;
    int m_row;
    RegimenLine m_line;
};

} // namespace taper::gui
