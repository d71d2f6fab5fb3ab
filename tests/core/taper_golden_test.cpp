// SPDX-License-Identifier: GPL-3.0-or-later
// Golden plans for realistic regimens (tests/data/taper → tests/golden/taper).
// Regenerate after a deliberate change with: UPDATE_GOLDEN=1 ctest -R TaperGolden (then review the diff).
#include "taper/plan.h"
#include "taper/taper.h"
#include "taper_checker.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace taper {
namespace {

struct GoldenCase {
    const char *name;
    const char *rotateTo; // nullptr: no rotation
};

const GoldenCase kCases[] = {
    {"morphine-depot-240", nullptr},
    {"anne", nullptr},
    {"oxycontin-oxynorm-prn", nullptr},
    {"fentanyl-75", nullptr},
    {"buprenorphine-20", nullptr},
    {"tramadol-depot-200x2", nullptr},
    {"tapentadol-depot-150x2", nullptr},
    {"ketogan-5x6", "morphine"},
    {"two-opioids", nullptr},
    {"fentanyl-25-oral", nullptr},
    {"fentanyl-25-oral-rotate", "morphine"},
    // Issue 17: the regimens a pain clinician reviewed.
    {"anne-used-5", nullptr},
    {"tramadol-600", nullptr},
    {"transtec-35", nullptr},
    {"ketogan-5x6-own", nullptr},
    {"codeine-30x8", nullptr},
    {"fentanyl-50-oxynorm", nullptr},
    {"norspan-20-oxynorm", nullptr},
    {"fentanyl-25-new", nullptr},
};

class TaperGolden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(TaperGolden, MatchesGoldenFile)
{
    const GoldenCase &c = GetParam();
    std::string input = c.name;
    if (input.ends_with("-rotate")) input.resize(input.size() - 7);
    if (input.ends_with("-own")) input.resize(input.size() - 4); // the product itself, no rotation
    const Regimen r = test::regimenFromText(test::testData("taper/" + input + ".json"));
    TaperOptions o;
    o.start = *parseIsoDate("2026-12-01");
    if (c.rotateTo) o.rotateTo = c.rotateTo;
    const Formulary &f = test::formulary();
    const Schedule s = plan(r, o, *f.profile("dk"), f);
    EXPECT_TRUE(test::checkSchedule(s, r, *f.profile("dk"), f).empty());
    const std::string text = toJson(s).dump(2) + "\n";
    const std::string path = test::sourcePath(std::string("tests/golden/taper/") + c.name + ".json");
    if (std::getenv("UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << text;
        GTEST_SKIP() << "rewrote " << path;
    }
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << "missing golden file " << path << " (run with UPDATE_GOLDEN=1)";
    const std::string golden((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(text, golden) << "plan for " << c.name
                            << " changed; review and regenerate with UPDATE_GOLDEN=1";
}

INSTANTIATE_TEST_SUITE_P(Regimens, TaperGolden, ::testing::ValuesIn(kCases), [](const auto &param) {
    std::string n = param.param.name;
    for (char &ch : n)
        if (ch == '-') ch = '_';
    return n;
});

} // namespace
} // namespace taper
