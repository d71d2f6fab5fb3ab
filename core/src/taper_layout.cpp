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
    const std::array<int, 4> rank = larger == LargerDose::Evening ? std::array<int, 4>{3, 2, 0, 1}
                                                                  : std::array<int, 4>{0, 1, 2, 3};
    std::stable_sort(positions.begin(), positions.end(), [&](int a, int b) { return rank[a] < rank[b]; });
    return positions;
}

std::vector<Layout> layouts(const Family &family, LargerDose larger)
{
    std::map<Centi, std::pair<Centi, Layout>> best; // total → (spread, layout)
    auto offer = [&](Layout l, Centi spread) {
        auto [it, inserted] = best.try_emplace(l.total, spread, l);
        if (!inserted && spread < it->second.first) it->second = {spread, std::move(l)};
    };
    const auto &a = family.amounts;
    const int m = static_cast<int>(a.size());
    Layout zero;
    zero.slotAmount.assign(4, 0);
    offer(zero, 0);
    if (family.uniform) {
        for (int t = family.slots; t >= 1; --t)
            for (int i = 1; i < m; ++i) {
                Layout l;
                l.total = a[i].amount * t;
                l.times = t;
                l.amountIndex = i;
                best.try_emplace(l.total, 0, l); // keeps the most administrations for a total
            }
    } else {
        const std::vector<int> positions = slotPositions(family.slots, larger);
        const int n = static_cast<int>(positions.size());
        for (int i = family.emptySlots ? 0 : 1; i < m; ++i)
            for (int k = 0; k <= n; ++k) {
                if (k > 0 && i + 1 >= m) break;
                Layout l;
                l.slotAmount.assign(4, 0);
                for (int s = 0; s < n; ++s) l.slotAmount[positions[s]] = s < k ? i + 1 : i;
                l.total = a[i].amount * (n - k) + (k > 0 ? a[i + 1].amount * k : 0);
                offer(std::move(l), k > 0 && k < n ? a[i + 1].amount - a[i].amount : 0);
            }
    }
    std::vector<Layout> out;
    out.reserve(best.size());
    for (auto &[total, entry] : best) out.push_back(std::move(entry.second));
    return out;
}

void buildCandidates(Component &c, LargerDose larger)
{
    c.candidates = layouts(c.main, larger);
    if (!c.tail.valid() || c.candidates.size() < 2) return;
    const Centi floor = c.candidates[1].total;
    std::vector<Layout> tail = layouts(c.tail, larger);
    std::vector<Layout> merged{c.candidates.front()};
    for (auto &l : tail)
        if (l.total > 0 && l.total < floor) {
            l.tail = true;
            merged.push_back(std::move(l));
        }
    merged.insert(merged.end(), std::make_move_iterator(c.candidates.begin() + 1),
                  std::make_move_iterator(c.candidates.end()));
    c.candidates = std::move(merged);
}

std::size_t candidateAtMost(const Component &c, Centi amount)
{
    auto it = std::upper_bound(c.candidates.begin(), c.candidates.end(), amount,
                               [](Centi v, const Layout &l) { return v < l.total; });
    return it == c.candidates.begin() ? 0 : static_cast<std::size_t>(it - c.candidates.begin() - 1);
}

MeqPerDay Component::meqAt(std::size_t candidate) const
{
    const Layout &l = candidates[candidate];
    return MeqPerDay(static_cast<double>(l.total) * familyOf(l).meqPerCenti);
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
    const Layout &l = c.candidates[c.current];
    const Family &f = c.familyOf(l);
    if (f.uniform && l.times <= 4) { // fewer administrations than the line had: by time of day
        for (int slot : slotPositions(l.times, LargerDose::Evening))
            for (const Part &part : f.amounts[l.amountIndex].parts) {
                StepDose &d = doseFor(doses, first, part.product, false);
                if (!d.unitsByTime) d.unitsByTime.emplace();
                (*d.unitsByTime)[static_cast<std::size_t>(slot)].value += part.halves;
                d.unitsPerDay.value += part.halves;
            }
    } else if (f.uniform) {
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
