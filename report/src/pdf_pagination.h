// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Page breaks the PDF layout adds to QTextDocument's own pagination, which would split a table row
// whose first line fits at the foot of a page, knows nothing of rows that form a group (a taper step),
// and may leave a section heading or a list's lead-in paragraph as the last line of a page. Private to
// taper::report.

#include "taper/report/document.h"
#include "taper/report/render.h"

class QTextDocument;

namespace taper::report::detail {

/// Finds the first bad page break in `text`, laid out from renderHtml(doc, options): a table row or a
/// group of rows split across pages, or a keeper (KeeperRef: a heading or lead-in) whose next block
/// starts on a later page, whichever comes first. Adds a page break before it to `options` and returns
/// true; the caller lays out again. A split first row of a table that opens its section moves the
/// heading with it. Returns false when there is none, or when `text` does not hold the tables `doc`
/// renders (then nothing changes). Never adds the same break twice, so laying out and calling again
/// ends; a row taller than a page stays split.
bool addPageBreakForFirstBadBreak(QTextDocument &text, const Document &doc, HtmlOptions &options);

} // namespace taper::report::detail
