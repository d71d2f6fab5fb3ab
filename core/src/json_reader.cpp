#include "taper/json_reader.h"

#include <algorithm>
#include <cmath>
#include <vector>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace taper::json {

namespace {
constexpr std::size_t kMaxDepth = 64; ///< far deeper than any file we read (plans are about 8 levels)

std::string typeName(const Json &v)
{
    return std::string(v.type_name());
}

/// Refuses nesting deeper than kMaxDepth before nlohmann parses. nlohmann's parser is iterative, but
/// dump() recurses once per level: quote() in an error message, or writing a plan's verbatim sessions
/// back, segfaults on 100 000 nested '[' (measured). Brackets inside strings do not count; malformed
/// text is left to the parser to report.
void requireShallowNesting(std::string_view text, const std::string &file)
{
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth)
                throw InputError(file, "", "JSON nested deeper than " + std::to_string(kMaxDepth) +
                                               " levels (at byte " + std::to_string(i) + "); expected at most " +
                                               std::to_string(kMaxDepth));
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
}
} // namespace

Json parse(std::string_view text, const std::string &file, std::size_t maxBytes)
{
    if (text.size() > maxBytes)
        throw InputError(file, "", "file is " + std::to_string(text.size()) + " bytes; expected at most " +
                                       std::to_string(maxBytes) + " bytes (1 MiB)");
    requireShallowNesting(text, file);
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error &e) {
        // nlohmann's message has the form "[json.exception.parse_error.101] parse error at line 3, column 5: ..."
        std::string what = e.what();
        if (auto pos = what.find("] "); pos != std::string::npos) what = what.substr(pos + 2);
        // "; last read: '...'" echoes the text where parsing stopped, which can be a patient label in
        // a plan file (a truncated or hand-edited file): the line and column say where, never the text.
        if (auto pos = what.find("; last read: "); pos != std::string::npos) {
            const std::size_t end = what.rfind("'; expected "); // nlohmann adds "; expected ..." last
            what.erase(pos, end == std::string::npos || end < pos ? std::string::npos : end + 1 - pos);
        }
        throw InputError(file, "", "malformed JSON: " + what);
    }
}

Json readFile(const std::string &path, std::size_t maxBytes)
{
    std::string text;
    if (path == "-") {
        std::istreambuf_iterator<char> it(std::cin), end;
        while (it != end && text.size() <= maxBytes) text.push_back(*it++);
        return parse(text, "<stdin>", maxBytes);
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "", "cannot open the file for reading");
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::size_t>(in.tellg());
    if (size > maxBytes)
        throw InputError(path, "", "file is " + std::to_string(size) + " bytes; expected at most " +
                                       std::to_string(maxBytes) + " bytes (1 MiB)");
    in.seekg(0);
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return parse(text, path, maxBytes);
}

std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

std::string quote(const Json &value)
{
    if (value.is_number_float()) return formatNumber(value.get<double>());
    std::string s = value.dump();
    if (s.size() > 60) s = s.substr(0, 57) + "...";
    return s;
}

void requireSchemaVersion(const Json &doc, const std::string &file, int supported)
{
    if (!doc.is_object()) throw InputError(file, "", "expected a JSON object at the top, got " + typeName(doc));
    if (!doc.contains("schema_version"))
        throw InputError(file, "/schema_version", "missing; expected \"schema_version\": " + std::to_string(supported));
    const Json &v = doc["schema_version"];
    if (!v.is_number_integer())
        throw InputError(file, "/schema_version", "got " + quote(v) + "; expected the integer " + std::to_string(supported));
    const auto version = v.get<long long>();
    if (version > supported)
        throw InputError(file, "/schema_version", "got " + quote(v) + ": the file was written by a newer version "
                         "of OpioidTaper; this version reads schema_version " + std::to_string(supported));
    if (version != supported)
        throw InputError(file, "/schema_version", "got " + quote(v) + "; expected " + std::to_string(supported));
}

Json readListFile(const std::string &file, int supported, std::string_view key)
{
    const Json doc = readFile(file);
    requireSchemaVersion(doc, file, supported);
    ObjectReader top(doc, "", file);
    top.at("schema_version");
    Json list = top.array(key);
    top.finish();
    return list;
}

