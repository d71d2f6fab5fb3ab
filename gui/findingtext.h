// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The core's findings on screen: the sentence comes from the wording catalogue (taper::text, the same
// sentence the CLI and the printed documents use) in the UI language; severity labels and icons are
// the GUI's own (Qt Linguist).

#include "taper/finding.h"
#include "taper/formulary.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace taper::gui {

class FindingText {
    Q_DECLARE_TR_FUNCTIONS(FindingText)
public:
    static QString message(const Finding &finding, const Formulary &formulary);
    static QString severity(Severity severity);
    static QIcon icon(Severity severity);
    /// The finding's code as the core names it ("high_meq").
    static QString code(const Finding &finding);
};

} // namespace taper::gui
