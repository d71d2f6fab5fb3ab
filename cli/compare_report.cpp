// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare_report.h"

#include "meq_report.h"
#include "taper/build_info.h"
#include "taper/rules.h"

#include <cmath>
#include <sstream>

namespace taper::cli {

using json::Json;

namespace {

std::string padTo(std::string s, std::size_t width)
{
    std::size_t length = 0;
    for (unsigned char c : s)
        length += (c & 0xC0) != 0x80; // code points, so Danish letters line up
    if (length < width) s.append(width - length, ' ');
    return s;
}

/// "120 (96-160)" or "-" for a cell that the profile does not convert.
std::string cell(double meq, double low, double high, Lang lang)
{
    if (std::isnan(meq)) return "-";
    return formatAmount(meq, lang) + " (" + formatAmount(low, lang) + "-" + formatAmount(high, lang) + ")";
}

constexpr std::size_t kLabelWidth = 34;
constexpr std::size_t kCellWidth = 24;

} // namespace

Json compareJson(const CompareInput &in)
{
    const MeqComparison &c = in.comparison;
    Json j = Json::object();
    j["as_of"] = formatIsoDate(in.regimen.asOf);
    Json ids = Json::array();
    Json comparison = Json::object();
    for (std::size_t p = 0; p < c.profiles.size(); ++p) {
        const Profile &profile = *c.profiles[p];
        const auto findings = rules::check(in.regimen, c.results[p], profile, in.formulary);
        Json one =
            meqJson(MeqReportInput{in.regimen, c.results[p], findings, profile, in.formulary, in.lang});
        one.erase("program_version");
        ids.push_back(profile.id);
        comparison[profile.id] = one;
    }
    j["profiles"] = ids;
    j["comparison"] = comparison;
    j["program_version"] = buildinfo::version();
    return j;
}

std::string compareText(const CompareInput &in)
{
    const bool da = in.lang == Lang::Da;
    const MeqComparison &c = in.comparison;
    std::ostringstream out;
    out << (da ? "Morfinækvivalenter (mg/døgn) side om side, med interval fra de publicerede faktorer"
               : "Morphine equivalents (mg/day) side by side, with the range from the published factors")
        << "\n"
        << (da ? "Opgjort pr.: " : "As of: ") << formatIsoDate(in.regimen.asOf) << "\n\n";
    out << padTo("#", 4) << padTo(da ? "Linje" : "Line", kLabelWidth);
    for (const Profile *p : c.profiles)
        out << padTo(p->id, kCellWidth);
    out << "\n";
    for (Eigen::Index row = 0; row < c.meq.rows(); ++row) {
        const std::size_t index = c.lines[static_cast<std::size_t>(row)];
        out << padTo(std::to_string(index + 1), 4)
            << padTo(lineLabel(in.regimen.lines[index], in.formulary, in.lang), kLabelWidth);
        for (Eigen::Index p = 0; p < c.meq.cols(); ++p)
            out << padTo(cell(c.meq(row, p), c.low(row, p), c.high(row, p), in.lang), kCellWidth);
        out << "\n";
    }
    out << padTo("", 4) << padTo(da ? "I alt (PN ved maksimum)" : "Total (PRN at maximum)", kLabelWidth);
    for (Eigen::Index p = 0; p < c.total.size(); ++p) {
        const bool partial = c.results[static_cast<std::size_t>(p)].totalIsPartial;
        out << padTo(cell(c.total(p), c.totalLow(p), c.totalHigh(p), in.lang) + (partial ? "*" : ""),
                     kCellWidth);
    }
    out << "\n\n";
    bool anyPartial = false;
    for (const auto &r : c.results)
        anyPartial = anyPartial || r.totalIsPartial;
    if (anyPartial)
        out << (da ? "- = omregnes ikke af profilen; * = totalen er ufuldstændig."
                   : "- = not converted by the profile; * = the total is partial.")
            << "\n";
    std::size_t coMedications = 0;
    for (const auto &line : in.regimen.lines)
        coMedications += line.coMedication ? 1 : 0;
    if (coMedications)
        out << coMedications
            << (da ? " linje(r) med anden medicin indgår ikke i MEQ."
                   : " co-medication line(s) not part of the MEQ.")
            << "\n";
    out << (da ? "Beslutningsstøtte - ikke en ordination." : "Decision support - not a prescription.")
        << "\n";
    return out.str();
}

} // namespace taper::cli
