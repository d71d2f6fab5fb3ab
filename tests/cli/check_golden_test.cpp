// SPDX-License-Identifier: GPL-3.0-or-later
// The findings of every example regimen against golden files (tests/golden/findings/<example>.json,
// the output of `opioid-taper check --format json` without program_version). Regenerate after an
// intended change with UPDATE_GOLDEN=1 (see docs/findings.md), then review the diff.
#include "test_support.h"

#include "taper/json_reader.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

using namespace taper;

namespace {

class FindingsGolden : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST_P(FindingsGolden, MatchesGoldenFile)
{
    const std::string name = GetParam();
    const auto r =
        test::runCli({"check", "--format", "json", test::sourcePath("examples/" + name + ".json")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    json::Json actual = json::parse(r.out, "check output");
    actual.erase("program_version");
    const std::string goldenPath = test::sourcePath("tests/golden/findings/" + name + ".json");
    const char *update = std::getenv("UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::ofstream(goldenPath) << actual.dump(2) << "\n";
        GTEST_SKIP() << "golden file rewritten: " << goldenPath;
    }
    const json::Json expected = json::readFile(goldenPath);
    EXPECT_EQ(actual, expected) << "differences (golden -> actual): "
                                << json::Json::diff(expected, actual).dump(2)
                                << "\nIf the change is intended: UPDATE_GOLDEN=1 ctest -R FindingsGolden";
}

INSTANTIATE_TEST_SUITE_P(Examples, FindingsGolden,
                         ::testing::Values("anne", "tramadol-sertraline", "ketogan-prn", "fentanyl-diazepam",
                                           "methadone-60", "elderly-renal"),
                         [](const auto &tp) {
                             std::string s = tp.param;
                             for (char &c : s)
                                 if (c == '-') c = '_';
                             return s;
                         });
