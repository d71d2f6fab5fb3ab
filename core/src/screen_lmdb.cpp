// SPDX-License-Identifier: GPL-3.0-or-later
// Screening: register-shaped rows (InputFormat::Lmdb). pnr, eksd, apk and packsize with the product as a
// varenummer (vnr) or as ATC + strength (atc, strnum, strunit). Units = apk × packsize; a negative apk is
// a reversal of an earlier dispensing and nets out.
#include "screen_internal.h"
#include "text_fields.h"

#include "taper/input_error.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace taper::screen::detail {

namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

/// A strength as written in the register ("10", "12.5" or "12,5") in thousandths; false when it is not a
/// positive decimal number with at most three decimals.
bool parseStrengthMilli(std::string_view s, long long &milli)
{
    s = taper::detail::trimSpaces(s);
    long long whole = 0, fraction = 0;
    int decimals = -1, digits = 0;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            if (++digits > 12) return false;
            if (decimals < 0)
                whole = whole * 10 + (c - '0');
            else if (++decimals <= 3)
                fraction = fraction * 10 + (c - '0');
            else if (c != '0')
                return false;
        } else if ((c == '.' || c == ',') && decimals < 0) {
            decimals = 0;
        } else {
            return false;
        }
    }
    if (digits == 0 || decimals == 0) return false;
    for (int d = std::max(decimals, 0); d < 3; ++d)
        fraction *= 10;
    milli = whole * 1000 + fraction;
    return milli > 0;
}

/// The strength unit as registers write it: the Medicinpriser codes (MG, MGM, RGT) or their words.
std::optional<StrengthUnit> strengthUnit(std::string_view s)
{
    s = taper::detail::trimSpaces(s);
    for (std::string_view w : {"mg"})
        if (equalsIgnoringCase(s, w)) return StrengthUnit::Mg;
    for (std::string_view w : {"mgm", "mg/ml"})
        if (equalsIgnoringCase(s, w)) return StrengthUnit::MgPerMl;
    for (std::string_view w : {"rgt", "mikg/t", "mikg/time", "mcg/h", "\xC2\xB5g/h", "ug/h"})
        if (equalsIgnoringCase(s, w)) return StrengthUnit::McgPerHour;
    return std::nullopt;
}

} // namespace

ColumnLayout parseLmdbHeader(const std::vector<std::string_view> &names, const std::string &file)
{
    ColumnLayout layout;
    layout.format = InputFormat::Lmdb;
    struct Column {
        std::string_view name;
        int ColumnLayout::*slot;
    };
    static constexpr Column kColumns[] = {
        {"pnr", &ColumnLayout::patient},   {"eksd", &ColumnLayout::date},
        {"vnr", &ColumnLayout::product},   {"apk", &ColumnLayout::units},
        {"atc", &ColumnLayout::atc},       {"packsize", &ColumnLayout::packSize},
        {"strnum", &ColumnLayout::strNum}, {"strunit", &ColumnLayout::strUnit}};
    for (int index = 0; index < static_cast<int>(names.size()); ++index)
        for (const Column &c : kColumns)
            if (equalsIgnoringCase(taper::detail::trimSpaces(names[static_cast<std::size_t>(index)]),
                                   c.name)) {
                if (layout.*c.slot >= 0)
                    throw InputError(file, "line 1", {ProblemCode::csv_column_twice, {std::string(c.name)}});
                layout.*c.slot = index;
            }
    layout.count = static_cast<int>(names.size());
    const bool byStrength = layout.atc >= 0 && layout.strNum >= 0 && layout.strUnit >= 0;
    if (layout.patient < 0 || layout.date < 0 || layout.units < 0 || layout.packSize < 0 ||
        (layout.product < 0 && !byStrength))
        throw InputError(file, "line 1", {ProblemCode::lmdb_header_missing_columns});
    if (layout.count > 64) throw InputError(file, "line 1", {ProblemCode::csv_too_many_columns});
    return layout;
}

const ProductTable::Entry *LineProcessor::lmdbProduct(const std::string_view *f)
{
    if (m_layout.product >= 0 && !taper::detail::trimSpaces(f[kProduct]).empty())
        if (const auto *e = m_products.findVarenummer(taper::detail::trimSpaces(f[kProduct]))) return e;
    if (m_layout.atc < 0 || m_layout.strNum < 0 || m_layout.strUnit < 0 ||
        taper::detail::trimSpaces(f[kAtc]).empty()) {
        bad(BadRowReason::UnknownProduct, f[kProduct]);
        return nullptr;
    }
    long long milli = 0;
    if (!parseStrengthMilli(f[kStrNum], milli)) {
        bad(BadRowReason::BadStrength, f[kStrNum]);
        return nullptr;
    }
    const auto unit = strengthUnit(f[kStrUnit]);
    if (!unit) {
        bad(BadRowReason::BadStrength, f[kStrUnit]);
        return nullptr;
    }
    bool ambiguous = false;
    const auto *e = m_products.findStrength(taper::detail::trimSpaces(f[kAtc]), milli, *unit, ambiguous);
    const std::string what = std::string(taper::detail::trimSpaces(f[kAtc])) + " " +
                             std::string(taper::detail::trimSpaces(f[kStrNum])) + " " +
                             std::string(taper::detail::trimSpaces(f[kStrUnit]));
    if (!e) bad(ambiguous ? BadRowReason::AmbiguousProduct : BadRowReason::UnknownProduct, what);
    return e;
}

void LineProcessor::lmdbRow(const std::string_view *f, std::uint64_t hash)
{
    if (f[kPatient].empty()) return bad(BadRowReason::EmptyPatientId);
    std::int32_t day = 0;
    if (!dayOf(f[kDate], day)) return bad(BadRowReason::BadDate, f[kDate]);
    const ProductTable::Entry *entry = lmdbProduct(f);
    if (!entry) return;
    std::string_view apkText = taper::detail::trimSpaces(f[kUnits]);
    const bool reversal = !apkText.empty() && apkText.front() == '-';
    if (reversal) apkText.remove_prefix(1);
    double apk = 0, packSize = 0;
    switch (parseUnits(apkText, apk)) {
    case UnitsParse::Ok:
        break;
    case UnitsParse::Bad:
        return bad(BadRowReason::BadUnits, f[kUnits]);
    case UnitsParse::NonPositive:
        return bad(BadRowReason::NonPositiveUnits, f[kUnits]);
    case UnitsParse::TooLarge:
        return bad(BadRowReason::UnitsTooLarge, f[kUnits]);
    }
    if (parseUnits(taper::detail::trimSpaces(f[kPackSize]), packSize) != UnitsParse::Ok)
        return bad(BadRowReason::BadPackSize, f[kPackSize]);
    const double units = apk * packSize;
    if (units > kMaxUnitsPerRedemption)
        return bad(BadRowReason::UnitsTooLarge, std::string(f[kUnits]) + " x " + std::string(f[kPackSize]));
    count(f[kPatient], hash, day, *entry, units, reversal);
}

} // namespace taper::screen::detail
