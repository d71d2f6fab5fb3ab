// SPDX-License-Identifier: GPL-3.0-or-later
// Screening: per-product lookup (dispensed MEQ per unit, opioid substance, long-acting flag).
#include "screen_internal.h"

#include "taper/input_error.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>

namespace taper::screen {

std::string_view toCode(BadRowReason reason)
{
    switch (reason) {
    case BadRowReason::WrongColumnCount:
        return "wrong_column_count";
    case BadRowReason::EmptyPatientId:
        return "empty_patient_id";
    case BadRowReason::BadDate:
        return "bad_date";
    case BadRowReason::UnknownProduct:
        return "unknown_product";
    case BadRowReason::BadUnits:
        return "bad_units";
    case BadRowReason::NonPositiveUnits:
        return "non_positive_units";
    case BadRowReason::UnitsTooLarge:
        return "units_too_large";
    case BadRowReason::BadQuoting:
        return "bad_quoting";
    case BadRowReason::BadStrength:
        return "bad_strength";
    case BadRowReason::AmbiguousProduct:
        return "ambiguous_product";
    case BadRowReason::BadPackSize:
        return "bad_pack_size";
    }
    return "bad_row";
}

std::optional<DispensedMeq> dispensedMeqPerUnit(const Product &p, const Profile &profile)
{
    const ConversionFactor *f = profile.factorFor(p.substance, p.route);
    if (!f || f->isTiered() || !f->factor) return std::nullopt;
    const double factor = *f->factor;
    // One unit taken as if over one day gives its MEQ "per day"; as a dispensed total that is mg morphine.
    switch (f->basis) {
    case FactorBasis::PerMg:
        if (p.unit == StrengthUnit::McgPerHour) return std::nullopt;
        // mg per tablet, or mg per ml for solutions (then units are ml).
        return DispensedMeq(toMeq(MgPerDay(p.strength), MeqFactor<MgPerDay>(factor)).value());
    case FactorBasis::PerMcg:
        if (p.unit == StrengthUnit::McgPerHour) return std::nullopt;
        return DispensedMeq(toMeq(toMcgPerDay(MgPerDay(p.strength)), MeqFactor<McgPerDay>(factor)).value());
    case FactorBasis::PerMcgPerHour: {
        // A patch releases `strength` mcg/h for its wear time: factor is per mcg/h worn for one day.
        if (p.unit != StrengthUnit::McgPerHour || !p.wearHours || *p.wearHours <= 0) return std::nullopt;
        const MeqPerDay perDayWorn = toMeq(McgPerHour(p.strength), MeqFactor<McgPerHour>(factor));
        return DispensedMeq(perDayWorn.value() * *p.wearHours / 24.0);
    }
    }
    return std::nullopt;
}

namespace {
/// A cheap hash of a product id: its length and its first and last eight bytes (ids are few and fixed, so
/// the odd collision only costs a probe; correctness comes from the full comparison).
std::uint64_t quickHash(std::string_view id)
{
    std::uint64_t head = 0, tail = 0;
    if (id.size() >= 8) {
        std::memcpy(&head, id.data(), 8);
        std::memcpy(&tail, id.data() + id.size() - 8, 8);
    } else {
        std::memcpy(&head, id.data(), id.size());
    }
    std::uint64_t h = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xBF58476D1CE4E5B9ull) ^ id.size();
    return h ^ (h >> 32);
}
} // namespace

struct ProductTable::Impl {
    struct Slot {
        std::string id;
        Entry entry;
        bool used = false;
    };
    std::vector<Slot> slots; // open addressing, power-of-two size
    std::uint64_t mask = 0;
    /// Lmdb lookups (not on the redemptions hot path): varenummer → entry; "ATC|milli|unit" → entry, or
    /// nullopt when products of that key screen differently.
    std::map<std::string, Entry, std::less<>> byVarenummer;
    std::map<std::string, std::optional<Entry>, std::less<>> byStrength;
};

namespace {
/// "N02AA01|10000|0": the key of an ATC code, strength in thousandths and unit, in `buffer`.
std::string_view strengthKey(char (&buffer)[64], std::string_view atc, long long milli, StrengthUnit unit)
{
    const int n = std::snprintf(buffer, sizeof buffer, "%.*s|%lld|%d",
                                static_cast<int>(std::min<std::size_t>(atc.size(), 16)), atc.data(), milli,
                                static_cast<int>(unit));
    return {buffer, static_cast<std::size_t>(std::max(n, 0))};
}

bool sameScreening(const ProductTable::Entry &a, const ProductTable::Entry &b)
{
    return a.substance == b.substance && a.longActing == b.longActing &&
           a.meqPerUnit.has_value() == b.meqPerUnit.has_value() &&
           (!a.meqPerUnit || a.meqPerUnit->value() == b.meqPerUnit->value());
}
} // namespace

