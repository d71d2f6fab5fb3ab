#pragma once
// Helpers shared by the test programs. Paths come from compile definitions set in CMake.

#include "taper/formulary.h"
#include "taper/regimen.h"

#include <string>
#include <vector>

namespace taper::test {

/// The shipped formulary (loaded once per process).
const Formulary &formulary();
/// Parses a regimen from JSON text; `today` is the evaluation date when the text has no as_of.
Regimen regimenFromText(const std::string &jsonText, const std::string &today = "2026-11-21");
/// Reads a file below tests/data.
std::string testData(const std::string &relativePath);
std::string sourcePath(const std::string &relativePath);

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};
/// Runs the built opioid-taper with `args` (each argument shell-quoted), optional standard input text.
CliResult runCli(const std::vector<std::string> &args, const std::string &stdinText = "");

} // namespace taper::test
