// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/problem.h"

#include <array>

namespace taper {

namespace {
struct CodeInfo {
    std::string_view name;
    std::size_t arity;
};

constexpr std::array kCodes{
#define TAPER_PROBLEM(name, arity) CodeInfo{#name, arity},
#include "taper/problem_codes/cli.inc"
#include "taper/problem_codes/data.inc"
#include "taper/problem_codes/fhir.inc"
#include "taper/problem_codes/files.inc"
#include "taper/problem_codes/json.inc"
#include "taper/problem_codes/plan.inc"
#include "taper/problem_codes/regimen.inc"
#include "taper/problem_codes/screen.inc"
#include "taper/problem_codes/session.inc"
#include "taper/problem_codes/values.inc"
#undef TAPER_PROBLEM
};
} // namespace

std::size_t problemCodeCount()
{
    return kCodes.size();
}
std::string_view problemCodeName(ProblemCode code)
{
    return kCodes.at(static_cast<std::size_t>(code)).name;
}
std::size_t problemArity(ProblemCode code)
{
    return kCodes.at(static_cast<std::size_t>(code)).arity;
}

std::string valueKindToken(std::string_view kind)
{
    return "<value:" + std::string(kind) + ">";
}
std::string fileKindToken(std::string_view kind)
{
    return "<file:" + std::string(kind) + ">";
}
std::string systemErrorToken(int error)
{
    return "<errno:" + std::to_string(error) + ">";
}
std::string byteSizeToken(std::uint64_t bytes)
{
    return "<bytes:" + std::to_string(bytes) + ">";
}
std::string dateToken(std::string_view isoDate)
{
    return "<date:" + std::string(isoDate) + ">";
}
std::string substanceToken(std::string_view id)
{
    return "<substance:" + std::string(id) + ">";
}
std::string productToken(std::string_view id)
{
    return "<product:" + std::string(id) + ">";
}
std::string profileToken(std::string_view id)
{
    return "<profile:" + std::string(id) + ">";
}

} // namespace taper
