// SPDX-License-Identifier: GPL-3.0-or-later
// Screening: the per-patient map, merging the threads' maps, and the classification (issue 8 definitions).
#include "screen_internal.h"

#include "taper/input_error.h"

#include <Eigen/Core>

#include <algorithm>
#include <bit>
#include <cstring>
#include <future>
#include <thread>

namespace taper::screen::detail {

void Aggregate::merge(const Aggregate &o)
{
    addSaturating(reversals, o.reversals);
    addSaturating(reversedMeqMicro90, o.reversedMeqMicro90);
    if (o.redemptions == 0) return;
    if (redemptions == 0 || o.first < first) first = o.first;
    if (redemptions == 0 || o.last > last) last = o.last;
    addSaturating(redemptions, o.redemptions);
    addSaturating(meqMicro90, o.meqMicro90);
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
            const Aggregate &a = item(s.index - 1);
            if (a.idLength == id.size() && this->id(a) == id) return s.index - 1;
        }
        i = (i + 1) & m_mask;
    }
    if (m_size >= kMaxPatients) throw InputError("", "patients", {ProblemCode::screen_too_many_patients});
    if ((m_size & kBlockMask) == 0) m_blocks.emplace_back(std::size_t{1} << kBlockBits);
    Aggregate &a = item(m_size++);
    a.idLength = static_cast<std::uint32_t>(id.size());
    if (id.size() <= Aggregate::kInline) {
        std::memcpy(a.idBytes, id.data(), id.size());
    } else {
        const std::uint64_t offset = m_arena.size();
        std::memcpy(a.idBytes, &offset, sizeof offset);
        m_arena.insert(m_arena.end(), id.begin(), id.end());
    }
    m_slots[i] = {tag, m_size};
    if (std::size_t{m_size} * 2 > m_slots.size()) grow(); // load factor ≤ 1/2
    return m_size - 1;
}

