#include "taper/rules.h"

#include <algorithm>

namespace taper::rules {

namespace {

Finding make(FindingCode code, Severity severity, std::optional<std::size_t> line, std::string source)
{
    return Finding{code, severity, line, {}, std::move(source)};
}

void checkThresholds(const MeqResult &meq, const Profile &profile, std::vector<Finding> &out)
{
    const MeqPerDay total = meq.total();
    auto add = [&](FindingCode code, Severity severity, const Threshold &t) {
        Finding f = make(code, severity, std::nullopt, t.source);
        f.parameters = {{"total_meq_mg", total.value()},
                        {"threshold_mg", t.valueMg},
                        {"inclusive", std::string(t.inclusive ? "true" : "false")}};
        out.push_back(std::move(f));
    };
    if (profile.highMeq.isExceededBy(total)) add(FindingCode::HighMeq, Severity::Warning, profile.highMeq);
    if (profile.veryHighMeq.isExceededBy(total)) add(FindingCode::VeryHighMeq, Severity::Critical, profile.veryHighMeq);
}

void checkDuration(const Regimen &regimen, const Profile &profile, std::vector<Finding> &out)
{
    for (std::size_t i = 0; i < regimen.lines.size(); ++i) {
        const RegimenLine &line = regimen.lines[i];
        if (line.release != Release::Immediate || line.isPatch()) continue;
        if (!line.since) {
            Finding f = make(FindingCode::DurationUnknown, Severity::Info, i, profile.longTermSource);
            f.parameters = {{"substance", line.substance}, {"limit_days", double(profile.longTermDays)}};
            out.push_back(std::move(f));
            continue;
        }
        const auto days = (regimen.asOf - *line.since).count();
        if (days > profile.longTermDays) {
            Finding f = make(FindingCode::ShortActingLongTerm, Severity::Warning, i, profile.longTermSource);
            f.parameters = {{"substance", line.substance},
                            {"days", double(days)},
                            {"limit_days", double(profile.longTermDays)},
                            {"prn", std::string(line.prn ? "true" : "false")}};
            out.push_back(std::move(f));
        }
    }
}

void checkCoverage(const Regimen &regimen, const MeqResult &meq, const Profile &profile, std::vector<Finding> &out)
{
    for (const auto &m : meq.lines) {
        if (m.conversion) continue;
        const RegimenLine &line = regimen.lines[m.index];
        Finding f = make(FindingCode::NotInProfile, Severity::Warning, m.index,
                         m.exclusion ? m.exclusion->source : profile.source);
        f.parameters = {{"substance", line.substance},
                        {"route", std::string(toString(line.route))},
                        {"profile", profile.id},
                        {"reason", m.exclusion ? m.exclusion->reason : std::string()}};
        out.push_back(std::move(f));
    }
}

} // namespace

std::vector<Finding> check(const Regimen &regimen, const MeqResult &meq, const Profile &profile, const Formulary &)
{
    std::vector<Finding> out;
    checkThresholds(meq, profile, out);
    checkCoverage(regimen, meq, profile, out);
    checkDuration(regimen, profile, out);
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        return a.severity > b.severity;
    });
    return out;
}

} // namespace taper::rules
