// SPDX-License-Identifier: GPL-3.0-or-later
// The hazard log is accountable: docs/hazards.md fails this test when a hazard has no cause, effect,
// severity, mitigation, residual risk or test, when it cites a test file or test name that does not
// exist below tests/, or when a hazard issue 22 requires is missing. The checker itself is tested on
// planted logs and test sources.
#include "hazard_log.h"

#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>

namespace taper {
namespace {

using ::testing::HasSubstr;

std::string joined(const std::vector<std::string> &lines)
{
    std::string s;
    for (const auto &l : lines)
        s += "  " + l + "\n";
    return s;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

const std::filesystem::path &testsDir()
{
    static const std::filesystem::path dir = test::sourcePath("tests");
    return dir;
}

const hazards::HazardLog &committedLog()
{
    static const hazards::HazardLog log =
        hazards::parse(test::fileBytes(test::sourcePath("docs/hazards.md")));
    return log;
}

/// A log with the required header and the given rows (each a complete "| … |" line).
std::string logWith(const std::vector<std::string> &rows)
{
    std::string text = "# Hazard log\n\nIntro.\n\n";
    for (const auto &c : hazards::requiredColumns())
        text += "| " + c + " ";
    text += "|\n|---|---|---|---|---|---|---|---|\n";
    for (const auto &r : rows)
        text += r + "\n";
    return text + "\nAfter the table.\n";
}

TEST(HazardLog, EveryHazardHasItsPartsAndEveryCitedTestExists)
{
    const auto &log = committedLog();
    const auto problems = hazards::check(log, testsDir(), hazards::testNames(testsDir()));
    EXPECT_TRUE(problems.empty()) << "docs/hazards.md:\n" << joined(problems);
    EXPECT_GE(log.hazards.size(), 15u);
}

TEST(HazardLog, CoversTheHazardsOfIssue22)
{
    // One phrase per hazard issue 22 names, found in the hazard column of some row.
    const std::vector<std::string> required{"conversion factor",
                                            "product or strength",
                                            "unit mix-up",
                                            "patch",
                                            "lost session",
                                            "wrong patient",
                                            "handout",
                                            "taper too fast",
                                            "benzodiazepines",
                                            "gabapentinoids",
                                            "stale formulary",
                                            "time zone",
                                            "out-of-range input",
                                            "prn",
                                            "screen cut off",
                                            "misclicked",
                                            "translation"};
    for (const auto &phrase : required) {
        const bool found = std::any_of(
            committedLog().hazards.begin(), committedLog().hazards.end(),
            [&](const hazards::Hazard &h) { return lower(h.cells.at(1)).find(phrase) != std::string::npos; });
        EXPECT_TRUE(found) << "no hazard mentions \"" << phrase << "\"";
    }
}

TEST(HazardLog, TheCheckFindsWhatItShould)
{
    const auto names = hazards::testNames(testsDir());
    const std::string good = " | a | b | c | critical | m | r | `Traceability.DocumentIsCurrent`, "
                             "`tests/traceability/traceability_test.cpp`, `TestHelp.anchorsAreGitHubs`, "
                             "`Units.*` |";
    EXPECT_TRUE(hazards::check(hazards::parse(logWith({"| H01" + good})), testsDir(), names).empty());

    const auto problems = hazards::check(
        hazards::parse(logWith({
            "| H01 | a | b | c | fatal | m | r | `NoSuch.Test` |",
            "| H02 | a | b | c | serious |  | r | `tests/core/no_such_test.cpp`, `tests/../README.md` |",
            "| H04 | a | b | c | minor | m | r | see `Units.*` |",
            "| H05 | a | b | c | minor | m | r |  |",
            "| H06 | a | b | c | minor | m | r | `NoSuite.*`, `TestHelp.initTestCase` |",
            "| H07 | a | b | c | minor | m |",
        })),
        testsDir(), names);
    const std::string all = joined(problems);
    EXPECT_THAT(all, HasSubstr("H01: severity \"fatal\""));
    EXPECT_THAT(all, HasSubstr("H01: `NoSuch.Test` is neither"));
    EXPECT_THAT(all, HasSubstr("H02: no mitigation in the program"));
    EXPECT_THAT(all, HasSubstr("H02: `tests/core/no_such_test.cpp` is neither"));
    EXPECT_THAT(all, HasSubstr("H02: `tests/../README.md` is neither"));
    EXPECT_THAT(all, HasSubstr("id H04, expected H03"));
    EXPECT_THAT(all, HasSubstr("H04: text outside backticks in the tests column: see"));
    EXPECT_THAT(all, HasSubstr("H05: no tests"));
    EXPECT_THAT(all, HasSubstr("`NoSuite.*` is neither"));
    EXPECT_THAT(all, HasSubstr("`TestHelp.initTestCase` is neither"));
    EXPECT_THAT(all, HasSubstr("line 12: 6 cells, the header has 8"));

    EXPECT_THAT(joined(hazards::check(hazards::parse("# No table\n"), testsDir(), names)),
                HasSubstr("no table"));
    EXPECT_THAT(joined(hazards::check(hazards::parse("| id | hazard |\n|---|---|\n| H01 | x |\n"), testsDir(),
                                      names)),
                HasSubstr("the header must be"));
}

TEST(HazardLog, TestNamesComeFromGoogleTestMacrosAndQtTestClasses)
{
    test::TempFolder dir("hazard-names");
    std::ofstream(dir.file("a_test.cpp")) << "TEST(Plain, One) {}\n"
                                             "TEST_F(Fixture,\n       Two) {}\n"
                                             "TEST_P( Param , Three ) {}\n"
                                             "MY_TEST(Not, Four) {}\n"
                                             "// TESTING(Not, Five)\n";
    std::filesystem::create_directory(dir.path() / "gui");
    std::ofstream(dir.file("gui/test_x.cpp")) << "void helper()\n{\n}\n"
                                                 "class TestX : public QObject {\n"
                                                 "    Q_OBJECT\n"
                                                 "private slots:\n"
                                                 "    void initTestCase() { setUp(); }\n"
                                                 "    void rowsFit_data()\n"
                                                 "    void rowsFit()\n"
                                                 "    void withBody() { QVERIFY(true); }\n"
                                                 "};\n";
    const std::set<std::string> expected{"Plain.One", "Fixture.Two", "Param.Three", "TestX.rowsFit",
                                         "TestX.withBody"};
    EXPECT_EQ(hazards::testNames(dir.path()), expected);

    const auto real = hazards::testNames(testsDir());
    for (const char *name : {"Traceability.DocumentIsCurrent", "Conversion.MatchesPublishedFactor",
                             "TestHelp.guideIsEmbeddedAndRendered", "HazardLog.TheCheckFindsWhatItShould"})
        EXPECT_TRUE(real.count(name)) << name;
}

} // namespace
} // namespace taper
