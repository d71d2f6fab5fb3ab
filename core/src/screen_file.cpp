// SPDX-License-Identifier: GPL-3.0-or-later
// Screening: reading. The body after the header is split at line boundaries into one chunk per thread; each
// thread streams its chunk in blocks (pread, never the whole file) into its own PatientMap; the maps are
// merged at the end. Standard input and other unseekable files are read sequentially on one thread.
#include "screen_internal.h"

#include "taper/input_error.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace taper::screen {

namespace {

constexpr std::size_t kMaxLine = std::size_t{64} << 20; ///< a longer line is refused (not a CSV row)

void validate(const ScreenOptions &o, const std::string &file)
{
    if (o.windowDays <= 0 || o.windowDays > 36600)
        throw InputError(file, "--window-days", {ProblemCode::screen_window_out_of_range});
    if (o.recentDays <= 0) throw InputError(file, "recent days", {ProblemCode::screen_recent_days});
    if (o.longTermMinRedemptions < 1)
        throw InputError(file, "--long-term-redemptions", {ProblemCode::screen_redemptions});
    if (o.longTermMinSpanDays < 0)
        throw InputError(file, "--long-term-days", {ProblemCode::screen_span_days});
    if (o.threads < 0 || o.threads > 64) throw InputError(file, "--threads", {ProblemCode::screen_threads});
    if (o.blockBytes < 16) throw InputError(file, "block size", {ProblemCode::screen_block_size});
}

std::size_t threadCount(const ScreenOptions &o, std::uint64_t bytes)
{
    if (o.threads > 0) return static_cast<std::size_t>(o.threads);
    if (bytes < (std::uint64_t{1} << 20)) return 1; // not worth a thread
    return std::min<std::size_t>(2, std::max(1u, std::thread::hardware_concurrency()));
}

/// Runs `work(k)` for every chunk on its own thread; calls `poll()` about four times a second meanwhile.
/// Exceptions from the workers are rethrown (the first chunk's first).
template <class Work, class Poll> void runParallel(std::size_t chunks, Work work, Poll poll)
{
    std::vector<std::future<void>> futures;
    for (std::size_t k = 0; k < chunks; ++k)
        futures.push_back(std::async(std::launch::async, work, k));
    for (auto &f : futures)
        while (f.wait_for(std::chrono::milliseconds(250)) != std::future_status::ready)
            poll();
    for (auto &f : futures)
        f.get();
}

/// Reads a file descriptor in blocks, at `offset` up to `end` with pread, or sequentially (offset < 0).
class BlockReader {
public:
    BlockReader(int fd, std::int64_t offset, std::uint64_t end, const std::string &file, std::size_t block)
        : m_fd(fd), m_offset(offset), m_end(end), m_file(file), m_buffer(block)
    {
    }
    /// Appends the next block to the buffer after `kept` carried bytes; returns false at the end.
    bool fill(std::size_t kept)
    {
        if (kept == m_buffer.size()) {
            if (m_buffer.size() >= kMaxLine) throw InputError(m_file, "", {ProblemCode::csv_line_too_long});
            m_buffer.resize(m_buffer.size() * 2);
        }
        std::size_t want = m_buffer.size() - kept;
        if (m_offset >= 0)
            want = static_cast<std::size_t>(
                std::min<std::uint64_t>(want, m_end - static_cast<std::uint64_t>(m_offset)));
        ssize_t n;
        do {
            n = m_offset >= 0 ? ::pread(m_fd, m_buffer.data() + kept, want, m_offset)
                              : ::read(m_fd, m_buffer.data() + kept, want);
        } while (n < 0 && errno == EINTR);
        if (n < 0) throw InputError(m_file, "", {ProblemCode::file_cannot_read, {systemErrorToken(errno)}});
        if (m_offset >= 0) m_offset += n;
        m_size = kept + static_cast<std::size_t>(n);
        return n > 0;
    }
    char *data() { return m_buffer.data(); }
    std::size_t size() const { return m_size; }

private:
    int m_fd;
    std::int64_t m_offset;
    std::uint64_t m_end;
    const std::string &m_file;
    std::vector<char> m_buffer;
    std::size_t m_size = 0;
};

struct Progress {
    std::atomic<std::uint64_t> bytes{0};
    std::atomic<std::uint64_t> lines{0};
};

/// Streams blocks from `reader` (after `kept` bytes already in its buffer) through `proc`.
void stream(BlockReader &reader, std::size_t kept, detail::LineProcessor &proc,
            const detail::ChunkState &state, Progress &progress, const std::atomic<std::size_t> &firstStopped,
            std::size_t chunk)
{
    std::uint64_t linesReported = 0;
    bool more = true;
    while (more && !proc.stopped() && firstStopped.load(std::memory_order_relaxed) >= chunk) {
        more = reader.fill(kept);
        const char *begin = reader.data(), *end = begin + reader.size();
        const char *rest = proc.block(begin, end, !more);
        progress.bytes.fetch_add(reader.size() - kept, std::memory_order_relaxed);
        progress.lines.fetch_add(state.lines - linesReported, std::memory_order_relaxed);
        linesReported = state.lines;
        kept = static_cast<std::size_t>(end - rest);
        std::memmove(reader.data(), rest, kept);
    }
}

/// Position of the first line start at or after `target` (a position after a '\n', or `size`).
std::uint64_t lineStartAtOrAfter(int fd, std::uint64_t target, std::uint64_t size)
{
    char buf[65536];
    std::uint64_t pos = target - 1; // target > 0: the byte before must be '\n'
    while (pos < size) {
        const ssize_t n = ::pread(fd, buf, sizeof buf, static_cast<off_t>(pos));
        if (n <= 0) break;
        if (const void *nl = std::memchr(buf, '\n', static_cast<std::size_t>(n)))
            return pos + static_cast<std::uint64_t>(static_cast<const char *>(nl) - buf) + 1;
        pos += static_cast<std::uint64_t>(n);
    }
    return size;
}

struct Fd {
    int fd;
    bool owned;
    ~Fd()
    {
        if (owned && fd >= 0) ::close(fd);
    }
};

} // namespace

