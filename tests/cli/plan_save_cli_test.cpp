// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a plan from the command line when the disk says no (issue 9, fault injection): a write the
// kernel refuses part-way (file size limit: EFBIG, as a full disk gives ENOSPC) and a read-only folder
// give exit code 2 and a message naming the file; the old plan file is untouched and no temporary file
// is left. chmod does not stop root, so as root the read-only case runs the CLI as "nobody" (65534).
#include "taper/plan.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <grp.h>
#include <optional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace taper {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

/// A temporary folder with a subfolder plans/ that every user may enter and write (until made read-only).
struct Folder : test::TempFolder {
    explicit Folder(const std::string &tag) : TempFolder("plan-save-cli-" + tag)
    {
        fs::create_directories(plans());
        fs::permissions(path(), fs::perms::all); // the "nobody" child must reach plans/ and write its output
        fs::permissions(plans(), fs::perms::all);
    }
    fs::path plans() const { return path() / "plans"; }
    std::vector<std::string> names() const
    {
        std::vector<std::string> n;
        for (const auto &e : fs::directory_iterator(plans()))
            n.push_back(e.path().filename().string());
        std::sort(n.begin(), n.end());
        return n;
    }
    void makeReadOnly() const
    {
        fs::permissions(plans(), fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                     fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    }
};

struct Limits {
    std::optional<rlim_t> fileSize; ///< RLIMIT_FSIZE in bytes, SIGXFSZ ignored (write fails with EFBIG)
    std::optional<uid_t> user;      ///< run as this uid/gid (needs root)
};

/// Runs the built opioid-taper with `args` under `limits`; exit code 77 means the limits could not be set.
test::CliResult runLimited(const Folder &f, const std::vector<std::string> &args, const Limits &limits)
{
    const fs::path out = f.path() / "stdout", err = f.path() / "stderr";
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (o < 0 || e < 0 || ::dup2(o, 1) < 0 || ::dup2(e, 2) < 0) ::_exit(77);
        if (limits.fileSize) {
            std::signal(SIGXFSZ, SIG_IGN); // ignored signals stay ignored across exec
            const rlimit l{*limits.fileSize, *limits.fileSize};
            if (::setrlimit(RLIMIT_FSIZE, &l) != 0) ::_exit(77);
        }
        if (limits.user &&
            (::setgroups(0, nullptr) != 0 || ::setgid(*limits.user) != 0 || ::setuid(*limits.user) != 0))
            ::_exit(77);
        std::vector<std::string> all{TAPER_CLI_PATH};
        all.insert(all.end(), args.begin(), args.end());
        std::vector<char *> argv;
        for (std::string &a : all)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(TAPER_CLI_PATH, argv.data());
        ::_exit(77);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    test::CliResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = test::fileBytes(out);
    r.err = test::fileBytes(err);
    return r;
}

std::string regimen(const std::string &name)
{
    return test::sourcePath("tests/data/taper/" + name + ".json");
}

/// A plan file written by the CLI, labelled with a name that must never reach stderr.
std::string makePlan(const Folder &f)
{
    const std::string path = (f.plans() / "plan.json").string();
    const auto r = test::runCli({"taper", regimen("two-opioids"), "--start", "2026-12-01", "--today",
                                 "2026-11-21", "-o", path, "--label", "Karen Fortrolig"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return path;
}

TEST(PlanSaveCli, WriteRefusedPartWayGivesExitCode2AndKeepsTheOldPlan)
{
    Folder f("fsize");
    const std::string path = makePlan(f);
    const std::string before = test::fileBytes(path);
    ASSERT_GT(before.size(), 8192u);
    const Limits limits{4096, std::nullopt};
    struct Case {
        const char *what;
        std::vector<std::string> args;
    };
    const Case cases[] = {
        {"taper -o over an existing plan",
         {"taper", regimen("anne"), "--start", "2026-12-01", "--today", "2026-11-21", "-o", path, "--label",
          "Karen Fortrolig"}},
        {"session", {"session", path, "--date", "2026-12-15", "--today", "2026-12-15", "--decision", "hold"}},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.what);
        const auto r = runLimited(f, c.args, limits);
        ASSERT_NE(r.exitCode, 77) << "could not set the file size limit";
        EXPECT_EQ(r.exitCode, 2) << r.err;
        EXPECT_THAT(r.err, HasSubstr(path + ": cannot write: " + std::strerror(EFBIG)));
        EXPECT_THAT(r.err, Not(HasSubstr("Fortrolig")));
        EXPECT_EQ(test::fileBytes(path), before);
        EXPECT_THAT(f.names(), ::testing::IsSubsetOf({"plan.json", ".plan.json.lock"})); // no temporary file
    }
    // A new plan that cannot be written leaves no file at all.
    const std::string fresh = (f.plans() / "new.json").string();
    const auto r = runLimited(
        f, {"taper", regimen("anne"), "--start", "2026-12-01", "--today", "2026-11-21", "-o", fresh}, limits);
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_FALSE(fs::exists(fresh));
    EXPECT_THAT(f.names(), ::testing::IsSubsetOf({"plan.json", ".plan.json.lock"}));
}

TEST(PlanSaveCli, ReadOnlyFolderGivesExitCode2AndKeepsTheOldPlan)
{
    Folder f("readonly");
    const std::string path = makePlan(f);
    // the session must get past reading the plan to reach the save
    if (::geteuid() == 0) {
        ASSERT_EQ(::chown(path.c_str(), 65534, 65534), 0);
    }
    const std::string before = test::fileBytes(path);
    f.makeReadOnly();
    const Limits limits{std::nullopt, ::geteuid() == 0 ? std::optional<uid_t>(65534) : std::nullopt};
    struct Case {
        const char *what;
        std::vector<std::string> args;
        const char *message;
    };
    const Case cases[] = {
        {"taper -o",
         {"taper", regimen("anne"), "--start", "2026-12-01", "--today", "2026-11-21", "-o", path},
         "cannot create a temporary file in its folder"},
        {"session",
         {"session", path, "--date", "2026-12-15", "--today", "2026-12-15", "--decision", "hold"},
         "cannot create the lock file beside it"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.what);
        const auto r = runLimited(f, c.args, limits);
        if (r.exitCode == 77) GTEST_SKIP() << "cannot run the CLI as uid 65534";
        EXPECT_EQ(r.exitCode, 2) << r.err;
        EXPECT_THAT(r.err, HasSubstr(path + ": " + c.message + ": " + std::strerror(EACCES)));
        EXPECT_THAT(r.err, Not(HasSubstr("Fortrolig")));
        EXPECT_EQ(test::fileBytes(path), before);
        EXPECT_EQ(f.names(), std::vector<std::string>{"plan.json"});
    }
}

} // namespace
} // namespace taper
