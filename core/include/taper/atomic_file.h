// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way every face (CLI, report, GUI) writes a file: a temporary in the same folder
// (".NAME.tmp-XXXXXX", permissions 0600), flush, rename, flush of the folder. A failed or abandoned
// write leaves the old file (or none) and no temporary; a reader never sees half a file.

#include "taper/problem.h"

#include <chrono>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace taper {

/// A file being written atomically to `path`. Bytes go to the temporary; commit() replaces the
/// target. Destroyed without commit() (an error, an exception), the temporary is removed and the
/// target is untouched.
///
/// A new file gets permissions 0600 (the files hold patient data); a replaced file keeps its owner and
/// group permissions and its group, never permissions for other users. A symbolic link is followed:
/// the file it points to is replaced, the link stays. Refused with InputError (naming `path` and
/// `where`, nothing written): a folder, a read-only file, a file with several hard links (a rename
/// would split them), a link to nothing. A device or FIFO (/dev/null, /dev/stdout) is written
/// directly, never replaced. After the rename, temporaries of the same file older than
/// kStaleTemporaryAge (left by a killed writer) are removed.
class AtomicFile {
public:
    /// `where` names the option or field the path came from ("-o"), for messages; may be empty.
    explicit AtomicFile(std::string path, std::string where = {});
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    /// Appends `bytes`. Throws InputError (the system's reason) when they cannot be written.
    void write(std::string_view bytes);
    /// Flushes and renames over the target. Throws InputError; the target is then unchanged.
    void commit();

private:
    [[noreturn]] void fail(ProblemCode code) const; ///< InputError with `code` and errno
    void writeAll(std::string_view bytes);

    std::string m_path; ///< as given, for messages
    std::string m_where;
    std::string m_target;    ///< the file replaced (links resolved)
    std::string m_temporary; ///< empty when writing a device directly
    int m_fd = -1;
    bool m_wroteOnce = false;
    bool m_committed = false;
};

/// Writes `text` to `path` through an AtomicFile (see there).
void writeFileAtomically(const std::string &path, std::string_view text);

/// A temporary this old belongs to no live writer (a write takes milliseconds).
inline constexpr std::chrono::minutes kStaleTemporaryAge{10};

/// Test seam: called by every AtomicFile at each stage (before creating the temporary file, after the
/// first write() — writeFileAtomically writes its text in two halves —, after all bytes, after fsync,
/// after rename). Null (the default) in production. A hook that throws std::system_error before the
/// rename makes that stage fail as its system call would with that error code: InputError naming the
/// file, old file untouched. Any exception from the hook leaves no temporary file behind.
enum class AtomicWriteStage { Creating, PartWritten, Written, Flushed, Renamed };
using AtomicWriteHook = void (*)(AtomicWriteStage stage);
void setAtomicWriteHook(AtomicWriteHook hook);

} // namespace taper
