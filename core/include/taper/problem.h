// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What is wrong with an input, as a code and its values: the core writes no prose. The catalogue
// (taper/text/problem_text.h) words every code in Danish and English, so a refusal reaches a Danish
// GUI in Danish and the English CLI in English from the same throw.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace taper {

/// One code per kind of problem. The lists live in problem_codes/*.inc, one per area, each entry
/// TAPER_PROBLEM(name, arity) with a comment naming its values in order ({0}, {1}, …).
#ifdef Q_MOC_RUN // Qt's moc cannot follow includes inside an enum and needs no codes
enum class ProblemCode : std::uint16_t {};
#else
enum class ProblemCode : std::uint16_t {
#define TAPER_PROBLEM(name, arity) name,
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
#endif

/// How many codes there are (for the catalogue's completeness test).
std::size_t problemCodeCount();
/// The code's snake_case name ("not_a_number"): for logs and tests, never shown to a person.
std::string_view problemCodeName(ProblemCode code);
/// How many values the code takes.
std::size_t problemArity(ProblemCode code);

/// A problem: its code and values. Values are the offending value as written (json::quote), bounds,
/// keys, ids and counts; a value the catalogue must word itself is a token (see the functions below).
struct Problem {
    ProblemCode code;
    std::vector<std::string> values{};
    std::vector<Problem> cause{}; ///< at most one: the problem behind this one (worded after it)
};

/// Tokens for values that are words rather than data; the catalogue renders them per language.
/// A JSON value whose content is never shown (it may be about the patient): "string", "array", "object".
std::string valueKindToken(std::string_view kind);
/// A file that is not a regular file: "folder", "pipe", "device", "socket", "special".
std::string fileKindToken(std::string_view kind);
/// An operating-system error (errno), worded by the catalogue.
std::string systemErrorToken(int error);
/// A size in bytes, worded "1 MiB" or "N bytes" / "N byte".
std::string byteSizeToken(std::uint64_t bytes);
/// A calendar date: ISO in English (as files write it), "7.12.2026" in Danish.
std::string dateToken(std::string_view isoDate);
/// A known substance or product id: the id in English, its Danish name in Danish when the catalogue
/// is given the formulary.
std::string substanceToken(std::string_view id);
std::string productToken(std::string_view id);
/// A conversion profile id: the id in English, its Danish name in Danish (with the formulary).
std::string profileToken(std::string_view id);

} // namespace taper
