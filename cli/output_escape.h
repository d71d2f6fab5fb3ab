// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing untrusted text (patient ids, fields from an input file, file names) into our outputs so that it
// stays data: as one CSV field, or visibly escaped in text meant for a terminal. Used by `screen` and
// `formulary --format csv` (issue 15: ids that split a row or ran as spreadsheet formulas).

#include <string>
#include <string_view>

namespace taper::cli {

/// Appends `field` to `out` as one CSV field: RFC 4180 (a field containing a comma, a quote, CR or LF is
/// quoted and its quotes doubled) with formula neutralisation as OWASP "CSV Injection" advises (a field
/// starting with = + - @ tab CR, or LF or NUL, gets a leading ' and is quoted). A field is never split and
/// never starts a formula; a reader gets it back exactly, but for that added '.
void appendCsvField(std::string &out, std::string_view field);

/// `text` as taper::visibleText shows it (controls, C1, bidirectional marks and bytes that are not UTF-8
/// as visible escapes), after a backslash becomes \\ and, when `quote` is given, that character \" so that
/// a quoted value cannot end early and an escape in the input cannot pass for one of ours.
std::string printable(std::string_view text, char quote = '\0');

} // namespace taper::cli
