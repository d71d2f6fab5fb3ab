#include "output_escape.h"

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

namespace {

/// Length of the valid UTF-8 sequence at text[i] (1–4), or 0 when the byte does not start one (overlong
/// forms, surrogates and code points above U+10FFFF are not valid). `cp` receives its code point.
std::size_t utf8Sequence(std::string_view text, std::size_t i, char32_t &cp)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    const unsigned char lead = b(0);
    const std::size_t n = lead < 0x80                    ? 1
                          : lead >= 0xc2 && lead <= 0xdf ? 2
                          : lead >= 0xe0 && lead <= 0xef ? 3
                          : lead >= 0xf0 && lead <= 0xf4 ? 4
                                                         : 0;
    if (n == 0 || i + n > text.size()) return 0;
    cp = n == 1 ? lead : lead & (0x7f >> n);
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(k) & 0xc0) != 0x80) return 0;
        cp = cp << 6 | (b(k) & 0x3f);
    }
    const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
    return n;
}

} // namespace

std::string printable(std::string_view text, char quote)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const auto hex = [](std::string &out, const char *prefix, unsigned v) {
        out += prefix;
        out += kHex[v >> 4 & 15];
        out += kHex[v & 15];
    };
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t n = utf8Sequence(text, i, cp);
        if (n == 0)
            hex(out, "\\x", static_cast<unsigned char>(text[i])); // not UTF-8: a lone byte
        else if (cp == '\\' || (quote && cp == static_cast<unsigned char>(quote)))
            (out += '\\') += static_cast<char>(cp);
        else if (cp == '\t')
            out += "\\t";
        else if (cp == '\n')
            out += "\\n";
        else if (cp == '\r')
            out += "\\r";
        else if (cp < 0x20 || cp == 0x7f)
            hex(out, "\\x", static_cast<unsigned>(cp));
        else if (cp >= 0x80 && cp <= 0x9f)
            hex(out, "\\u00", static_cast<unsigned>(cp)); // C1, e.g. CSI
        else
            out.append(text.substr(i, n));
        i += n == 0 ? 1 : n;
    }
    return out;
}

} // namespace taper::cli
