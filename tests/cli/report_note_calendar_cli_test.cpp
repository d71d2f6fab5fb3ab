// SPDX-License-Identifier: GPL-3.0-or-later
// `report --kind note --format txt` and `report --format ics` (issue 18): the outputs, where they are
// written (atomically, 0600, or standard output) and the kind/format pairs that are usage errors (exit 2).
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

namespace taper {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

class ReportNoteCalendar : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto made = test::runCli({"taper", m_anne, "--start", "2026-12-07", "--today", "2026-11-21",
                                        "-o", m_plan, "--label", "Anne Testesen"});
        ASSERT_EQ(made.exitCode, 0) << made.err;
    }

    test::CliResult report(std::vector<std::string> args, const std::string &file)
    {
        args.insert(args.begin(), {"report", file});
        args.insert(args.end(), {"--date", "2026-12-01"});
        return test::runCli(args);
    }

    test::TempFolder m_folder{"report-note-cli"};
    std::string m_anne = test::sourcePath("examples/anne.json");
    std::string m_plan = m_folder.file("anne.plan.json");
};

TEST_F(ReportNoteCalendar, NoteOfAPlanAndOfARegimenOnStandardOutput)
{
    auto r = report({"--kind", "note", "--format", "txt", "-o", "-"}, m_plan);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, StartsWith("Opioidbehandling gennemgået 1.12.2026 med OpioidTaper "));
    EXPECT_THAT(r.out, HasSubstr("Plan: nedtrapning fra 7.12.2026"));
    EXPECT_THAT(r.out, HasSubstr("Næste konsultation: 7.12.2026.\n"));
    EXPECT_THAT(r.out, Not(HasSubstr("Anne"))) << "no patient label";
    EXPECT_THAT(r.err, Not(HasSubstr("Anne")));

    r = report({"--kind", "note", "--format", "txt", "-o", "-", "--lang", "en"}, m_anne);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("No taper plan has been made.\n"));
}

TEST_F(ReportNoteCalendar, CalendarIsWrittenAtomicallyWithOrWithoutKind)
{
    const std::string ics = m_folder.file("plan.ics");
    auto r = report({"--format", "ics", "-o", ics}, m_plan);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string bytes = test::fileBytes(ics);
    EXPECT_THAT(bytes, StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    EXPECT_THAT(bytes, HasSubstr("DTSTART;VALUE=DATE:20261207\r\n"));
    EXPECT_THAT(bytes, Not(HasSubstr("Anne")));
    EXPECT_EQ(fs::status(ics).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);

    r = report({"--kind", "calendar", "--format", "ics", "-o", "-"}, m_plan);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, bytes);
}

TEST_F(ReportNoteCalendar, KindAndFormatThatDoNotBelongTogetherAreUsageErrors)
{
    const std::vector<std::vector<std::string>> wrong{
        {"--kind", "note", "--format", "md"},
        {"--kind", "note", "--format", "pdf"},
        {"--kind", "review", "--format", "txt"},
        {"--format", "txt"},
        {"--kind", "handout", "--format", "ics"},
        {"--kind", "calendar", "--format", "html"},
        {"--format", "md"},
        {"--kind", "journal", "--format", "txt"},
    };
    for (auto args : wrong) {
        std::string shown;
        for (const auto &a : args)
            shown += a + " ";
        args.insert(args.end(), {"-o", "-"});
        const auto r = report(args, m_plan);
        EXPECT_EQ(r.exitCode, 2) << shown;
        EXPECT_TRUE(r.out.empty());
        EXPECT_THAT(r.err, HasSubstr("--"));
    }
    const auto r =
        report({"--format", "ics", "-o", "-"}, m_anne); // a regimen has no steps to put in a calendar
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_THAT(r.err, HasSubstr("a calendar needs a taper plan"));
}

TEST_F(ReportNoteCalendar, TheExistingKindsAreUnchanged)
{
    auto r = report({"--kind", "review", "--format", "md", "-o", "-"}, m_plan);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Gennemgang af opioidbehandling"));
    r = report({"--kind", "handout", "--format", "md", "-o", "-"}, m_anne);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_THAT(r.err, HasSubstr("a handout needs a taper plan"));
}

} // namespace
} // namespace taper
