// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper session / show / group: a group course replayed with --today, refusals that leave the
// file untouched (exit 2), concurrent updaters, the nurse's group view, and no labels on stderr.
#include "taper/json_reader.h"
#include "taper/plan.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace taper {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

struct Folder {
    fs::path path = fs::temp_directory_path() / ("session-cli-" + std::to_string(::getpid()));
    Folder() { fs::create_directories(path); }
    ~Folder() { fs::remove_all(path); }
    std::string file(const std::string &name) const { return (path / name).string(); }
};

/// A plan file for a test regimen, starting 2026-12-01, labelled `label`.
std::string makePlan(const Folder &f, const std::string &regimen, const std::string &name,
                     const std::string &label)
{
    const std::string out = f.file(name);
    const auto r =
        test::runCli({"taper", test::sourcePath("tests/data/taper/" + regimen + ".json"), "--start",
                      "2026-12-01", "--today", "2026-11-21", "-o", out, "--label", label});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return out;
}

test::CliResult session(const std::string &plan, const std::string &date, std::vector<std::string> more)
{
    std::vector<std::string> args{"session", plan, "--date", date, "--today", date};
    args.insert(args.end(), more.begin(), more.end());
    return test::runCli(args);
}

TEST(SessionCli, GroupCourseReplayed)
{
    Folder f;
    const std::string plan = makePlan(f, "morphine-depot-240", "a.json", "Patient A");
    auto r = session(plan, "2026-12-15",
                     {"--decision", "continue", "--withdrawal", "1", "--pain", "5", "--by", "spl"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("plan revision 2"));
    EXPECT_THAT(r.out, HasSubstr("2026-12-15  2026-12-28")); // the upcoming steps
    r = session(plan, "2026-12-29", {"--decision", "hold", "--withdrawal", "2"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = session(plan, "2027-01-12", {"--decision", "slow"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("at most 5 % per step"));
    r = session(plan, "2027-01-26",
                {"--decision", "step_back", "--reason", "severe withdrawal", "--withdrawal", "3"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Deliberate dose increase: 210 -> 220"));
    r = session(plan, "2027-02-09",
                {"--decision", "stop_taper", "--review-date", "2027-05-01", "--lang", "da"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("revurderes 2027-05-01"));
    // 220 mg MEQ kept as maintenance: the threshold finding goes with the decision (issue 16 item 11).
    EXPECT_THAT(r.out, HasSubstr("[kritisk] very_high_meq: Den samlede døgndosis svarer til 220 mg oral "
                                 "morfin og overstiger 100 mg. Dosis bør nedsættes."));
    EXPECT_THAT(r.out, HasSubstr("Kilde: Seponeringslisten"));

    // The file equals the core's scripted course except for the creation date and label.
    json::Json j = json::parse(test::fileBytes(plan), plan);
    EXPECT_EQ(j["revision"], 6);
    EXPECT_EQ(j["sessions"].size(), 5u);
    EXPECT_EQ(j["schedule_history"].size(), 4u);
    json::Json golden =
        json::parse(test::fileBytes(test::sourcePath("tests/golden/session/course-5-stop.json")), "golden");
    for (json::Json *doc : {&j, &golden}) {
        doc->erase("created");
        doc->erase("label");
        for (auto &s : (*doc)["sessions"])
            s.erase("by"), s.erase("pain_nrs"), s.erase("withdrawal"), s.erase("withdrawal_note"),
                s.erase("function_note"), s.erase("reason"), s.erase("review_date");
        for (auto &h : (*doc)["schedule_history"])
            h.erase("reason");
    }
    EXPECT_EQ(j, golden);

    r = test::runCli({"show", plan, "--today", "2027-02-10", "--history"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Patient A"));
    EXPECT_THAT(r.out, HasSubstr("maintenance dose"));
    EXPECT_THAT(r.out,
                HasSubstr("[critical] very_high_meq: Total 220 mg MEQ/day is above the 100 mg/day maximum"));
    EXPECT_THAT(r.out, HasSubstr("[review 2027-05-01] [critical: very_high_meq]"));
    EXPECT_THAT(r.out, HasSubstr("2027-01-26  2    210 (as planned)"));
    EXPECT_THAT(r.out, HasSubstr("deliberate increase 210 -> 220"));
    EXPECT_THAT(r.out, HasSubstr("revision 4, replaced 2027-01-26 (step_back: severe withdrawal)"));
    r = test::runCli({"show", plan, "--today", "2027-02-10", "--lang", "da"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Konsultationer"));
    EXPECT_THAT(r.out, HasSubstr("et trin tilbage"));
}

TEST(SessionCli, RefusalsLeaveTheFileUntouched)
{
    Folder f;
    const std::string plan = makePlan(f, "anne", "anne.json", "Anne Hemmelig");
    ASSERT_EQ(session(plan, "2026-12-15", {"--decision", "continue"}).exitCode, 0);
    const std::string before = test::fileBytes(plan);
    struct Case {
        std::vector<std::string> args;
        const char *message;
    };
    const Case cases[] = {
        {{"session", plan, "--date", "2026-12-20", "--today", "2026-12-19", "--decision", "continue"},
         "--date"},
        {{"session", plan, "--date", "2026-12-14", "--today", "2026-12-20", "--decision", "continue"},
         "before the last session"},
        {{"session", plan, "--date", "2026-12-29", "--today", "2026-12-29", "--decision", "step_back"},
         "--reason"},
        {{"session", plan, "--date", "2026-12-29", "--today", "2026-12-29", "--decision", "continue",
          "--pain", "12"},
         "--pain"},
        {{"session", plan, "--date", "2026-12-29", "--today", "2026-12-29", "--decision", "pause"},
         "decision"},
        {{"session", plan, "--date", "2026-02-30", "--today", "2026-12-29", "--decision", "continue"},
         "--date"},
    };
    for (const Case &c : cases) {
        const auto r = test::runCli(c.args);
        EXPECT_EQ(r.exitCode, 2) << c.message;
        EXPECT_THAT(r.err, HasSubstr(c.message));
        EXPECT_THAT(r.err, Not(HasSubstr("Hemmelig"))); // patient labels never reach stderr
        EXPECT_EQ(test::fileBytes(plan), before) << c.message;
    }
    // A hand-edited inconsistent plan: refused with the JSON pointer.
    json::Json j = json::parse(before, plan);
    j["sessions"][0]["step"] = 40;
    const std::string bad = f.file("bad.json");
    std::ofstream(bad) << j.dump(2);
    const auto r = test::runCli({"show", bad, "--today", "2026-12-29"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_THAT(r.err, HasSubstr("/sessions/0/step"));
    EXPECT_THAT(r.err, Not(HasSubstr("Hemmelig")));
}

TEST(SessionCli, ConcurrentUpdatersNeverLoseASession)
{
    Folder f;
    const std::string plan = makePlan(f, "two-opioids", "p.json", "P");
    const std::string cli = TAPER_CLI_PATH;
    std::string script;
    for (int i = 0; i < 4; ++i)
        script += "'" + cli + "' session '" + plan +
                  "' --date 2026-12-15 --today 2026-12-15 --decision continue >/dev/null 2>>'" +
                  f.file("err.txt") + "'; echo $? >> '" + f.file("codes.txt") + "' &\n";
    script += "wait\n";
    ASSERT_EQ(std::system(script.c_str()), 0);
    std::ifstream codes(f.file("codes.txt"));
    int code = 0, wins = 0, clean = 0;
    while (codes >> code)
        (code == 0 ? wins : clean) += 1;
    EXPECT_EQ(wins + clean, 4);
    const json::Json j = json::parse(test::fileBytes(plan), plan);
    EXPECT_EQ(j["sessions"].size(), static_cast<std::size_t>(wins)); // every success is in the file
    EXPECT_EQ(j["revision"], 1 + wins);
    if (clean) {
        EXPECT_THAT(test::fileBytes(f.file("err.txt")), HasSubstr("/revision"));
    }
}

TEST(SessionCli, GroupView)
{
    Folder f;
    const std::string a = makePlan(f, "morphine-depot-240", "a.json", "Bente");
    const std::string b = makePlan(f, "anne", "b.json", "Carl");
    makePlan(f, "fentanyl-75", "c.json", "Dorte");
    std::ofstream(f.file("notes.json")) << R"({"not": "a plan"})";
    ASSERT_EQ(session(a, "2026-12-15", {"--decision", "hold", "--withdrawal", "2"}).exitCode, 0);
    ASSERT_EQ(session(a, "2026-12-29", {"--decision", "hold"}).exitCode, 0);
    std::ofstream(f.file("more.json"))
        << R"({"schema_version": 1, "lines": [{"substance": "morphine", "route": "oral",
        "release": "extended", "dose": 200, "unit": "mg", "times_per_day": 2}]})"; // not a plan: skipped by
                                                                                   // group
    const auto took = session(b, "2026-12-29", {"--decision", "continue", "--actual", f.file("more.json")});
    ASSERT_EQ(took.exitCode, 0) << took.err;
    const auto r = test::runCli({"group", f.path.string(), "--date", "2026-12-29"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("3 plan(s)"));
    EXPECT_THAT(r.out, HasSubstr("dose held twice in a row"));
    EXPECT_THAT(r.out, HasSubstr("took more than planned"));
    EXPECT_THAT(r.out, HasSubstr("Dorte"));
    const auto da = test::runCli({"group", f.path.string(), "--date", "2026-12-29", "--lang", "da"});
    EXPECT_THAT(da.out, HasSubstr("tog mere end planlagt"));
    EXPECT_EQ(test::runCli({"group", f.file("missing"), "--date", "2026-12-29"}).exitCode, 2);
}

} // namespace
} // namespace taper
