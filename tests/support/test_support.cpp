// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_support.h"

#include "taper/text/problem_text.h"

#include "taper/json_reader.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace taper::test {

const Formulary &formulary()
{
    static const Formulary f = Formulary::load(TAPER_FORMULARY_DIR);
    return f;
}

Regimen regimenFromText(const std::string &jsonText, const std::string &today)
{
    return readRegimen(json::parse(jsonText, "test.json"), "test.json", formulary(),
                       AsOfChoice{std::nullopt, *parseIsoDate(today)});
}

std::string sourcePath(const std::string &relativePath)
{
    return std::string(TAPER_SOURCE_DIR) + "/" + relativePath;
}

std::string testData(const std::string &relativePath)
{
    std::ifstream in(std::string(TAPER_TEST_DATA_DIR) + "/" + relativePath, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

namespace {
std::string shellQuote(const std::string &s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

} // namespace

std::string fileBytes(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TempFolder::TempFolder(const std::string &tag)
    : m_path(std::filesystem::temp_directory_path() / (tag + "-" + std::to_string(::getpid())))
{
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
}

TempFolder::~TempFolder()
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::add, ec);
    for (auto it = fs::recursive_directory_iterator(m_path, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_directory(ec))
            fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(m_path, ec);
}

namespace {

CliResult runCliRedirected(const std::vector<std::string> &args, const std::string &stdinText,
                           const std::string &stdoutPath)
{
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() /
                         ("taper-cli-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
    fs::create_directories(dir);
    std::ofstream(dir / "in") << stdinText;
    std::string command = shellQuote(TAPER_CLI_PATH);
    for (const auto &a : args)
        command += " " + shellQuote(a);
    const std::string out = stdoutPath.empty() ? (dir / "out").string() : stdoutPath;
    command += " <" + shellQuote((dir / "in").string()) + " >" + shellQuote(out) + " 2>" +
               shellQuote((dir / "err").string());
    const int status = std::system(command.c_str());
    CliResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (stdoutPath.empty()) r.out = fileBytes(dir / "out");
    r.err = fileBytes(dir / "err");
    fs::remove_all(dir);
    return r;
}

} // namespace

CliResult runCli(const std::vector<std::string> &args, const std::string &stdinText)
{
    return runCliRedirected(args, stdinText, "");
}

CliResult runCliTo(const std::string &stdoutPath, const std::vector<std::string> &args)
{
    return runCliRedirected(args, "", stdoutPath);
}

ScopedEnv::ScopedEnv(const char *name, const char *value) : m_name(name)
{
    if (const char *old = std::getenv(name)) m_old = old;
    if (value)
        ::setenv(name, value, 1);
    else
        ::unsetenv(name);
    ::tzset();
}

ScopedEnv::~ScopedEnv()
{
    if (m_old)
        ::setenv(m_name.c_str(), m_old->c_str(), 1);
    else
        ::unsetenv(m_name.c_str());
    ::tzset();
}

std::string message(const InputError &error)
{
    return text::inputErrorText(error, text::Lang::En);
}

std::string problemText(const InputError &error)
{
    return text::problemText(error.problem(), text::Lang::En);
}

} // namespace taper::test
