#include "taper/input_error.h"

namespace taper {

namespace {
/// Messages echo the offending value; a 900 KB string in a file must not become a 900 KB message.
/// Longer problem texts keep their start and end (what was expected) around an omission note.
std::string shorten(std::string what)
{
    constexpr std::size_t kMax = 1000, kKeep = 480;
    if (what.size() <= kMax) return what;
    auto isContinuation = [&](std::size_t i) { return (static_cast<unsigned char>(what[i]) & 0xC0) == 0x80; };
    std::size_t head = kKeep, tail = what.size() - kKeep; // never cut inside a UTF-8 sequence
    while (head > 0 && isContinuation(head))
        --head;
    while (tail < what.size() && isContinuation(tail))
        ++tail;
    return what.substr(0, head) + " [... " + std::to_string(tail - head) + " bytes omitted ...] " +
           what.substr(tail);
}

std::string compose(const std::string &file, const std::string &where, const std::string &what)
{
    std::string text;
    if (!file.empty()) text += file + ": ";
    if (!where.empty()) text += where + ": ";
    return text + what;
}
} // namespace

InputError::InputError(std::string file, std::string where, std::string what)
    : std::runtime_error(compose(file, where, shorten(what))), m_file(std::move(file)),
      m_where(std::move(where)), m_problem(shorten(std::move(what)))
{
}

} // namespace taper
