// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/input_error.h"

namespace taper {

namespace {
/// Values echo the input; a 900 KB string in a file must not become a 900 KB message. A longer value
/// keeps its start and end around an omission mark, never cutting inside a UTF-8 sequence.
std::string shorten(std::string value)
{
    constexpr std::size_t kMax = 300, kKeep = 140;
    if (value.size() <= kMax) return value;
    auto isContinuation = [&](std::size_t i) {
        return (static_cast<unsigned char>(value[i]) & 0xC0) == 0x80;
    };
    std::size_t head = kKeep, tail = value.size() - kKeep;
    while (head > 0 && isContinuation(head))
        --head;
    while (tail < value.size() && isContinuation(tail))
        ++tail;
    return value.substr(0, head) + " [... " + std::to_string(tail - head) + " bytes ...] " +
           value.substr(tail);
}

Problem shortened(Problem problem)
{
    for (std::string &value : problem.values)
        value = shorten(std::move(value));
    for (Problem &cause : problem.cause)
        cause = shortened(std::move(cause));
    return problem;
}

std::string codeText(const Problem &problem)
{
    std::string text = std::string(problemCodeName(problem.code)) + "(";
    for (std::size_t i = 0; i < problem.values.size(); ++i)
        text += (i ? ", " : "") + problem.values[i];
    text += ")";
    for (const Problem &cause : problem.cause)
        text += " because " + codeText(cause);
    return text;
}

std::string compose(const std::string &file, const std::string &where, const Problem &problem)
{
    std::string text;
    if (!file.empty()) text += file + ": ";
    if (!where.empty()) text += where + ": ";
    return text + codeText(problem);
}
} // namespace

InputError::InputError(std::string file, std::string where, Problem problem)
    : std::runtime_error(compose(file, where, shortened(problem))), m_file(std::move(file)),
      m_where(std::move(where)), m_problem(shortened(std::move(problem)))
{
}

} // namespace taper
