#include "taper/input_error.h"

namespace taper {

namespace {
std::string compose(const std::string &file, const std::string &where, const std::string &what)
{
    std::string text;
    if (!file.empty()) text += file + ": ";
    if (!where.empty()) text += where + ": ";
    return text + what;
}
} // namespace

InputError::InputError(std::string file, std::string where, std::string what)
    : std::runtime_error(compose(file, where, what)), m_file(std::move(file)), m_where(std::move(where)),
      m_problem(std::move(what))
{
}

} // namespace taper
