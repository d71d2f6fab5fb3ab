// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Strict JSON reading at the edge: size-limited file loading, typed required/optional members, and
// rejection of unknown keys. Every failure is an InputError naming the file and JSON pointer.

#include "taper/input_error.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace taper::json {

using Json = nlohmann::json;

inline constexpr std::size_t kMaxFileBytes = 1024 * 1024; ///< input files over 1 MiB are refused

/// Reads and parses a JSON file (or standard input when `path` is "-"). Refuses anything but a regular
/// file (a folder, device or FIFO: never blocks, never reads more than `maxBytes` + 1 bytes) and files
/// over `maxBytes`.
Json readFile(const std::string &path, std::size_t maxBytes = kMaxFileBytes);
/// Parses JSON text; `file` is used for messages only. Refuses text over `maxBytes`, JSON nested
/// deeper than 64 levels (checked before parsing: dump() recurses per level), a key that occurs twice
/// in one object and a number beyond double's range, naming the JSON pointer where it can.
Json parse(std::string_view text, const std::string &file, std::size_t maxBytes = kMaxFileBytes);

/// A number as people write it: up to 10 significant digits, no trailing ".0" (30, 2.5, 0.15).
std::string formatNumber(double value);

/// A JSON value for problem values: numbers, booleans, null and short numeric arrays as written;
/// strings, arrays and objects by their kind only (valueKindToken), since free text may be about the
/// patient.
std::string quote(const Json &value);

/// Checks `schema_version` at the top of `doc` against the version this program reads.
void requireSchemaVersion(const Json &doc, const std::string &file, int supported);

/// Reads a data file whose top level is `schema_version` plus one array `key` (formulary lists) and
/// returns that array. Any other top-level key, a missing array or a wrong version is an InputError.
Json readListFile(const std::string &file, int supported, std::string_view key);

/// Reads one JSON object strictly. Call finish() after the last member to reject unknown keys.
class ObjectReader {
public:
    ObjectReader(const Json &value, std::string pointer, const std::string &file);

    bool has(std::string_view key) const;
    const Json &at(std::string_view key);   ///< required member of any type
    const Json *find(std::string_view key); ///< optional member: nullptr when absent or JSON null

    std::string string(std::string_view key);
    std::optional<std::string> optionalString(std::string_view key);
    double number(std::string_view key); ///< finite number
    std::optional<double> optionalNumber(std::string_view key);
    long long integer(std::string_view key);
    std::optional<long long> optionalInteger(std::string_view key);
    bool boolean(std::string_view key);
    std::optional<bool> optionalBoolean(std::string_view key);
    const Json &array(std::string_view key);
    const Json &object(std::string_view key);

    std::string pointer(std::string_view key) const { return m_pointer + "/" + std::string(key); }
    const std::string &pointer() const { return m_pointer; }
    const std::string &file() const { return m_file; }
    /// Throws an InputError at `key` (this object itself when empty).
    [[noreturn]] void fail(std::string_view key, Problem problem) const;
    [[noreturn]] void fail(std::string_view key, ProblemCode code,
                           std::vector<std::string> values = {}) const;

    /// Throws for the first key that no accessor asked for (typos such as "dose_mg").
    void finish() const;
    /// Throws for the first key not in `allowed`, suggesting the closest allowed key. Call it first so
    /// a typo ("dose_mg") is reported as such rather than as a missing "dose".
    void allowOnly(std::initializer_list<std::string_view> allowed) const;

private:
    const Json &m_value;
    std::string m_pointer;
    const std::string &m_file;
    std::set<std::string, std::less<>> m_seen;
};

} // namespace taper::json
