// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internals of screening (screen.h): the per-thread line processor and patient map. Not installed.

#include "taper/screen.h"

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <sys/mman.h>
#include <vector>

namespace taper::screen::detail {

/// Dispensed MEQ is summed in whole micro-milligrams (1e-6 mg) so that sums are exact and do not depend on
/// the order rows are read in or how the file is split; each row is rounded once (error < 5e-7 mg).
inline constexpr double kMicroPerMg = 1e6;

/// a += b for b ≥ 0 without overflow: a sum that would pass the type's maximum becomes that maximum and
/// stays there (sticky). Since every term is ≥ 0, a total is saturated exactly when the true total is ≥ the
/// maximum, however the rows were split between threads; finish() refuses such a file.
template <class T> inline void addSaturating(T &a, T b)
{
    if (__builtin_add_overflow(a, b, &a)) a = std::numeric_limits<T>::max();
}

/// A 64-bit hash of the bytes of `s`, eight at a time, with a final mix so that every bit depends on every
/// byte.
inline std::uint64_t hashBytes(std::string_view s)
{
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    if (i < s.size()) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, s.size() - i);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
    }
    h ^= h >> 32;
    h *= 0x94D049BB133111EBull;
    return h ^ (h >> 29);
}

/// A zero-filled array of trivially copyable T in 2 MiB-aligned memory advised for transparent huge pages:
/// the patient map is accessed at random, and with 4 KiB pages nearly every lookup also misses the TLB.
template <class T> class HugeArray {
public:
    HugeArray() = default;
    explicit HugeArray(std::size_t count) : m_size(count)
    {
        constexpr std::size_t kHuge = std::size_t{2} << 20;
        const std::size_t align = count * sizeof(T) >= kHuge ? kHuge : 64;
        const std::size_t bytes = (count * sizeof(T) + align - 1) / align * align;
        void *p = std::aligned_alloc(align, bytes);
        if (!p) throw std::bad_alloc();
        if (align == kHuge) ::madvise(p, bytes, MADV_HUGEPAGE); // a hint: failure only costs speed
        std::memset(p, 0, bytes);
        m_data.reset(static_cast<T *>(p));
    }
    T &operator[](std::size_t i) { return m_data.get()[i]; }
    const T &operator[](std::size_t i) const { return m_data.get()[i]; }
    std::size_t size() const { return m_size; }

private:
    struct Free {
        void operator()(T *p) const { std::free(p); }
    };
    std::unique_ptr<T, Free> m_data;
    std::size_t m_size = 0;
};

/// Positions of the columns in the header, and its number of fields. Redemptions: patient, date, product,
/// units. Lmdb: patient = pnr, date = eksd, product = vnr (or -1), units = apk, and the rest.
struct ColumnLayout {
    InputFormat format = InputFormat::Redemptions;
    int patient = -1, date = -1, product = -1, units = -1;
    int atc = -1, packSize = -1, strNum = -1, strUnit = -1;
    int count = 0;
};
/// Field slots of a split line (LineProcessor::Pending::fields).
enum FieldSlot { kPatient, kDate, kProduct, kUnits, kAtc, kPackSize, kStrNum, kStrUnit, kSlots };
/// Parses the header line (without its line end; a UTF-8 BOM is allowed). Throws InputError naming line 1
/// when a required column is missing or repeated.
ColumnLayout parseHeader(std::string_view line, const std::string &file,
                         InputFormat format = InputFormat::Redemptions);
/// The header's field names, quotes removed (shared by both formats).
std::vector<std::string_view> headerNames(std::string_view line);
ColumnLayout parseLmdbHeader(const std::vector<std::string_view> &names, const std::string &file);
/// A plain decimal number of units as the redemptions format writes it (see screen_parse.cpp).
enum class UnitsParse { Ok, Bad, NonPositive, TooLarge };
UnitsParse parseUnits(std::string_view s, double &value);

/// Aggregate of one patient's redemptions in the window. Days are days since 1970-01-01. One cache line:
/// ids up to 16 bytes are stored inline, so a lookup touches the slot and this line only.
struct alignas(64) Aggregate {
    static constexpr std::size_t kInline = 16;
    char idBytes[kInline] = {}; ///< the id when idLength ≤ kInline, else its offset in the map's arena
    std::uint32_t idLength = 0;
    std::uint32_t redemptions = 0; ///< saturating (addSaturating)
    std::int32_t first = 0;
    std::int32_t last = 0;
    std::int64_t meqMicro90 = 0;    ///< dispensed MEQ in (D − 90, D], micro-mg; saturating (addSaturating)
    std::uint64_t substances90 = 0; ///< bit per opioid substance redeemed in (D − 90, D]
    bool longActing = false;        ///< any extended-release or transdermal redemption in the window
    std::uint32_t reversals = 0;    ///< lmdb reversal rows in the window; saturating
    std::int64_t reversedMeqMicro90 = 0; ///< their dispensed MEQ in (D − 90, D], micro-mg; saturating

    void merge(const Aggregate &o);
    /// Redemptions and recent MEQ with the reversals netted out (never below 0).
    std::uint32_t netRedemptions() const { return redemptions > reversals ? redemptions - reversals : 0; }
    std::int64_t netMeqMicro90() const
    {
        return meqMicro90 > reversedMeqMicro90 ? meqMicro90 - reversedMeqMicro90 : 0;
    }
    /// A total reached its type's maximum (see addSaturating): the patient's numbers cannot be trusted.
    bool saturated() const
    {
        return redemptions == std::numeric_limits<std::uint32_t>::max() ||
               meqMicro90 == std::numeric_limits<std::int64_t>::max() ||
               reversals == std::numeric_limits<std::uint32_t>::max() ||
               reversedMeqMicro90 == std::numeric_limits<std::int64_t>::max();
    }
};

