// SPDX-License-Identifier: GPL-3.0-or-later
#include "check_report.h"

#include "meq_report.h"
#include "taper/build_info.h"

#include <array>
#include <sstream>

namespace taper::cli {

using json::Json;

namespace {

constexpr std::array<Severity, 3> kOrder{Severity::Critical, Severity::Warning, Severity::Info};

std::string sourceTitleYear(const std::string &id, const Formulary &formulary)
{
    const Source *s = formulary.source(id);
    return s ? s->title + " (" + std::to_string(s->year) + ")" : id;
}

} // namespace

Json checkJson(const CheckInput &in)
{
    Json j = Json::object();
    j["profile"] = in.profile.id;
    j["as_of"] = formatIsoDate(in.asOf);
    Json groups = Json::object();
    for (Severity severity : kOrder) {
        Json list = Json::array();
        for (const auto &f : in.findings) {
            if (f.severity != severity) continue;
            Json o = findingJson(f, in.lang, in.formulary);
            const Source *s = in.formulary.source(f.source);
            o["source_title"] = s ? Json(s->title) : Json(nullptr);
            o["source_year"] = s ? Json(s->year) : Json(nullptr);
            list.push_back(o);
        }
        groups[std::string(toString(severity))] = list;
    }
    j["findings"] = groups;
    j["program_version"] = buildinfo::version();
    return j;
}

std::string checkText(const CheckInput &in)
{
    const bool da = in.lang == Lang::Da;
    std::ostringstream out;
    out << (da ? "Fund (profil " : "Findings (profile ") << in.profile.id
        << (da ? ", opgjort pr. " : ", as of ") << formatIsoDate(in.asOf) << ")\n";
    if (in.findings.empty()) out << "\n" << (da ? "Ingen fund." : "No findings.") << "\n";
    for (Severity severity : kOrder) {
        std::size_t count = 0;
        for (const auto &f : in.findings)
            count += f.severity == severity ? 1 : 0;
        if (!count) continue;
        std::string label = severityLabel(severity, in.lang);
        label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
        out << "\n" << label << " (" << count << ")\n";
        for (const auto &f : in.findings) {
            if (f.severity != severity) continue;
            out << "  " << toString(f.code) << ": " << findingMessage(f, in.lang, in.formulary) << "\n"
                << "      " << (da ? "Kilde: " : "Source: ") << sourceTitleYear(f.source, in.formulary)
                << "\n";
        }
    }
    return out.str();
}

} // namespace taper::cli
