// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undo command: the conversion profile changes (MEQ and findings are recomputed by the document).

#include "plandocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace taper::gui {

class ChangeProfileCommand : public QUndoCommand {
public:
    ChangeProfileCommand(PlanDocument *document, QString profile)
        : m_document(document), m_before(document->profileId()), m_after(std::move(profile))
    {
        setText(QCoreApplication::translate("taper::gui::ChangeProfileCommand", "Change profile to %1")
                    .arg(m_after));
    }
    void redo() override { m_document->setProfileNow(m_after); }
    void undo() override { m_document->setProfileNow(m_before); }

private:
    PlanDocument *m_document;
    QString m_before;
    QString m_after;
};

} // namespace taper::gui
