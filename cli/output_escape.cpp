// SPDX-License-Identifier: GPL-3.0-or-later
#include "output_escape.h"

#include "taper/visible_text.h"

namespace taper::cli {

void appendCsvField(std::string &out, std::string_view field)
{
    static constexpr std::string_view kFormulaStart("=+-@\t\r\n\0", 8);
    static constexpr std::string_view kNeedsQuotes(",\"\r\n", 4);
    const bool formula = !field.empty() && kFormulaStart.find(field.front()) != std::string_view::npos;
    if (!formula && field.find_first_of(kNeedsQuotes) == std::string_view::npos) {
        out.append(field);
        return;
    }
    out += '"';
    if (formula) out += '\'';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

std::string printable(std::string_view text, char quote)
{
    std::string escaped;
    escaped.reserve(text.size());
    for (char c : text) {
        if (c == '\\' || (quote && c == quote)) escaped += '\\';
        escaped += c;
    }
    return visibleText(escaped); // controls, C1 and broken UTF-8 made visible: one rule for every output
}

} // namespace taper::cli
