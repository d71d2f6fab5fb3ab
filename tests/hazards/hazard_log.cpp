// SPDX-License-Identifier: GPL-3.0-or-later
#include "hazard_log.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>

namespace taper::hazards {

namespace fs = std::filesystem;

namespace {

std::string trim(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

/// The cells of a table row "| a | b |" (the outer pipes dropped), trimmed.
std::vector<std::string> cellsOf(const std::string &row)
{
    std::vector<std::string> cells;
    std::string t = trim(row);
    if (t.size() < 2 || t.front() != '|' || t.back() != '|') return cells;
    t = t.substr(1, t.size() - 2);
    std::stringstream in(t);
    for (std::string cell; std::getline(in, cell, '|');)
        cells.push_back(trim(cell));
    if (!t.empty() && t.back() == '|') cells.emplace_back();
    return cells;
}

bool isWord(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

/// The identifier starting at `i` after blanks (advancing `i` past it); empty when there is none.
std::string identifierAt(const std::string &s, std::size_t &i)
{
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i])))
        ++i;
    const std::size_t start = i;
    while (i < s.size() && isWord(s[i]))
        ++i;
    return s.substr(start, i - start);
}

/// Advances `i` past blanks; true when `c` is next (and skips it).
bool expect(const std::string &s, std::size_t &i, char c)
{
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i])))
        ++i;
    if (i >= s.size() || s[i] != c) return false;
    ++i;
    return true;
}

void addGoogleTests(const std::string &text, std::set<std::string> &names)
{
    for (std::size_t at = text.find("TEST"); at != std::string::npos; at = text.find("TEST", at + 4)) {
        if (at > 0 && isWord(text[at - 1])) continue;
        std::size_t i = at + 4;
        if (text.compare(i, 2, "_F") == 0 || text.compare(i, 2, "_P") == 0) i += 2;
        if (i < text.size() && isWord(text[i])) continue; // TEST_SOMETHING_ELSE
        if (!expect(text, i, '(')) continue;
        const std::string suite = identifierAt(text, i);
        if (suite.empty() || !expect(text, i, ',')) continue;
        const std::string name = identifierAt(text, i);
        if (!name.empty() && expect(text, i, ')')) names.insert(suite + "." + name);
    }
}

void addQtTests(const std::string &text, std::set<std::string> &names)
{
    static const std::regex classLine(R"(^\s*class\s+(\w+)\s*:\s*public\s+QObject\b)");
    static const std::regex functionLine(R"(^\s*void\s+(\w+)\(\)\s*(\{.*)?$)");
    static const std::set<std::string> qtOwn{"initTestCase", "cleanupTestCase", "init", "cleanup"};
    std::stringstream in(text);
    std::string current;
    std::smatch m;
    for (std::string line; std::getline(in, line);) {
        if (std::regex_search(line, m, classLine)) {
            current = m[1];
        } else if (!current.empty() && std::regex_search(line, m, functionLine)) {
            const std::string f = m[1];
            if (!qtOwn.count(f) && !(f.size() > 5 && f.compare(f.size() - 5, 5, "_data") == 0))
                names.insert(current + "." + f);
        }
    }
}

/// True when `token` names a regular file below `testsDir` ("tests/…", no "..").
bool isTestFile(const std::string &token, const fs::path &testsDir)
{
    const std::string prefix = "tests/";
    if (token.compare(0, prefix.size(), prefix) != 0 || token.find("..") != std::string::npos) return false;
    std::error_code ec;
    return fs::is_regular_file(testsDir / token.substr(prefix.size()), ec);
}

bool isTestName(const std::string &token, const std::set<std::string> &names)
{
    const auto dot = token.find('.');
    if (dot == std::string::npos || dot == 0) return false;
    if (token.compare(dot, std::string::npos, ".*") == 0) {
        const std::string suite = token.substr(0, dot + 1);
        const auto it = names.lower_bound(suite);
        return it != names.end() && it->compare(0, suite.size(), suite) == 0;
    }
    return names.count(token) > 0;
}

