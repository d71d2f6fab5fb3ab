// SPDX-License-Identifier: GPL-3.0-or-later
// Screening: the hand-written CSV line parser. The hot path splits a line at commas in place (no
// allocation), parses the date and units by hand and aggregates into the thread's PatientMap. A line with a
// quote character takes a slower path that understands RFC 4180 quoting within one line.
#include "screen_internal.h"

#include "taper/input_error.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace taper::screen::detail {

namespace {

constexpr int kMaxFields = 64; ///< rows with more fields than this are reported as wrong column count

std::int32_t dayNumber(Date d)
{
    return static_cast<std::int32_t>(d.time_since_epoch().count());
}

/// Strict ISO date YYYY-MM-DD (year ≥ 1900, a real calendar day), as parseIsoDate accepts.
bool parseDate(std::string_view s, std::int32_t &days)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    int v[8];
    const int pos[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        const char c = s[static_cast<std::size_t>(pos[i])];
        if (c < '0' || c > '9') return false;
        v[i] = c - '0';
    }
    const int y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    const unsigned m = static_cast<unsigned>(v[4] * 10 + v[5]), d = static_cast<unsigned>(v[6] * 10 + v[7]);
    const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
    if (y < 1900 || !ymd.ok()) return false;
    days = dayNumber(date::sys_days(ymd));
    return true;
}

} // namespace

/// A plain decimal number: digits, optionally '.' and digits; a leading '-' is read so that negative
/// amounts are reported as non-positive rather than malformed. A well-formed number above
/// kMaxUnitsPerRedemption is TooLarge whatever its length; otherwise more than 18 characters is Bad.
UnitsParse parseUnits(std::string_view s, double &value)
{
    bool negative = false;
    if (!s.empty() && s[0] == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    if (s.empty()) return UnitsParse::Bad;
    std::uint64_t mantissa = 0;                     // only used while s.size() <= 18, so it cannot wrap
    int fraction = -1, digits = 0, wholeDigits = 0; // wholeDigits: integer digits after leading zeros
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            mantissa = mantissa * 10 + static_cast<unsigned>(c - '0');
            ++digits;
            if (fraction >= 0)
                ++fraction;
            else if (wholeDigits > 0 || c != '0')
                ++wholeDigits;
        } else if (c == '.' && fraction < 0) {
            fraction = 0;
        } else {
            return UnitsParse::Bad;
        }
    }
    if (digits == 0 || fraction == 0) return UnitsParse::Bad; // "." or "3."
    if (negative) return UnitsParse::NonPositive;
    if (wholeDigits > 5) return UnitsParse::TooLarge; // at least 100000
    if (s.size() > 18) return UnitsParse::Bad;
    static constexpr double kPow10[] = {1,    1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8, 1e9,
                                        1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
    // Exact: mantissa < 10^18 needs at most 60 bits; below 2^53 the division is correctly rounded.
    value = static_cast<double>(mantissa) / kPow10[fraction < 0 ? 0 : fraction];
    if (mantissa == 0) return UnitsParse::NonPositive;
    if (value > kMaxUnitsPerRedemption) return UnitsParse::TooLarge;
    return UnitsParse::Ok;
}

namespace {

std::string_view clip(std::string_view s)
{
    return s.substr(0, 40);
}

} // namespace

std::vector<std::string_view> headerNames(std::string_view line)
{
    if (line.size() >= 3 && std::memcmp(line.data(), "\xEF\xBB\xBF", 3) == 0) line.remove_prefix(3);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::vector<std::string_view> names;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = line.find(',', start);
        std::string_view name =
            line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        if (name.size() >= 2 && name.front() == '"' && name.back() == '"')
            name = name.substr(1, name.size() - 2);
        names.push_back(name);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return names;
}

ColumnLayout parseHeader(std::string_view line, const std::string &file, InputFormat format)
{
    const std::vector<std::string_view> names = headerNames(line);
    if (format == InputFormat::Lmdb) return parseLmdbHeader(names, file);
    ColumnLayout layout;
    int index = 0;
    auto require = [&](int &slot, std::string_view name) {
        if (slot >= 0) throw InputError(file, "line 1", {ProblemCode::csv_column_twice, {std::string(name)}});
        slot = index;
    };
    for (std::string_view name : names) {
        if (name == "patient_id")
            require(layout.patient, name);
        else if (name == "date")
            require(layout.date, name);
        else if (name == "product")
            require(layout.product, name);
        else if (name == "units")
            require(layout.units, name);
        ++index;
    }
    layout.count = index;
    if (layout.patient < 0 || layout.date < 0 || layout.product < 0 || layout.units < 0)
        throw InputError(file, "line 1", {ProblemCode::csv_header_missing_columns});
    if (layout.count > kMaxFields) throw InputError(file, "line 1", {ProblemCode::csv_too_many_columns});
    return layout;
}

