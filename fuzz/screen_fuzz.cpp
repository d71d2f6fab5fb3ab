// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the screening CSV reader, both ways in. The input is the CSV (so seeds are plain
// CSV files); its length picks the block size (16 to 76 bytes, so rows straddle block boundaries), the
// thread count (1 or 2) and strict mode. It is screened from memory (screenText) and streamed from a
// file (screenFile on a memfd); both must accept or refuse it alike and give the same summary and
// patients. Any InputError is the
// expected answer to bad input; every other exception, a crash or a sanitizer report is a finding.
#include "fuzz_support.h"

#include "taper/input_error.h"
#include "taper/screen.h"

#include <string>
#include <sys/mman.h>
#include <unistd.h>

namespace {

using namespace taper;

bool sameResult(const screen::ScreenResult &a, const screen::ScreenResult &b)
{
    const screen::ScreenSummary &x = a.summary, &y = b.summary;
    if (x.dataRows != y.dataRows || x.skippedRows != y.skippedRows || x.rowsInWindow != y.rowsInWindow ||
        x.rowsWithoutMeq != y.rowsWithoutMeq || x.patients != y.patients || x.longTerm != y.longTerm ||
        x.shortActingOnly != y.shortActingOnly || x.above60 != y.above60 || x.above100 != y.above100 ||
        x.multipleOpioids != y.multipleOpioids || a.patients.size() != b.patients.size())
        return false;
    for (std::size_t i = 0; i < a.patients.size(); ++i) {
        const screen::PatientResult &p = a.patients[i], &q = b.patients[i];
        if (p.patientId != q.patientId || p.redemptions != q.redemptions || p.first != q.first ||
            p.last != q.last || p.avgMeq90d.value() != q.avgMeq90d.value())
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const screen::ProductTable table(fuzz::formulary(), *fuzz::formulary().profile("dk"));
    static const int memfd = ::memfd_create("screen-fuzz", 0);
    if (memfd < 0) return 0;
    screen::ScreenOptions o;
    o.asOf = fuzz::today();
    o.blockBytes = 16 + size % 61;
    o.threads = 1 + static_cast<int>(size / 61 % 2);
    o.strict = size / 122 % 2 != 0;
    const std::string_view csv = fuzz::text(data, size);

    std::optional<screen::ScreenResult> fromText, fromFile;
    try {
        fromText = screen::screenText(csv, "fuzz.csv", table, o);
    } catch (const InputError &) {
    }
    if (::ftruncate(memfd, 0) != 0 ||
        ::pwrite(memfd, csv.data(), csv.size(), 0) != static_cast<ssize_t>(csv.size()))
        return 0;
    try {
        fromFile = screen::screenFile("/proc/self/fd/" + std::to_string(memfd), table, o);
    } catch (const InputError &) {
    }
    if (fromText.has_value() != fromFile.has_value()) __builtin_trap();
    if (fromText && fromFile && !sameResult(*fromText, *fromFile)) __builtin_trap();
    return 0;
}
