// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection for plan saves (issue 9): a save that fails at any stage of the atomic write (create
// the temporary, half written, all bytes written before fsync, fsync done before rename) throws an
// InputError naming the file, leaves the old file (or none) byte for byte, leaves no temporary file,
// and keeps the in-memory plan, which a later save writes in full. A real write error from the kernel
// (file size limit, EFBIG, in the middle of our write loop) and a real read-only folder are tested
// too, as root by dropping to the "nobody" user in a child process. The SIGKILL cases are in
// session_reliability_test.cpp.
#include "session_test_support.h"
#include "taper/atomic_file.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <new>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <system_error>
#include <unistd.h>

namespace taper {
namespace {

namespace fs = std::filesystem;

struct TempDir : test::TempFolder {
    explicit TempDir(const std::string &tag) : TempFolder("plan-save-fault-" + tag) {}
    /// Names in the folder other than `keep` (the plan itself).
    std::vector<std::string> strays(const std::string &keep = "plan.json") const
    {
        std::vector<std::string> names;
        for (const auto &e : fs::directory_iterator(path()))
            if (e.path().filename() != keep) names.push_back(e.path().filename().string());
        return names;
    }
};

const char *stageName(AtomicWriteStage s)
{
    switch (s) {
    case AtomicWriteStage::Creating:
        return "creating";
    case AtomicWriteStage::PartWritten:
        return "half written";
    case AtomicWriteStage::Written:
        return "written, before fsync";
    case AtomicWriteStage::Flushed:
        return "fsync done, before rename";
    case AtomicWriteStage::Renamed:
        return "renamed";
    }
    return "?";
}

// The hook is a plain function pointer: the stage and what to do there live in globals.
AtomicWriteStage g_failAt = AtomicWriteStage::Written;
int g_errno = 0;         // throw std::system_error with this code at g_failAt, or when 0:
bool g_badAlloc = false; // throw std::bad_alloc (an exception that is not an injected system error)

void failHere(AtomicWriteStage stage)
{
    if (stage != g_failAt) return;
    if (g_badAlloc) throw std::bad_alloc();
    throw std::system_error(g_errno, std::generic_category());
}

struct HookGuard {
    HookGuard(AtomicWriteStage stage, int err, bool badAlloc = false)
    {
        g_failAt = stage;
        g_errno = err;
        g_badAlloc = badAlloc;
        setAtomicWriteHook(failHere);
    }
    ~HookGuard() { setAtomicWriteHook(nullptr); }
};

constexpr AtomicWriteStage kBeforeRename[] = {AtomicWriteStage::Creating, AtomicWriteStage::PartWritten,
                                              AtomicWriteStage::Written, AtomicWriteStage::Flushed};

struct OldAndNew {
    Plan old = test::planFor("morphine-depot-240");
    Plan newer = test::record(old, test::sessionOn("2026-12-15", SessionDecision::Slow));
    std::string oldText = planFileText(old);
    std::string newText = planFileText(newer);
};

TEST(PlanSaveFault, FailureAtEveryStageKeepsTheOldFileAndLeavesNoTemporary)
{
    TempDir dir("stages");
    const std::string path = dir.file("plan.json");
    const OldAndNew p;
    for (const AtomicWriteStage stage : kBeforeRename) {
        for (const int err : {ENOSPC, EIO, EDQUOT, EROFS, EACCES}) {
            SCOPED_TRACE(std::string(stageName(stage)) + ", " + std::strerror(err));
            writePlanFile(path, p.old, test::formulary());
            {
                HookGuard hook(stage, err);
                try {
                    writePlanFile(path, p.newer, test::formulary());
                    ADD_FAILURE() << "the save did not fail";
                } catch (const InputError &e) {
                    EXPECT_EQ(e.file(), path);
                    EXPECT_NE(test::message(e).find(path), std::string::npos) << e.what();
                    EXPECT_NE(test::problemText(e).find(std::strerror(err)), std::string::npos)
                        << test::problemText(e);
                }
            }
            EXPECT_EQ(test::fileBytes(path), p.oldText);
            EXPECT_NO_THROW(readPlanFile(path, test::formulary()));
            EXPECT_EQ(dir.strays(), std::vector<std::string>{});
            EXPECT_EQ(planFileText(p.newer), p.newText);     // the in-memory plan is kept ...
            writePlanFile(path, p.newer, test::formulary()); // ... and saves in full once the fault is gone
            EXPECT_EQ(test::fileBytes(path), p.newText);
        }
    }
}

TEST(PlanSaveFault, ExceptionAtEveryStageLeavesOldOrNewAndNoTemporary)
{
    TempDir dir("exceptions");
    const std::string path = dir.file("plan.json");
    const OldAndNew p;
    for (const AtomicWriteStage stage :
         {AtomicWriteStage::Creating, AtomicWriteStage::PartWritten, AtomicWriteStage::Written,
          AtomicWriteStage::Flushed, AtomicWriteStage::Renamed}) {
        SCOPED_TRACE(stageName(stage));
        writePlanFile(path, p.old, test::formulary());
        {
            HookGuard hook(stage, 0, true);
            EXPECT_THROW(writePlanFile(path, p.newer, test::formulary()), std::bad_alloc);
        }
        EXPECT_EQ(test::fileBytes(path), stage == AtomicWriteStage::Renamed ? p.newText : p.oldText);
        EXPECT_EQ(dir.strays(), std::vector<std::string>{});
    }
}

TEST(PlanSaveFault, ASuccessfulSaveRemovesTemporariesKilledWritersLeftBehind)
{
    // A writer killed between mkstemp and rename leaves ".plan.json.tmp-XXXXXX" (0600, maybe a whole
    // plan with its label). The next save of that file removes those older than kStaleTemporaryAge; a
    // younger one may belong to a writer still at work, and other files' temporaries are not ours.
    const TempDir dir("stale");
    const OldAndNew plans;
    const auto leave = [&](const std::string &name, std::chrono::minutes age) {
        std::ofstream(dir.file(name)) << plans.oldText;
        fs::last_write_time(dir.file(name), fs::file_time_type::clock::now() - age);
    };
    leave(".plan.json.tmp-a1B2c3", kStaleTemporaryAge + std::chrono::minutes(50)); // killed an hour ago
    leave(".plan.json.tmp-d4E5f6", std::chrono::minutes(1));                       // maybe still writing
    leave(".other.json.tmp-g7H8i9", std::chrono::hours(24));                       // another file's
    leave(".plan.json.tmp-bak", std::chrono::hours(24));                           // not a mkstemp name
    writePlanFile(dir.file("plan.json"), plans.newer, test::formulary());
    EXPECT_EQ(test::fileBytes(dir.file("plan.json")), plans.newText);
    auto left = dir.strays();
    std::sort(left.begin(), left.end());
    EXPECT_EQ(left, (std::vector<std::string>{".other.json.tmp-g7H8i9", ".plan.json.tmp-bak",
                                              ".plan.json.tmp-d4E5f6"}));
}

TEST(PlanSaveFault, FailedFirstSaveLeavesNoFileAtAll)
{
    TempDir dir("first");
    const std::string path = dir.file("plan.json");
    const OldAndNew p;
    for (const AtomicWriteStage stage : kBeforeRename) {
        SCOPED_TRACE(stageName(stage));
        {
            HookGuard hook(stage, ENOSPC);
            EXPECT_THROW(writePlanFile(path, p.newer, test::formulary()), InputError);
        }
        EXPECT_FALSE(fs::exists(path));
        EXPECT_EQ(dir.strays(), std::vector<std::string>{});
    }
}

TEST(PlanSaveFault, SessionSaveFailureKeepsTheOldRevision)
{
    TempDir dir("session");
    const std::string path = dir.file("plan.json");
    const OldAndNew p;
    writePlanFile(path, p.old, test::formulary());
    for (const AtomicWriteStage stage : kBeforeRename) {
        SCOPED_TRACE(stageName(stage));
        HookGuard hook(stage, ENOSPC);
        EXPECT_THROW(savePlanFile(path, p.newer, p.old.revision, test::formulary()), InputError);
        EXPECT_EQ(test::fileBytes(path), p.oldText);
        EXPECT_EQ(dir.strays(".plan.json.lock"), std::vector<std::string>{"plan.json"});
    }
    savePlanFile(path, p.newer, p.old.revision, test::formulary()); // the same update succeeds afterwards
    EXPECT_EQ(test::fileBytes(path), p.newText);
}

/// Runs `body` in a forked child and returns its exit code (or -signal).
template <typename F> int inChild(F body)
{
    const pid_t pid = ::fork();
    if (pid == 0) ::_exit(body());
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

/// 0 when `save` throws an InputError naming `path` whose text contains `reason`; 1 when it
/// succeeds; 2 for any other outcome.
template <typename F> int expectInputError(F save, const std::string &path, const std::string &reason)
{
    try {
        save();
        return 1;
    } catch (const InputError &e) {
        const std::string what = test::message(e);
        return e.file() == path && what.find(reason) != std::string::npos ? 0 : 2;
    } catch (...) {
        return 2;
    }
}

// A real "disk full": the kernel refuses the bytes past RLIMIT_FSIZE with EFBIG (SIGXFSZ ignored),
// part-way through our write loop after a short write, as a full file system would with ENOSPC.
// /dev/full cannot stand in: the plan is written to a temporary file beside the target, never to
// the target path itself.
TEST(PlanSaveFault, RealWriteErrorPartWayThroughKeepsTheOldFile)
{
    TempDir dir("fsize");
    const std::string path = dir.file("plan.json");
    const OldAndNew p;
    constexpr rlim_t kLimit = 4096;
    ASSERT_GT(p.newText.size(), 2 * kLimit) << "the limit must fall in the first half of the write";
    writePlanFile(path, p.old, test::formulary());
    const int result = inChild([&] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{kLimit, kLimit};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) return 3;
        return expectInputError([&] { writePlanFile(path, p.newer, test::formulary()); }, path,
                                std::strerror(EFBIG));
    });
    EXPECT_EQ(result, 0) << "1: saved despite the limit, 2: not an InputError naming the file and the reason";
    EXPECT_EQ(test::fileBytes(path), p.oldText);
    EXPECT_EQ(dir.strays(), std::vector<std::string>{});
}

// A read-only folder. chmod does not stop root, so as root the save runs in a child that has
// dropped to the "nobody" user (65534); skipped only where that is not allowed.
TEST(PlanSaveFault, ReadOnlyFolderGivesAClearErrorAndKeepsTheOldFile)
{
    TempDir dir("readonly");
    const std::string path = dir.file("plan.json");
    const OldAndNew p;
    writePlanFile(path, p.old, test::formulary());
    fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                    fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    const bool root = ::geteuid() == 0;
    const int result = inChild([&] {
        if (root && (::setgid(65534) != 0 || ::setuid(65534) != 0)) return 77;
        const int save = expectInputError([&] { writePlanFile(path, p.newer, test::formulary()); }, path,
                                          std::strerror(EACCES));
        if (save != 0) return save;
        // the in-memory plan is still whole: it serialises to the same bytes as before the failure
        return planFileText(p.newer) == p.newText ? 0 : 4;
    });
    if (result == 77) GTEST_SKIP() << "running as root and cannot drop to uid 65534";
    EXPECT_EQ(result, 0)
        << "1: saved into a read-only folder, 2: not an InputError naming the file and the reason";
    EXPECT_EQ(test::fileBytes(path), p.oldText);
    EXPECT_EQ(dir.strays(), std::vector<std::string>{});
}

} // namespace
} // namespace taper