LineProcessor::LineProcessor(const ColumnLayout &layout, const ProductTable &products,
                             const ScreenOptions &options, ChunkState &state)
    : m_layout(layout), m_products(products), m_state(state), m_strict(options.strict),
      m_asOf(dayNumber(options.asOf)), m_windowStart(m_asOf - options.windowDays),
      m_recentStart(m_asOf - options.recentDays)
{
    std::fill(std::begin(m_slotOfField), std::end(m_slotOfField), -1);
    const int columns[kSlots] = {layout.patient, layout.date,     layout.product, layout.units,
                                 layout.atc,     layout.packSize, layout.strNum,  layout.strUnit};
    for (int slot = 0; slot < kSlots; ++slot)
        if (columns[slot] >= 0) m_slotOfField[columns[slot]] = slot;
}

const char *LineProcessor::block(const char *begin, const char *end, bool final)
{
    Pending batch[kBatch];
    const char *p = begin;
    while (p < end && !m_state.stopped) {
        int n = 0;
        while (n < kBatch && p < end) {
            const char *nl =
                static_cast<const char *>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
            if (!nl && !final) break;
            split(p, nl ? nl : end, batch[n++]);
            p = nl ? nl + 1 : end;
        }
        if (n == 0) break;
        for (int i = 0; i < n; ++i) {
            if (batch[i].fieldCount != m_layout.count) continue;
            batch[i].hash = hashBytes(batch[i].fields[0]);
            m_state.patients.prefetchSlot(batch[i].hash);
        }
        for (int i = 0; i < n; ++i)
            if (batch[i].fieldCount == m_layout.count) m_state.patients.prefetchItem(batch[i].hash);
        for (int i = 0; i < n && !m_state.stopped; ++i)
            process(batch[i]);
    }
    return m_state.stopped ? end : p;
}

void LineProcessor::bad(BadRowReason reason, std::string_view value)
{
    ++m_state.counts.skippedRows;
    m_state.badRows.push_back({m_state.lines, reason, std::string(clip(value))});
    if (m_strict) m_state.stopped = true;
}

void LineProcessor::split(const char *begin, const char *end, Pending &out) const
{
    if (end > begin && end[-1] == '\r') --end;
    out.line = std::string_view(begin, static_cast<std::size_t>(end - begin));
    int field = 0;
    const char *start = begin;
    const auto endField = [&](const char *at) {
        if (field < kMaxFields && m_slotOfField[field] >= 0)
            out.fields[m_slotOfField[field]] = std::string_view(start, static_cast<std::size_t>(at - start));
        ++field;
        start = at + 1;
    };
    const char *p = begin;
#if defined(__SSE2__)
    // 16 bytes at a time: masks of commas and quotes (never reads outside [begin, end)).
    const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"');
    for (; p + 16 <= end; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, quote))) {
            out.fieldCount = -1;
            return;
        }
        for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, comma))); mask;
             mask &= mask - 1)
            endField(p + std::countr_zero(mask));
    }
#endif
    for (; p < end; ++p) {
        if (*p == ',')
            endField(p);
        else if (*p == '"') {
            out.fieldCount = -1;
            return;
        }
    }
    endField(end);
    out.fieldCount = field;
}

void LineProcessor::process(const Pending &l)
{
    ++m_state.lines;
    if (l.line.empty()) return; // blank lines are ignored
    ++m_state.counts.dataRows;
    if (l.fieldCount < 0) return quotedLine(l.line);
    if (l.fieldCount != m_layout.count)
        return bad(BadRowReason::WrongColumnCount, std::to_string(l.fieldCount));
    dispatch(l.fields, l.hash);
}

void LineProcessor::dispatch(const std::string_view *f, std::uint64_t hash)
{
    if (m_layout.format == InputFormat::Lmdb) return lmdbRow(f, hash);
    row(f[kPatient], hash, f[kDate], f[kProduct], f[kUnits]);
}

