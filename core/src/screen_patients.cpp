// Screening: the per-patient map, merging the threads' maps, and the classification (issue 8 definitions).
#include "screen_internal.h"

#include "taper/input_error.h"

#include <Eigen/Core>

#include <algorithm>
#include <bit>
#include <cstring>

namespace taper::screen::detail {

void Aggregate::merge(const Aggregate &o)
{
    if (o.redemptions == 0) return;
    if (redemptions == 0 || o.first < first) first = o.first;
    if (redemptions == 0 || o.last > last) last = o.last;
    redemptions += o.redemptions;
    meqMicro90 += o.meqMicro90;
    substances90 |= o.substances90;
    longActing = longActing || o.longActing;
}

PatientMap::PatientMap() : m_slots(1024), m_mask(1023) {}

std::uint32_t PatientMap::findOrInsert(std::string_view id, std::uint64_t hash)
{
    const auto tag = static_cast<std::uint32_t>(hash >> 32); // bucket and tag
    std::uint64_t i = tag & m_mask;
    for (;;) {
        Slot &s = m_slots[i];
        if (s.index == 0) break;
        if (s.tag == tag) {
            const Aggregate &a = m_items[s.index - 1];
            if (a.idLength == id.size() && this->id(a) == id) return s.index - 1;
        }
        i = (i + 1) & m_mask;
    }
    Aggregate &a = m_items.emplace_back();
    a.idLength = static_cast<std::uint32_t>(id.size());
    if (id.size() <= Aggregate::kInline) {
        std::memcpy(a.idBytes, id.data(), id.size());
    } else {
        const std::uint64_t offset = m_arena.size();
        std::memcpy(a.idBytes, &offset, sizeof offset);
        m_arena.insert(m_arena.end(), id.begin(), id.end());
    }
    m_slots[i] = {tag, static_cast<std::uint32_t>(m_items.size())};
    if (m_items.size() * 2 > m_slots.size()) grow(); // load factor ≤ 1/2
    return static_cast<std::uint32_t>(m_items.size() - 1);
}

void PatientMap::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    m_mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.index == 0) continue;
        std::uint64_t i = s.tag & m_mask; // no need to touch the items
        while (m_slots[i].index != 0) i = (i + 1) & m_mask;
        m_slots[i] = s;
    }
}

void PatientMap::mergeFrom(const PatientMap &other)
{
    for (const Aggregate &o : other.m_items) {
        const std::string_view key = other.id(o);
        m_items[findOrInsert(key, hashBytes(key))].merge(o);
    }
}

ScreenResult finish(std::vector<ChunkState> &chunks, std::uint64_t firstLineOfChunk0, const ProductTable &products,
                    const ScreenOptions &options, const std::string &file, const BadRowHandler &onBadRow)
{
    // Bad rows in file order, with line numbers made global.
    ScreenResult result;
    ScreenSummary &sum = result.summary;
    std::uint64_t offset = firstLineOfChunk0 - 1;
    for (ChunkState &c : chunks) {
        for (BadRow &b : c.badRows) {
            b.line += offset;
            if (onBadRow) onBadRow(b);
            if (options.strict)
                throw InputError(file, "line " + std::to_string(b.line),
                                 std::string(toCode(b.reason)) + (b.value.empty() ? "" : " \"" + b.value + "\""));
        }
        if (c.stopped) break;
        offset += c.lines;
        sum.dataRows += c.counts.dataRows;
        sum.skippedRows += c.counts.skippedRows;
        sum.rowsInWindow += c.counts.rowsInWindow;
        sum.rowsWithoutMeq += c.counts.rowsWithoutMeq;
        std::vector<BadRow>().swap(c.badRows);
    }
    for (std::size_t k = 1; k < chunks.size(); ++k) {
        chunks[0].patients.mergeFrom(chunks[k].patients);
        chunks[k].patients = PatientMap(); // free as we go
    }
    auto map = std::make_shared<PatientMap>(std::move(chunks[0].patients));
    const std::deque<Aggregate> &items = map->aggregates();
    const auto n = static_cast<Eigen::Index>(items.size());

    // Sort by id: first by the leading 8 bytes as a big-endian number (same order as bytewise comparison),
    // then by the whole id where those tie.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keys(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string_view id = map->id(items[i]);
        std::uint64_t prefix = 0;
        for (std::size_t b = 0; b < 8; ++b) prefix = prefix << 8 | (b < id.size() ? static_cast<unsigned char>(id[b]) : 0u);
        keys[i] = {prefix, static_cast<std::uint32_t>(i)};
    }
    std::sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
        if (a.first != b.first) return a.first < b.first;
        return map->id(items[a.second]) < map->id(items[b.second]);
    });

    // Threshold tests on the exact micro-mg sums: avg > T  ⇔  sum > T × days × 1e6 (integers below 2^53 are exact).
    Eigen::ArrayXd meq90(n);
    for (Eigen::Index i = 0; i < n; ++i) meq90[i] = static_cast<double>(items[static_cast<std::size_t>(i)].meqMicro90);
    const auto exceeds = [&](const Threshold &t) -> Eigen::Array<bool, Eigen::Dynamic, 1> {
        const double limit = t.valueMg * options.recentDays * kMicroPerMg;
        if (t.inclusive) return meq90 >= limit;
        return meq90 > limit;
    };
    const Eigen::Array<bool, Eigen::Dynamic, 1> high = exceeds(products.profile().highMeq);
    const Eigen::Array<bool, Eigen::Dynamic, 1> veryHigh = exceeds(products.profile().veryHighMeq);
    const Eigen::ArrayXd avg = meq90 / (kMicroPerMg * options.recentDays);

    result.patients.reserve(items.size());
    for (const auto &[prefix, index] : keys) {
        const Aggregate &a = items[index];
        PatientResult r;
        r.patientId = map->id(a);
        r.redemptions = a.redemptions;
        r.first = Date(date::days(a.first));
        r.last = Date(date::days(a.last));
        r.avgMeq90d = MeqPerDay(avg[index]);
        r.longTerm = a.redemptions >= static_cast<std::uint32_t>(options.longTermMinRedemptions) &&
                     a.last - a.first > options.longTermMinSpanDays;
        r.shortActingOnly = r.longTerm && !a.longActing;
        r.above60 = high[index];
        r.above100 = veryHigh[index];
        r.multipleOpioids = std::popcount(a.substances90) > 1;
        sum.longTerm += r.longTerm;
        sum.shortActingOnly += r.shortActingOnly;
        sum.above60 += r.above60;
        sum.above100 += r.above100;
        sum.multipleOpioids += r.multipleOpioids;
        result.patients.push_back(r);
    }
    sum.patients = result.patients.size();
    result.storage = std::move(map);
    return result;
}

} // namespace taper::screen::detail
