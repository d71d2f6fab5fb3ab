// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Standard output that knows whether it was written (issue 15 item 13). std::cout through stdio loses
// the reason of a failed write (a full disk: ENOSPC) before anyone can ask; this buffer writes to the
// file descriptor itself and keeps the errno of the first failure.
#include <array>
#include <streambuf>

namespace taper::cli {

class CheckedOutput : public std::streambuf {
public:
    /// Buffers output for `fd`; line by line when `fd` is a terminal, as stdio would.
    explicit CheckedOutput(int fd);

    /// Writes what is buffered and returns the errno of the first write that failed, 0 when every byte
    /// was written. After a failure the rest of the output is dropped.
    int finish();

protected:
    int overflow(int c) override;
    std::streamsize xsputn(const char *s, std::streamsize n) override;
    int sync() override;

private:
    void drain();

    int m_fd;
    bool m_lineBuffered;
    int m_error = 0;
    std::array<char, 64 * 1024> m_buffer{};
};

} // namespace taper::cli