void LineProcessor::quotedLine(std::string_view line)
{
    std::vector<std::string> values;
    std::size_t i = 0;
    for (;;) {
        std::string value;
        if (i < line.size() && line[i] == '"') {
            ++i;
            for (;;) {
                if (i >= line.size()) return bad(BadRowReason::BadQuoting);
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        value += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                value += line[i++];
            }
            if (i < line.size() && line[i] != ',') return bad(BadRowReason::BadQuoting);
        } else {
            const std::size_t comma = std::min(line.find(',', i), line.size());
            value.assign(line.substr(i, comma - i));
            if (value.find('"') != std::string::npos) return bad(BadRowReason::BadQuoting);
            i = comma;
        }
        values.push_back(std::move(value));
        if (values.size() > static_cast<std::size_t>(kMaxFields)) break;
        if (i >= line.size()) break;
        ++i; // the comma
    }
    if (static_cast<int>(values.size()) != m_layout.count)
        return bad(BadRowReason::WrongColumnCount, std::to_string(values.size()));
    std::string_view fields[kSlots];
    for (std::size_t k = 0; k < values.size(); ++k)
        if (m_slotOfField[k] >= 0) fields[m_slotOfField[k]] = values[k];
    dispatch(fields, hashBytes(fields[kPatient]));
}

void LineProcessor::row(std::string_view patient, std::uint64_t hash, std::string_view dateText,
                        std::string_view product, std::string_view unitsText)
{
    if (patient.empty()) return bad(BadRowReason::EmptyPatientId);
    std::int32_t day = 0;
    if (!dayOf(dateText, day)) return bad(BadRowReason::BadDate, dateText);
    const ProductTable::Entry *entry = m_products.find(product);
    if (!entry) return bad(BadRowReason::UnknownProduct, product);
    double units = 0;
    switch (parseUnits(unitsText, units)) {
    case UnitsParse::Ok:
        break;
    case UnitsParse::Bad:
        return bad(BadRowReason::BadUnits, unitsText);
    case UnitsParse::NonPositive:
        return bad(BadRowReason::NonPositiveUnits, unitsText);
    case UnitsParse::TooLarge:
        return bad(BadRowReason::UnitsTooLarge, unitsText);
    }
    count(patient, hash, day, *entry, units, false);
}

bool LineProcessor::dayOf(std::string_view dateText, std::int32_t &day)
{
    if (m_haveLastDate && dateText.size() == 10 && std::memcmp(dateText.data(), m_lastDateText, 10) == 0) {
        day = m_lastDate;
        return true;
    }
    if (!parseDate(dateText, day)) return false;
    std::memcpy(m_lastDateText, dateText.data(), 10);
    m_lastDate = day;
    m_haveLastDate = true;
    return true;
}

void LineProcessor::count(std::string_view patient, std::uint64_t hash, std::int32_t day,
                          const ProductTable::Entry &e, double units, bool reversal)
{
    const ProductTable::Entry *entry = &e;
    if (day <= m_windowStart || day > m_asOf) return;
    ++m_state.counts.rowsInWindow;

    Aggregate &a = m_state.patients.item(m_state.patients.findOrInsert(patient, hash));
    if (reversal) {
        // Nets out: one redemption and its dispensed MEQ less; dates, substances and release stay.
        ++m_state.counts.reversals;
        addSaturating(a.reversals, std::uint32_t{1});
        if (day > m_recentStart && entry->meqPerUnit)
            addSaturating(a.reversedMeqMicro90, static_cast<std::int64_t>(std::llround(
                                                    units * entry->meqPerUnit->value() * kMicroPerMg)));
        return;
    }
    if (a.redemptions == 0 || day < a.first) a.first = day;
    if (a.redemptions == 0 || day > a.last) a.last = day;
    addSaturating(a.redemptions, std::uint32_t{1});
    a.longActing |= entry->longActing;
    if (!entry->meqPerUnit) ++m_state.counts.rowsWithoutMeq;
    if (day > m_recentStart) {
        a.substances90 |= std::uint64_t{1} << entry->substance;
        // units ≤ kMaxUnitsPerRedemption and per unit ≤ kMaxDispensedMeqPerUnit: at most 1e15, exact in a
        // double.
        if (entry->meqPerUnit)
            addSaturating(a.meqMicro90, static_cast<std::int64_t>(
                                            std::llround(units * entry->meqPerUnit->value() * kMicroPerMg)));
    }
}

} // namespace taper::screen::detail
