// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Free text from a file (a patient label, a session's reason or notes, a file name) made safe to show
// on a terminal or in a document: nothing in it can move the cursor, recolour or clear the screen,
// reorder the line, or hide what follows.

#include <string>
#include <string_view>

namespace taper {

/// `text` with every control made visible: C0 controls (tab and newline included) and DEL as "\x1b",
/// bytes that are not valid UTF-8 as "\xff", C1 controls (U+0080–U+009F), bidirectional marks,
/// embeddings, overrides and isolates, and the line and paragraph separators as "\u202e". Everything
/// else is kept byte for byte: letters such as æ, ø and å, and a backslash.
std::string visibleText(std::string_view text);

} // namespace taper
