// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared set-up for the GUI tests: the shipped formulary, a fixed "today", isolated settings and the
// Danish UI language (the default).

#include "taper/dates.h"
#include "taper/formulary.h"

#include <QSize>
#include <QString>
#include <QWidget>

#include <cmath>

#include <memory>

namespace taper::gui {
class LanguageManager;
}

namespace taper::guitest {

/// The shipped formulary (loaded once per process).
std::shared_ptr<const Formulary> formulary();
/// The fixed "today" of the tests: 2026-11-21 (the example's as_of).
Date today();
/// A path below the source tree, e.g. "examples/anne.json".
QString sourcePath(const char *relative);
/// Isolates QSettings (test mode) and installs the Danish translation; call from initTestCase().
gui::LanguageManager &setUpApplication();
/// `logical` in device pixels of `widget`'s screen (QT_SCALE_FACTOR=2: 1400×900 → 2800×1800).
inline QSize physical(QSize logical, const QWidget &widget)
{
    const double ratio = widget.devicePixelRatioF();
    return {int(std::lround(logical.width() * ratio)), int(std::lround(logical.height() * ratio))};
}

} // namespace taper::guitest
