// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a plan when others may be saving it too: an exclusive lock file beside the plan, and a
// compare-and-swap on `revision` under that lock (docs/sessions.md, "Reliability").
#include "plan_internal.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace taper {

namespace {

/// Holds flock(LOCK_EX) on ".NAME.lock" in the plan's folder for its lifetime. The lock file is
/// left in place (removing it would race with a waiting process); a crashed holder's lock is
/// released by the kernel.
class PlanFileLock {
public:
    PlanFileLock(const std::string &path, int waitMs)
    {
        namespace fs = std::filesystem;
        const fs::path target(path);
        const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
        const std::string lockPath = (dir / ("." + target.filename().string() + ".lock")).string();
        m_fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0) throw InputError(path, "", {ProblemCode::lock_file_failed, {systemErrorToken(errno)}});
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
        while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            if (errno != EWOULDBLOCK && errno != EINTR) {
                const int err = errno;
                ::close(m_fd);
                throw InputError(path, "", {ProblemCode::lock_failed, {systemErrorToken(err)}});
            }
            if (std::chrono::steady_clock::now() >= deadline) {
                ::close(m_fd);
                throw InputError(path, "/revision", {ProblemCode::plan_busy});
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
    ~PlanFileLock() { ::close(m_fd); } // closing releases the lock
    PlanFileLock(const PlanFileLock &) = delete;
    PlanFileLock &operator=(const PlanFileLock &) = delete;

private:
    int m_fd = -1;
};

} // namespace

void savePlanFile(const std::string &givenPath, const Plan &plan, int expectedRevision,
                  const Formulary &formulary, int waitMs)
{
    // Every name of the plan (a symbolic link, the file itself) locks and replaces the same file.
    const std::string path = realPlanPath(givenPath);
    const PlanFileLock lock(path, waitMs);
    const json::Json onDisk = json::readFile(path, kMaxPlanFileBytes);
    const json::Json *revision =
        onDisk.is_object() && onDisk.contains("revision") ? &onDisk["revision"] : nullptr;
    if (!revision || !revision->is_number_integer())
        throw InputError(path, "/revision", {ProblemCode::plan_revision_missing_on_disk});
    const long long found = revision->get<long long>();
    if (found != expectedRevision)
        throw InputError(
            path, "/revision",
            {ProblemCode::plan_changed_on_disk, {std::to_string(found), std::to_string(expectedRevision)}});
    writePlanFile(path, plan, formulary);
}

} // namespace taper
