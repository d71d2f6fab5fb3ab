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

/// `text` with every control character shown instead of sent: \t \n \r, \xNN for the other C0 bytes, DEL
/// and every byte that is not part of valid UTF-8 (a lone 0x9b is CSI to a Latin-1 terminal), \u0080…\u009f
/// for UTF-8 C1 controls; a backslash becomes \\ and, when `quote` is given, that character \" so that a
/// quoted value cannot end early. Valid UTF-8 text is otherwise unchanged.
std::string printable(std::string_view text, char quote = '\0');

} // namespace taper::cli
