// SPDX-License-Identifier: GPL-3.0-or-later
// A plan file is never lost or half-written, and a concurrent update never silently overwrites a
// session: writers killed with SIGKILL at every stage of the atomic write and at random moments leave
// the old or the new complete file; of two processes updating the same revision exactly one wins.
#include "session_test_support.h"
#include "taper/atomic_file.h"

#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <random>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

namespace taper {
namespace {

namespace fs = std::filesystem;

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("session-reliability-" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
    std::string file(const std::string &name) const { return (path / name).string(); }
};

AtomicWriteStage g_killAt = AtomicWriteStage::Written;

void killHere(AtomicWriteStage stage)
{
    if (stage == g_killAt) ::raise(SIGKILL);
}

Plan oldAndNew(Plan &newer)
{
    Plan old = test::planFor("morphine-depot-240");
    newer = test::record(old, test::sessionOn("2026-12-15", SessionDecision::Slow));
    return old;
}

TEST(SessionReliability, KilledAtEveryStageOfTheWriteLeavesOldOrNew)
{
    TempDir dir;
    const std::string path = dir.file("plan.json");
    Plan newer;
    const Plan old = oldAndNew(newer);
    const std::string oldText = planFileText(old), newText = planFileText(newer);
    struct Case {
        AtomicWriteStage stage;
        bool expectNew;
    };
    for (const Case c : {Case{AtomicWriteStage::PartWritten, false}, Case{AtomicWriteStage::Written, false},
                         Case{AtomicWriteStage::Flushed, false}, Case{AtomicWriteStage::Renamed, true}}) {
        writePlanFile(path, old, test::formulary());
        const pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            g_killAt = c.stage;
            setAtomicWriteHook(killHere);
            writePlanFile(path, newer, test::formulary());
            ::_exit(0); // not reached
        }
        int status = 0;
        ASSERT_EQ(::waitpid(pid, &status, 0), pid);
        ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
        EXPECT_EQ(test::fileBytes(path), c.expectNew ? newText : oldText)
            << "stage " << static_cast<int>(c.stage);
        EXPECT_NO_THROW(readPlanFile(path, test::formulary()));
    }
}

TEST(SessionReliability, KilledAtRandomMomentsLeavesOldOrNew)
{
    TempDir dir;
    const std::string path = dir.file("plan.json");
    Plan newer;
    const Plan old = oldAndNew(newer);
    const std::string a = planFileText(old), b = planFileText(newer);
    std::mt19937 rng(42);
    int sawNew = 0;
    for (int i = 0; i < 30; ++i) {
        writePlanFile(path, old, test::formulary());
        const pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            for (int k = 0;; ++k)
                writeFileAtomically(path, k % 2 ? a : b); // b first
        }
        ::usleep(std::uniform_int_distribution<unsigned>(0, 3000)(rng));
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
        const std::string now = test::fileBytes(path);
        ASSERT_TRUE(now == a || now == b) << "a half-written plan after kill " << i;
        sawNew += now == b;
    }
    RecordProperty("saw_new", sawNew);
}

TEST(SessionReliability, OfTwoConcurrentUpdatersExactlyOneWins)
{
    TempDir dir;
    const std::string path = dir.file("plan.json");
    writePlanFile(path, test::planFor("morphine-depot-240"), test::formulary());
    int go[2];
    ASSERT_EQ(::pipe(go), 0);
    std::vector<pid_t> children;
    for (int who = 0; who < 2; ++who) {
        const pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            const Plan read = readPlanFile(path, test::formulary());
            SessionInput in =
                test::sessionOn("2026-12-15", who ? SessionDecision::Hold : SessionDecision::Continue);
            const Plan mine = test::record(read, in);
            char byte = 0;
            ::close(go[1]);
            if (::read(go[0], &byte, 1) < 0) ::_exit(4); // both start saving together
            try {
                savePlanFile(path, mine, read.revision, test::formulary());
                ::_exit(0);
            } catch (const InputError &) {
                ::_exit(3);
            }
        }
        children.push_back(pid);
    }
    ::usleep(200000); // both have read revision 1
    ::close(go[0]);
    ::close(go[1]); // EOF releases both readers
    int wins = 0, cleanFailures = 0;
    for (pid_t pid : children) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        ASSERT_TRUE(WIFEXITED(status));
        wins += WEXITSTATUS(status) == 0;
        cleanFailures += WEXITSTATUS(status) == 3;
    }
    EXPECT_EQ(wins, 1);
    EXPECT_EQ(cleanFailures, 1);
    const Plan after = readPlanFile(path, test::formulary());
    EXPECT_EQ(after.revision, 2);
    EXPECT_EQ(after.sessions.size(), 1u);
}

TEST(SessionReliability, BusyLockAndStaleRevisionFailCleanly)
{
    TempDir dir;
    const std::string path = dir.file("plan.json");
    const Plan p = test::planFor("anne");
    writePlanFile(path, p, test::formulary());
    const std::string before = test::fileBytes(path);
    const Plan q = test::record(p, test::sessionOn("2026-12-15", SessionDecision::Continue));
    const int fd = ::open(dir.file(".plan.json.lock").c_str(), O_RDWR | O_CREAT, 0600);
    ASSERT_EQ(::flock(fd, LOCK_EX), 0); // someone else is saving
    try {
        savePlanFile(path, q, 1, test::formulary(), 50);
        FAIL() << "expected the busy lock to refuse";
    } catch (const InputError &e) {
        EXPECT_NE(test::message(e).find("in progress"), std::string::npos);
    }
    ::close(fd);
    EXPECT_EQ(test::fileBytes(path), before);
    EXPECT_THROW(savePlanFile(path, q, 7, test::formulary()), InputError); // stale revision
    EXPECT_EQ(test::fileBytes(path), before);
    savePlanFile(path, q, 1, test::formulary());
    EXPECT_EQ(readPlanFile(path, test::formulary()).revision, 2);
}

} // namespace
} // namespace taper
