// SPDX-License-Identifier: GPL-3.0-or-later
// The one atomic file writer (taper/atomic_file.h).
#include "taper/atomic_file.h"

#include "taper/input_error.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <optional>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace taper {

namespace {

namespace fs = std::filesystem;

std::atomic<AtomicWriteHook> g_writeHook{nullptr};

/// Runs the test hook for stage `s`. True (with errno set) when the hook injects a failure by
/// throwing std::system_error; other exceptions from the hook propagate.
bool injectedFailure(AtomicWriteStage s)
{
    const AtomicWriteHook hook = g_writeHook.load();
    if (!hook) return false;
    try {
        hook(s);
    } catch (const std::system_error &e) {
        errno = e.code().value();
        return true;
    }
    return false;
}

/// The name the temporaries of `target` (a file name) start with; mkstemp adds six characters.
std::string temporaryPrefix(const std::string &target)
{
    return "." + target + ".tmp-";
}
constexpr std::size_t kTemporarySuffixLength = 6; // mkstemp's XXXXXX

/// Removes temporaries of earlier writes to `target` that were never renamed (their writer was killed:
/// SIGKILL, power loss) and are older than kStaleTemporaryAge, so no live writer's file is touched.
/// They may hold patient data. Best effort: a temporary that cannot be removed is left.
void removeStaleTemporaries(const fs::path &dir, const std::string &target)
{
    const std::string prefix = temporaryPrefix(target);
    const auto cutoff = fs::file_time_type::clock::now() - kStaleTemporaryAge;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() != prefix.size() + kTemporarySuffixLength ||
            name.compare(0, prefix.size(), prefix) != 0)
            continue;
        std::error_code statError;
        if (!it->is_regular_file(statError) || it->last_write_time(statError) > cutoff || statError) continue;
        fs::remove(it->path(), statError);
    }
}

/// What an existing regular target needs kept: its real path (links followed), mode, owner and group.
struct ExistingFile {
    std::string realPath;
    struct stat st {};
};