/// Open-addressing hash map patient id → Aggregate. Ids are copied once into an arena; memory grows with
/// the number of patients only.
class PatientMap {
public:
    PatientMap();
    /// The index of the aggregate for `id` (hash = hashBytes(id)), inserted zeroed when new. Throws
    /// InputError (no file named) rather than pass kMaxPatients.
    std::uint32_t findOrInsert(std::string_view id, std::uint64_t hash);
    Aggregate &item(std::uint32_t index) { return m_blocks[index >> kBlockBits][index & kBlockMask]; }
    const Aggregate &item(std::uint32_t index) const
    {
        return m_blocks[index >> kBlockBits][index & kBlockMask];
    }
    std::uint32_t size() const { return m_size; }
    /// Merges every patient of `other` into this map.
    void mergeFrom(const PatientMap &other);
    /// Cache hints for a coming findOrInsert(…, hash): first the slot, later (once it has arrived) the item.
    void prefetchSlot(std::uint64_t hash) const { __builtin_prefetch(&m_slots[(hash >> 32) & m_mask]); }
    void prefetchItem(std::uint64_t hash) const
    {
        const Slot &s = m_slots[(hash >> 32) & m_mask];
        if (s.index != 0) __builtin_prefetch(&item(s.index - 1));
    }

    std::string_view id(const Aggregate &a) const
    {
        if (a.idLength <= Aggregate::kInline) return {a.idBytes, a.idLength};
        std::uint64_t offset;
        std::memcpy(&offset, a.idBytes, sizeof offset);
        return {m_arena.data() + offset, a.idLength};
    }

private:
    void grow();

    struct Slot {
        std::uint32_t tag = 0;   ///< upper hash bits
        std::uint32_t index = 0; ///< item index + 1; 0 = empty
    };
    HugeArray<Slot> m_slots;
    std::uint64_t m_mask = 0;
    static constexpr std::uint32_t kMaxPatients =
        std::numeric_limits<std::uint32_t>::max() - 1; ///< index + 1 fits a Slot
    static constexpr std::uint32_t kBlockBits = 15, kBlockMask = (1u << kBlockBits) - 1;
    std::vector<HugeArray<Aggregate>> m_blocks; ///< 2 MiB blocks: growing never copies the items
    std::uint32_t m_size = 0;
    std::vector<char> m_arena; ///< ids longer than Aggregate::kInline
};

/// What one thread produced from its chunk.
struct ChunkState {
    PatientMap patients;
    ScreenSummary counts;        ///< dataRows, skippedRows, rowsInWindow, rowsWithoutMeq only
    std::vector<BadRow> badRows; ///< line numbers local to the chunk (1 = its first line)
    std::uint64_t lines = 0;     ///< lines consumed
    bool stopped = false;        ///< strict mode: stopped at its first bad row
};

/// Parses data lines and aggregates them into a ChunkState. One per thread.
class LineProcessor {
public:
    LineProcessor(const ColumnLayout &layout, const ProductTable &products, const ScreenOptions &options,
                  ChunkState &state);
    /// Processes every complete line of [begin, end) and returns the end of the last one (after its '\n').
    /// With `final`, a last line without '\n' is processed too and `end` is returned.
    const char *block(const char *begin, const char *end, bool final);
    bool stopped() const { return m_state.stopped; }

private:
    /// A line split at its commas, waiting in a small batch so that its patient's slot and aggregate can be
    /// prefetched while earlier lines are processed (the map lookup is the cost that dominates).
    struct Pending {
        std::string_view line;           ///< without its line end
        std::string_view fields[kSlots]; ///< by FieldSlot (when fieldCount is right; absent columns stale)
        int fieldCount = 0;              ///< -1: the line has a quote and takes the slow path
        std::uint64_t hash = 0;
    };
    static constexpr int kBatch = 64; ///< deep enough for the slot to arrive before the item is prefetched

    void split(const char *begin, const char *end, Pending &out) const;
    void process(const Pending &line);
    void quotedLine(std::string_view line);
    void dispatch(const std::string_view *fields, std::uint64_t hash);
    void row(std::string_view patient, std::uint64_t hash, std::string_view date, std::string_view product,
             std::string_view units);
    void lmdbRow(const std::string_view *fields, std::uint64_t hash); ///< screen_lmdb.cpp
    const ProductTable::Entry *lmdbProduct(const std::string_view *fields);
    /// The day of `text` (cached for runs of the same date); false when it is not a date.
    bool dayOf(std::string_view text, std::int32_t &day);
    /// Adds one redemption (or with `reversal`, one reversal) of `units` > 0 to the patient's aggregate.
    void count(std::string_view patient, std::uint64_t hash, std::int32_t day,
               const ProductTable::Entry &entry, double units, bool reversal);
    void bad(BadRowReason reason, std::string_view value = {});

    ColumnLayout m_layout;
    const ProductTable &m_products;
    ChunkState &m_state;
    bool m_strict;
    std::int32_t m_asOf, m_windowStart, m_recentStart; ///< window = (m_windowStart, m_asOf]
    char m_lastDateText[10] = {};
    std::int32_t m_lastDate = 0;
    bool m_haveLastDate = false;
    int m_slotOfField[64]; ///< for each column: its FieldSlot or -1 (ignored)
};

/// Merges the chunks (in file order; chunk k's first line is line `firstLine[k]`), reports bad rows,
/// throws InputError in strict mode for the first bad row, and classifies.
ScreenResult finish(std::vector<ChunkState> &chunks, std::uint64_t firstLineOfChunk0,
                    const ProductTable &products, const ScreenOptions &options, const std::string &file,
                    const BadRowHandler &onBadRow);

} // namespace taper::screen::detail
