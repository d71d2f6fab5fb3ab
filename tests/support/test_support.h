// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the test programs. Paths come from compile definitions set in CMake.

#include "taper/dates.h"
#include "taper/formulary.h"
#include "taper/input_error.h"
#include "taper/regimen.h"

#include <filesystem>
#include <optional>
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

/// An input error as the CLI prints it in English ("file: where: problem"), and its problem sentence
/// alone: tests check the wording the user reads, not the code's debug form (what()).
std::string message(const InputError &error);
std::string problemText(const InputError &error);

/// The bytes of a file ("" when it cannot be read).
std::string fileBytes(const std::filesystem::path &path);

/// A date written in a test as "YYYY-MM-DD". Precondition: a valid date.
inline Date day(const char *iso)
{
    return *parseIsoDate(iso);
}

/// A fresh, empty folder below the system temporary folder ("<tag>-<pid>"); removed with all its
/// contents on destruction, read-only subfolders included.
class TempFolder {
public:
    explicit TempFolder(const std::string &tag);
    ~TempFolder();
    TempFolder(const TempFolder &) = delete;
    TempFolder &operator=(const TempFolder &) = delete;
    const std::filesystem::path &path() const { return m_path; }
    std::string file(const std::string &name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};
/// Runs the built opioid-taper with `args` (each argument shell-quoted), optional standard input text.
CliResult runCli(const std::vector<std::string> &args, const std::string &stdinText = "");
/// The same with standard output sent to `stdoutPath` (e.g. "/dev/full"); the result's `out` is empty.
CliResult runCliTo(const std::string &stdoutPath, const std::vector<std::string> &args);

/// Sets the environment variable `name` to `value` (unsets it for nullptr) for the scope, and restores
/// it afterwards; tzset() follows both changes. runCli's children inherit it.
class ScopedEnv {
public:
    ScopedEnv(const char *name, const char *value);
    ~ScopedEnv();
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    std::string m_name;
    std::optional<std::string> m_old;
};

} // namespace taper::test
