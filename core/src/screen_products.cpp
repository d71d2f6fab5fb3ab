// Screening: per-product lookup (dispensed MEQ per unit, opioid substance, long-acting flag).
#include "screen_internal.h"

#include "taper/input_error.h"

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
};

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

} // namespace taper::screen
