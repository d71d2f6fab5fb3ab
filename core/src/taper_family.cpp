// SPDX-License-Identifier: GPL-3.0-or-later
// Product families and the amounts one administration can hold (docs/taper.md, "Achievable amounts").
#include "taper/meq.h"
#include "taper_internal.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace taper::detail {

Centi toCenti(double amount)
{
    return static_cast<Centi>(std::llround(amount * 100.0));
}

double fromCenti(Centi amount)
{
    return static_cast<double>(amount) / 100.0;
}

namespace {

enum class FormGroup { Solid, Granules, Solution, Suppository, Injection, Patch };

FormGroup groupOf(Form form)
{
    switch (form) {
    case Form::DepotGranules:
        return FormGroup::Granules;
    case Form::OralSolution:
        return FormGroup::Solution;
    case Form::Suppository:
        return FormGroup::Suppository;
    case Form::Injection:
        return FormGroup::Injection;
    case Form::Patch:
        return FormGroup::Patch;
    default:
        return FormGroup::Solid;
    }
}

bool isSolution(const Product &p)
{
    return p.unit == StrengthUnit::MgPerMl;
}

/// Halves of one unit allowed in one administration: divisible tablets and solutions (0.5 ml).
bool halvesAllowed(const Product &p)
{
    return (p.divisible && p.release == Release::Immediate && !p.isPatch()) || isSolution(p);
}

constexpr int kMaxSolutionHalves = 40; ///< 20 ml per administration

/// Enumerates every combination of up to `unitCap` units (a solution volume counts as one measure)
/// from at most two products, and keeps per (amount, product set) the one with the fewest units.
void enumerate(const std::vector<const Product *> &products, std::size_t at, int piecesLeft, Combo &partial,
               std::map<std::pair<Centi, std::uint32_t>, Combo> &best)
{
    if (at == products.size()) {
        auto [it, inserted] = best.try_emplace({partial.amount, partial.mask}, partial);
        if (!inserted && partial.pieces < it->second.pieces) it->second = partial;
        return;
    }
    const Product &p = *products[at];
    const Centi half = toCenti(p.strength) / 2;
    const int step = halvesAllowed(p) ? 1 : 2;
    const int maxHalves = partial.parts.size() >= 2 ? 0
                          : isSolution(p)           ? (piecesLeft > 0 ? kMaxSolutionHalves : 0)
                                                    : 2 * piecesLeft;
    for (int h = 0; h <= maxHalves; h += step) {
        const int pieces = h == 0 ? 0 : (isSolution(p) ? 1 : (h + 1) / 2);
        if (pieces > piecesLeft) break;
        if (h > 0) {
            partial.parts.push_back({&p, h});
            partial.mask |= 1u << at;
        }
        partial.amount += half * h;
        partial.pieces += pieces;
        enumerate(products, at + 1, piecesLeft - pieces, partial, best);
        partial.amount -= half * h;
        partial.pieces -= pieces;
        if (h > 0) {
            partial.parts.pop_back();
            partial.mask &= ~(1u << at);
        }
    }
}

/// One product per strength (the first in `preferred` order), largest first, with its combos.
Family makeFamily(std::vector<const Product *> products, const Product *preferred, int slots, int unitCap)
{
    std::stable_sort(products.begin(), products.end(), [&](const Product *a, const Product *b) {
        const bool pa = preferred && a->brand == preferred->brand,
                   pb = preferred && b->brand == preferred->brand;
        return pa > pb;
    });
    Family f;
    for (const Product *p : products)
        if (std::none_of(f.products.begin(), f.products.end(),
                         [&](const Product *q) { return q->strength == p->strength; }))
            f.products.push_back(p);
    std::stable_sort(f.products.begin(), f.products.end(),
                     [](const Product *a, const Product *b) { return a->strength > b->strength; });
    if (f.products.size() > 32) f.products.resize(32); // product masks are 32 bits
    if (f.products.empty()) return f;
    const Product &any = *f.products.front();
    f.slots = slots;
    f.patch = any.isPatch();
    f.emptySlots = any.release == Release::Immediate || f.patch;
    if (f.patch) f.wearDays = (any.wearHours.value_or(24) + 23) / 24;
    std::map<std::pair<Centi, std::uint32_t>, Combo> best;
    Combo partial;
    enumerate(f.products, 0, unitCap, partial, best);
    for (auto &[key, combo] : best)
        f.amounts.push_back(std::move(combo));
    std::stable_sort(f.amounts.begin(), f.amounts.end(), [](const Combo &a, const Combo &b) {
        return a.amount != b.amount ? a.amount < b.amount : a.pieces < b.pieces;
    });
    return f;
}

template <class Pred>
std::vector<const Product *> select(const Formulary &formulary, Availability avail, Pred pred)
{
    std::vector<const Product *> out;
    for (const Product &p : formulary.products())
        if (p.marketStatus == MarketStatus::Marketed && avail.admits(p) && pred(p)) out.push_back(&p);
    return out;
}

/// Products that may stand in for each other: both single-substance, or both the same brand of
/// combination (Pinex comp and Kodimagnyl both hold codeine but different partners and amounts).
bool sameCombination(const Product &a, const Product &b)
{
    if (a.combination.empty() || b.combination.empty()) return a.combination.empty() && b.combination.empty();
    return a.brand == b.brand;
}

int slotsForInterval(std::optional<int> hours)
{
    return hours && *hours > 0 && *hours < 24 ? 24 / *hours : 1;
}

} // namespace

