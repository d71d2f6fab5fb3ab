// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's iCalendar file (issue 18), read back with a real parser (libical): it parses, one VEVENT per
// step and per session, whole-day dates, summaries that round-trip (æøå, commas, semicolons, long lines
// folded), CRLF and at most 75 octets per line, stable UIDs without the patient label.
#include "report_fixtures.h"
#include "taper/calendar.h"
#include "taper/report/calendar.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <libical/ical.h>

#include <memory>
#include <set>

namespace taper {
namespace {

using report::CalendarEvent;
using report::Lang;
using test::day;
using ::testing::HasSubstr;
using ::testing::Not;

struct IcalFree {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Calendar = std::unique_ptr<icalcomponent, IcalFree>;

struct ReadEvent {
    std::string uid, summary, description;
    icaltimetype start;
};

/// Parses `ics` with libical; fails the test when it does not parse or reports an error property.
std::vector<ReadEvent> readBack(const std::string &ics)
{
    Calendar cal(icalparser_parse_string(ics.c_str()));
    EXPECT_TRUE(cal) << "libical could not parse the calendar";
    if (!cal) return {};
    EXPECT_EQ(icalcomponent_isa(cal.get()), ICAL_VCALENDAR_COMPONENT);
    EXPECT_EQ(icalcomponent_count_errors(cal.get()), 0);
    const icalproperty *version = icalcomponent_get_first_property(cal.get(), ICAL_VERSION_PROPERTY);
    EXPECT_TRUE(version && std::string(icalproperty_get_version(version)) == "2.0");
    EXPECT_TRUE(icalcomponent_get_first_property(cal.get(), ICAL_PRODID_PROPERTY));
    std::vector<ReadEvent> out;
    for (icalcomponent *e = icalcomponent_get_first_component(cal.get(), ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(cal.get(), ICAL_VEVENT_COMPONENT)) {
        const char *description = icalcomponent_get_description(e);
        out.push_back({icalcomponent_get_uid(e), icalcomponent_get_summary(e), description ? description : "",
                       icalcomponent_get_dtstart(e)});
        const icalproperty *stamp = icalcomponent_get_first_property(e, ICAL_DTSTAMP_PROPERTY);
        EXPECT_TRUE(stamp && icaltime_is_utc(icalproperty_get_dtstamp(stamp)));
    }
    return out;
}

/// Every physical line ends with CRLF, has at most 75 octets and starts on a UTF-8 character.
void expectWellFormedLines(const std::string &ics)
{
    std::size_t start = 0;
    while (start < ics.size()) {
        const std::size_t end = ics.find("\r\n", start);
        ASSERT_NE(end, std::string::npos) << "the file ends without CRLF";
        const std::string line = ics.substr(start, end - start);
        EXPECT_EQ(line.find('\n'), std::string::npos) << "a bare LF: " << line;
        EXPECT_LE(line.size(), 75u) << line;
        const std::size_t first = line.starts_with(' ') ? 1 : 0;
        if (line.size() > first) {
            EXPECT_NE(static_cast<unsigned char>(line[first]) & 0xC0, 0x80)
                << "folded inside a UTF-8 character: " << line;
        }
        start = end + 2;
    }
}

Plan annePlan()
{
    return test::makePlan("examples/anne.json", "2026-12-07");
}

TEST(Calendar, AnnesPlanReadsBackWithOneEventPerStepAndSession)
{
    const Plan plan = annePlan();
    const auto ctx = test::context(Lang::Da);
    const std::string ics = report::buildCalendar(plan, ctx);
    expectWellFormedLines(ics);
    EXPECT_THAT(ics, HasSubstr("DTSTAMP:20261201T000000Z\r\n"));
    const auto events = readBack(ics);
    const std::vector<Date> sessions = upcomingSessions(plan, ctx.today, report::kMaxCalendarSessions);
    EXPECT_GT(sessions.size(), 5u);
    ASSERT_EQ(events.size(), plan.schedule.steps.size() + sessions.size());

    const auto expected = report::planEvents(plan, ctx);
    ASSERT_EQ(expected.size(), events.size());
    std::set<std::string> uids;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const ReadEvent &e = events[i];
        EXPECT_TRUE(icaltime_is_date(e.start)) << e.summary;
        const date::year_month_day ymd{expected[i].day};
        EXPECT_EQ(e.start.year, int(ymd.year()));
        EXPECT_EQ(e.start.month, int(unsigned(ymd.month())));
        EXPECT_EQ(e.start.day, int(unsigned(ymd.day())));
        EXPECT_EQ(e.summary, expected[i].summary); // commas, semicolons and æøå survive escaping and folding
        EXPECT_EQ(e.description, expected[i].description);
        EXPECT_TRUE(uids.insert(e.uid).second) << "duplicate UID " << e.uid;
    }
    EXPECT_EQ(events.front().summary,
              "Ny dosis: Morfin depottablet 60 mg (fx Contalgin): 1 depottablet morgen og 1 depottablet "
              "aften; Oxycodon "
              "kapsel 20 mg (fx OxyNorm): 1 kapsel efter behov, højst 6 gange i døgnet");
    EXPECT_EQ(events.back().summary, "Aftale i nedtrapningsholdet"); // the follow-up after the stop
    bool stop = false;
    for (const auto &e : events)
        stop = stop || e.summary.starts_with("Stop ");
    EXPECT_TRUE(stop) << "the last step says what stops";
}

TEST(Calendar, UidsAreStableAndNeverCarryTheLabel)
{
    Plan plan = annePlan();
    plan.label = "Jensen, Æblerød; 010203-1234";
    const auto ctx = test::context(Lang::Da);
    const std::string ics = report::buildCalendar(plan, ctx);
    EXPECT_THAT(ics, Not(HasSubstr("Jensen")));
    EXPECT_THAT(ics, Not(HasSubstr("1234")));
    Plan other = plan;
    other.label = "Someone else";
    EXPECT_EQ(report::buildCalendar(other, ctx), ics) << "the label does not change a byte";
    const auto events = report::planEvents(plan, ctx);
    EXPECT_EQ(events.front().uid.substr(0, 14), "20261207-dose-");
    EXPECT_TRUE(events.front().uid.ends_with("@opioidtaper"));
    // Another plan (another start) has other UIDs.
    const auto later = report::planEvents(test::makePlan("examples/ketogan-prn.json", "2026-12-07"), ctx);
    EXPECT_NE(later.front().uid, events.front().uid);
}

TEST(Calendar, AppointmentsReplaceTheRhythm)
{
    const Plan plan = annePlan();
    auto ctx = test::context(Lang::En);
    ctx.appointments = {day("2027-01-05"), day("2026-12-15"), day("2027-01-05")};
    const auto events = readBack(report::buildCalendar(plan, ctx));
    ASSERT_EQ(events.size(), plan.schedule.steps.size() + 2);
    int sessions = 0;
    for (const auto &e : events)
        sessions += e.summary == "Appointment with the tapering group";
    EXPECT_EQ(sessions, 2);
    EXPECT_EQ(events.front().summary.substr(0, 10), "New dose: ");
}

TEST(Calendar, TextEscapingAndFoldingRoundTrip)
{
    EXPECT_EQ(report::ics::escapeText("a\\b;c,d\ne\r\nf\x01g"), "a\\\\b\\;c\\,d\\ne\\nf g");
    const std::string summary =
        "Ærø, Åbenrå; Øster Snede \\ 30 mg, " + std::string(60, 'x') + " æøåæøåæøåæøåæøåæøåæøåæøåæøå slut";
    const std::string description = "Linje 1; med komma, og æøå\nLinje 2";
    auto ctx = test::context(Lang::Da);
    const CalendarEvent e{CalendarEvent::Kind::Session, day("2026-12-24"), summary, description,
                          "x@opioidtaper"};
    const std::string ics = report::renderIcs({e}, ctx);
    expectWellFormedLines(ics);
    EXPECT_THAT(ics, HasSubstr("\r\n ")) << "the long summary is folded";
    const auto events = readBack(ics);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].summary, summary);
    EXPECT_EQ(events[0].description, description);
    EXPECT_TRUE(icaltime_is_date(events[0].start));
    // Folding at every possible offset of a two-octet letter: never split, always 75 octets or fewer.
    for (std::size_t pad = 0; pad < 4; ++pad) {
        std::string letters;
        for (int i = 0; i < 60; ++i)
            letters += "æ";
        const std::string line = "SUMMARY:" + std::string(64 + pad, 'x') + "ø" + letters;
        const std::string folded = report::ics::foldLine(line);
        expectWellFormedLines(folded);
        std::string unfolded = folded.substr(0, folded.size() - 2);
        for (std::size_t at; (at = unfolded.find("\r\n ")) != std::string::npos;)
            unfolded.erase(at, 3);
        EXPECT_EQ(unfolded, line);
    }
}

} // namespace
} // namespace taper