/// The file a write of `path` replaces, or none for a new file. Throws for targets that may not be
/// replaced by a rename: a folder, a read-only file, a file with several hard links.
std::optional<ExistingFile> replaceableTarget(const std::string &path, const std::string &where)
{
    ExistingFile f;
    if (::stat(path.c_str(), &f.st) != 0) {
        if (errno != ENOENT)
            throw InputError(path, where, {ProblemCode::file_cannot_examine, {systemErrorToken(errno)}});
        struct stat link {};
        if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode))
            throw InputError(path, where, {ProblemCode::file_dangling_link});
        return std::nullopt;
    }
    if (S_ISDIR(f.st.st_mode)) throw InputError(path, where, {ProblemCode::file_is_folder});
    if (!S_ISREG(f.st.st_mode)) throw InputError(path, where, {ProblemCode::file_not_regular_unwritten});
    if (f.st.st_nlink > 1)
        throw InputError(path, where, {ProblemCode::file_hard_links, {std::to_string(f.st.st_nlink)}});
    if ((f.st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        throw InputError(path, where, {ProblemCode::file_read_only});
    if (::access(path.c_str(), W_OK) != 0)
        throw InputError(path, where, {ProblemCode::file_cannot_change, {systemErrorToken(errno)}});
    std::error_code ec;
    f.realPath = fs::canonical(path, ec).string();
    if (ec) throw InputError(path, where, {ProblemCode::file_cannot_resolve, {systemErrorToken(ec.value())}});
    return f;
}

fs::path folderOf(const fs::path &target)
{
    return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

} // namespace

AtomicFile::AtomicFile(std::string path, std::string where)
    : m_path(std::move(path)), m_where(std::move(where))
{
    struct stat st {};
    if (::stat(m_path.c_str(), &st) == 0 && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
        // A device or FIFO is written directly. O_NONBLOCK: a FIFO nobody reads fails at once (ENXIO)
        // instead of hanging; the writes then block as usual.
        m_fd = ::open(m_path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (m_fd < 0) fail(ProblemCode::file_cannot_open_for_writing);
        if (const int flags = ::fcntl(m_fd, F_GETFL); flags >= 0) ::fcntl(m_fd, F_SETFL, flags & ~O_NONBLOCK);
        m_target = m_path;
        return;
    }
    const std::optional<ExistingFile> existing = replaceableTarget(m_path, m_where);
    const fs::path target(existing ? existing->realPath : m_path);
    m_target = target.string();
    if (injectedFailure(AtomicWriteStage::Creating)) fail(ProblemCode::file_cannot_create_temporary);
    m_temporary = (folderOf(target) /
                   (temporaryPrefix(target.filename().string()) + std::string(kTemporarySuffixLength, 'X')))
                      .string();
    m_fd = ::mkstemp(m_temporary.data()); // 0600
    if (m_fd < 0) {
        m_temporary.clear();
        fail(ProblemCode::file_cannot_create_temporary);
    }
    // A replaced file keeps its owner and group permissions, its group (and, for root, its owner) —
    // never permissions for all other users: it holds patient data.
    const mode_t mode = existing ? existing->st.st_mode & (S_IRWXU | S_IRWXG) : (S_IRUSR | S_IWUSR);
    if (existing) {
        const uid_t owner = ::geteuid() == 0 ? existing->st.st_uid : static_cast<uid_t>(-1);
        struct stat now {};
        if (::fchown(m_fd, owner, existing->st.st_gid) != 0 &&
            (::fstat(m_fd, &now) != 0 || now.st_gid != existing->st.st_gid))
            fail(ProblemCode::file_cannot_keep_group);
    }
    if (::fchmod(m_fd, mode) != 0) fail(ProblemCode::file_cannot_set_permissions);
}

AtomicFile::~AtomicFile()
{
    if (m_fd >= 0) ::close(m_fd);
    if (!m_committed && !m_temporary.empty()) ::unlink(m_temporary.c_str());
}

void AtomicFile::fail(ProblemCode code) const
{
    const int err = errno;
    throw InputError(m_path, m_where, {code, {systemErrorToken(err)}});
}

void AtomicFile::writeAll(std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::write(m_fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail(ProblemCode::file_cannot_write);
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void AtomicFile::write(std::string_view bytes)
{
    writeAll(bytes);
    if (!std::exchange(m_wroteOnce, true) && injectedFailure(AtomicWriteStage::PartWritten))
        fail(ProblemCode::file_cannot_write);
}

void AtomicFile::commit()
{
    if (m_temporary.empty()) { // a device or FIFO
        const int fd = std::exchange(m_fd, -1);
        if (::close(fd) != 0 && errno != EINTR) fail(ProblemCode::file_cannot_write);
        m_committed = true;
        return;
    }
    if (injectedFailure(AtomicWriteStage::Written) || ::fsync(m_fd) != 0)
        fail(ProblemCode::file_cannot_flush);
    if (injectedFailure(AtomicWriteStage::Flushed)) fail(ProblemCode::file_cannot_replace);
    if (::close(std::exchange(m_fd, -1)) != 0) fail(ProblemCode::file_cannot_close);
    if (::rename(m_temporary.c_str(), m_target.c_str()) != 0) fail(ProblemCode::file_cannot_replace);
    m_committed = true;
    // The rename is durable only once the folder's entry is on disk.
    const fs::path target(m_target);
    if (const int dirFd = ::open(folderOf(target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    removeStaleTemporaries(folderOf(target), target.filename().string());
    if (const AtomicWriteHook hook = g_writeHook.load()) hook(AtomicWriteStage::Renamed);
}

void writeFileAtomically(const std::string &path, std::string_view text)
{
    AtomicFile file(path);
    // Two halves, so that the test seam can stop a writer with half a file in the temporary.
    const std::size_t half = text.size() / 2;
    file.write(text.substr(0, half));
    file.write(text.substr(half));
    file.commit();
}

void setAtomicWriteHook(AtomicWriteHook hook)
{
    g_writeHook.store(hook);
}

} // namespace taper
