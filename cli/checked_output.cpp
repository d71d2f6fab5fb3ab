// SPDX-License-Identifier: GPL-3.0-or-later
#include "checked_output.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace taper::cli {

CheckedOutput::CheckedOutput(int fd) : m_fd(fd), m_lineBuffered(::isatty(fd) == 1)
{
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
}

void CheckedOutput::drain()
{
    const char *p = pbase();
    std::size_t left = static_cast<std::size_t>(pptr() - pbase());
    while (left > 0 && m_error == 0) {
        const ssize_t n = ::write(m_fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            m_error = n < 0 ? errno : EIO; // write(2) returning 0 for a non-empty buffer: nothing accepted
            break;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
}

int CheckedOutput::overflow(int c)
{
    drain();
    if (c != traits_type::eof()) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
        if (m_lineBuffered && c == '\n') drain();
    }
    return traits_type::not_eof(c);
}

std::streamsize CheckedOutput::xsputn(const char *s, std::streamsize n)
{
    const std::streamsize written = std::streambuf::xsputn(s, n);
    if (m_lineBuffered && std::memchr(s, '\n', static_cast<std::size_t>(n))) drain();
    return written;
}

int CheckedOutput::sync()
{
    drain();
    return 0;
}

int CheckedOutput::finish()
{
    drain();
    return m_error;
}

} // namespace taper::cli
