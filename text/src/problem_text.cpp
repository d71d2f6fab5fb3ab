// SPDX-License-Identifier: GPL-3.0-or-later
// The problem catalogue's renderer (taper/text/problem_text.h).
#include "taper/text/problem_text.h"

#include "finding_text_detail.h"
#include "problem_text_detail.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <optional>
#include <vector>

namespace taper::text {

namespace {
struct Entry {
    std::string_view en, da;
};

const std::vector<Entry> &catalogue()
{
    static const std::vector<Entry> table = [] {
        std::vector<Entry> t(problemCodeCount());
        for (auto wordings : {detail::inputProblemWordings(), detail::domainProblemWordings(),
                              detail::dataProblemWordings(), detail::fhirProblemWordings()})
            for (const detail::ProblemWording &w : wordings)
                t.at(static_cast<std::size_t>(w.code)) = Entry{w.en, w.da};
        return t;
    }();
    return table;
}

/// An operating-system error in Danish for the errors a clinician can meet; others in the system's words.
std::string systemErrorText(int error, Lang lang)
{
    if (lang == Lang::Da) {
        switch (error) {
        case ENOENT:
            return "filen eller mappen findes ikke";
        case EACCES:
            return "ingen adgang (tilladelse nægtet)";
        case EPERM:
            return "handlingen er ikke tilladt";
        case ENOSPC:
            return "der er ikke mere plads på disken";
        case EDQUOT:
            return "diskkvoten er brugt op";
        case EROFS:
            return "filsystemet er skrivebeskyttet";
        case EEXIST:
            return "filen findes allerede";
        case EISDIR:
            return "er en mappe";
        case ENOTDIR:
            return "en del af stien er ikke en mappe";
        case ENAMETOOLONG:
            return "navnet er for langt";
        case EIO:
            return "læse- eller skrivefejl på disken";
        case ELOOP:
            return "for mange symbolske links";
        case EMFILE:
        case ENFILE:
            return "for mange åbne filer";
        case EXDEV:
            return "filen ligger på et andet drev";
        default:
            return "systemfejl " + std::to_string(error) + " (" + std::strerror(error) + ")";
        }
    }
    return std::strerror(error);
}

std::string byteSizeText(unsigned long long bytes, Lang lang)
{
    if (bytes > 0 && bytes % (1024 * 1024) == 0) return std::to_string(bytes / (1024 * 1024)) + " MiB";
    return std::to_string(bytes) + (lang == Lang::Da ? " byte" : " bytes");
}

/// True for 1 to `maxDigits` decimal digits (short enough to convert without overflow).
bool isDigits(std::string_view text, std::size_t maxDigits)
{
    return !text.empty() && text.size() <= maxDigits &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// The id inside a "<kind:id>" token, or nullopt.
std::optional<std::string> tokenId(const std::string &value, std::string_view kind)
{
    const std::string prefix = "<" + std::string(kind) + ":";
    if (value.rfind(prefix, 0) != 0 || value.back() != '>') return std::nullopt;
    return value.substr(prefix.size(), value.size() - prefix.size() - 1);
}

/// A value as it is shown: tokens worded, Danish decimal comma in plain numbers.
std::string valueText(const std::string &value, Lang lang, const Formulary *formulary)
{
    if (value.empty()) return value;
    if (auto id = tokenId(value, "substance"))
        return lang == Lang::Da && formulary ? detail::substanceName(*id, lang, *formulary) : *id;
    if (auto id = tokenId(value, "product"))
        return lang == Lang::Da && formulary ? detail::productName(*id, *formulary) : *id;
    if (auto id = tokenId(value, "profile")) {
        const Profile *profile = formulary ? formulary->profile(*id) : nullptr;
        return lang == Lang::Da && profile ? profile->nameDa : *id;
    }
    if (auto iso = tokenId(value, "date")) {
        const auto d = parseIsoDate(*iso);
        return lang == Lang::Da && d ? shortDateText(*d, lang) : *iso;
    }
    const bool da = lang == Lang::Da;
    static const std::map<std::string, std::pair<const char *, const char *>, std::less<>> words{
        {"<value:string>", {"a string", "en tekst"}},
        {"<value:array>", {"an array", "en liste"}},
        {"<value:object>", {"an object", "et objekt"}},
        {"<file:folder>", {"a folder", "en mappe"}},
        {"<file:pipe>", {"a pipe (FIFO)", "en pipe (FIFO)"}},
        {"<file:device>", {"a device", "en enhed"}},
        {"<file:socket>", {"a socket", "en socket"}},
        {"<file:special>", {"not a regular file", "ikke en almindelig fil"}},
    };
    if (auto it = words.find(value); it != words.end()) return da ? it->second.second : it->second.first;
    const auto tokenNumber = [&](std::string_view kind) -> std::optional<unsigned long long> {
        const auto digits = tokenId(value, kind);
        if (!digits || !isDigits(*digits, 18)) return std::nullopt;
        return std::stoull(*digits);
    };
    if (auto e = tokenNumber("errno")) return systemErrorText(static_cast<int>(*e), lang);
    if (auto b = tokenNumber("bytes")) return byteSizeText(*b, lang);
    if (da) {
        const bool plainNumber = !value.empty() && value.find('.') != std::string::npos &&
                                 std::all_of(value.begin(), value.end(), [](char c) {
                                     return (c >= '0' && c <= '9') || c == '.' || c == '-';
                                 });
        if (plainNumber) {
            std::string comma = value;
            std::replace(comma.begin(), comma.end(), '.', ',');
            return comma;
        }
    }
    return value;
}

/// Danish names of the JSON keys a clinician's files and the GUI's fields use.
const std::map<std::string, std::string, std::less<>> &danishFieldNames()
{
    static const std::map<std::string, std::string, std::less<>> names{
        {"lines", "linje"},
        {"product", "præparat"},
        {"dose", "dosis"},
        {"times_per_day", "gange pr. døgn"},
        {"schedule", "tidspunkter"},
        {"prn", "efter behov"},
        {"max_per_day", "højst pr. døgn"},
        {"used_per_day", "brugt pr. døgn"},
        {"since", "startdato"},
        {"as_of", "opgørelsesdato"},
        {"actual", "faktisk indtagelse"},
        {"withdrawal", "abstinenser"},
        {"pain", "smerte"},
        {"decision", "beslutning"},
        {"reason", "begrundelse"},
        {"date", "dato"},
        {"options", "indstillinger"},
        {"interval_days", "interval (dage)"},
        {"step_percent", "reduktion pr. trin (%)"},
        {"hold_days", "hold dosis (dage)"},
        {"review_date", "revurderingsdato"},
        {"custom_percents", "egne trin (%)"},
        {"min_step_meq", "mindste trin (mg MEQ)"},
        {"max_hold_intervals", "længste hold (intervaller)"},
        {"cross_tolerance_reduction", "reduktion for krydstolerance (%)"},
        {"switch_at_percent", "skift ved (%)"},
        {"count", "antal"},
        {"unit", "enhed"},
        {"route", "administrationsvej"},
        {"release", "frigivelse"},
        {"substance", "stof"},
        {"atc", "ATC-kode"},
        {"regimen", "behandling"},
        {"start", "startdato"},
        {"target_meq", "mål (mg MEQ)"},
        {"rotate_to", "skift til"},
        {"profile", "profil"},
        {"patient", "patient"},
        {"birth_year", "fødselsår"},
        {"age", "alder"},
        {"egfr_ml_min", "eGFR"},
        {"weight_kg", "vægt (kg)"},
        {"comedications", "anden medicin"},
        {"sessions", "konsultation"},
        {"steps", "trin"},
        {"units_by_time", "enheder pr. tidspunkt"},
        {"units_per_administration", "enheder pr. gang"},
        {"label", "navn"},
    };
    return names;
}
} // namespace

std::string_view problemTemplate(ProblemCode code, Lang lang)
{
    const Entry &e = catalogue().at(static_cast<std::size_t>(code));
    return lang == Lang::Da ? e.da : e.en;
}

std::string problemText(const Problem &problem, Lang lang, const Formulary *formulary)
{
    const std::string_view pattern = problemTemplate(problem.code, lang);
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '0' && pattern[i + 1] <= '9' &&
            pattern[i + 2] == '}') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '0');
            out += index < problem.values.size() ? valueText(problem.values[index], lang, formulary) : "?";
            i += 2;
        } else if (pattern.substr(i, 3) == "{c}") {
            out += problem.cause.empty() ? std::string("?")
                                         : problemText(problem.cause.front(), lang, formulary);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::string whereText(const std::string &where, Lang lang)
{
    // Options ("--today") and places in text files ("line 3") stay as written; pointers and field keys
    // ("/lines/0/dose", "actual/1/used_per_day", "reason") are named in Danish.
    if (lang == Lang::En || where.empty() || where.rfind("--", 0) == 0 ||
        where.find(' ') != std::string::npos)
        return where;
    std::string out;
    std::size_t start = where.front() == '/' ? 1 : 0;
    while (start <= where.size()) {
        const std::size_t end = std::min(where.find('/', start), where.size());
        const std::string segment = where.substr(start, end - start);
        std::string part;
        if (isDigits(segment, 9))
            part = "nr. " + std::to_string(std::stoul(segment) + 1);
        else if (auto it = danishFieldNames().find(segment); it != danishFieldNames().end())
            part = it->second;
        else
            part = segment;
        if (!part.empty())
            out += (out.empty() || part.rfind("nr. ", 0) == 0 ? (out.empty() ? "" : " ") : ", ") + part;
        start = end + 1;
    }
    return out;
}

std::string inputErrorText(const InputError &error, Lang lang, const Formulary *formulary)
{
    std::string text;
    if (!error.file().empty()) text += error.file() + ": ";
    if (!error.where().empty()) text += whereText(error.where(), lang) + ": ";
    return text + problemText(error.problem(), lang, formulary);
}

} // namespace taper::text
