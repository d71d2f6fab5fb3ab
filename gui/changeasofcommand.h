// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undo command: the evaluation date ("as of") changes; it is then also written to the file.

#include "plandocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace taper::gui {

class ChangeAsOfCommand : public QUndoCommand {
public:
    ChangeAsOfCommand(PlanDocument *document, Date asOf)
        : m_document(document), m_before(document->asOf()), m_beforeInFile(document->regimen().asOfInFile),
          m_after(asOf)
    {
        setText(QCoreApplication::translate("taper::gui::ChangeAsOfCommand", "Change evaluation date"));
    }
    void redo() override { m_document->setAsOfNow(m_after, m_after); }
    void undo() override { m_document->setAsOfNow(m_before, m_beforeInFile); }

private:
    PlanDocument *m_document;
    Date m_before;
    std::optional<Date> m_beforeInFile;
    Date m_after;
};

} // namespace taper::gui
