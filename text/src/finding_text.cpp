// SPDX-License-Identifier: GPL-3.0-or-later
// Shared parts of the finding renderers; the wording itself is in finding_text_en.cpp and
// finding_text_da.cpp (one renderer per language).
#include "finding_text_detail.h"

#include <cmath>
#include <cstdio>

namespace taper::text {

namespace detail {

double num(const Finding &f, std::string_view name)
{
    const FindingValue *v = f.parameter(name);
    return v && std::holds_alternative<double>(*v) ? std::get<double>(*v) : 0.0;
}

std::string str(const Finding &f, std::string_view name)
{
    const FindingValue *v = f.parameter(name);
    return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v) : std::string();
}

bool flag(const Finding &f, std::string_view name)
{
    return str(f, name) == "true";
}

std::string linePrefix(const Finding &f, Lang lang)
{
    if (!f.line) return "";
    return (lang == Lang::Da ? "Linje " : "Line ") + std::to_string(*f.line + 1) + ": ";
}

std::string substanceName(const std::string &id, Lang lang, const Formulary &formulary)
{
    if (lang == Lang::Da)
        if (const Substance *s = formulary.substance(id)) return s->nameDa;
    return id;
}

std::string productName(const std::string &id, const Formulary &formulary)
{
    const Product *p = formulary.product(id);
    return p ? p->nameDa : id;
}

std::string productParam(const Finding &f, std::string_view parameter, const Formulary &formulary)
{
    return productName(str(f, parameter), formulary);
}

std::string substanceParam(const Finding &f, std::string_view parameter, Lang lang,
                           const Formulary &formulary)
{
    return substanceName(str(f, parameter), lang, formulary);
}

std::string substanceList(const std::string &ids, Lang lang, const Formulary &formulary)
{
    std::string out;
    std::size_t start = 0;
    while (start <= ids.size()) {
        std::size_t end = ids.find(", ", start);
        if (end == std::string::npos) end = ids.size();
        out += (out.empty() ? "" : ", ") + substanceName(ids.substr(start, end - start), lang, formulary);
        start = end + 2;
    }
    return out;
}

std::string groupName(const std::string &id, Lang lang, const Formulary &formulary)
{
    const AtcGroup *g = formulary.atcGroup(id);
    if (!g) return id;
    return lang == Lang::Da ? g->nameDa : g->nameEn;
}

std::string dateBefore(const Finding &f, std::string_view days, Date asOf, Lang lang)
{
    return shortDateText(asOf - date::days(static_cast<int>(std::lround(num(f, days)))), lang);
}

std::string routeDa(const std::string &route)
{
    if (route == "oral") return "peroral";
    if (route == "transdermal") return "depotplaster";
    if (route == "rectal") return "rektal";
    if (route == "subcutaneous") return "subkutan";
    if (route == "intravenous") return "intravenøs";
    if (route == "intramuscular") return "intramuskulær";
    return route; // sublingual, buccal, nasal are the same words in Danish
}

} // namespace detail

std::optional<Lang> parseLang(std::string_view text)
{
    if (text == "en") return Lang::En;
    if (text == "da") return Lang::Da;
    return std::nullopt;
}

std::string formatAmount(double value, Lang lang)
{
    char buffer[32];
    const double rounded = std::round(value * 100.0) / 100.0;
    std::snprintf(buffer, sizeof buffer, "%.2f", rounded == 0 ? 0.0 : rounded);
    std::string s = buffer;
    while (!s.empty() && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (lang == Lang::Da)
        for (char &c : s)
            if (c == '.') c = ',';
    return s;
}

std::string severityLabel(Severity severity, Lang lang)
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return lang == Lang::Da ? "advarsel" : "warning";
    case Severity::Critical:
        return lang == Lang::Da ? "kritisk" : "critical";
    }
    return "";
}

std::string findingMessage(const Finding &finding, Lang lang, const Formulary &formulary,
                           std::optional<Date> asOf)
{
    return lang == Lang::Da ? detail::messageDa(finding, formulary, asOf)
                            : detail::messageEn(finding, formulary, asOf);
}

std::string shortDateText(Date d, Lang lang)
{
    static const char *months[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
    const date::year_month_day ymd{d};
    const unsigned day = static_cast<unsigned>(ymd.day()), month = static_cast<unsigned>(ymd.month());
    const std::string year = std::to_string(static_cast<int>(ymd.year()));
    if (lang == Lang::Da) return std::to_string(day) + "." + std::to_string(month) + "." + year;
    return std::to_string(day) + " " + months[month - 1] + " " + year;
}

std::string sourceCitation(std::string_view sourceId, const Formulary &formulary)
{
    const Source *s = formulary.source(sourceId);
    if (!s) return std::string(sourceId);
    return s->title + " (" + s->publisher + ", " + std::to_string(s->year) + ")";
}

} // namespace taper::text
