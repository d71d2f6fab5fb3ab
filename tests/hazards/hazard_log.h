// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hazard log (docs/hazards.md) read as data and checked against the test sources. The log is the one
// Markdown table whose header row starts "| id |"; each following row that starts with '|' is a hazard.
// Its `tests` cell holds only backtick tokens separated by commas: a file below tests/ ("tests/…") or a
// test name ("Suite.Name", "QtTestClass.function", "Suite.*").

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace taper::hazards {

/// The columns a hazard log must have, in this order.
const std::vector<std::string> &requiredColumns();
/// The severities a hazard may have.
const std::set<std::string> &severities();

struct Hazard {
    int line = 0;                   ///< 1-based line of the row in the Markdown text
    std::vector<std::string> cells; ///< trimmed, one per column
    const std::string &id() const { return cells.at(0); }
};

struct HazardLog {
    std::vector<std::string> columns; ///< header cells, trimmed and lower case
    std::vector<Hazard> hazards;
    std::vector<std::string> problems; ///< no table, or a row with the wrong number of cells
};

HazardLog parse(const std::string &markdown);

/// Every test name defined in *.cpp and *.h below `testsDir`: "Suite.Name" of each TEST, TEST_F and
/// TEST_P (the macro and its arguments may span lines), and "Class.function" of each QtTest class (a
/// class deriving from QObject) for the `void f()` functions after its declaration, except Qt's
/// init/cleanup functions and *_data.
std::set<std::string> testNames(const std::filesystem::path &testsDir);

/// What is wrong with the log, one sentence per problem naming the hazard id: missing columns, an empty
/// cell, a severity not in severities(), ids not H01, H02, … in order, a tests cell without tokens or
/// with text outside them, a token naming no file below `testsDir` and no test in `names`.
std::vector<std::string> check(const HazardLog &log, const std::filesystem::path &testsDir,
                               const std::set<std::string> &names);

} // namespace taper::hazards
