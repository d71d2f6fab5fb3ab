// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/formulary.h"

#include <algorithm>
#include <numeric>

namespace taper {

namespace {

template <class T> const T *findById(const std::vector<T> &items, std::string_view id)
{
    auto it = std::find_if(items.begin(), items.end(), [&](const T &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
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

template <class T>
std::vector<std::string> closest(const std::vector<T> &items, std::string_view unknown, std::size_t max)
{
    // Ids are short; an "unknown" id of many kilobytes (a bad or hostile file) gets no suggestion
    // rather than an edit distance costing its length times every id.
    constexpr std::size_t kLongestSuggestible = 100;
    if (unknown.size() > kLongestSuggestible) return {};
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const auto &item : items) {
        std::size_t d = editDistance(unknown, item.id);
        // A prefix or contained match ("oxynorm" for "oxynorm-20") counts as close.
        if (item.id.find(unknown) != std::string::npos || unknown.find(item.id) != std::string_view::npos)
            d = std::min<std::size_t>(d, 1);
        scored.emplace_back(d, item.id);
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (const auto &[d, id] : scored) {
        if (out.size() == max) break;
        if (d <= std::max<std::size_t>(3, unknown.size() / 2)) out.push_back(id);
    }
    return out;
}

} // namespace

double ConversionFactor::factorFor(double dailyAmount) const
{
    if (factor) return *factor;
    for (const auto &tier : tiers)
        if (!tier.upTo || dailyAmount <= *tier.upTo) return tier.factor;
    return tiers.back().factor;
}

const ConversionFactor *Profile::factorFor(std::string_view substance, Route route) const
{
    for (const auto &f : factors)
        if (f.route == route && f.substance == substance) return &f;
    return nullptr;
}

const Exclusion *Profile::exclusionFor(std::string_view substance, Route route) const
{
    for (const auto &e : excluded)
        if (e.route == route && e.substance == substance) return &e;
    return nullptr;
}

namespace {
template <class T, class Index>
const T *lookup(const std::vector<T> &items, const Index &index, std::string_view id)
{
    auto it = index.find(id);
    return it == index.end() ? nullptr : &items[it->second];
}

template <class T, class Index> void indexById(const std::vector<T> &items, Index &index)
{
    index.clear();
    for (std::size_t i = 0; i < items.size(); ++i)
        index.emplace(items[i].id, i);
}
} // namespace

void Formulary::buildIndices()
{
    indexById(m_sources, m_sourceIndex);
    indexById(m_substances, m_substanceIndex);
    indexById(m_products, m_productIndex);
    indexById(m_profiles, m_profileIndex);
}

const Source *Formulary::source(std::string_view id) const
{
    return lookup(m_sources, m_sourceIndex, id);
}
const Substance *Formulary::substance(std::string_view id) const
{
    return lookup(m_substances, m_substanceIndex, id);
}
const Product *Formulary::product(std::string_view id) const
{
    return lookup(m_products, m_productIndex, id);
}
const Profile *Formulary::profile(std::string_view id) const
{
    return lookup(m_profiles, m_profileIndex, id);
}

std::vector<const Product *> Formulary::productsForListing() const
{
    std::vector<const Product *> out;
    out.reserve(m_products.size());
    for (MarketStatus status : {MarketStatus::Marketed, MarketStatus::PermitOnly, MarketStatus::Withdrawn})
        for (const Product &p : m_products)
            if (p.marketStatus == status) out.push_back(&p);
    return out;
}

const AtcGroup *Formulary::atcGroup(std::string_view id) const
{
    return findById(m_atcGroups, id);
}

const AtcGroup *Formulary::groupForAtc(std::string_view atc) const
{
    for (const auto &g : m_atcGroups)
        if (g.matches(atc)) return &g;
    return nullptr;
}

std::vector<std::string> Formulary::closestSubstances(std::string_view unknown, std::size_t max) const
{
    return closest(m_substances, unknown, max);
}

std::vector<std::string> Formulary::closestProducts(std::string_view unknown, std::size_t max) const
{
    return closest(m_products, unknown, max);
}

std::vector<std::string> Formulary::profileIds() const
{
    std::vector<std::string> ids;
    for (const auto &p : m_profiles)
        ids.push_back(p.id);
    return ids;
}

std::optional<double> Formulary::absurdDoseLimit(std::string_view substance, Route route, DoseUnit unit) const
{
    constexpr double kFactor = 20.0;
    const StrengthUnit strengthUnit =
        unit == DoseUnit::McgPerHour ? StrengthUnit::McgPerHour : StrengthUnit::Mg;
    double largest = 0;
    for (const auto &p : m_products)
        if (p.substance == substance && p.unit == strengthUnit) largest = std::max(largest, p.strength);
    if (largest > 0) return kFactor * (unit == DoseUnit::Mcg ? largest * 1000.0 : largest);

    // No Danish product in this unit: bound by morphine equivalents instead.
    double morphineLargest = 0;
    for (const auto &p : m_products)
        if (p.substance == "morphine" && p.route == Route::Oral && p.unit == StrengthUnit::Mg)
            morphineLargest = std::max(morphineLargest, p.strength);
    double highestFactor = 0;
    for (const auto &profile : m_profiles)
        if (const auto *f = profile.factorFor(substance, route))
            for (double v : {f->range.second, f->factor.value_or(0.0)}) {
                double perUnit = v;
                if (f->basis == FactorBasis::PerMcg && unit == DoseUnit::Mg) perUnit = v * 1000.0;
                if (f->basis == FactorBasis::PerMg && unit == DoseUnit::Mcg) perUnit = v / 1000.0;
                highestFactor = std::max(highestFactor, perUnit);
            }
    if (morphineLargest <= 0 || highestFactor <= 0) return std::nullopt;
    return kFactor * morphineLargest / highestFactor;
}

} // namespace taper
