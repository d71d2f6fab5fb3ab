// SPDX-License-Identifier: GPL-3.0-or-later
// Every clinical number has a source and a test: fails when a factor, threshold, rule limit or finding
// code has no resolvable source, when a finding code or a profile's substance is mentioned by no test,
// and when docs/traceability.md is out of date. After a deliberate change regenerate it with
//   UPDATE_GOLDEN=1 ctest -R Traceability
// and review the diff.
#include "traceability.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

namespace {

const taper::trace::Traceability &current()
{
    static const auto t = taper::trace::build(taper::test::formulary(), taper::test::sourcePath("tests"));
    return t;
}

std::string problemsText()
{
    std::string s;
    for (const auto &p : current().problems)
        s += "  " + p + "\n";
    return s;
}

TEST(Traceability, EverySourceResolves)
{
    for (const auto &p : current().problems)
        EXPECT_EQ(p.find("source"), std::string::npos) << p;
}

TEST(Traceability, EveryFindingCodeAndProfileSubstanceHasATest)
{
    for (const auto &p : current().problems)
        EXPECT_EQ(p.find("no test mentions it"), std::string::npos) << p;
}

TEST(Traceability, NoProblemsAtAll)
{
    EXPECT_TRUE(current().problems.empty()) << problemsText();
}

TEST(Traceability, DocumentIsCurrent)
{
    const std::string path = taper::test::sourcePath("docs/traceability.md");
    if (std::getenv("UPDATE_GOLDEN")) {
        std::ofstream out(path, std::ios::binary);
        out << current().markdown;
        ASSERT_TRUE(out.flush()) << "cannot write " << path;
        GTEST_SKIP() << "rewrote " << path;
    }
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << path << " is missing; generate it with UPDATE_GOLDEN=1 ctest -R Traceability";
    const std::string committed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_TRUE(committed == current().markdown)
        << path << " is out of date (the formulary, the rules or the tests changed).\n"
        << "If the change is intended: UPDATE_GOLDEN=1 ctest -R Traceability, then review the diff.";
}

} // namespace
