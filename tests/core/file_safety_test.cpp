// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the JSON readers and the atomic writer under a real clinic's use — special files, links,
// shared folders, read-only plans, duplicate keys, numbers beyond range, free text in error messages.
// Each test failed before the change that made it pass (docs/safety.md, "Issue 15 findings").
#include "session_test_support.h"
#include "taper/atomic_file.h"
#include "taper/json_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace taper {
namespace {

namespace fs = std::filesystem;

/// The InputError `f` throws (fails the test when it throws none).
template <class F> InputError errorOf(F f)
{
    try {
        f();
    } catch (const InputError &e) {
        return e;
    }
    ADD_FAILURE() << "no InputError";
    return InputError("", "", {ProblemCode::member_missing});
}

// Item 12: "dose": 30, "dose": 3000 was read as 3000 (12 000 mg MEQ).
TEST(JsonStrictness, DuplicateKeyIsRefusedWithItsPointer)
{
    const InputError e =
        errorOf([] { json::parse(R"({"lines": [{"a": 1}, {"dose": 30, "dose": 3000}]})", "r.json"); });
    EXPECT_EQ(e.file(), "r.json");
    EXPECT_EQ(e.where(), "/lines/1/dose");
    EXPECT_NE(test::problemText(e).find("duplicate key"), std::string::npos) << e.what();
    EXPECT_NO_THROW(
        json::parse(R"({"a": {"dose": 1}, "b": {"dose": 2}})", "r.json")); // same key, other objects
}

// Item 11: 1e309 gave "internal error … out_of_range.406", exit 1, no file name.
TEST(JsonStrictness, NumberBeyondRangeIsAnInputErrorWithPointer)
{
    const InputError e =
        errorOf([] { json::parse(R"({"lines": [{"dose": 5}, {"since": "x", "dose": 1e309}]})", "r.json"); });
    EXPECT_EQ(e.where(), "/lines/1/dose");
    EXPECT_NE(test::problemText(e).find("too large"), std::string::npos) << e.what();
    EXPECT_EQ(errorOf([] { json::parse("[1, 2, -1e400]", "r.json"); }).where(), "/2");
}

// Item 18: 2^63 was reported as a negative number.
TEST(JsonStrictness, HugeUnsignedIntegerIsNotReadAsNegative)
{
    const std::string file = "r.json";
    const json::Json doc = json::parse(R"({"n": 9223372036854775808})", file);
    json::ObjectReader r(doc, "", file);
    const InputError e = errorOf([&] { r.integer("n"); });
    EXPECT_NE(test::problemText(e).find("9223372036854775808"), std::string::npos) << e.what();
    EXPECT_EQ(test::problemText(e).find("-9223372036854775808"), std::string::npos) << e.what();
}

// Item 16: free text with the wrong type was echoed on stderr.
TEST(JsonStrictness, WrongTypeNamesTheTypeNeverTheText)
{
    const std::string file = "p.json";
    const json::Json doc =
        json::parse(R"({"reason": ["Jens Hansen, Vejen 3"], "by": {"x": "Jens"}, "dose": "Jens"})", file);
    json::ObjectReader r(doc, "", file);
    for (const char *key : {"reason", "by"}) {
        const InputError e = errorOf([&] { r.string(key); });
        EXPECT_EQ(test::message(e).find("Jens"), std::string::npos) << e.what();
    }
    EXPECT_EQ(test::message(errorOf([&] { r.number("dose"); })).find("Jens"), std::string::npos);
}

class SpecialFiles : public ::testing::Test {
protected:
    test::TempFolder m_dir{"special-files"};
};

// Item 15: /dev/zero grew to 2.3 GB, a FIFO without a writer hung, a folder was "9223372036854775807 bytes".
TEST_F(SpecialFiles, ReadersRefuseAnythingButARegularFile)
{
    const std::string fifo = m_dir.file("fifo.json");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    for (const std::string &path : {std::string("/dev/zero"), fifo, m_dir.path().string()}) {
        const InputError e = errorOf([&] { json::readFile(path); });
        EXPECT_EQ(e.file(), path);
        EXPECT_NE(test::problemText(e).find("expected a regular JSON file"), std::string::npos) << e.what();
    }
}

class PlanFiles : public ::testing::Test {
protected:
    test::TempFolder m_dir{"plan-files"};
    Plan m_plan = test::planFor("morphine-depot-240");
    const Formulary &m_formulary = test::formulary();

