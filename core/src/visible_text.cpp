// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/visible_text.h"

#include <cstdio>
#include <utility>

namespace taper {

namespace {

void appendEscape(std::string &out, const char *format, unsigned value)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, format, value);
    out += buffer;
}

/// The code point of the UTF-8 sequence at `text[i]` and its length; length 0 when it is not valid
/// UTF-8 (a stray continuation byte, a cut sequence, an overlong form, a surrogate, above U+10FFFF).
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned lead = byte(i);
    std::size_t length = 0;
    char32_t cp = 0;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2, cp = lead & 0x1F;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3, cp = lead & 0x0F;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4, cp = lead & 0x07;
    else
        return {0, 0};
    if (i + length > text.size()) return {0, 0};
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return {0, 0};
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return {0, 0};
    return {cp, length};
}

bool isInvisibleControl(char32_t cp)
{
    return (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

} // namespace

std::string visibleText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7F)
                appendEscape(out, "\\x%02x", c);
            else
                out += static_cast<char>(c);
            ++i;
            continue;
        }
        const auto [cp, length] = decode(text, i);
        if (length == 0) {
            appendEscape(out, "\\x%02x", c);
            ++i;
        } else {
            if (isInvisibleControl(cp))
                appendEscape(out, "\\u%04x", static_cast<unsigned>(cp));
            else
                out.append(text.substr(i, length));
            i += length;
        }
    }
    return out;
}

} // namespace taper
