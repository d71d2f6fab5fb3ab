// SPDX-License-Identifier: GPL-3.0-or-later
// Least-waste packs: a small change-making problem over the pack sizes (at most need + largest size
// units, so the table stays small for any real period).
#include "taper/packs.h"

#include <algorithm>
#include <climits>

namespace taper {

std::vector<PackCount> leastWastePacks(int need, const std::vector<int> &sizes)
{
    if (need <= 0 || sizes.empty()) return {};
    const int limit = need + sizes.back();
    // best[n]: fewest packs summing to exactly n units (INT_MAX: impossible); last[n]: the size added last.
    std::vector<int> best(static_cast<std::size_t>(limit) + 1, INT_MAX),
        last(static_cast<std::size_t>(limit) + 1, 0);
    best[0] = 0;
    for (int n = 1; n <= limit; ++n)
        for (int size : sizes)
            if (size <= n && best[n - size] != INT_MAX && best[n - size] + 1 < best[n]) {
                best[n] = best[n - size] + 1;
                last[n] = size;
            }
    int total = need;
    while (total <= limit && best[total] == INT_MAX)
        ++total;
    std::vector<PackCount> packs;
    for (int n = total; n > 0; n -= last[n]) {
        auto found =
            std::find_if(packs.begin(), packs.end(), [&](const PackCount &p) { return p.units == last[n]; });
        if (found == packs.end())
            packs.push_back({last[n], 1, {}});
        else
            ++found->count;
    }
    std::sort(packs.begin(), packs.end(),
              [](const PackCount &a, const PackCount &b) { return a.units > b.units; });
    return packs;
}

std::vector<PeriodPacks> periodPacks(const std::vector<Dispense> &dispense)
{
    std::vector<PeriodPacks> out;
    for (const Dispense &d : dispense) {
        PeriodPacks p;
        p.product = d.product;
        p.unitsNeeded = (d.units.value + 1) / 2;
        p.packs = leastWastePacks(p.unitsNeeded, d.product->packSizes);
        for (PackCount &pc : p.packs) {
            p.unitsInPacks += pc.units * pc.count;
            int numbered = 0;
            for (const ProductPack &pk : d.product->packs)
                if (pk.units == pc.units && ++numbered == 1) pc.varenummer = pk.varenummer;
            if (numbered > 1) pc.varenummer.clear();
        }
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace taper