    std::string save(const std::string &name) const
    {
        const std::string path = m_dir.file(name);
        writePlanFile(path, m_plan, m_formulary);
        return path;
    }
    Plan recorded(const Plan &p) const
    {
        return test::record(p, test::sessionOn("2026-12-20", SessionDecision::Continue));
    }
};

// Item 4: a session through link.json replaced the link with a regular file, and the two names diverged.
TEST_F(PlanFiles, SymbolicLinkIsWrittenThroughAndKept)
{
    fs::create_directory(m_dir.path() / "real");
    const std::string real = save("real/p.json");
    const std::string link = m_dir.file("link.json");
    fs::create_symlink("real/p.json", link);
    const Plan next = recorded(readPlanFile(link, m_formulary));
    savePlanFile(link, next, m_plan.revision, m_formulary);
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(readPlanFile(real, m_formulary).revision, next.revision);
    // A second session through the other name sees the first: no split.
    EXPECT_THROW(savePlanFile(real, recorded(m_plan), m_plan.revision, m_formulary), InputError);
}

TEST_F(PlanFiles, HardLinkedPlanIsRefusedNotSplit)
{
    const std::string path = save("p.json");
    fs::create_hard_link(path, m_dir.file("other.json"));
    const std::string before = test::fileBytes(path);
    const InputError e = errorOf([&] { savePlanFile(path, recorded(m_plan), m_plan.revision, m_formulary); });
    EXPECT_NE(test::problemText(e).find("hard links"), std::string::npos) << e.what();
    EXPECT_EQ(test::fileBytes(path), before);
}

// Item 5: a 0660 plan in a group folder became 0600; a 0400 plan was silently replaced.
TEST_F(PlanFiles, RewriteKeepsModeAndGroup)
{
    const std::string path = save("p.json");
    struct stat st {};
    ASSERT_EQ(::stat(path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0600u) << "a new plan is the user's only";
    ASSERT_EQ(::chmod(path.c_str(), 0660), 0);
    savePlanFile(path, recorded(m_plan), m_plan.revision, m_formulary);
    struct stat after {};
    ASSERT_EQ(::stat(path.c_str(), &after), 0);
    EXPECT_EQ(after.st_mode & 07777, 0660u);
    EXPECT_EQ(after.st_gid, st.st_gid);
}

TEST_F(PlanFiles, ReadOnlyPlanIsRefused)
{
    const std::string path = save("p.json");
    ASSERT_EQ(::chmod(path.c_str(), 0400), 0);
    const std::string before = test::fileBytes(path);
    const InputError e = errorOf([&] { savePlanFile(path, recorded(m_plan), m_plan.revision, m_formulary); });
    EXPECT_NE(test::problemText(e).find("read-only"), std::string::npos) << e.what();
    EXPECT_EQ(test::fileBytes(path), before);
}

// Item 14: -o /dev/null as root replaced the device node with a file holding patient data.
TEST_F(PlanFiles, DeviceTargetIsWrittenNotReplaced)
{
    writeFileAtomically("/dev/null", planFileText(m_plan));
    struct stat st {};
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
    EXPECT_THROW(writeFileAtomically(m_dir.path().string(), "x"), InputError); // a folder
}

// Item 1 (the writer's half): anything the reader would refuse is refused before the file is replaced.
TEST_F(PlanFiles, WriterRefusesWhatTheReaderWouldRefuse)
{
    const std::string path = save("p.json");
    const std::string before = test::fileBytes(path);
    Plan bad = m_plan;
    bad.schedule.steps.back().end = bad.schedule.steps.back().start; // "the last step has no end"
    const InputError e = errorOf([&] { writePlanFile(path, bad, m_formulary); });
    EXPECT_NE(test::problemText(e).find("nothing was written"), std::string::npos) << e.what();
    EXPECT_EQ(test::fileBytes(path), before);
}

// Item 7: a hand-edited dose still showed the stored 210 mg / 70 %.
TEST_F(PlanFiles, StoredMeqMustMatchTheDoses)
{
    json::Json doc = toJson(m_plan);
    doc["steps"][2]["doses"][0]["units_per_day"] = 3;
    doc["steps"][2]["doses"][0]["units_by_time"] = {
        {"morning", 2}, {"noon", 0}, {"evening", 1}, {"night", 0}};
    const InputError e = errorOf([&] { readPlan(doc, "p.json", m_formulary); });
    EXPECT_EQ(e.where(), "/steps/2/total_meq_mg") << e.what();
    // A PRN dose whose parts were changed consistently (2 tablets per dose, 8 a day): the MEQ catches it.
    TaperOptions asTheyAre;
    asTheyAre.consolidate = false;
    json::Json prn = toJson(test::planFor("oxycontin-oxynorm-prn", asTheyAre));
    int changed = 0;
    for (json::Json &dose : prn["steps"][0]["doses"])
        if (dose.contains("units_per_administration")) {
            dose["units_per_administration"] = 2;
            dose["units_per_day"] = 2 * dose["times_per_day"].get<int>();
            ++changed;
        }
    ASSERT_EQ(changed, 1);
    EXPECT_EQ(errorOf([&] { readPlan(prn, "p.json", m_formulary); }).where(), "/steps/0/total_meq_mg");
    prn["steps"][0]["doses"][1]["units_per_day"] = 3; // parts that disagree are refused on their own
    EXPECT_NE(errorOf([&] { readPlan(prn, "p.json", m_formulary); }).where().find("units_per_day"),
              std::string::npos);
}

// Item 10: revision 2147483647 was accepted and the next session wrote -2147483648; 4294967299 read as 3.
TEST_F(PlanFiles, RevisionIsRangeChecked)
{
    for (long long revision : {2147483647LL, 4294967299LL, 0LL}) {
        json::Json doc = toJson(m_plan);
        doc["revision"] = revision;
        EXPECT_EQ(errorOf([&] { readPlan(doc, "p.json", m_formulary); }).where(), "/revision") << revision;
    }
}

// Item 18: a plan missing its regimen was reported at "/regimen/regimen".
TEST_F(PlanFiles, MissingRegimenIsNamedOnce)
{
    json::Json doc = toJson(m_plan);
    doc.erase("regimen");
    EXPECT_EQ(errorOf([&] { readPlan(doc, "p.json", m_formulary); }).where(), "/regimen");
}

// Item 6: taper --start 9999-06-01 wrote dates the reader refuses.
TEST(PlanStart, FarFutureStartIsRefusedAtInput)
{
    TaperOptions o;
    o.start = test::day("9999-06-01");
    const Formulary &f = test::formulary();
    const Regimen r = test::regimenFromText(test::testData("taper/anne.json"));
    EXPECT_EQ(errorOf([&] { plan(r, o, *f.profile("dk"), f); }).where(), "start");
}

// Item 18: a dose of 1e-320 was accepted and shown as "0 mg".
TEST(RegimenDose, VanishinglySmallDoseIsRefused)
{
    const InputError e = errorOf([] {
        test::regimenFromText(R"({"schema_version": 1, "lines": [{"substance": "morphine", "route": "oral",
            "release": "immediate", "dose": 1e-320, "unit": "mg", "times_per_day": 2}]})");
    });
    EXPECT_EQ(e.where(), "/lines/0/dose") << e.what();
}

// Item 2: m60 at its target, replan then slow the same day wrote "/steps/0/end: the last step has no end".
TEST(SessionSlow, SlowAfterSameDayReplanNeverWritesAnInvalidPlan)
{
    TaperOptions o;
    o.targetMeq = MeqPerDay(240);
    o.stepPercent = 25;
    Plan p = test::planFor("morphine-depot-240", o);
    p = test::record(p, test::sessionOn("2026-12-20", SessionDecision::Replan));
    SessionInput slow = test::sessionOn("2026-12-20", SessionDecision::Slow);
    slow.stepPercent = 1;
    slow.intervalDays = 90;
    try {
        const Plan after = test::record(p, slow);
        EXPECT_NO_THROW(checkPlanReadable(planFileText(after), "p.json", test::formulary()));
    } catch (const InputError &e) {
        EXPECT_EQ(e.where(), "decision") << e.what(); // refused: nothing left to slow
    }
}

} // namespace
} // namespace taper
