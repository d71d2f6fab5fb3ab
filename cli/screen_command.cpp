// SPDX-License-Identifier: GPL-3.0-or-later
// opioid-taper screen: population screening of prescription redemptions (issue 8). Parsing and
// classification are in the core (taper/screen.h); this renders bad rows, progress and the summary.
// Patient ids are data: they go to the output file only, never to the terminal.
#include "commands.h"
#include "output_escape.h"
#include "screen_output.h"

#include "taper/input_error.h"
#include "taper/json_reader.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace taper::cli {

namespace {

struct ScreenCliOptions {
    std::string file;
    std::string output;
    std::string asOf;
    std::string profile = kDefaultProfileId;
    std::string format = "text";
    int windowDays = 365;
    int longTermRedemptions = 3;
    int longTermDays = 180;
    int threads = 0;
    bool strict = false;
    std::string inputFormat = "redemptions";
    bool summaryOnly = false;
    int minCell = 0;
};

/// A field from the input, quoted, its control characters shown escaped (it goes to a terminal).
std::string quoted(const std::string &v)
{
    return "\"" + printable(v, '"') + "\"";
}

/// English text for a bad row (line number and reason; the offending field but never the patient id).
std::string badRowText(const screen::BadRow &b, int columns, const Formulary &formulary)
{
    using R = screen::BadRowReason;
    switch (b.reason) {
    case R::WrongColumnCount:
        return "expected " + std::to_string(columns) + " columns as in the header, found " + b.value;
    case R::EmptyPatientId:
        return "empty patient_id";
    case R::BadDate:
        return "date " + quoted(b.value) + " is not a real calendar date written YYYY-MM-DD";
    case R::UnknownProduct: {
        std::string text = "unknown product " + quoted(b.value);
        const auto close = formulary.closestProducts(b.value);
        if (!close.empty()) {
            text += " (did you mean ";
            for (std::size_t i = 0; i < close.size(); ++i)
                text += (i ? ", " : "") + quoted(close[i]);
            text += "?)";
        }
        return text;
    }
    case R::BadUnits:
        return "units " + quoted(b.value) + " is not a plain decimal number";
    case R::NonPositiveUnits:
        return "units " + quoted(b.value) + " must be greater than 0";
    case R::UnitsTooLarge:
        return "units " + quoted(b.value) + " is more than " +
               json::formatNumber(screen::kMaxUnitsPerRedemption) +
               ", the most one redemption can plausibly be (docs/screening.md)";
    case R::BadQuoting:
        return "unterminated or misplaced quote (quoted fields may not span lines)";
    case R::BadStrength:
        return "strength " + quoted(b.value) +
               " is not a positive number (strnum) or a known unit (strunit: mg, "
               "mg/ml, mikg/t or the Medicinpriser codes MG, MGM, RGT)";
    case R::AmbiguousProduct:
        return "ATC and strength " + quoted(b.value) +
               " fit products that screen differently (e.g. depot and immediate release): give vnr";
    case R::BadPackSize:
        return "packsize " + quoted(b.value) + " is not a positive decimal number";
    }
    return std::string(screen::toCode(b.reason));
}

/// Number of fields in the header line, for the wrong-column-count message.
int headerColumns(const std::string &file)
{
    if (file == "-") return 4;
    std::FILE *f = std::fopen(file.c_str(), "rb");
    if (!f) return 4;
    int columns = 1, c;
    while ((c = std::fgetc(f)) != EOF && c != '\n')
        columns += c == ',';
    std::fclose(f);
    return columns;
}

class ProgressLine {
public:
    ProgressLine() : m_enabled(::isatty(2) == 1), m_start(std::chrono::steady_clock::now()) {}
    void operator()(std::uint64_t done, std::uint64_t total, std::uint64_t rows)
    {
        if (!m_enabled) return;
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
        const double rate = seconds > 0 ? static_cast<double>(rows) / seconds / 1e6 : 0.0;
        if (total)
            std::fprintf(stderr, "\rscreen: %3.0f %%  %.1f M rows  %.2f M rows/s ",
                         100.0 * static_cast<double>(done) / static_cast<double>(total),
                         static_cast<double>(rows) / 1e6, rate);
        else
            std::fprintf(stderr, "\rscreen: %.1f M rows  %.2f M rows/s ", static_cast<double>(rows) / 1e6,
                         rate);
        m_shown = true;
    }
    void clear()
    {
        if (m_shown) std::fprintf(stderr, "\r\033[K");
        m_shown = false;
    }

private:
    bool m_enabled;
    bool m_shown = false;
    std::chrono::steady_clock::time_point m_start;
};

int runScreen(const ScreenCliOptions &o, const Context &ctx)
{
    const Formulary formulary = ctx.loadFormulary();
    const Profile &profile = profileOption(formulary, o.profile);
    const screen::ProductTable products(formulary, profile);

    ScreenRunInfo info;
    info.file = o.file;
    info.output = o.output;
    info.profile = &profile;
    info.asOf = o.asOf.empty() ? ctx.today : dateOption(o.asOf, "--as-of");
    info.options.asOf = info.asOf;
    info.options.windowDays = o.windowDays;
    info.options.longTermMinRedemptions = o.longTermRedemptions;
    info.options.longTermMinSpanDays = o.longTermDays;
    info.options.strict = o.strict;
    info.options.threads = o.threads;
    info.options.inputFormat =
        o.inputFormat == "lmdb" ? screen::InputFormat::Lmdb : screen::InputFormat::Redemptions;
    info.summaryOnly = o.summaryOnly;
    info.minCell = o.minCell;
    if (!o.summaryOnly && o.output.empty()) throw InputError("", "-o", {ProblemCode::screen_output_required});
    if (o.minCell > 0 && !o.summaryOnly)
        throw InputError("", "--min-cell", {ProblemCode::screen_min_cell_summary_only});

    const int columns = headerColumns(o.file);
    ProgressLine progress;
    const auto onBadRow = [&](const screen::BadRow &b) {
        progress.clear();
        const std::string text = badRowText(b, columns, formulary);
        if (o.strict)
            throw InputError(o.file, "line " + std::to_string(b.line),
                             {ProblemCode::screen_strict_stop, {text}});
        std::cerr << printable(o.file) << ": line " << b.line << ": " << text << "; row skipped\n";
    };
    screen::ScreenResult result;
    try {
        result =
            screen::screenFile(o.file, products, info.options, onBadRow,
                               [&](std::uint64_t d, std::uint64_t t, std::uint64_t r) { progress(d, t, r); });
    } catch (...) {
        progress.clear();
        throw;
    }
    progress.clear();
    if (result.summary.skippedRows)
        std::cerr << printable(o.file) << ": " << result.summary.skippedRows << " bad row"
                  << (result.summary.skippedRows == 1 ? "" : "s") << " skipped\n";
    if (!o.summaryOnly) writePatientsCsv(o.output, result);
    std::ostream &out = o.output == "-" ? std::cerr : std::cout;
    out << (o.format == "json" ? screenSummaryJson(result.summary, info)
                               : screenSummaryText(result.summary, info));
    return 0;
}

} // namespace

