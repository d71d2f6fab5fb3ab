// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one exception type for bad input (files, arguments). Carries where (file, JSON pointer or field)
// and what is wrong as a Problem (a code and its values); caught at the edge, which words it through
// the catalogue (taper/text/problem_text.h): CLI exit code 2, GUI dialog. Clinical concerns are never
// errors: they are Finding values.

#include "taper/problem.h"

#include <stdexcept>
#include <string>

namespace taper {

class InputError : public std::runtime_error {
public:
    /// `file` may be empty (e.g. a command-line argument); `where` is a JSON pointer, a field or an
    /// option name. Values longer than 300 bytes are shortened (they may echo a huge input).
    InputError(std::string file, std::string where, Problem problem);

    const std::string &file() const { return m_file; }
    const std::string &where() const { return m_where; }
    const Problem &problem() const { return m_problem; }
    ProblemCode code() const { return m_problem.code; }

    /// what() is "file: where: code_name(value, …)": for logs and tests only, never for people.

private:
    std::string m_file;
    std::string m_where;
    Problem m_problem;
};

} // namespace taper
