// SPDX-License-Identifier: GPL-3.0-or-later
// A folder of plan files as a tapering group (taper/plan_group.h), read the same way by the CLI's
// `group` and the GUI's group window: which files are read, what each gave, and the next reduction.
#include "taper/plan_group.h"

#include "session_test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace taper {
namespace {

namespace fs = std::filesystem;

class PlanGroup : public ::testing::Test {
protected:
    void write(const std::string &name, const std::string &text)
    {
        std::ofstream(m_folder.file(name)) << text;
    }
    void writePlan(const std::string &name, const std::string &label)
    {
        Plan p = test::planFor("anne");
        p.label = label;
        writePlanFile(m_folder.file(name), p, test::formulary());
    }
    std::vector<std::string> names(const std::vector<fs::path> &paths)
    {
        std::vector<std::string> out;
        for (const fs::path &p : paths)
            out.push_back(p.filename().string());
        return out;
    }

    test::TempFolder m_folder{"plan-group"};
};

TEST_F(PlanGroup, ReadsEveryJsonFileInAnyCaseSortedWithoutHiddenOnesOrFolders)
{
    writePlan("b.json", "Bent");
    writePlan("A.JSON", "Anne");
    write("c.Json", "{}");
    write(".b.json.lock", "");
    write(".hidden.json", "{}");
    write("notes.txt", "{}");
    fs::create_directory(m_folder.path() / "folder.json");
    EXPECT_EQ(names(groupPlanFiles(m_folder.path().string())),
              (std::vector<std::string>{"A.JSON", "b.json", "c.Json"}));
}

TEST_F(PlanGroup, EachFileIsAPlanNoPlanOrARefusalWithTheReadersReason)
{
    writePlan("anne.json", "Anne");
    std::filesystem::copy_file(test::sourcePath("examples/anne.json"), m_folder.file("regimen.json"));
    write("cut.json", R"({"schema_version": 1, "label": "Secret", "revision": 1, "steps": [)");
    write("no-steps.json", R"({"schema_version": 1, "revision": 1, "sessions": []})");

    const std::vector<GroupFile> files = readGroupFolder(m_folder.path().string(), test::formulary());
    ASSERT_EQ(files.size(), 4u);
    EXPECT_EQ(files[0].path.filename(), "anne.json");
    ASSERT_TRUE(files[0].plan);
    EXPECT_EQ(files[0].plan->label, "Anne");
    EXPECT_FALSE(files[0].notAPlan);
    EXPECT_FALSE(files[0].error);

    EXPECT_EQ(files[1].path.filename(), "cut.json");
    EXPECT_FALSE(files[1].plan);
    ASSERT_TRUE(files[1].error);
    EXPECT_EQ(files[1].error->code(), ProblemCode::json_malformed);
    EXPECT_EQ(files[1].error->file(), m_folder.file("cut.json"));

    EXPECT_EQ(files[2].path.filename(), "no-steps.json"); // plan keys: a damaged plan, not skipped
    ASSERT_TRUE(files[2].error);
    EXPECT_FALSE(files[2].notAPlan);
    EXPECT_FALSE(files[2].error->where().empty()); // the plan reader's pointer, kept

    EXPECT_EQ(files[3].path.filename(), "regimen.json");
    EXPECT_TRUE(files[3].notAPlan);
    EXPECT_FALSE(files[3].plan);
    EXPECT_FALSE(files[3].error);
}

TEST_F(PlanGroup, AFileOrNothingIsNoFolder)
{
    write("plan.json", "{}");
    for (const std::string &path : {m_folder.file("plan.json"), m_folder.file("absent")}) {
        try {
            groupPlanFiles(path);
            ADD_FAILURE() << path;
        } catch (const InputError &e) {
            EXPECT_EQ(e.code(), ProblemCode::not_a_folder_of_plans);
            EXPECT_EQ(e.file(), path);
        }
    }
}

TEST_F(PlanGroup, AFolderThatCannotBeListedIsRefused)
{
    if (geteuid() == 0) GTEST_SKIP() << "root lists any folder";
    const fs::path closed = m_folder.path() / "closed";
    fs::create_directory(closed);
    fs::permissions(closed, fs::perms::none);
    try {
        groupPlanFiles(closed.string());
        ADD_FAILURE() << "listed a folder without permission";
    } catch (const InputError &e) {
        EXPECT_EQ(e.code(), ProblemCode::folder_cannot_list);
    }
    fs::permissions(closed, fs::perms::owner_all);
}

Step stepAt(const char *start, double meq)
{
    Step s;
    s.start = test::day(start);
    s.totalMeq = MeqPerDay(meq);
    return s;
}

TEST(PlanGroupNext, TheNextReductionIsTheFirstLaterStepWithLessMeq)
{
    Plan p;
    p.schedule.steps = {stepAt("2026-12-01", 100), stepAt("2026-12-15", 100.004), stepAt("2026-12-29", 90),
                        stepAt("2027-01-12", 80)};
    EXPECT_EQ(nextReduction(p, test::day("2026-11-21")), 2u); // not started: step 0 is current
    EXPECT_EQ(nextReduction(p, test::day("2026-12-10")), 2u); // an equal step (a product change) is no cut
    EXPECT_EQ(nextReduction(p, test::day("2026-12-29")),
              2u); // a step is current from the day after its start
    EXPECT_EQ(nextReduction(p, test::day("2026-12-30")), 3u);
    EXPECT_EQ(nextReduction(p, test::day("2027-02-01")), std::nullopt); // on the last step
    p.schedule.steps.push_back(stepAt("2027-01-26", 120));              // after a step back: higher
    EXPECT_EQ(nextReduction(p, test::day("2027-01-13")), std::nullopt);
    EXPECT_EQ(nextReduction(Plan{}, test::day("2026-12-01")), std::nullopt); // no steps
}

TEST(PlanGroupNext, AGeneratedPlansNextReductionIsLower)
{
    const Plan p = test::planFor("anne");
    const auto next = nextReduction(p, test::day("2026-11-21"));
    ASSERT_TRUE(next);
    EXPECT_LT(p.schedule.steps[*next].totalMeq.value(), p.schedule.steps[0].totalMeq.value());
    for (std::size_t k = 1; k < *next; ++k)
        EXPECT_GE(p.schedule.steps[k].totalMeq.value(), p.schedule.steps[0].totalMeq.value() - 0.005);
}

} // namespace
} // namespace taper