void checkTests(const Hazard &h, const std::string &cell, const fs::path &testsDir,
                const std::set<std::string> &names, std::vector<std::string> &problems)
{
    std::string outside;
    int tokens = 0;
    for (std::size_t i = 0; i < cell.size();) {
        if (cell[i] != '`') {
            outside += cell[i++];
            continue;
        }
        const auto end = cell.find('`', i + 1);
        if (end == std::string::npos) {
            problems.push_back(h.id() + ": unclosed backtick in the tests column");
            return;
        }
        const std::string token = cell.substr(i + 1, end - i - 1);
        ++tokens;
        if (!isTestFile(token, testsDir) && !isTestName(token, names))
            problems.push_back(h.id() + ": `" + token + "` is neither a file below tests/ nor a test name");
        i = end + 1;
    }
    if (tokens == 0) problems.push_back(h.id() + ": no test");
    if (outside.find_first_not_of(", ") != std::string::npos)
        problems.push_back(h.id() + ": text outside backticks in the tests column: " + trim(outside));
}

} // namespace

const std::vector<std::string> &requiredColumns()
{
    static const std::vector<std::string> columns{"id",
                                                  "hazard",
                                                  "cause",
                                                  "effect",
                                                  "severity",
                                                  "mitigation in the program",
                                                  "residual risk and what the user does",
                                                  "tests"};
    return columns;
}

const std::set<std::string> &severities()
{
    static const std::set<std::string> s{"critical", "serious", "minor"};
    return s;
}

HazardLog parse(const std::string &markdown)
{
    HazardLog log;
    std::stringstream in(markdown);
    int number = 0;
    bool inTable = false;
    for (std::string line; std::getline(in, line);) {
        ++number;
        std::vector<std::string> cells = cellsOf(line);
        if (!inTable) {
            if (!cells.empty() && lower(cells[0]) == "id" && log.columns.empty()) {
                for (const auto &c : cells)
                    log.columns.push_back(lower(c));
                inTable = true;
            }
            continue;
        }
        if (cells.empty()) break; // the table ends at the first line that is not a row
        if (cells[0].find_first_not_of("-: ") == std::string::npos) continue; // the |---| rule
        if (cells.size() != log.columns.size()) {
            log.problems.push_back("line " + std::to_string(number) + ": " + std::to_string(cells.size()) +
                                   " cells, the header has " + std::to_string(log.columns.size()));
            continue;
        }
        log.hazards.push_back(Hazard{number, std::move(cells)});
    }
    if (log.columns.empty()) log.problems.push_back("no table with a header row starting \"| id |\"");
    return log;
}

std::set<std::string> testNames(const fs::path &testsDir)
{
    std::set<std::string> names;
    for (const auto &entry : fs::recursive_directory_iterator(testsDir)) {
        const auto ext = entry.path().extension();
        if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".h")) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        addGoogleTests(text, names);
        addQtTests(text, names);
    }
    return names;
}

std::vector<std::string> check(const HazardLog &log, const fs::path &testsDir,
                               const std::set<std::string> &names)
{
    std::vector<std::string> problems = log.problems;
    if (!log.columns.empty() && log.columns != requiredColumns()) {
        std::string want;
        for (const auto &c : requiredColumns())
            want += "| " + c + " ";
        problems.push_back("the header must be " + want + "|");
        return problems;
    }
    if (!log.columns.empty() && log.hazards.empty()) problems.push_back("the table has no hazards");
    const std::size_t severity = 4, tests = requiredColumns().size() - 1;
    for (std::size_t n = 0; n < log.hazards.size(); ++n) {
        const Hazard &h = log.hazards[n];
        const std::string expected = (n + 1 < 10 ? "H0" : "H") + std::to_string(n + 1);
        if (h.id() != expected)
            problems.push_back("line " + std::to_string(h.line) + ": id " + h.id() + ", expected " +
                               expected);
        for (std::size_t c = 1; c < h.cells.size(); ++c) {
            const std::string v = lower(h.cells[c]);
            if (v.empty() || v == "-" || v == "—" || v == "none" || v == "tbd")
                problems.push_back(h.id() + ": no " + requiredColumns()[c]);
        }
        if (!h.cells[severity].empty() && !severities().count(h.cells[severity]))
            problems.push_back(h.id() + ": severity \"" + h.cells[severity] +
                               "\" is not critical, serious or minor");
        if (!h.cells[tests].empty()) checkTests(h, h.cells[tests], testsDir, names, problems);
    }
    return problems;
}

} // namespace taper::hazards
