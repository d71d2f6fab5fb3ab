// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report model: a document of sections, each a list of blocks (paragraphs, bullet lists, tables,
// charts). Plain C++ (no Qt): built from core results by buildHandout/buildReview (builder.h) and
// rendered to Markdown and HTML (render.h) or to PDF with Qt (pdf.h). Every string is final wording in
// the document's language; every number in it was produced by a core call.

#include "taper/dates.h"
#include "taper/text/finding_text.h"

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace taper::report {

using text::Lang;

enum class Kind { Handout, Review };

struct Paragraph {
    std::string text;
    bool emphasis = false; ///< a statement that must stand out (e.g. "decision support, not a prescription")
};

struct BulletList {
    std::vector<std::string> items;
};

/// A cell is one or more lines (rendered as line breaks inside the cell).
using Cell = std::vector<std::string>;

struct Table {
    std::vector<std::string> header; ///< repeated on every PDF page the table spans
    std::vector<std::vector<Cell>> rows;
    std::vector<bool> numeric;        ///< per column: right-aligned; empty = all left
    std::vector<bool> dose;           ///< per column: a dose to take (centred, bold); empty = none
    std::vector<int> widthPercent;    ///< per column (HTML/PDF hint); empty = automatic
    bool lastRowIsTotal = false;      ///< bold last row
    std::vector<bool> rowStartsGroup; ///< per row: a new group (e.g. a taper step) starts here; empty = none
    bool compact = false;             ///< smaller type (8 pt): a long table that must fit a letter's pages
};

/// A line chart over dates. Each series is drawn as given; `stepped` series hold their value until the
/// next point (a taper's planned MEQ).
struct ChartSeries {
    std::string name;
    std::vector<std::pair<Date, double>> points;
    bool stepped = false;
    bool markers = false;
};

struct Chart {
    std::string title;
    std::string yLabel;
    std::vector<ChartSeries> series;
};

using Block = std::variant<Paragraph, BulletList, Table, Chart>;

struct Section {
    std::string heading;
    std::vector<Block> blocks;
    bool newPage = false; ///< starts on a new page when printed (the review letter's appendix)
};

struct Document {
    Kind kind = Kind::Review;
    Lang lang = Lang::Da;
    std::string title;
    /// Key–value lines under the title (patient label, dates, who made it, clinic phone …).
    std::vector<std::pair<std::string, std::string>> meta;
    std::vector<Section> sections;
    std::string footer; ///< one line on every PDF page, and at the end of HTML/Markdown
};

} // namespace taper::report
