// SPDX-License-Identifier: GPL-3.0-or-later
#include "meq_report.h"

#include "taper/build_info.h"
#include "taper/meq_compare.h"
#include "text_columns.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace taper::cli {

using json::Json;

namespace {

double hundredths(double v)
{
    const double r = std::round(v * 100.0) / 100.0;
    return r == 0 ? 0.0 : r;
}

Json optionalMeq(const std::optional<MeqPerDay> &q)
{
    return q ? Json(hundredths(q->value())) : Json(nullptr);
}

} // namespace

Json findingJson(const Finding &f, Lang lang, const Formulary &formulary)
{
    Json o = Json::object();
    o["code"] = toString(f.code);
    o["severity"] = toString(f.severity);
    o["line"] = f.line ? Json(*f.line) : Json(nullptr);
    o["message"] = findingMessage(f, lang, formulary);
    o["source"] = f.source;
    Json params = Json::object();
    for (const auto &[key, value] : f.parameters)
        params[key] = std::holds_alternative<double>(value) ? Json(std::get<double>(value))
                                                            : Json(std::get<std::string>(value));
    o["parameters"] = params;
    return o;
}

Json meqJson(const MeqReportInput &in)
{
    const MeqResult &r = in.result;
    Json j = Json::object();
    j["profile"] = r.profile;
    j["as_of"] = formatIsoDate(r.asOf);
    j["total_meq_mg"] = hundredths(r.total().value());
    j["scheduled_meq_mg"] = hundredths(r.scheduled.value());
    j["prn_meq_mg"] = hundredths(r.prn.value());
    j["prn_used_meq_mg"] = optionalMeq(r.prnUsed);
    j["total_is_partial"] = r.totalIsPartial;
    const MeqRange totalRange = meq::totalRange(r);
    j["total_meq_range_mg"] =
        Json::array({hundredths(totalRange.low.value()), hundredths(totalRange.high.value())});
    Json lines = Json::array();
    for (const auto &m : r.lines) {
        const RegimenLine &line = in.regimen.lines[m.index];
        Json l = Json::object();
        l["index"] = m.index;
        l["product"] = line.product ? Json(*line.product) : Json(nullptr);
        l["substance"] = line.substance;
        l["route"] = toString(line.route);
        l["release"] = toString(line.release);
        l["prn"] = line.prn;
        l["daily_amount"] = hundredths(valueOf(m.daily));
        l["daily_unit"] = unitName(m.daily);
        l["daily_amount_used"] = m.dailyUsed ? Json(hundredths(valueOf(*m.dailyUsed))) : Json(nullptr);
        l["factor"] = m.factor ? Json(*m.factor) : Json(nullptr);
        l["factor_range"] = m.conversion
                                ? Json::array({m.conversion->range.first, m.conversion->range.second})
                                : Json(nullptr);
        l["tiered"] = m.conversion && m.conversion->isTiered();
        l["meq_mg"] = optionalMeq(m.meq);
        l["meq_used_mg"] = optionalMeq(m.meqUsed);
        const auto range = meq::rangeOf(m);
        l["meq_range_mg"] =
            range ? Json::array({hundredths(range->low.value()), hundredths(range->high.value())})
                  : Json(nullptr);
        l["source"] = m.conversion ? Json(m.conversion->source)
                                   : (m.exclusion ? Json(m.exclusion->source) : Json(nullptr));
        l["arithmetic"] = lineArithmetic(line, m, Lang::En);
        lines.push_back(l);
    }
    j["lines"] = lines;
    Json coMedications = Json::array();
    for (std::size_t i = 0; i < in.regimen.lines.size(); ++i) {
        const RegimenLine &line = in.regimen.lines[i];
        if (!line.coMedication) continue;
        coMedications.push_back({{"index", i},
                                 {"substance", line.substance.empty() ? Json(nullptr) : Json(line.substance)},
                                 {"atc", line.atc ? Json(*line.atc) : Json(nullptr)},
                                 {"group", line.group.empty() ? Json(nullptr) : Json(line.group)}});
    }
    j["co_medications"] = coMedications;
    Json findings = Json::array();
    for (const auto &f : in.findings)
        findings.push_back(findingJson(f, in.lang, in.formulary));
    j["findings"] = findings;
    j["program_version"] = buildinfo::version();
    return j;
}

