// SPDX-License-Identifier: GPL-3.0-or-later
// The threshold finding a stop_taper session keeps for its maintenance dose (issue 16 item 11):
// `maintenance_finding` in a session record (docs/plan-format.md), written only when there is one.
#include "plan_internal.h"

#include <cmath>

namespace taper {

using json::Json;
using json::ObjectReader;

namespace {

constexpr std::string_view kNumbers[] = {"total_meq_mg", "threshold_mg"};
constexpr std::string_view kFlags[] = {"inclusive", "methadone_in_total"};

std::string_view textOf(const Finding &f, std::string_view key)
{
    const FindingValue *v = f.parameter(key);
    return v && std::holds_alternative<std::string>(*v) ? std::string_view(std::get<std::string>(*v))
                                                        : "false";
}

} // namespace

Finding maintenanceFinding(const Finding &threshold)
{
    Finding kept{threshold.code, threshold.severity, std::nullopt, {}, threshold.source};
    for (std::string_view key : kNumbers)
        if (const FindingValue *v = threshold.parameter(key)) kept.parameters.emplace_back(key, *v);
    for (std::string_view key : kFlags)
        kept.parameters.emplace_back(key, std::string(textOf(threshold, key)));
    return kept;
}

Json maintenanceFindingJson(const Finding &f)
{
    Json j = {{"code", std::string(toString(f.code))}, {"severity", std::string(toString(f.severity))}};
    for (std::string_view key : kNumbers)
        if (const FindingValue *v = f.parameter(key); v && std::holds_alternative<double>(*v))
            j[std::string(key)] = jsonNumber(std::get<double>(*v));
    for (std::string_view key : kFlags)
        j[std::string(key)] = textOf(f, key) == "true";
    j["source"] = f.source;
    return j;
}

Finding readMaintenanceFinding(const Json &value, const std::string &pointer, const std::string &file,
                               const Formulary &formulary)
{
    ObjectReader r(value, pointer, file);
    const std::string code = r.string("code");
    const bool veryHigh = code == toString(FindingCode::VeryHighMeq);
    if (!veryHigh && code != toString(FindingCode::HighMeq))
        r.fail("code", ProblemCode::maintenance_code_unknown);
    Finding f{veryHigh ? FindingCode::VeryHighMeq : FindingCode::HighMeq,
              veryHigh ? Severity::Critical : Severity::Warning,
              std::nullopt,
              {},
              {}};
    if (r.string("severity") != toString(f.severity))
        r.fail("severity", ProblemCode::maintenance_severity_wrong,
               {std::string(toString(f.severity)), code});
    for (std::string_view key : kNumbers) {
        const double v = r.number(key);
        if (!std::isfinite(v) || v <= 0) r.fail(key, ProblemCode::maintenance_meq_not_positive);
        f.parameters.emplace_back(key, v);
    }
    for (std::string_view key : kFlags)
        f.parameters.emplace_back(key, std::string(r.boolean(key) ? "true" : "false"));
    f.source = r.string("source");
    if (!formulary.source(f.source)) r.fail("source", ProblemCode::source_unknown);
    r.finish();
    return f;
}

} // namespace taper
