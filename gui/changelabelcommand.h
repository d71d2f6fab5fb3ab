// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undo command: the patient label (name or pseudonym) of the plan changes. The label is patient data:
// it is written to the plan file and shown on screen and in the handout, never logged.

#include "plandocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace taper::gui {

class ChangeLabelCommand : public QUndoCommand {
public:
    ChangeLabelCommand(PlanDocument *document, std::optional<std::string> label)
        : m_document(document), m_before(document->planRecord().label), m_after(std::move(label))
    {
        setText(QCoreApplication::translate("taper::gui::ChangeLabelCommand", "Change patient label"));
    }
    void redo() override { m_document->setLabelNow(m_after); }
    void undo() override { m_document->setLabelNow(m_before); }

private:
    PlanDocument *m_document;
    std::optional<std::string> m_before;
    std::optional<std::string> m_after;
};

} // namespace taper::gui
