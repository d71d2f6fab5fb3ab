// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undo command: one line of the regimen is replaced by a validated new version.

#include "plandocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace taper::gui {

class EditLineCommand : public QUndoCommand {
public:
    EditLineCommand(PlanDocument *document, int row, RegimenLine line)
        : m_document(document), m_row(row), m_before(document->line(row)), m_after(std::move(line))
    {
        setText(QCoreApplication::translate("taper::gui::EditLineCommand", "Edit line %1").arg(row + 1));
    }
    void redo() override { m_document->setLineAt(m_row, m_after); }
    void undo() override { m_document->setLineAt(m_row, m_before); }

private:
    PlanDocument *m_document;
    int m_row;
    RegimenLine m_before;
    RegimenLine m_after;
};

} // namespace taper::gui
