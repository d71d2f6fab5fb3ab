// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A slow, obviously correct reference for screening (issue 8 definitions, written from the issue text and
// independent of the fast path: it splits lines with std::getline, uses parseIsoDate and Formulary lookups,
// keeps every row per patient and computes everything from those rows with doubles), plus a generator of
// random redemption files full of edge cases. Used by screen_reference_test.cpp.

#include "taper/dates.h"
#include "taper/formulary.h"

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace taper::test::screenref {

struct RefPatient {
    int redemptions = 0;
    Date first, last;
    double avg = 0;
    bool longTerm = false, shortActingOnly = false, above60 = false, above100 = false, multiple = false;
};

struct RefResult {
    std::map<std::string, RefPatient> patients;                 // sorted by id (bytewise, like std::string <)
    std::vector<std::pair<std::uint64_t, std::string>> badRows; // line, reason code
    std::uint64_t dataRows = 0, rowsInWindow = 0, rowsWithoutMeq = 0;
};

inline std::vector<std::string> splitCommas(const std::string &line)
{
    std::vector<std::string> out;
    std::string field;
    for (char c : line) {
        if (c == ',') {
            out.push_back(field);
            field.clear();
        } else
            field += c;
    }
    out.push_back(field);
    return out;
}

/// Dispensed mg morphine of one redemption, straight from the issue: units × strength × factor, for a
/// patch units × strength × factor × wear_hours / 24; nullopt when the profile has no single factor.
inline std::optional<double> refDispensedMeq(const Product &p, const Profile &profile, double units)
{
    const ConversionFactor *f = profile.factorFor(p.substance, p.route);
    if (!f || f->isTiered()) return std::nullopt;
    if (p.isPatch()) return units * p.strength * *f->factor * *p.wearHours / 24.0;
    return units * p.strength * *f->factor;
}

inline RefResult reference(const std::string &text, const Formulary &formulary, const Profile &profile,
                           Date asOf, int windowDays = 365, int minRedemptions = 3, int minSpan = 180)
{
    struct Row {
        Date day;
        const Product *product;
        double units;
    };
    RefResult result;
    std::map<std::string, std::vector<Row>> rows;
    std::istringstream in(text);
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto header = splitCommas(line);
    auto column = [&](const std::string &name) {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name) return i;
        return std::size_t(-1);
    };
    const std::size_t cp = column("patient_id"), cd = column("date"), cr = column("product"),
                      cu = column("units");
    const std::regex number("[0-9]+(\\.[0-9]+)?"), negative("-[0-9]+(\\.[0-9]+)?");
    std::uint64_t lineNo = 1;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        ++result.dataRows;
        const auto f = splitCommas(line);
        auto bad = [&](const char *code) { result.badRows.emplace_back(lineNo, code); };
        if (f.size() != header.size()) {
            bad("wrong_column_count");
            continue;
        }
        if (f[cp].empty()) {
            bad("empty_patient_id");
            continue;
        }
        const auto day = parseIsoDate(f[cd]);
        if (!day) {
            bad("bad_date");
            continue;
        }
        const Product *product = formulary.product(f[cr]);
        if (!product) {
            bad("unknown_product");
            continue;
        }
        if (std::regex_match(f[cu], negative)) {
            bad("non_positive_units");
            continue;
        }
        if (!std::regex_match(f[cu], number)) {
            bad("bad_units");
            continue;
        }
        const double units = std::stod(f[cu]);
        if (units <= 0) {
            bad("non_positive_units");
            continue;
        }
        if (units > 10000) {
            bad("units_too_large");
            continue;
        } // issue 15: at most 10 000 per redemption
        if (*day <= asOf - date::days(windowDays) || *day > asOf) continue;
        ++result.rowsInWindow;
        if (!refDispensedMeq(*product, profile, 1)) ++result.rowsWithoutMeq;
        rows[f[cp]].push_back({*day, product, units});
    }
    for (const auto &[id, list] : rows) {
        RefPatient p;
        p.redemptions = static_cast<int>(list.size());
        p.first = p.last = list.front().day;
        double meq = 0;
        bool anyLongActing = false;
        std::set<std::string> substances;
        for (const Row &r : list) {
            p.first = std::min(p.first, r.day);
            p.last = std::max(p.last, r.day);
            if (r.product->release == Release::Extended || r.product->route == Route::Transdermal)
                anyLongActing = true;
            if (r.day > asOf - date::days(90)) {
                substances.insert(r.product->substance);
                meq += refDispensedMeq(*r.product, profile, r.units).value_or(0.0);
            }
        }
        p.avg = meq / 90.0;
        p.longTerm = p.redemptions >= minRedemptions && (p.last - p.first).count() > minSpan;
        p.shortActingOnly = p.longTerm && !anyLongActing;
        p.above60 = profile.highMeq.isExceededBy(MeqPerDay(p.avg));
        p.above100 = profile.veryHighMeq.isExceededBy(MeqPerDay(p.avg));
        p.multiple = substances.size() > 1;
        result.patients[id] = p;
    }
    return result;
}

/// A random redemption file around `asOf`: dates on and next to every boundary, every product (patches,
/// methadone, solutions), fractional units, units at and above the 10 000 bound, optional extra column, CRLF,
/// and about 3 % bad rows of every kind.
inline std::string randomFile(unsigned seed, int rows, int patients, const Formulary &formulary, Date asOf,
                              bool extraColumn, bool crlf)
{
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    const int specialOffsets[] = {0, 1, -1, 89, 90, 91, 179, 180, 181, 364, 365, 366};
    std::ostringstream out;
    const char *eol = crlf ? "\r\n" : "\n";
    out << (extraColumn ? "patient_id,date,pharmacy,product,units" : "patient_id,date,product,units") << eol;
    const auto &products = formulary.products();
    for (int i = 0; i < rows; ++i) {
        std::string patient = "pt" + std::to_string(pick(patients));
        const int offset = pick(3) == 0 ? specialOffsets[pick(12)] : pick(420) - 10;
        std::string day = formatIsoDate(asOf - date::days(offset));
        std::string product = products[static_cast<std::size_t>(pick(static_cast<int>(products.size())))].id;
        std::string units =
            pick(5) == 0 ? std::to_string(pick(400) + 1) + ".5" : std::to_string(pick(100) + 1);
        std::string extra = "apotek" + std::to_string(pick(9));
        bool dropColumn = false;
        if (pick(33) == 0) {
            switch (pick(10)) {
            case 0:
                product = "no-such-product";
                break;
            case 1:
                day = "2026-02-30";
                break;
            case 2:
                units = "0";
                break;
            case 3:
                units = "-2";
                break;
            case 4:
                units = "abc";
                break;
            case 5:
                dropColumn = true;
                break;
            case 6:
                patient.clear();
                break;
            case 7:
                units = "40000000000";
                break;
            case 8:
                units = pick(2) ? "10000" : "10000.5";
                break;
            default:
                out << eol;
                break; // a blank line, ignored
            }
        }
        out << patient << ',' << day << ',';
        if (extraColumn) out << extra << ',';
        out << product;
        if (!dropColumn) out << ',' << units;
        out << eol;
    }
    return out.str();
}

} // namespace taper::test::screenref
