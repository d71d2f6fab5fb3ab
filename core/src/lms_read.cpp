// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the Medicinpriser (LMS) takst: fixed-width records of LMS01 and LMS02 and the valid-from date
// of system.txt. Positions below are 1-based as the published description counts them.
#include "taper/input_error.h"
#include "taper/lms.h"
#include "text_fields.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <set>

namespace taper::lms {

namespace {

namespace fs = std::filesystem;

/// A field: 1-based first position and width, and its name in the description.
struct Field {
    std::size_t from;
    std::size_t width;
    const char *name;
};

// LMS01, Grunddata lægemiddel (record length 180).
constexpr Field kDrugId{1, 11, "Drugid"};
constexpr Field kName{30, 30, "Navn"};
constexpr Field kFormCode{80, 7, "Form-kode"};
constexpr Field kStrength{114, 10, "Styrke, numerisk"}; // 3 implied decimals
constexpr Field kStrengthUnit{124, 3, "Styrke, enhed"};
constexpr Field kAtc{139, 8, "ATC"};
constexpr Field kRoute{147, 8, "Administrationsvej"};
constexpr Field kDeregistered{165, 8, "Dato for afregistr. af lægemiddel"};
// LMS02, Grunddata pakning (record length 137).
constexpr Field kPackDrugId{1, 11, "Drugid"};
constexpr Field kVarenummer{12, 6, "Varenummer"};
constexpr Field kPackSize{60, 8, "Pakningsstørrelse, numerisk"}; // 2 implied decimals
constexpr Field kPackUnit{68, 2, "Pakningsstørrelse, enhed"};
constexpr Field kExpired{120, 8, "Udgået dato"};

/// DOS code page 850, bytes 0x80–0xFF, as Unicode code points.
constexpr char16_t kCp850[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE,
    0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6,
    0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA,
    0x00BA, 0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502,
    0x2524, 0x00C1, 0x00C2, 0x00C0, 0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510, 0x2514,
    0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550,
    0x256C, 0x00A4, 0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x0131, 0x00CD, 0x00CE, 0x00CF, 0x2518, 0x250C,
    0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580, 0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE,
    0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4, 0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6,
    0x00A7, 0x00F7, 0x00B8, 0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0};

std::string utf8FromCp850(std::string_view bytes)
{
    std::string out;
    for (unsigned char c : bytes) {
        const unsigned u = c < 0x80 ? c : kCp850[c - 0x80];
        if (u < 0x80) {
            out += static_cast<char>(u);
        } else if (u < 0x800) {
            out += static_cast<char>(0xC0 | (u >> 6));
            out += static_cast<char>(0x80 | (u & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (u >> 12));
            out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (u & 0x3F));
        }
    }
    return out;
}

/// Reads one record's fields; every failure names the file, the line, the field and its positions.
class Record {
public:
    Record(std::string_view text, const std::string &file, std::uint64_t line, const char *kind,
           std::size_t length)
        : m_text(text), m_file(file), m_line(line)
    {
        if (m_text.size() != length)
            fail({ProblemCode::lms_record_length,
                  {kind, std::to_string(length), std::to_string(m_text.size())}});
    }
    std::string_view raw(const Field &f) const { return m_text.substr(f.from - 1, f.width); }
    std::string text(const Field &f) const { return std::string(detail::trimSpaces(raw(f))); }

    /// Exactly `width` digits (identifiers keep their leading zeros).
    std::string digits(const Field &f) const
    {
        const std::string_view v = raw(f);
        if (!std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }))
            fail({ProblemCode::lms_field_digits,
                  {f.name, positions(f), printable(v), std::to_string(f.width)}});
        return std::string(v);
    }
    /// A number with `decimals` implied decimals, right-aligned digits; blanks read as 0.
    double number(const Field &f, int decimals) const
    {
        const std::string_view v = detail::trimSpaces(raw(f));
        if (!std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }))
            fail({ProblemCode::lms_field_number, {f.name, positions(f), printable(raw(f))}});
        double value = 0;
        for (char c : v)
            value = value * 10 + (c - '0');
        for (int i = 0; i < decimals; ++i)
            value /= 10;
        return value;
    }
    /// YYYYMMDD or blanks (no date).
    std::optional<Date> date(const Field &f) const
    {
        const std::string_view v = raw(f);
        if (detail::trimSpaces(v).empty()) return std::nullopt;
        const std::string iso = std::string(v.substr(0, 4)) + "-" + std::string(v.substr(4, 2)) + "-" +
                                std::string(v.substr(6, 2));
        const bool digitsOnly = std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
        const auto d = digitsOnly ? parseIsoDate(iso) : std::nullopt;
        if (!d) fail({ProblemCode::lms_field_date, {f.name, positions(f), printable(v)}});
        return d;
    }
    std::string required(const Field &f) const
    {
        std::string v = text(f);
        if (v.empty()) fail({ProblemCode::lms_field_empty, {f.name, positions(f)}});
        return v;
    }
    [[noreturn]] void fail(Problem p) const { throw InputError(m_file, "line " + std::to_string(m_line), p); }

