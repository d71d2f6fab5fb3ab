// SPDX-License-Identifier: GPL-3.0-or-later
// Daily totals laid out over a family's administrations, and a component's doses in a step.
#include "taper_internal.h"

#include <algorithm>
#include <map>

namespace taper::detail {

std::vector<int> slotPositions(int slots, LargerDose larger)
{
    static const std::vector<std::vector<int>> base{{0}, {0, 2}, {0, 1, 2}, {0, 1, 2, 3}};
    std::vector<int> positions = base[static_cast<std::size_t>(std::clamp(slots, 1, 4) - 1)];
    // Rank of each time of day for receiving the larger dose.
    const std::array<int, 4> rank =
        larger == LargerDose::Evening ? std::array<int, 4>{3, 2, 0, 1} : std::array<int, 4>{0, 1, 2, 3};
    std::stable_sort(positions.begin(), positions.end(), [&](int a, int b) { return rank[a] < rank[b]; });
    return positions;
}

namespace {

/// Indices into family.amounts grouped by distinct amount, ascending (group 0 is the empty amount).
std::vector<std::vector<int>> groupsByAmount(const Family &family)
{
    std::vector<std::vector<int>> groups;
    for (int i = 0; i < static_cast<int>(family.amounts.size()); ++i) {
        if (groups.empty() || family.amounts[groups.back().front()].amount != family.amounts[i].amount)
            groups.emplace_back();
        groups.back().push_back(i);
    }
    return groups;
}

int bitCount(std::uint32_t m)
{
    int n = 0;
    for (; m; m &= m - 1)
        ++n;
    return n;
}

} // namespace

std::vector<Candidate> layouts(const Family &family, LargerDose larger)
{
    std::map<Centi, Candidate> byTotal;
    auto offer = [&](Layout l) {
        if (bitCount(l.mask) > 2) return;
        Candidate &c = byTotal[l.total];
        c.total = l.total;
        c.options.push_back(std::move(l));
    };
    const auto &a = family.amounts;
    const std::vector<std::vector<int>> groups = groupsByAmount(family);
    const int m = static_cast<int>(groups.size());
    Layout zero;
    zero.slotAmount.assign(4, 0);
    offer(zero);
    if (family.uniform) {
        for (int t = family.slots; t > 4; --t) // ≤ 4 administrations are written by time of day below
            for (int g = 1; g < m; ++g)
                for (int i : groups[g]) {
                    Layout l;
                    l.total = a[i].amount * t;
                    l.times = t;
                    l.amountIndex = i;
                    l.mask = a[i].mask;
                    l.pieces = a[i].pieces * t;
                    l.administrations = t;
                    l.largestAdministration = a[i].amount;
                    offer(std::move(l));
                }
    }
    { // by time of day (≤ 4 administrations); a uniform family also offers these
        const int slots = std::clamp(family.slots, 1, 4);
        // Immediate release may leave slots empty: every number of administrations up to the slots
        // (one administration goes where the larger dose would: the evening by default).
        for (int n = family.emptySlots ? 1 : slots; n <= slots; ++n) {
            const std::vector<int> positions =
                n == 1 ? std::vector<int>{slotPositions(slots, larger).front()} : slotPositions(n, larger);
            for (int g = 1; g < m; ++g)
                for (int k = 0; k < n; ++k) {
                    if (k > 0 && g + 1 >= m) break;
                    const std::vector<int> none{0};
                    const std::vector<int> &high = k > 0 ? groups[g + 1] : none;
                    for (int i : groups[g])
                        for (int j : high) {
                            Layout l;
                            l.slotAmount.assign(4, 0);
                            for (int s = 0; s < n; ++s)
                                l.slotAmount[positions[s]] = s < k ? j : i;
                            l.total = a[i].amount * (n - k) + (k > 0 ? a[j].amount * k : 0);
                            l.mask = a[i].mask | (k > 0 ? a[j].mask : 0);
                            l.pieces = a[i].pieces * (n - k) + (k > 0 ? a[j].pieces * k : 0);
                            l.spread = k > 0 ? a[j].amount - a[i].amount : 0;
                            l.administrations = n;
                            l.largestAdministration = k > 0 ? a[j].amount : a[i].amount;
                            offer(std::move(l));
                        }
                }
        }
    }
    std::vector<Candidate> out;
    out.reserve(byTotal.size());
    // A solution is measured, not counted: its doses stay spread over the day (9 ml morning and evening,
    // not 18 ml once); tablets are laid out with the fewest units first.
    const bool solution = family.valid() && family.products.front()->unit == StrengthUnit::MgPerMl;
    for (auto &[total, c] : byTotal) {
        std::stable_sort(c.options.begin(), c.options.end(), [solution](const Layout &x, const Layout &y) {
            if (solution && x.administrations != y.administrations)
                return x.administrations > y.administrations;
            if (x.pieces != y.pieces) return x.pieces < y.pieces;
            if (x.administrations != y.administrations) return x.administrations > y.administrations;
            return x.spread < y.spread;
        });
        out.push_back(std::move(c));
    }
    return out;
}

void buildCandidates(Component &c, LargerDose larger)
{
    c.candidates = layouts(c.main, larger);
    if (!c.tail.valid() || c.candidates.size() < 2) return;
    const MeqPerDay floor(static_cast<double>(c.candidates[1].total) * c.main.meqPerCenti);
    std::vector<Candidate> tail = layouts(c.tail, larger);
    std::vector<Candidate> merged{c.candidates.front()};
    for (auto &t : tail)
        if (t.total > 0 && static_cast<double>(t.total) * c.tail.meqPerCenti < floor.value() - 1e-9) {
            t.tail = true;
            for (Layout &l : t.options)
                l.tail = true;
            merged.push_back(std::move(t));
        }
    merged.insert(merged.end(), std::make_move_iterator(c.candidates.begin() + 1),
                  std::make_move_iterator(c.candidates.end()));
    c.candidates = std::move(merged);
}

std::size_t candidateAtMost(const Component &c, Centi amount)
{
    // Compared in MEQ: the tail's totals are in its own unit (IR mg, or another patch family's mcg/h).
    const double wanted = static_cast<double>(amount) * c.main.meqPerCenti + 1e-9;
    std::size_t best = 0;
    for (std::size_t i = 1; i < c.candidates.size(); ++i)
        if (c.meqAt(i).value() <= wanted) best = i;
    return best;
}

std::vector<const Product *> productsOf(const Family &family, const Layout &layout)
{
    std::vector<const Product *> out;
    for (std::size_t i = 0; i < family.products.size(); ++i)
        if (layout.mask & (1u << i)) out.push_back(family.products[i]);
    return out;
}

bool Component::admissible(const Layout &l) const
{
    const Family &f = familyOf(l);
    if (!f.emptySlots || f.patch) return true;
    if (startLargestAdministration > 0 && !l.tail && l.largestAdministration > startLargestAdministration)
        return false;
    return current == 0 || layout.administrations == 0 || l.administrations <= layout.administrations;
}

bool Component::moveTo(std::size_t index)
{
    const Candidate &cand = candidates[index];
    const std::vector<const Product *> now =
        current > 0 ? productsOf(familyOf(layout), layout) : std::vector<const Product *>{};
    const Layout *best = nullptr;
    bool bestKeeps = false;
    for (const Layout &l : cand.options) {
        if (!admissible(l)) continue;
        const std::vector<const Product *> used = productsOf(familyOf(l), l);
        const bool keeps = !now.empty() && l.pieces <= std::max(layout.pieces, cand.options.front().pieces) &&
                           std::all_of(used.begin(), used.end(), [&](const Product *p) {
                               return std::find(now.begin(), now.end(), p) != now.end();
                           });
        if (!best || (keeps && !bestKeeps)) {
            best = &l;
            bestKeeps = keeps;
        }
    }
    if (!best) return false;
    layout = *best;
    current = index;
    return true;
}

MeqPerDay Component::meqAt(std::size_t candidate) const
{
    const Candidate &c = candidates[candidate];
    return MeqPerDay(static_cast<double>(c.total) * familyOf(c).meqPerCenti);
}

MeqPerDay Component::meq() const
{
    if (kind == Kind::Prn) return MeqPerDay(static_cast<double>(prnDose.amount * prnMax) * main.meqPerCenti);
    return meqAt(current);
}

namespace {

StepDose &doseFor(std::vector<StepDose> &doses, std::size_t first, const Product *p, bool prn)
{
    for (std::size_t i = first; i < doses.size(); ++i)
        if (doses[i].product == p && doses[i].prn == prn) return doses[i];
    StepDose d;
    d.product = p;
    d.prn = prn;
    doses.push_back(d);
    return doses.back();
}

void addComponent(const Component &c, std::vector<StepDose> &doses)
{
    const std::size_t first = doses.size();
    if (c.kind == Component::Kind::Prn) {
        for (const Part &part : c.prnDose.parts) {
            StepDose &d = doseFor(doses, first, part.product, true);
            d.timesPerDay = c.prnMax;
            d.unitsPerAdministration = HalfUnits{part.halves};
            d.unitsPerDay = HalfUnits{part.halves * c.prnMax};
        }
        return;
    }
    const Layout &l = c.layout;
    const Family &f = c.familyOf(l);
    if (l.times > 0 && l.times <= 4) { // fewer administrations than the line had: by time of day
        for (int slot : slotPositions(l.times, LargerDose::Evening))
            for (const Part &part : f.amounts[l.amountIndex].parts) {
                StepDose &d = doseFor(doses, first, part.product, false);
                if (!d.unitsByTime) d.unitsByTime.emplace();
                (*d.unitsByTime)[static_cast<std::size_t>(slot)].value += part.halves;
                d.unitsPerDay.value += part.halves;
            }
    } else if (l.times > 0) {
        for (const Part &part : f.amounts[l.amountIndex].parts) {
            StepDose &d = doseFor(doses, first, part.product, false);
            d.timesPerDay = l.times;
            d.unitsPerAdministration = HalfUnits{part.halves};
            d.unitsPerDay = HalfUnits{part.halves * l.times};
        }
    } else {
        for (std::size_t slot = 0; slot < 4; ++slot)
            for (const Part &part : f.amounts[l.slotAmount[slot]].parts) {
                StepDose &d = doseFor(doses, first, part.product, false);
                if (!f.patch) {
                    if (!d.unitsByTime) d.unitsByTime.emplace();
                    (*d.unitsByTime)[slot].value += part.halves;
                }
                d.unitsPerDay.value += part.halves;
            }
    }
    std::sort(doses.begin() + static_cast<std::ptrdiff_t>(first), doses.end(),
              [](const StepDose &a, const StepDose &b) { return a.product->strength > b.product->strength; });
}

} // namespace

std::vector<StepDose> stepDoses(const std::vector<Component> &components)
{
    std::vector<StepDose> doses;
    for (const Component &c : components)
        if (c.active()) addComponent(c, doses);
    return doses;
}

} // namespace taper::detail
