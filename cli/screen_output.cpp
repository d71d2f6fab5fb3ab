// SPDX-License-Identifier: GPL-3.0-or-later
#include "screen_output.h"

#include "output_escape.h"

#include "taper/atomic_file.h"
#include "taper/input_error.h"
#include "taper/json_reader.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <future>
#include <optional>
#include <sstream>
#include <unistd.h>

namespace taper::cli {

namespace {

void appendInt(std::string &out, long long v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

/// YYYY-MM-DD without going through streams (this runs once per patient).
void appendDate(std::string &out, Date d)
{
    const date::year_month_day ymd{d};
    const int y = static_cast<int>(ymd.year());
    const unsigned m = static_cast<unsigned>(ymd.month()), day = static_cast<unsigned>(ymd.day());
    char buf[10] = {static_cast<char>('0' + y / 1000 % 10),
                    static_cast<char>('0' + y / 100 % 10),
                    static_cast<char>('0' + y / 10 % 10),
                    static_cast<char>('0' + y % 10),
                    '-',
                    static_cast<char>('0' + m / 10),
                    static_cast<char>('0' + m % 10),
                    '-',
                    static_cast<char>('0' + day / 10),
                    static_cast<char>('0' + day % 10)};
    out.append(buf, 10);
}

void writeAll(int fd, const std::string &data, const std::string &path)
{
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw InputError(path, "-o", {ProblemCode::file_cannot_write, {systemErrorToken(errno)}});
        done += static_cast<std::size_t>(n);
    }
}

double percent(std::uint64_t part, std::uint64_t whole)
{
    return whole ? std::round(1000.0 * static_cast<double>(part) / static_cast<double>(whole)) / 10.0 : 0.0;
}

std::string thresholdText(const Threshold &t)
{
    return std::string(t.inclusive ? ">= " : "> ") + json::formatNumber(t.valueMg);
}

} // namespace

void appendPatientRow(std::string &out, const screen::PatientResult &p)
{
    appendCsvField(out, p.patientId);
    out += ',';
    appendInt(out, p.redemptions);
    out += ',';
    appendDate(out, p.first);
    out += ',';
    appendDate(out, p.last);
    out += ',';
    const long long centi = std::llround(p.avgMeq90d.value() * 100.0);
    appendInt(out, centi / 100);
    out += '.';
    out += static_cast<char>('0' + centi % 100 / 10);
    out += static_cast<char>('0' + centi % 10);
    for (bool b : {p.longTerm, p.shortActingOnly, p.above60, p.above100, p.multipleOpioids}) {
        out += ',';
        out += b ? '1' : '0';
    }
    out += '\n';
}

void writePatientsCsv(const std::string &path, const screen::ScreenResult &result)
{
    // A file is written through the one atomic writer (0600: it holds patient ids); "-" is stdout.
    std::optional<AtomicFile> file;
    if (path != "-") file.emplace(path, "-o");
    const auto put = [&](const std::string &bytes) {
        if (file)
            file->write(bytes);
        else
            writeAll(1, bytes, path);
    };
    // Rows are formatted in slices of 32 768 patients, two slices at a time on two threads, and written in
    // order.
    constexpr std::size_t kSlice = 32768;
    const auto &patients = result.patients;
    const auto format = [&](std::size_t slice, std::string &out) {
        out.clear();
        const std::size_t end = std::min(patients.size(), (slice + 1) * kSlice);
        for (std::size_t i = slice * kSlice; i < end; ++i)
            appendPatientRow(out, patients[i]);
    };
    put(kScreenHeader);
    std::string first, second;
    const std::size_t slices = (patients.size() + kSlice - 1) / kSlice;
    for (std::size_t slice = 0; slice < slices; slice += 2) {
        auto other = std::async(slice + 1 < slices ? std::launch::async : std::launch::deferred, [&] {
            if (slice + 1 < slices)
                format(slice + 1, second);
            else
                second.clear();
        });
        format(slice, first);
        other.get();
        put(first);
        put(second);
    }
    if (file) file->commit();
}

namespace {

using Cell = std::optional<std::uint64_t>;

std::string cellText(const Cell &c, int minCell)
{
    return c ? std::to_string(*c) : "<" + std::to_string(minCell);
}

/// " (12.5 % of …)" when both counts are shown, else nothing.
std::string shareText(const Cell &part, const Cell &whole, const char *of)
{
    if (!part || !whole) return "";
    std::ostringstream out;
    out << " (" << percent(*part, *whole) << " %" << of << ")";
    return out.str();
}

json::Json cellJson(const Cell &c)
{
    return c ? json::Json(*c) : json::Json(nullptr);
}

} // namespace

std::string screenSummaryText(const screen::ScreenSummary &summary, const ScreenRunInfo &info)
{
    const Profile &p = *info.profile;
    const auto &o = info.options;
    const screen::SuppressedSummary s = screen::suppressSmallCells(summary, info.minCell);
    const auto n = [&](const Cell &c) { return cellText(c, info.minCell); };
    std::ostringstream out;
    out << "Screened " << printable(info.file) << " as of " << formatIsoDate(info.asOf) << " (window "
        << o.windowDays << " days, profile " << p.id << ")\n";
    out << "Rows: " << n(s.dataRows) << " read, " << n(s.skippedRows) << " skipped (bad rows), "
        << n(s.rowsInWindow) << " redemptions in the window";
    if (summary.reversals) out << ", " << n(s.reversals) << " of them reversals netted out (negative apk)";
    if (summary.rowsWithoutMeq)
        out << ", " << n(s.rowsWithoutMeq) << " of them counted without MEQ (no single factor in profile "
            << p.id << ", e.g. methadone)";
    out << "\n";
    out << "Patients with a redemption in the window: " << n(s.patients) << "\n";
    out << "  long-term users (>= " << o.longTermMinRedemptions << " redemptions, > " << o.longTermMinSpanDays
        << " days first to last): " << n(s.longTerm) << shareText(s.longTerm, s.patients, " of patients")
        << "\n";
    out << "    of whom short-acting only: " << n(s.shortActingOnly)
        << shareText(s.shortActingOnly, s.longTerm, " of long-term users") << "\n";
    out << "  average dispensed MEQ over the last " << o.recentDays << " days " << thresholdText(p.highMeq)
        << " mg/day: " << n(s.above60) << shareText(s.above60, s.patients, "") << "\n";
    out << "  average dispensed MEQ over the last " << o.recentDays << " days "
        << thresholdText(p.veryHighMeq) << " mg/day: " << n(s.above100)
        << shareText(s.above100, s.patients, "") << "\n";
    out << "  more than one opioid substance in the last " << o.recentDays
        << " days: " << n(s.multipleOpioids) << shareText(s.multipleOpioids, s.patients, "") << "\n";
    if (info.summaryOnly)
        out << "Summary only: no patient-level file written"
            << (info.minCell > 1
                    ? "; counts from 1 to " + std::to_string(info.minCell - 1) +
                          " (and counts that would reveal them) shown as <" + std::to_string(info.minCell)
                    : std::string())
            << "\n";
    else
        out << "Wrote " << summary.patients << " patients to " << printable(info.output) << "\n";
    return out.str();
}

std::string screenSummaryJson(const screen::ScreenSummary &summary, const ScreenRunInfo &info)
{
    const Profile &p = *info.profile;
    const auto &o = info.options;
    const screen::SuppressedSummary s = screen::suppressSmallCells(summary, info.minCell);
    const auto share = [](const Cell &count, const Cell &whole) {
        return json::Json{
            {"count", cellJson(count)},
            {"percent", count && whole ? json::Json(percent(*count, *whole)) : json::Json(nullptr)}};
    };
    const auto threshold = [&](const Threshold &t, const Cell &count) {
        json::Json j = share(count, s.patients);
        j["threshold_mg_per_day"] = t.valueMg;
        j["inclusive"] = t.inclusive;
        j["source"] = t.source;
        return j;
    };
    json::Json rows = {{"read", cellJson(s.dataRows)},
                       {"skipped", cellJson(s.skippedRows)},
                       {"in_window", cellJson(s.rowsInWindow)},
                       {"without_meq", cellJson(s.rowsWithoutMeq)}};
    if (summary.reversals) rows["reversals"] = cellJson(s.reversals);
    json::Json j = {{"schema_version", 1},
                    {"file", info.file},
                    {"output", info.summaryOnly ? json::Json(nullptr) : json::Json(info.output)},
                    {"as_of", formatIsoDate(info.asOf)},
                    {"profile", p.id},
                    {"window_days", o.windowDays},
                    {"recent_days", o.recentDays},
                    {"long_term_definition",
                     {{"min_redemptions", o.longTermMinRedemptions},
                      {"more_than_days", o.longTermMinSpanDays},
                      {"source", "clinical.md §3.2: long-term use = more than 6 months (DK-RF19, DK-LMST)"}}},
                    {"rows", rows},
                    {"patients", cellJson(s.patients)},
                    {"long_term", share(s.longTerm, s.patients)},
                    {"short_acting_only", share(s.shortActingOnly, s.longTerm)},
                    {"above_60", threshold(p.highMeq, s.above60)},
                    {"above_100", threshold(p.veryHighMeq, s.above100)},
                    {"multiple_opioids", share(s.multipleOpioids, s.patients)}};
    if (info.summaryOnly) {
        j["summary_only"] = true;
        j["min_cell"] = info.minCell;
    }
    // File names need not be UTF-8: replace what is not (U+FFFD) rather than throw.
    return j.dump(2, ' ', false, json::Json::error_handler_t::replace) + "\n";
}

} // namespace taper::cli
