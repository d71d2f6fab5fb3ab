#pragma once
// Shared set-up for the GUI tests: the shipped formulary, a fixed "today", isolated settings and the
// Danish UI language (the default).

#include "taper/dates.h"
#include "taper/formulary.h"

#include <QString>

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

} // namespace taper::guitest
