// SPDX-License-Identifier: GPL-3.0-or-later
// iCalendar text (RFC 5545) of calendar events: escaping (3.3.11), folding (3.1), VCALENDAR/VEVENT.
#include "common.h"

#include "taper/report/calendar.h"

#include <date/date.h>

namespace taper::report {

namespace ics {

std::string escapeText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == '\n') break; // CRLF: one line break
            out += "\\n";
            break;
        case '\t':
            out += c;
            break;
        default:
            out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
        }
    }
    return out;
}

std::string foldLine(std::string_view line)
{
    constexpr std::size_t kOctets = 75;
    std::string out;
    std::size_t room = kOctets; // the first physical line holds 75 octets, the others a space + 74
    while (line.size() > room) {
        std::size_t cut = room;
        // Never inside a character: back up over continuation bytes (10xxxxxx) to a character's start.
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        if (cut == 0) cut = room; // not UTF-8 (a run of continuation bytes): cut anyway, never loop
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        room = kOctets - 1;
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::uint64_t fnv1a(std::string_view bytes)
{
    std::uint64_t h = 14695981039346656037ULL;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace ics

namespace {

std::string basicDate(Date d)
{
    return date::format("%Y%m%d", d);
}

} // namespace

std::string renderIcs(const std::vector<CalendarEvent> &events, const ReportContext &ctx)
{
    std::string out;
    const auto line = [&out](std::string_view text) { out += ics::foldLine(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//OpioidTaper//OpioidTaper " + ctx.programVersion +
         (ctx.lang == Lang::Da ? "//DA" : "//EN"));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    const std::string stamp = basicDate(ctx.today) + "T000000Z";
    for (const CalendarEvent &e : events) {
        line("BEGIN:VEVENT");
        line("UID:" + e.uid);
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + basicDate(e.day));
        line("DTEND;VALUE=DATE:" + basicDate(e.day + date::days(1)));
        line("SUMMARY:" + ics::escapeText(e.summary));
        if (!e.description.empty()) line("DESCRIPTION:" + ics::escapeText(e.description));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

} // namespace taper::report
