#pragma once
// The one exception type for bad input (files, arguments). Carries where (file, JSON pointer or field)
// and what was expected; caught at the edge (CLI exit code 2, GUI dialog). Clinical concerns are never
// errors: they are Finding values.

#include <stdexcept>
#include <string>

namespace taper {

class InputError : public std::runtime_error {
public:
    /// `file` may be empty (e.g. a command-line argument); `where` is a JSON pointer, a field or an
    /// option name; `what` says what is wrong and what was expected.
    InputError(std::string file, std::string where, std::string what);

    const std::string &file() const { return m_file; }
    const std::string &where() const { return m_where; }
    const std::string &problem() const { return m_problem; }

private:
    std::string m_file;
    std::string m_where;
    std::string m_problem;
};

} // namespace taper
