// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/json_reader.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace taper::json {

namespace {
constexpr std::size_t kMaxDepth = 64; ///< far deeper than any file we read (plans are about 8 levels)

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
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth)
                throw InputError(
                    file, "", {ProblemCode::json_too_deep, {std::to_string(kMaxDepth), std::to_string(i)}});
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
}

/// Follows nlohmann's parse events to know the JSON pointer of the value being read, and refuses a
/// key that occurs twice in one object (nlohmann keeps the last silently: "dose": 30, "dose": 3000).
class ParsePath {
public:
    explicit ParsePath(const std::string &file) : m_file(file) {}

    bool onEvent(Json::parse_event_t event, const Json &parsed)
    {
        using E = Json::parse_event_t;
        switch (event) {
        case E::object_start:
            m_frames.push_back(Frame{true});
            break;
        case E::array_start:
            m_frames.push_back(Frame{false});
            break;
        case E::key: {
            Frame &f = m_frames.back();
            const std::string &key = parsed.get_ref<const std::string &>();
            if (std::find(f.keys.begin(), f.keys.end(), key) != f.keys.end())
                throw InputError(m_file, pointer(key), {ProblemCode::json_duplicate_key});
            f.keys.push_back(key);
            break;
        }
        case E::object_end:
        case E::array_end:
            m_frames.pop_back();
            valueDone();
            break;
        case E::value:
            valueDone();
            break;
        }
        return true;
    }

    /// The pointer of the value being parsed now (the key just read, or the next array element).
    std::string pointer(std::optional<std::string_view> key = std::nullopt) const
    {
        std::string p;
        for (const Frame &f : m_frames) {
            if (&f == &m_frames.back() && key) break;
            p += "/" + (f.isObject ? (f.keys.empty() ? std::string() : escape(f.keys.back()))
                                   : std::to_string(f.index));
        }
        if (key) p += "/" + escape(*key);
        return p.empty() ? "/" : p;
    }

private:
    struct Frame {
        bool isObject;
        std::vector<std::string> keys{}; ///< objects: the keys so far (the last is being read)
        std::size_t index = 0;           ///< arrays: the element being read
    };
    static std::string escape(std::string_view key)
    {
        std::string out;
        for (char c : key)
            out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
        return out;
    }
    void valueDone()
    {
        if (!m_frames.empty() && !m_frames.back().isObject) ++m_frames.back().index;
    }

    const std::string &m_file;
    std::vector<Frame> m_frames;
};
} // namespace

namespace {
/// The number after `label` in nlohmann's "parse error at line 3, column 5" ("?" when absent).
std::string lineAndColumn(const std::string &what, std::string_view label)
{
    const auto pos = what.find(label);
    if (pos == std::string::npos) return "?";
    std::string digits;
    for (std::size_t i = pos + label.size(); i < what.size() && what[i] >= '0' && what[i] <= '9'; ++i)
        digits += what[i];
    return digits.empty() ? "?" : digits;
}

InputError tooLarge(const std::string &file, std::uint64_t bytes, std::size_t maxBytes)
{
    return InputError(file, "",
                      {ProblemCode::file_too_large, {byteSizeToken(maxBytes), std::to_string(bytes)}});
}
} // namespace

