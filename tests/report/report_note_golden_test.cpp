// SPDX-License-Identifier: GPL-3.0-or-later
// Golden journal notes and calendar for the examples (issue 18): any change to their words or bytes
// shows up as a diff to review. Regenerate after a deliberate change with UPDATE_GOLDEN=1 ./report_tests.
#include "report_fixtures.h"
#include "taper/report/calendar.h"
#include "taper/report/note.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace taper {
namespace {

/// Compares `actual` with tests/golden/report/`name` byte for byte (the .ics keeps its CRLF:
/// .gitattributes marks *.ics -text), or rewrites the file under UPDATE_GOLDEN.
void compareWithGolden(const std::string &name, const std::string &actual)
{
    const std::string file = std::string(TAPER_GOLDEN_DIR) + "/" + name;
    if (std::getenv("UPDATE_GOLDEN") != nullptr) {
        std::ofstream(file, std::ios::binary) << actual;
        return;
    }
    ASSERT_TRUE(std::ifstream(file, std::ios::binary).good())
        << file << " is missing (UPDATE_GOLDEN=1 writes it)";
    EXPECT_EQ(test::fileBytes(file), actual) << "differs from " << file;
}

TEST(NoteGolden, AnnesPlanInDanishAndEnglish)
{
    const Plan plan = test::makePlan("examples/anne.json", "2026-12-07");
    compareWithGolden("anne-note.da.txt", report::buildJournalNote(plan, test::context()));
    compareWithGolden("anne-note.en.txt", report::buildJournalNote(plan, test::context(report::Lang::En)));
}

TEST(NoteGolden, RegimensWithoutAPlan)
{
    for (const char *name : {"methadone-60", "fentanyl-diazepam", "tramadol-sertraline"}) {
        const Regimen regimen = test::exampleRegimen(std::string("examples/") + name + ".json");
        compareWithGolden(
            std::string(name) + "-note.da.txt",
            report::buildJournalNote(regimen, *test::formulary().profile("dk"), test::context()));
    }
}

TEST(NoteGolden, AnnesCalendar)
{
    const Plan plan = test::makePlan("examples/anne.json", "2026-12-07");
    compareWithGolden("anne-plan.da.ics", report::buildCalendar(plan, test::context()));
}

} // namespace
} // namespace taper