std::string meqText(const MeqReportInput &in)
{
    const bool da = in.lang == Lang::Da;
    const MeqResult &r = in.result;
    const auto n = [&](double v) { return formatAmount(v, in.lang); };
    std::ostringstream out;
    out << (da ? "Morfinækvivalenter (MEQ) pr. døgn" : "Daily oral morphine equivalents (MEQ)") << "\n";
    out << (da ? "Profil: " : "Profile: ") << in.profile.id << " - " << in.profile.name << "\n";
    out << (da ? "Opgjort pr.: " : "As of: ") << formatIsoDate(r.asOf) << "\n\n";
    out << padRight("#", 4) << padRight(da ? "Linje" : "Line", 34)
        << padRight(da ? "Udregning" : "Arithmetic", 46) << (da ? "Kilde" : "Source") << "\n";
    for (const auto &m : r.lines) {
        const RegimenLine &line = in.regimen.lines[m.index];
        const std::string source =
            m.conversion ? m.conversion->source : (m.exclusion ? m.exclusion->source : "-");
        out << padRight(std::to_string(m.index + 1), 4)
            << padRight(lineLabel(line, in.formulary, in.lang), 34)
            << padRight(lineArithmetic(line, m, in.lang), 46) << source << "\n";
        if (m.meqUsed)
            out << padRight("", 4) << padRight(da ? "  faktisk brug" : "  as used", 34)
                << lineArithmetic(line, m, in.lang, true) << "\n";
        if (m.conversion && m.conversion->isTiered())
            out << padRight("", 38)
                << (da ? "(trinvis faktor efter samlet døgndosis)" : "(tiered factor by total daily dose)")
                << "\n";
    }
    for (std::size_t i = 0; i < in.regimen.lines.size(); ++i)
        if (in.regimen.lines[i].coMedication)
            out << padRight(std::to_string(i + 1), 4)
                << padRight(lineLabel(in.regimen.lines[i], in.formulary, in.lang), 34)
                << (da ? "anden medicin - indgår ikke i MEQ" : "co-medication - not part of the MEQ") << "\n";
    out << "\n";
    const std::string unit = da ? " mg MEQ/døgn" : " mg MEQ/day";
    out << padRight(da ? "Faste doser" : "Scheduled", 30) << n(r.scheduled.value()) << unit << "\n";
    out << padRight(da ? "PN ved maksimum" : "PRN at maximum", 30) << n(r.prn.value()) << unit << "\n";
    if (r.prnUsed && r.prn.value() > 0)
        out << padRight(da ? "PN som brugt" : "PRN as used", 30) << n(r.prnUsed->value()) << unit << "\n";
    out << padRight(da ? "I alt" : "Total", 30) << n(r.total().value()) << unit
        << (r.totalIsPartial ? (da ? "  (ufuldstændig: linjer kunne ikke omregnes)"
                                   : "  (partial: some lines not converted)")
                             : "")
        << "\n";
    const MeqRange range = meq::totalRange(r);
    out << padRight(da ? "Interval (publicerede faktorer)" : "Range (published factors)", 30)
        << n(range.low.value()) << "-" << n(range.high.value()) << unit << "\n\n";
    if (in.findings.empty()) {
        out << (da ? "Ingen fund." : "No findings.") << "\n";
    } else {
        out << (da ? "Fund" : "Findings") << "\n";
        for (const auto &f : in.findings) {
            out << "  [" << severityLabel(f.severity, in.lang) << "] " << toString(f.code) << ": "
                << findingMessage(f, in.lang, in.formulary) << "\n";
            out << "      " << (da ? "Kilde: " : "Source: ") << sourceCitation(f.source, in.formulary)
                << "\n";
        }
    }
    out << "\n" << (da ? "Faktorernes kilder: " : "Factor sources: ");
    std::vector<std::string> seen;
    for (const auto &m : r.lines)
        if (m.conversion && std::find(seen.begin(), seen.end(), m.conversion->source) == seen.end())
            seen.push_back(m.conversion->source);
    for (std::size_t i = 0; i < seen.size(); ++i)
        out << (i ? "; " : "") << seen[i] << " = " << sourceCitation(seen[i], in.formulary);
    out << "\n"
        << (da ? "Beslutningsstøtte - ikke en ordination." : "Decision support - not a prescription.")
        << "\n";
    return out.str();
}

} // namespace taper::cli