Json parse(std::string_view text, const std::string &file, std::size_t maxBytes)
{
    if (text.size() > maxBytes) throw tooLarge(file, text.size(), maxBytes);
    requireShallowNesting(text, file);
    ParsePath path(file);
    try {
        return Json::parse(text.begin(), text.end(), [&path](int, Json::parse_event_t event, Json &parsed) {
            return path.onEvent(event, parsed);
        });
    } catch (const Json::parse_error &e) {
        // nlohmann's message has the form "[json.exception.parse_error.101] parse error at line 3, column 5:
        // ..."
        std::string what = e.what();
        if (auto pos = what.find("] "); pos != std::string::npos) what = what.substr(pos + 2);
        // "; last read: '...'" echoes the text where parsing stopped, which can be a patient label in
        // a plan file (a truncated or hand-edited file): the line and column say where, never the text.
        if (auto pos = what.find("; last read: "); pos != std::string::npos) {
            const std::size_t end = what.rfind("'; expected "); // nlohmann adds "; expected ..." last
            what.erase(pos, end == std::string::npos || end < pos ? std::string::npos : end + 1 - pos);
        }
        throw InputError(file, "",
                         {ProblemCode::json_malformed,
                          {what, lineAndColumn(what, "line "), lineAndColumn(what, "column ")}});
    } catch (const Json::out_of_range &) {
        // 406: a number beyond double's range (1e309); nlohmann says which text, we say where.
        throw InputError(file, path.pointer(), {ProblemCode::json_number_too_large});
    } catch (const Json::exception &e) {
        throw InputError(file, path.pointer(), {ProblemCode::json_unreadable, {e.what()}});
    }
}

namespace {
/// Reads at most `maxBytes` + 1 bytes from `fd`, so that an endless source (/dev/zero) stops.
std::string readBounded(int fd, std::size_t maxBytes, const std::string &name)
{
    std::string text;
    char buffer[65536];
    while (text.size() <= maxBytes) {
        const ssize_t n = ::read(fd, buffer, std::min(sizeof buffer, maxBytes + 1 - text.size()));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw InputError(name, "", {ProblemCode::file_cannot_read, {systemErrorToken(errno)}});
        if (n == 0) break;
        text.append(buffer, static_cast<std::size_t>(n));
    }
    return text;
}

const char *fileKind(mode_t mode)
{
    if (S_ISDIR(mode)) return "folder";
    if (S_ISFIFO(mode)) return "pipe";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "device";
    if (S_ISSOCK(mode)) return "socket";
    return "special";
}
} // namespace

Json readFile(const std::string &path, std::size_t maxBytes)
{
    if (path == "-") return parse(readBounded(STDIN_FILENO, maxBytes, "<stdin>"), "<stdin>", maxBytes);
    // O_NONBLOCK: opening a FIFO without a writer must not hang; a regular file ignores it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) throw InputError(path, "", {ProblemCode::file_cannot_open, {systemErrorToken(errno)}});
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        throw InputError(path, "", {ProblemCode::file_cannot_read, {systemErrorToken(errno)}});
    if (!S_ISREG(st.st_mode))
        throw InputError(path, "", {ProblemCode::file_not_regular, {fileKindToken(fileKind(st.st_mode))}});
    if (static_cast<std::uint64_t>(st.st_size) > maxBytes)
        throw tooLarge(path, static_cast<std::uint64_t>(st.st_size), maxBytes);
    return parse(readBounded(fd, maxBytes, path), path, maxBytes);
}

std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

std::string quote(const Json &value)
{
    // Only numbers, true/false and null are shown: a string, array or object in the wrong place may be
    // free text about the patient (a reason, a note, a label), so its type is named, never its content.
    if (value.is_number_float()) return formatNumber(value.get<double>());
    if (value.is_number() || value.is_boolean() || value.is_null()) return value.dump();
    if (value.is_string()) return valueKindToken("string");
    if (value.is_array() && value.size() <= 8 &&
        std::all_of(value.begin(), value.end(), [](const Json &v) { return v.is_number(); }))
        return value.dump(); // a range such as [0.5, 1.5]
    if (value.is_array()) return valueKindToken("array");
    return valueKindToken("object");
}

void requireSchemaVersion(const Json &doc, const std::string &file, int supported)
{
    if (!doc.is_object()) throw InputError(file, "", {ProblemCode::json_top_not_object, {quote(doc)}});
    if (!doc.contains("schema_version"))
        throw InputError(file, "/schema_version",
                         {ProblemCode::schema_version_missing, {std::to_string(supported)}});
    const Json &v = doc["schema_version"];
    if (!v.is_number_integer())
        throw InputError(file, "/schema_version",
                         {ProblemCode::schema_version_not_integer, {quote(v), std::to_string(supported)}});
    const auto version = v.get<long long>();
    if (version > supported)
        throw InputError(file, "/schema_version",
                         {ProblemCode::schema_version_newer, {quote(v), std::to_string(supported)}});
    if (version != supported)
        throw InputError(file, "/schema_version",
                         {ProblemCode::schema_version_other, {quote(v), std::to_string(supported)}});
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
                         {ProblemCode::not_an_object, {quote(value)}});
}

