// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The plan as an iCalendar file for the patient's phone (issue 18, "New outputs"; RFC 5545): one
// whole-day event on the start of every step ("Ny dosis: …" in the patient's words, "Stop …" for a
// last step without opioid) and one on every session date ("Aftale i nedtrapningsholdet").
// Plain C++; every date comes from the plan's steps and taper::upcomingSessions (or the appointments
// given). The patient label is never written: not in a summary, not in a UID.

#include "taper/report/builder.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace taper::report {

/// Session dates taken from the plan's rhythm: upcomingSessions stops at the follow-up after the
/// last step long before this (about 7½ years of a fortnightly group).
inline constexpr int kMaxCalendarSessions = 200;

struct CalendarEvent {
    enum class Kind { DoseChange, Session };
    Kind kind = Kind::DoseChange;
    Date day;                ///< a whole-day event (DTSTART;VALUE=DATE)
    std::string summary;     ///< final wording in ctx.lang
    std::string description; ///< may hold line breaks ("\n"); empty = no DESCRIPTION
    std::string uid;         ///< stable: the plan's identity, the kind and the day (see planEvents)
};

/// The plan's events in date order (a dose change before a session on the same day): every step's
/// start, then the session dates — ctx.appointments when given, else upcomingSessions(plan,
/// ctx.today, kMaxCalendarSessions). UIDs are "<YYYYMMDD>-<dose|session>-<16 hex>@opioidtaper", the
/// hex an FNV-1a hash of the plan's creation date, profile and input regimen: the same plan gives the
/// same UIDs after a re-plan (a calendar app updates those events), and no label is hashed or written.
std::vector<CalendarEvent> planEvents(const Plan &plan, const ReportContext &ctx);

/// The VCALENDAR text (VERSION:2.0, PRODID naming ctx.programVersion, CALSCALE:GREGORIAN,
/// METHOD:PUBLISH) with one VEVENT per event: UID, DTSTAMP (ctx.today at 00:00 UTC: no hidden clock),
/// DTSTART;VALUE=DATE, DTEND;VALUE=DATE (the next day), SUMMARY, DESCRIPTION, TRANSP:TRANSPARENT.
/// Lines end with CRLF and are folded at 75 octets, never inside a UTF-8 character.
std::string renderIcs(const std::vector<CalendarEvent> &events, const ReportContext &ctx);

/// planEvents rendered by renderIcs: what `report PLAN --format ics` writes.
std::string buildCalendar(const Plan &plan, const ReportContext &ctx);

namespace ics {

/// A TEXT value escaped per RFC 5545 3.3.11: backslash, semicolon and comma get a backslash, a line
/// break becomes "\n"; other control characters (not allowed in TEXT) become a space.
std::string escapeText(std::string_view text);

/// One content line (without its line break) folded per RFC 5545 3.1: CRLF + space before every
/// physical line would pass 75 octets, only between UTF-8 characters. Ends with CRLF.
std::string foldLine(std::string_view line);

/// 64-bit FNV-1a of `bytes` (stable across platforms and runs; not a cryptographic hash).
std::uint64_t fnv1a(std::string_view bytes);

} // namespace ics

} // namespace taper::report