void addScreenCommand(CLI::App &app, Context &ctx)
{
    auto o = std::make_shared<ScreenCliOptions>();
    CLI::App *cmd = app.add_subcommand(
        "screen", "Screen prescription redemptions (CSV) for long-term and high-dose opioid use");
    cmd->add_option("file", o->file, "Redemptions CSV: patient_id,date,product,units (\"-\": standard input)")
        ->required();
    cmd->add_option("-o,--output", o->output,
                    "Patients CSV to write (\"-\": standard output, summary to stderr); required unless "
                    "--summary-only");
    cmd->add_option(
           "--input-format", o->inputFormat,
           "redemptions: patient_id,date,product,units; lmdb: register rows pnr,eksd,apk,packsize with vnr "
           "or atc,strnum,strunit (negative apk = reversal, netted out)")
        ->check(CLI::IsMember({"redemptions", "lmdb"}))
        ->capture_default_str();
    cmd->add_flag(
        "--summary-only", o->summaryOnly,
        "Write only the aggregate counts (no patient-level file), e.g. for output leaving a research "
        "server");
    cmd->add_option("--min-cell", o->minCell,
                    "With --summary-only: show counts from 1 to N-1 (and counts that reveal them) as <N")
        ->check(CLI::Range(0, 1000))
        ->capture_default_str();
    cmd->add_option("--as-of", o->asOf, "Screening date D, YYYY-MM-DD (default: today)");
    cmd->add_option("--profile", o->profile, "Conversion profile id")->capture_default_str();
    cmd->add_option("--window-days", o->windowDays,
                    "Look-back window: redemptions after D - N and on or before D")
        ->capture_default_str();
    cmd->add_option("--long-term-redemptions", o->longTermRedemptions,
                    "long_term: at least this many redemptions in the window")
        ->capture_default_str();
    cmd->add_option(
           "--long-term-days", o->longTermDays,
           "long_term: more than this many days between first and last (clinical.md 3.2: > 6 months)")
        ->capture_default_str();
    cmd->add_option("--threads", o->threads, "Reader threads (0: one per core, at most 2)")
        ->capture_default_str();
    cmd->add_flag("--strict", o->strict, "Stop at the first bad row (exit code 2) instead of skipping it");
    cmd->add_option("--format", o->format, "Summary format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    cmd->callback([o, &ctx] { ctx.exitCode = runScreen(*o, ctx); });
}

} // namespace taper::cli