ProductTable::ProductTable(const Formulary &formulary, const Profile &profile)
    : m_impl(std::make_unique<Impl>()), m_profile(&profile)
{
    std::size_t size = 64;
    while (size < formulary.products().size() * 8)
        size *= 2; // sparse: probes rarely go past the first slot
    m_impl->slots.resize(size);
    m_impl->mask = size - 1;
    std::map<std::string, std::uint8_t, std::less<>> substanceIndex;
    for (const Product &p : formulary.products()) {
        auto [it, inserted] =
            substanceIndex.try_emplace(p.substance, static_cast<std::uint8_t>(substanceIndex.size()));
        if (substanceIndex.size() > 64)
            throw InputError(formulary.directory(), "products", {ProblemCode::screen_too_many_substances});
        Entry e;
        e.meqPerUnit = dispensedMeqPerUnit(p, profile);
        if (e.meqPerUnit && !(e.meqPerUnit->value() <= kMaxDispensedMeqPerUnit)) // also NaN
            throw InputError(formulary.directory(), "products: " + p.id,
                             {ProblemCode::screen_unit_too_large, {profileToken(profile.id)}});
        e.substance = it->second;
        e.longActing = p.release == Release::Extended || p.route == Route::Transdermal || p.isPatch();
        std::uint64_t i = quickHash(p.id) & m_impl->mask;
        while (m_impl->slots[i].used)
            i = (i + 1) & m_impl->mask;
        m_impl->slots[i] = {p.id, e, true};
        for (const ProductPack &pk : p.packs)
            m_impl->byVarenummer.emplace(pk.varenummer, e);
        char buffer[64];
        const std::string key(strengthKey(buffer, p.atc, std::llround(p.strength * 1000), p.unit));
        const auto [at, added] = m_impl->byStrength.try_emplace(key, e);
        if (!added && at->second && !sameScreening(*at->second, e)) at->second.reset();
    }
}

ProductTable::~ProductTable() = default;
ProductTable::ProductTable(ProductTable &&) noexcept = default;
ProductTable &ProductTable::operator=(ProductTable &&) noexcept = default;

const ProductTable::Entry *ProductTable::find(std::string_view productId) const
{
    std::uint64_t i = quickHash(productId) & m_impl->mask;
    for (;;) {
        const Impl::Slot &s = m_impl->slots[i];
        if (!s.used) return nullptr;
        if (s.id.size() == productId.size() &&
            std::memcmp(s.id.data(), productId.data(), productId.size()) == 0)
            return &s.entry;
        i = (i + 1) & m_impl->mask;
    }
}

const ProductTable::Entry *ProductTable::findVarenummer(std::string_view varenummer) const
{
    char padded[7] = "000000"; // registers may drop the leading zeros of a numeric vnr
    if (varenummer.empty() || varenummer.size() > 6) return nullptr;
    std::memcpy(padded + 6 - varenummer.size(), varenummer.data(), varenummer.size());
    const auto found = m_impl->byVarenummer.find(std::string_view(padded, 6));
    return found == m_impl->byVarenummer.end() ? nullptr : &found->second;
}

const ProductTable::Entry *ProductTable::findStrength(std::string_view atc, long long strengthMilli,
                                                      StrengthUnit unit, bool &ambiguous) const
{
    char buffer[64];
    std::string upper(atc);
    for (char &c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const auto found = m_impl->byStrength.find(strengthKey(buffer, upper, strengthMilli, unit));
    ambiguous = found != m_impl->byStrength.end() && !found->second;
    return found == m_impl->byStrength.end() || !found->second ? nullptr : &*found->second;
}

SuppressedSummary suppressSmallCells(const ScreenSummary &s, int minCell)
{
    const auto small = [&](std::uint64_t n) {
        return n > 0 && n < static_cast<std::uint64_t>(std::max(minCell, 0));
    };
    const auto cell = [&](std::uint64_t n) {
        return small(n) ? std::nullopt : std::optional<std::uint64_t>(n);
    };
    // A count is also hidden when the rest of its parent group is small (it would give that group away).
    const auto within = [&](std::uint64_t n, std::uint64_t parent) {
        return small(n) || small(parent - std::min(n, parent)) ? std::nullopt
                                                               : std::optional<std::uint64_t>(n);
    };
    SuppressedSummary out;
    out.minCell = minCell;
    out.dataRows = cell(s.dataRows);
    out.skippedRows = cell(s.skippedRows);
    out.rowsInWindow = cell(s.rowsInWindow);
    out.rowsWithoutMeq = cell(s.rowsWithoutMeq);
    out.reversals = cell(s.reversals);
    out.patients = cell(s.patients);
    out.longTerm = within(s.longTerm, s.patients);
    out.shortActingOnly = out.longTerm ? within(s.shortActingOnly, s.longTerm) : std::nullopt;
    out.above60 = within(s.above60, s.patients);
    out.above100 = out.above60 ? within(s.above100, s.above60) : std::nullopt;
    out.multipleOpioids = within(s.multipleOpioids, s.patients);
    return out;
}

} // namespace taper::screen