ObjectReader::ObjectReader(const Json &value, std::string pointer, const std::string &file)
    : m_value(value), m_pointer(std::move(pointer)), m_file(file)
{
    if (!value.is_object())
        throw InputError(m_file, m_pointer.empty() ? "/" : m_pointer,
                         "got " + quote(value) + "; expected a JSON object");
}

void ObjectReader::fail(std::string_view key, const std::string &what) const
{
    throw InputError(m_file, key.empty() ? m_pointer : pointer(key), what);
}

bool ObjectReader::has(std::string_view key) const
{
    auto it = m_value.find(key);
    return it != m_value.end() && !it->is_null();
}

const Json *ObjectReader::find(std::string_view key)
{
    m_seen.emplace(key);
    auto it = m_value.find(key);
    if (it == m_value.end() || it->is_null()) return nullptr;
    return &*it;
}

const Json &ObjectReader::at(std::string_view key)
{
    const Json *v = find(key);
    if (!v) fail(key, "missing; this member is required");
    return *v;
}

std::string ObjectReader::string(std::string_view key)
{
    const Json &v = at(key);
    if (!v.is_string()) fail(key, "got " + quote(v) + "; expected a string");
    return v.get<std::string>();
}

std::optional<std::string> ObjectReader::optionalString(std::string_view key)
{
    if (!has(key)) { m_seen.emplace(key); return std::nullopt; }
    return string(key);
}

double ObjectReader::number(std::string_view key)
{
    const Json &v = at(key);
    if (!v.is_number()) fail(key, "got " + quote(v) + "; expected a number");
    const double d = v.get<double>();
    if (!std::isfinite(d)) fail(key, "got " + quote(v) + "; expected a finite number");
    return d;
}

std::optional<double> ObjectReader::optionalNumber(std::string_view key)
{
    if (!has(key)) { m_seen.emplace(key); return std::nullopt; }
    return number(key);
}

long long ObjectReader::integer(std::string_view key)
{
    const Json &v = at(key);
    if (v.is_number_integer()) return v.get<long long>();
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15) return static_cast<long long>(d);
    }
    fail(key, "got " + quote(v) + "; expected a whole number");
}

std::optional<long long> ObjectReader::optionalInteger(std::string_view key)
{
    if (!has(key)) { m_seen.emplace(key); return std::nullopt; }
    return integer(key);
}

bool ObjectReader::boolean(std::string_view key)
{
    const Json &v = at(key);
    if (!v.is_boolean()) fail(key, "got " + quote(v) + "; expected true or false");
    return v.get<bool>();
}

std::optional<bool> ObjectReader::optionalBoolean(std::string_view key)
{
    if (!has(key)) { m_seen.emplace(key); return std::nullopt; }
    return boolean(key);
}

const Json &ObjectReader::array(std::string_view key)
{
    const Json &v = at(key);
    if (!v.is_array()) fail(key, "got " + quote(v) + "; expected a JSON array");
    return v;
}

const Json &ObjectReader::object(std::string_view key)
{
    const Json &v = at(key);
    if (!v.is_object()) fail(key, "got " + quote(v) + "; expected a JSON object");
    return v;
}

namespace {
std::size_t distance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}
} // namespace

void ObjectReader::allowOnly(std::initializer_list<std::string_view> allowed) const
{
    for (auto it = m_value.begin(); it != m_value.end(); ++it) {
        const std::string &key = it.key();
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
        std::string_view best;
        std::size_t bestDistance = 4;
        for (auto candidate : allowed) {
            const std::size_t d = key.rfind(candidate, 0) == 0 ? 1 : distance(key, candidate);
            if (d < bestDistance) { bestDistance = d; best = candidate; }
        }
        std::string known;
        for (auto k : allowed) known += (known.empty() ? "" : ", ") + std::string(k);
        throw InputError(m_file, pointer(key), "unknown key \"" + key + "\"" +
                         (best.empty() ? "" : "; did you mean \"" + std::string(best) + "\"?") + " Expected one of: " + known);
    }
}

void ObjectReader::finish() const
{
    for (auto it = m_value.begin(); it != m_value.end(); ++it) {
        if (m_seen.find(it.key()) == m_seen.end()) {
            std::string known;
            for (const auto &k : m_seen) known += (known.empty() ? "" : ", ") + k;
            throw InputError(m_file, pointer(it.key()),
                             "unknown key \"" + it.key() + "\"; expected one of: " + known);
        }
    }
}

} // namespace taper::json
