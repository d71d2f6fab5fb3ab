#include "finding_text.h"

#include <cmath>
#include <cstdio>

namespace taper::cli {

namespace {

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

std::string substanceName(const Finding &f, Lang lang, const Formulary &formulary)
{
    const std::string id = str(f, "substance");
    if (lang == Lang::Da)
        if (const Substance *s = formulary.substance(id)) return s->nameDa;
    return id;
}

std::string linePrefix(const Finding &f, Lang lang)
{
    if (!f.line) return "";
    return (lang == Lang::Da ? "Linje " : "Line ") + std::to_string(*f.line + 1) + ": ";
}

std::string messageEn(const Finding &f, const Formulary &formulary)
{
    const std::string substance = substanceName(f, Lang::En, formulary);
    const bool inclusive = str(f, "inclusive") == "true";
    switch (f.code) {
    case FindingCode::HighMeq:
        return "Total " + formatAmount(num(f, "total_meq_mg")) + " mg MEQ/day is " +
               (inclusive ? "at or above" : "above") + " the " + formatAmount(num(f, "threshold_mg")) +
               " mg/day threshold: review the indication and consider tapering.";
    case FindingCode::VeryHighMeq:
        return "Total " + formatAmount(num(f, "total_meq_mg")) + " mg MEQ/day is " +
               (inclusive ? "at or above" : "above") + " the " + formatAmount(num(f, "threshold_mg")) +
               " mg/day maximum: reduce the dose.";
    case FindingCode::ShortActingLongTerm:
        return linePrefix(f, Lang::En) + "short-acting " + substance + (str(f, "prn") == "true" ? " (PRN)" : "") +
               " used for " + formatAmount(num(f, "days")) + " days (more than " + formatAmount(num(f, "limit_days")) +
               "): long-term treatment should use a long-acting opioid in fixed doses.";
    case FindingCode::DurationUnknown:
        return linePrefix(f, Lang::En) + "short-acting " + substance +
               " has no start date (\"since\"), so long-term use cannot be assessed.";
    case FindingCode::NotInProfile: {
        const std::string reason = str(f, "reason");
        return linePrefix(f, Lang::En) + substance + " " + str(f, "route") + " is not converted by profile " +
               str(f, "profile") + (reason.empty() ? "" : " (" + reason + ")") + ": the total is partial.";
    }
    }
    return std::string(toString(f.code));
}

std::string routeDa(const std::string &route)
{
    if (route == "oral") return "peroral";
    if (route == "transdermal") return "depotplaster";
    if (route == "sublingual") return "sublingual";
    if (route == "buccal") return "buccal";
    if (route == "nasal") return "nasal";
    if (route == "rectal") return "rektal";
    if (route == "subcutaneous") return "subkutan";
    if (route == "intravenous") return "intravenøs";
    if (route == "intramuscular") return "intramuskulær";
    return route;
}

std::string messageDa(const Finding &f, const Formulary &formulary)
{
    const std::string substance = substanceName(f, Lang::Da, formulary);
    const bool inclusive = str(f, "inclusive") == "true";
    const auto da = [](double v) { return formatAmount(v, Lang::Da); };
    switch (f.code) {
    case FindingCode::HighMeq:
        return "Samlet " + da(num(f, "total_meq_mg")) + " mg morfinækvivalenter/døgn er " +
               (inclusive ? "på eller over" : "over") + " grænsen på " + da(num(f, "threshold_mg")) +
               " mg/døgn: revurdér indikationen og overvej nedtrapning.";
    case FindingCode::VeryHighMeq:
        return "Samlet " + da(num(f, "total_meq_mg")) + " mg morfinækvivalenter/døgn er " +
               (inclusive ? "på eller over" : "over") + " maksimum på " + da(num(f, "threshold_mg")) +
               " mg/døgn: dosis bør nedsættes.";
    case FindingCode::ShortActingLongTerm:
        return linePrefix(f, Lang::Da) + "korttidsvirkende " + substance + (str(f, "prn") == "true" ? " (PN)" : "") +
               " brugt i " + da(num(f, "days")) + " dage (mere end " + da(num(f, "limit_days")) +
               "): langtidsbehandling bør ske med et depotpræparat i faste doser.";
    case FindingCode::DurationUnknown:
        return linePrefix(f, Lang::Da) + "korttidsvirkende " + substance +
               " har ingen startdato (\"since\"), så langtidsbrug kan ikke vurderes.";
    case FindingCode::NotInProfile: {
        const std::string reason = str(f, "reason");
        return linePrefix(f, Lang::Da) + substance + " " + routeDa(str(f, "route")) +
               " kan ikke omregnes med profilen " + str(f, "profile") + (reason.empty() ? "" : " (" + reason + ")") +
               ": totalen er ufuldstændig.";
    }
    }
    return std::string(toString(f.code));
}

} // namespace

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
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (lang == Lang::Da)
        for (char &c : s)
            if (c == '.') c = ',';
    return s;
}

std::string severityLabel(Severity severity, Lang lang)
{
    switch (severity) {
    case Severity::Info: return lang == Lang::Da ? "info" : "info";
    case Severity::Warning: return lang == Lang::Da ? "advarsel" : "warning";
    case Severity::Critical: return lang == Lang::Da ? "kritisk" : "critical";
    }
    return "";
}

std::string findingMessage(const Finding &finding, Lang lang, const Formulary &formulary)
{
    return lang == Lang::Da ? messageDa(finding, formulary) : messageEn(finding, formulary);
}

std::string sourceCitation(std::string_view sourceId, const Formulary &formulary)
{
    const Source *s = formulary.source(sourceId);
    if (!s) return std::string(sourceId);
    return s->title + " (" + s->publisher + ", " + std::to_string(s->year) + ")";
}

} // namespace taper::cli
