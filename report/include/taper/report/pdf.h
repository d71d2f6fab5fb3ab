#pragma once
// PDF (and page images) of the report model with Qt Gui: QTextDocument + QPdfWriter, A4, page numbers
// in the footer, table headers repeated on page breaks, charts drawn with QPainter.
// Needs a QGuiApplication; ensureGuiApplication() makes one on the offscreen platform when none exists.

#include "taper/report/document.h"

#include <string>

namespace taper::report {

/// Creates the process's QGuiApplication if there is none. Unless QT_QPA_PLATFORM is set, it selects
/// Qt's offscreen platform first, so rendering works without a display.
void ensureGuiApplication();

/// Writes `doc` as an A4 PDF to `path`; returns the page count. Throws InputError when the file cannot
/// be written.
int writePdf(const Document &doc, const std::string &path);

/// Renders page `page` (0-based) of the same A4 layout to a PNG file at `dpi`. Returns false when the
/// page does not exist or the file cannot be written.
bool writePagePng(const Document &doc, int page, int dpi, const std::string &path);

} // namespace taper::report
