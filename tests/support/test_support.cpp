#include "test_support.h"

#include "taper/json_reader.h"

#include <cstdio>
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
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string slurp(const std::filesystem::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
} // namespace

CliResult runCli(const std::vector<std::string> &args, const std::string &stdinText)
{
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("taper-cli-" + std::to_string(::getpid()) + "-" +
                                                      std::to_string(std::rand()));
    fs::create_directories(dir);
    std::ofstream(dir / "in") << stdinText;
    std::string command = shellQuote(TAPER_CLI_PATH);
    for (const auto &a : args) command += " " + shellQuote(a);
    command += " <" + shellQuote((dir / "in").string()) + " >" + shellQuote((dir / "out").string()) + " 2>" +
               shellQuote((dir / "err").string());
    const int status = std::system(command.c_str());
    CliResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(dir / "out");
    r.err = slurp(dir / "err");
    fs::remove_all(dir);
    return r;
}

} // namespace taper::test