void ObjectReader::fail(std::string_view key, Problem problem) const
{
    throw InputError(m_file, key.empty() ? m_pointer : pointer(key), std::move(problem));
}

void ObjectReader::fail(std::string_view key, ProblemCode code, std::vector<std::string> values) const
{
    fail(key, Problem{code, std::move(values)});
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
    if (!v) fail(key, ProblemCode::member_missing);
    return *v;
}

std::string ObjectReader::string(std::string_view key)
{
    const Json &v = at(key);
    if (!v.is_string()) fail(key, ProblemCode::not_a_string, {quote(v)});
    return v.get<std::string>();
}

std::optional<std::string> ObjectReader::optionalString(std::string_view key)
{
    if (!has(key)) {
        m_seen.emplace(key);
        return std::nullopt;
    }
    return string(key);
}

double ObjectReader::number(std::string_view key)
{
    const Json &v = at(key);
    if (!v.is_number()) fail(key, ProblemCode::not_a_number, {quote(v)});
    const double d = v.get<double>();
    if (!std::isfinite(d)) fail(key, ProblemCode::not_finite, {quote(v)});
    return d;
}

std::optional<double> ObjectReader::optionalNumber(std::string_view key)
{
    if (!has(key)) {
        m_seen.emplace(key);
        return std::nullopt;
    }
    return number(key);
}

long long ObjectReader::integer(std::string_view key)
{
    const Json &v = at(key);
    if (v.is_number_unsigned() &&
        v.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<long long>::max()))
        fail(key, ProblemCode::not_whole_plausible, {quote(v)});
    if (v.is_number_integer()) return v.get<long long>();
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15) return static_cast<long long>(d);
    }
    fail(key, ProblemCode::not_whole, {quote(v)});
}

std::optional<long long> ObjectReader::optionalInteger(std::string_view key)
{
    if (!has(key)) {
        m_seen.emplace(key);
        return std::nullopt;
    }
    return integer(key);
}

bool ObjectReader::boolean(std::string_view key)
{
    const Json &v = at(key);
    if (!v.is_boolean()) fail(key, ProblemCode::not_a_boolean, {quote(v)});
    return v.get<bool>();
}

std::optional<bool> ObjectReader::optionalBoolean(std::string_view key)
{
    if (!has(key)) {
        m_seen.emplace(key);
        return std::nullopt;
    }
    return boolean(key);
}

const Json &ObjectReader::array(std::string_view key)
{
    const Json &v = at(key);
    if (!v.is_array()) fail(key, ProblemCode::not_an_array, {quote(v)});
    return v;
}

const Json &ObjectReader::object(std::string_view key)
{
    const Json &v = at(key);
    if (!v.is_object()) fail(key, ProblemCode::not_an_object, {quote(v)});
    return v;
}

namespace {
std::size_t distance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
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
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        std::string known;
        for (auto k : allowed)
            known += (known.empty() ? "" : ", ") + std::string(k);
        if (best.empty()) throw InputError(m_file, pointer(key), {ProblemCode::unknown_key, {key, known}});
        throw InputError(m_file, pointer(key),
                         {ProblemCode::unknown_key_suggest, {key, std::string(best), known}});
    }
}

void ObjectReader::finish() const
{
    for (auto it = m_value.begin(); it != m_value.end(); ++it) {
        if (m_seen.find(it.key()) == m_seen.end()) {
            std::string known;
            for (const auto &k : m_seen)
                known += (known.empty() ? "" : ", ") + k;
            throw InputError(m_file, pointer(it.key()), {ProblemCode::unknown_key, {it.key(), known}});
        }
    }
}

} // namespace taper::json
