// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PDF (and page images) of the report model with Qt Gui: QTextDocument + QPdfWriter, A4, page numbers
// in the footer, table headers repeated on page breaks, charts drawn with QPainter.
// Needs a QGuiApplication; ensureGuiApplication() makes one on the offscreen platform when none exists.

#include "taper/report/document.h"

#include <string>

class QIODevice;
class QPageLayout;
class QPagedPaintDevice;

namespace taper::report {

/// Creates the process's QGuiApplication if there is none. Unless QT_QPA_PLATFORM is set, it selects
/// Qt's offscreen platform first, so rendering works without a display.
void ensureGuiApplication();

/// Writes `doc` as an A4 PDF to `path` atomically (temporary file, fsync, rename) with permissions 0600;
/// returns the page count. Throws InputError naming the path when the file cannot be written.
int writePdf(const Document &doc, const std::string &path);

/// The documents' page layout: A4 portrait with 15 mm margins (what writePdf uses).
QPageLayout pageLayout();

/// Lays `doc` out on A4 (pageLayout(), at the one resolution all outputs share) and paints every page
/// with its footer, scaled to `device`'s resolution (logical DPI), starting on the device's current
/// page (a QPrinter, e.g. a print preview's, or a QPdfWriter). Precondition: the device's page layout
/// is pageLayout(). Returns the page count, or 0 when painting on the device could not begin.
int printTo(const Document &doc, QPagedPaintDevice &device);

/// Writes `doc` as an A4 PDF to an open `device` (e.g. a QBuffer); returns the page count, or 0 when
/// nothing could be painted.
int writePdf(const Document &doc, QIODevice &device);

/// The number of pages `doc` has in the A4 layout that writePdf, printTo and writePagePng share (every
/// document is laid out once at one resolution, so a print preview has the PDF's pages).
int pageCount(const Document &doc);

/// Renders page `page` (0-based) of the same A4 layout to a PNG file at `dpi`. Returns false when the
/// page does not exist or the file cannot be written.
bool writePagePng(const Document &doc, int page, int dpi, const std::string &path);

} // namespace taper::report