ScreenResult screenText(std::string_view text, const std::string &file, const ProductTable &products,
                        const ScreenOptions &options, const BadRowHandler &onBadRow)
{
    validate(options, file);
    const std::size_t nl = text.find('\n');
    if (text.empty()) throw InputError(file, "line 1", {ProblemCode::csv_empty});
    const detail::ColumnLayout layout = detail::parseHeader(text.substr(0, nl), file, options.inputFormat);
    const std::size_t body = nl == std::string_view::npos ? text.size() : nl + 1;
    const std::size_t n = threadCount(options, text.size());
    std::vector<std::size_t> starts{body};
    for (std::size_t k = 1; k < n; ++k) {
        std::size_t p = std::max(starts.back(), body + (text.size() - body) * k / n);
        if (p > body && p < text.size() && text[p - 1] != '\n') {
            const std::size_t next = text.find('\n', p);
            p = next == std::string_view::npos ? text.size() : next + 1;
        }
        starts.push_back(p);
    }
    starts.push_back(text.size());
    std::vector<detail::ChunkState> chunks(n);
    runParallel(
        n,
        [&](std::size_t k) {
            detail::LineProcessor proc(layout, products, options, chunks[k]);
            proc.block(text.data() + starts[k], text.data() + starts[k + 1], true);
        },
        [] {});
    return detail::finish(chunks, 2, products, options, file, onBadRow);
}

ScreenResult screenFile(const std::string &path, const ProductTable &products, const ScreenOptions &options,
                        const BadRowHandler &onBadRow, const ProgressHandler &onProgress)
{
    validate(options, path);
    const bool isStdin = path == "-";
    Fd fd{isStdin ? 0 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC), !isStdin};
    if (fd.fd < 0) throw InputError(path, "", {ProblemCode::file_cannot_open, {systemErrorToken(errno)}});
    struct stat st {};
    const bool seekable = ::fstat(fd.fd, &st) == 0 && S_ISREG(st.st_mode);
    const std::uint64_t size = seekable ? static_cast<std::uint64_t>(st.st_size) : 0;

    // The header: read blocks until the first '\n'.
    BlockReader head(fd.fd, seekable ? 0 : -1, size, path, options.blockBytes);
    std::size_t kept = 0;
    const char *nl = nullptr;
    for (bool more = true; more && !nl;) {
        more = head.fill(kept);
        kept = head.size();
        nl = static_cast<const char *>(std::memchr(head.data(), '\n', kept));
    }
    if (kept == 0) throw InputError(path, "line 1", {ProblemCode::csv_empty});
    const std::size_t headerLength = nl ? static_cast<std::size_t>(nl - head.data()) : kept;
    const detail::ColumnLayout layout =
        detail::parseHeader(std::string_view(head.data(), headerLength), path, options.inputFormat);
    const std::uint64_t body = nl ? headerLength + 1 : kept;

    Progress progress;
    progress.bytes = body;
    std::atomic<std::size_t> firstStopped{SIZE_MAX};
    std::vector<detail::ChunkState> chunks;
    const auto poll = [&] {
        if (onProgress)
            onProgress(progress.bytes.load(std::memory_order_relaxed), size,
                       progress.lines.load(std::memory_order_relaxed));
    };
    if (!seekable) {
        chunks.resize(1);
        detail::LineProcessor proc(layout, products, options, chunks[0]);
        const std::size_t rest = kept - (nl ? headerLength + 1 : kept);
        std::memmove(head.data(), head.data() + (kept - rest), rest);
        stream(head, rest, proc, chunks[0], progress, firstStopped, 0);
        return detail::finish(chunks, 2, products, options, path, onBadRow);
    }
    const std::size_t n = threadCount(options, size);
    std::vector<std::uint64_t> starts{body};
    for (std::size_t k = 1; k < n; ++k)
        starts.push_back(std::max(
            starts.back(),
            lineStartAtOrAfter(fd.fd, std::max<std::uint64_t>(body + (size - body) * k / n, 1), size)));
    starts.push_back(size);
    chunks.resize(n);
    runParallel(
        n,
        [&](std::size_t k) {
            detail::LineProcessor proc(layout, products, options, chunks[k]);
            BlockReader reader(fd.fd, static_cast<std::int64_t>(starts[k]), starts[k + 1], path,
                               options.blockBytes);
            stream(reader, 0, proc, chunks[k], progress, firstStopped, k);
            if (proc.stopped()) {
                std::size_t expected = firstStopped.load();
                while (k < expected && !firstStopped.compare_exchange_weak(expected, k)) {
                }
            }
        },
        poll);
    poll();
    return detail::finish(chunks, 2, products, options, path, onBadRow);
}

} // namespace taper::screen