void PatientMap::grow()
{
    HugeArray<Slot> old(m_slots.size() * 2);
    std::swap(old, m_slots);
    m_mask = m_slots.size() - 1;
    for (std::size_t k = 0; k < old.size(); ++k) {
        const Slot &s = old[k];
        if (s.index == 0) continue;
        std::uint64_t i = s.tag & m_mask; // no need to touch the items
        while (m_slots[i].index != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = s;
    }
}

void PatientMap::mergeFrom(const PatientMap &other)
{
    // In batches: hash and prefetch, then merge (the lookups are cache misses, as when parsing).
    constexpr std::uint32_t kBatch = 64;
    std::uint64_t hashes[kBatch];
    for (std::uint32_t start = 0; start < other.m_size; start += kBatch) {
        const std::uint32_t n = std::min(kBatch, other.m_size - start);
        for (std::uint32_t k = 0; k < n; ++k)
            prefetchSlot(hashes[k] = hashBytes(other.id(other.item(start + k))));
        for (std::uint32_t k = 0; k < n; ++k)
            prefetchItem(hashes[k]);
        for (std::uint32_t k = 0; k < n; ++k) {
            const Aggregate &o = other.item(start + k);
            item(findOrInsert(other.id(o), hashes[k])).merge(o);
        }
    }
}

namespace {

using IdOrder = std::vector<std::pair<std::uint64_t, std::uint32_t>>; ///< (id prefix, patient index)

/// Reports the bad rows in file order with global line numbers (thrown at the first with --strict) and
/// adds up the chunks' row counts, up to the chunk that stopped.
void gatherRows(std::vector<ChunkState> &chunks, std::uint64_t firstLineOfChunk0,
                const ScreenOptions &options, const std::string &file, const BadRowHandler &onBadRow,
                ScreenSummary &sum)
{
    std::uint64_t offset = firstLineOfChunk0 - 1;
    for (ChunkState &c : chunks) {
        for (BadRow &b : c.badRows) {
            b.line += offset;
            if (onBadRow) onBadRow(b);
            if (options.strict)
                throw InputError(file, "line " + std::to_string(b.line),
                                 b.value.empty()
                                     ? Problem{ProblemCode::screen_bad_row, {std::string(toCode(b.reason))}}
                                     : Problem{ProblemCode::screen_bad_row_value,
                                               {std::string(toCode(b.reason)), b.value}});
        }
        if (c.stopped) break;
        offset += c.lines;
        sum.dataRows += c.counts.dataRows;
        sum.skippedRows += c.counts.skippedRows;
        sum.rowsInWindow += c.counts.rowsInWindow;
        sum.rowsWithoutMeq += c.counts.rowsWithoutMeq;
        sum.reversals += c.counts.reversals;
        std::vector<BadRow>().swap(c.badRows);
    }
}

/// The patients in id order: first by the leading 8 bytes as a big-endian number (the same order as
/// bytewise comparison), then by the whole id where those tie. Two halves on two threads when
/// `parallel`, then one merge (the sort is most of the serial tail).
IdOrder orderById(const PatientMap &items, bool parallel)
{
    IdOrder keys(items.size());
    for (std::uint32_t i = 0; i < items.size(); ++i) {
        const std::string_view id = items.id(items.item(i));
        std::uint64_t prefix = 0;
        for (std::size_t b = 0; b < 8; ++b)
            prefix = prefix << 8 | (b < id.size() ? static_cast<unsigned char>(id[b]) : 0u);
        keys[i] = {prefix, i};
    }
    const auto byId = [&](const auto &a, const auto &b) {
        if (a.first != b.first) return a.first < b.first;
        return items.id(items.item(a.second)) < items.id(items.item(b.second));
    };
    const auto middle = keys.begin() + static_cast<std::ptrdiff_t>(parallel ? keys.size() / 2 : keys.size());
    auto upper = std::async(parallel ? std::launch::async : std::launch::deferred,
                            [&] { std::sort(middle, keys.end(), byId); });
    std::sort(keys.begin(), middle, byId);
    upper.get();
    std::inplace_merge(keys.begin(), middle, keys.end(), byId);
    return keys;
}

/// Each patient's dispensed MEQ over the recent days in micro-mg (exact integers below 2^53). A saturated
/// total needs about a million rows at the units bound for one patient: not a real extract, refused.
Eigen::ArrayXd recentMeqMicro(const PatientMap &items, const ScreenOptions &options, const std::string &file)
{
    Eigen::ArrayXd meq90(static_cast<Eigen::Index>(items.size()));
    for (Eigen::Index i = 0; i < meq90.size(); ++i) {
        const Aggregate &a = items.item(static_cast<std::uint32_t>(i));
        if (a.saturated())
            throw InputError(file, "patient totals",
                             {ProblemCode::screen_total_too_large, {std::to_string(options.recentDays)}});
        meq90[i] = static_cast<double>(a.netMeqMicro90());
    }
    return meq90;
}

void addFlagCounts(ScreenSummary &sum, const ScreenSummary &more)
{
    sum.longTerm += more.longTerm;
    sum.shortActingOnly += more.shortActingOnly;
    sum.above60 += more.above60;
    sum.above100 += more.above100;
    sum.multipleOpioids += more.multipleOpioids;
}

} // namespace

ScreenResult finish(std::vector<ChunkState> &chunks, std::uint64_t firstLineOfChunk0,
                    const ProductTable &products, const ScreenOptions &options, const std::string &file,
                    const BadRowHandler &onBadRow)
{
    ScreenResult result;
    ScreenSummary &sum = result.summary;
    gatherRows(chunks, firstLineOfChunk0, options, file, onBadRow, sum);
    for (std::size_t k = 1; k < chunks.size(); ++k) {
        chunks[0].patients.mergeFrom(chunks[k].patients);
        chunks[k].patients = PatientMap(); // free as we go
    }
    auto map = std::make_shared<PatientMap>(std::move(chunks[0].patients));
    const PatientMap &items = *map;
    const bool parallel =
        items.size() > 100000 && std::thread::hardware_concurrency() > 1 && options.threads != 1;
    IdOrder keys = orderById(items, parallel);
    // Patients whose redemptions in the window were all reversed are not listed.
    std::erase_if(keys, [&](const auto &k) { return items.item(k.second).netRedemptions() == 0; });

    // Threshold tests on the exact micro-mg sums: avg > T  ⇔  sum > T × days × 1e6.
    const Eigen::ArrayXd meq90 = recentMeqMicro(items, options, file);
    const auto exceeds = [&](const Threshold &t) -> Eigen::Array<bool, Eigen::Dynamic, 1> {
        const double limit = t.valueMg * options.recentDays * kMicroPerMg;
        if (t.inclusive) return meq90 >= limit;
        return meq90 > limit;
    };
    const Eigen::Array<bool, Eigen::Dynamic, 1> high = exceeds(products.profile().highMeq);
    const Eigen::Array<bool, Eigen::Dynamic, 1> veryHigh = exceeds(products.profile().veryHighMeq);
    const Eigen::ArrayXd avg = meq90 / (kMicroPerMg * options.recentDays);

    result.patients.resize(keys.size());
    const auto classify = [&](std::size_t from, std::size_t to, ScreenSummary &counts) {
        for (std::size_t k = from; k < to; ++k) {
            const std::uint32_t index = keys[k].second;
            const Aggregate &a = items.item(index);
            PatientResult &r = result.patients[k];
            r.patientId = map->id(a);
            r.redemptions = a.netRedemptions();
            r.first = Date(date::days(a.first));
            r.last = Date(date::days(a.last));
            r.avgMeq90d = MeqPerDay(avg[index]);
            r.longTerm = r.redemptions >= static_cast<std::uint32_t>(options.longTermMinRedemptions) &&
                         a.last - a.first > options.longTermMinSpanDays;
            r.shortActingOnly = r.longTerm && !a.longActing;
            r.above60 = high[index];
            r.above100 = veryHigh[index];
            r.multipleOpioids = std::popcount(a.substances90) > 1;
            counts.longTerm += r.longTerm;
            counts.shortActingOnly += r.shortActingOnly;
            counts.above60 += r.above60;
            counts.above100 += r.above100;
            counts.multipleOpioids += r.multipleOpioids;
        }
    };
    ScreenSummary upperCounts;
    const std::size_t half = parallel ? keys.size() / 2 : keys.size();
    auto upperHalf = std::async(parallel ? std::launch::async : std::launch::deferred,
                                [&] { classify(half, keys.size(), upperCounts); });
    classify(0, half, sum);
    upperHalf.get();
    addFlagCounts(sum, upperCounts);
    sum.patients = result.patients.size();
    result.storage = std::move(map);
    return result;
}

} // namespace taper::screen::detail