Family familyForProduct(const Product &product, const Formulary &formulary, int unitCap, Availability avail)
{
    avail.own = &product;
    if (product.isPatch()) return patchFamily(product.substance, &product, 0, formulary, avail);
    auto products = select(formulary, avail, [&](const Product &p) {
        return p.substance == product.substance && p.route == product.route && p.release == product.release &&
               p.dosingIntervalHours == product.dosingIntervalHours &&
               groupOf(p.form) == groupOf(product.form) && sameCombination(p, product);
    });
    return makeFamily(std::move(products), &product, slotsForInterval(product.dosingIntervalHours), unitCap);
}

Family depotFamily(const std::string &substance, Route route, const Formulary &formulary, int unitCap,
                   Availability avail)
{
    auto products = select(formulary, avail, [&](const Product &p) {
        return p.substance == substance && p.route == route && p.release == Release::Extended &&
               !p.isPatch() && groupOf(p.form) == FormGroup::Solid && p.combination.empty() &&
               p.dosingIntervalHours;
    });
    if (products.empty()) return {};
    // Prefer the 12-hour family (the Danish standard); otherwise the shortest interval present.
    int interval = *products.front()->dosingIntervalHours;
    for (const Product *p : products)
        if (*p->dosingIntervalHours == 12 || (interval != 12 && *p->dosingIntervalHours < interval))
            interval = *p->dosingIntervalHours;
    std::erase_if(products, [&](const Product *p) { return *p->dosingIntervalHours != interval; });
    return makeFamily(std::move(products), nullptr, slotsForInterval(interval), unitCap);
}

Family immediateFamily(const std::string &substance, Route route, const Formulary &formulary, int unitCap,
                       Availability avail, bool preferSolution)
{
    const std::array<FormGroup, 2> order = preferSolution ? std::array{FormGroup::Solution, FormGroup::Solid}
                                                          : std::array{FormGroup::Solid, FormGroup::Solution};
    for (FormGroup group : order) {
        auto products = select(formulary, avail, [&](const Product &p) {
            return p.substance == substance && p.route == route && p.release == Release::Immediate &&
                   groupOf(p.form) == group && p.combination.empty();
        });
        if (products.empty()) continue;
        if (group == FormGroup::Solution) { // one measure: the weakest solution (finest steps)
            auto weakest =
                std::min_element(products.begin(), products.end(), [](const Product *a, const Product *b) {
                    return a->strength < b->strength;
                });
            products = {*weakest};
        }
        return makeFamily(std::move(products), nullptr, 1, unitCap);
    }
    return {};
}

Family patchFamily(const std::string &substance, const Product *named, Centi rate, const Formulary &formulary,
                   Availability avail)
{
    constexpr int kMaxPatches = 4;
    std::vector<int> wears;
    if (named && named->wearHours) wears.push_back(*named->wearHours);
    for (const Product &p : formulary.products())
        if (p.substance == substance && p.isPatch() && p.wearHours &&
            std::find(wears.begin(), wears.end(), *p.wearHours) == wears.end())
            wears.push_back(*p.wearHours);
    Family fallback;
    for (int wear : wears) {
        auto products = select(formulary, avail, [&](const Product &p) {
            return p.substance == substance && p.isPatch() && p.wearHours == wear;
        });
        Family f = makeFamily(std::move(products), named, 1, kMaxPatches);
        if (!f.valid()) continue;
        if (named ||
            std::any_of(f.amounts.begin(), f.amounts.end(), [&](const Combo &c) { return c.amount == rate; }))
            return f;
        if (!fallback.valid()) fallback = std::move(f);
    }
    return fallback;
}

Family smallerPatchFamily(const std::string &substance, Centi below, const Formulary &formulary,
                          Availability avail)
{
    constexpr int kMaxPatches = 4;
    Family best;
    std::vector<int> wears;
    for (const Product &p : formulary.products())
        if (p.substance == substance && p.isPatch() && p.wearHours &&
            std::find(wears.begin(), wears.end(), *p.wearHours) == wears.end())
            wears.push_back(*p.wearHours);
    for (int wear : wears) {
        Family f =
            makeFamily(select(formulary, avail,
                              [&](const Product &p) {
                                  return p.substance == substance && p.isPatch() && p.wearHours == wear;
                              }),
                       nullptr, 1, kMaxPatches);
        if (!f.valid() || f.amounts.size() < 2 || f.amounts[1].amount >= below) continue;
        if (!best.valid() || f.amounts[1].amount < best.amounts[1].amount) best = std::move(f);
    }
    return best;
}

void measureMeq(Family &family, const Profile &profile, const Formulary &formulary, Date asOf)
{
    const Product &p = *family.products.back();
    Step one; // one unit a day (one patch worn)
    StepDose d;
    d.product = &p;
    d.unitsPerDay = HalfUnits{2};
    if (!p.isPatch()) d.unitsByTime = std::array<HalfUnits, 4>{HalfUnits{2}, {}, {}, {}};
    one.doses.push_back(d);
    const Regimen r = stepRegimen(one, asOf);
    const MeqResult m = meq::compute(r, profile, formulary);
    if (!m.lines[0].meq)
        throw InputError(
            "", "profile",
            {ProblemCode::profile_does_not_convert_route,
             {profileToken(profile.id), substanceToken(p.substance), std::string(toString(p.route))}});
    family.meqPerCenti = m.lines[0].meq->value() / static_cast<double>(toCenti(p.strength));
}

const Combo *comboAtMost(const Family &family, Centi amount)
{
    auto it = std::upper_bound(family.amounts.begin(), family.amounts.end(), amount,
                               [](Centi a, const Combo &c) { return a < c.amount; });
    if (it == family.amounts.begin()) return nullptr;
    const Centi best = std::prev(it)->amount;
    while (it != family.amounts.begin() && std::prev(it)->amount == best)
        --it;
    return &*it; // the fewest units for that amount
}

} // namespace taper::detail