private:
    static std::string positions(const Field &f)
    {
        return std::to_string(f.from) + "-" + std::to_string(f.from + f.width - 1);
    }
    /// The field as written, bytes outside printable ASCII as '?' (it goes into a message).
    static std::string printable(std::string_view v)
    {
        std::string out(v);
        for (char &c : out)
            if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F) c = '?';
        return out;
    }

    std::string_view m_text;
    const std::string &m_file;
    std::uint64_t m_line;
};

/// The file in `dir` whose name is `name` in any case.
fs::path findFile(const fs::path &dir, const std::string &name)
{
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(dir, ec)) {
        std::string n = entry.path().filename().string();
        std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::tolower(c); });
        if (n == name && entry.is_regular_file()) return entry.path();
    }
    if (ec)
        throw InputError(dir.string(), "", {ProblemCode::file_cannot_open, {systemErrorToken(ec.value())}});
    throw InputError(dir.string(), "", {ProblemCode::lms_file_missing, {name}});
}

/// Calls `each(record, lineNumber)` for every non-empty line (without its LF or CRLF).
template <class Each> void forEachRecord(const fs::path &path, Each each)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string(), "", {ProblemCode::file_cannot_open, {systemErrorToken(errno)}});
    std::string line;
    std::uint64_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line == "\x1a") continue; // blank lines and a DOS end-of-file mark
        each(std::string_view(line), number);
    }
    if (in.bad())
        throw InputError(path.string(), "", {ProblemCode::file_cannot_read, {systemErrorToken(errno)}});
}

} // namespace

Drug parseDrug(std::string_view text, const std::string &file, std::uint64_t line)
{
    const Record r(text, file, line, "LMS01", kDrugRecordLength);
    Drug d;
    d.drugId = r.digits(kDrugId);
    d.name = utf8FromCp850(detail::trimSpaces(r.raw(kName)));
    d.formCode = r.text(kFormCode);
    d.strength = r.number(kStrength, 3);
    d.strengthUnit = r.text(kStrengthUnit);
    d.atc = r.required(kAtc);
    d.route = r.text(kRoute);
    d.deregistered = r.date(kDeregistered);
    d.line = line;
    return d;
}

Package parsePackage(std::string_view text, const std::string &file, std::uint64_t line)
{
    const Record r(text, file, line, "LMS02", kPackageRecordLength);
    Package p;
    p.drugId = r.digits(kPackDrugId);
    p.varenummer = r.digits(kVarenummer);
    p.size = r.number(kPackSize, 2);
    p.sizeUnit = r.text(kPackUnit);
    p.expired = r.date(kExpired);
    p.line = line;
    return p;
}

Takst readTakst(const std::string &dir)
{
    const fs::path root(dir);
    if (!fs::is_directory(root)) throw InputError(dir, "", {ProblemCode::lms_folder_missing});
    Takst t;
    const fs::path system = findFile(root, "system.txt");
    bool haveDate = false;
    forEachRecord(system, [&](std::string_view record, std::uint64_t line) {
        if (haveDate) return;
        const auto date = record.size() >= 55 ? parseIsoDate(std::string(record.substr(47, 4)) + "-" +
                                                             std::string(record.substr(51, 2)) + "-" +
                                                             std::string(record.substr(53, 2)))
                                              : std::nullopt;
        if (!date)
            throw InputError(system.string(), "line " + std::to_string(line), {ProblemCode::lms_takst_empty});
        t.validFrom = *date;
        haveDate = true;
    });
    if (!haveDate) throw InputError(system.string(), "line 1", {ProblemCode::lms_takst_empty});

    const std::string drugsFile = findFile(root, "lms01.txt").string();
    std::set<std::string, std::less<>> ids;
    forEachRecord(drugsFile, [&](std::string_view record, std::uint64_t line) {
        Drug d = parseDrug(record, drugsFile, line);
        if (!ids.insert(d.drugId).second)
            throw InputError(drugsFile, "line " + std::to_string(line),
                             {ProblemCode::lms_drug_twice, {d.drugId}});
        t.drugs.push_back(std::move(d));
    });
    const std::string packagesFile = findFile(root, "lms02.txt").string();
    forEachRecord(packagesFile, [&](std::string_view record, std::uint64_t line) {
        Package p = parsePackage(record, packagesFile, line);
        if (!ids.count(p.drugId))
            throw InputError(packagesFile, "line " + std::to_string(line),
                             {ProblemCode::lms_package_no_drug, {p.drugId}});
        t.packages.push_back(std::move(p));
    });
    return t;
}

} // namespace taper::lms
