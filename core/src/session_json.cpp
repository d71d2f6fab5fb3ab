// SPDX-License-Identifier: GPL-3.0-or-later
// Session records in plan files (docs/plan-format.md, `sessions[]`): written with every key (null when
// not recorded) so the bytes are stable, read strictly, and checked against the steps.
#include "plan_internal.h"

namespace taper {

using json::Json;
using json::ObjectReader;

namespace {

template <class T> Json orNull(const std::optional<T> &v)
{
    return v ? Json(*v) : Json(nullptr);
}

Json sessionJson(const Session &s)
{
    Json actual = nullptr;
    if (s.actual) {
        actual = Json::array();
        for (const RegimenLine &line : s.actual->lines)
            actual.push_back(toJson(line));
    }
    Json increase = nullptr;
    if (s.increase)
        increase = {{"step", s.increase->step},
                    {"from_meq_mg", jsonNumber(s.increase->from.value())},
                    {"to_meq_mg", jsonNumber(s.increase->to.value())}};
    Json j = {{"date", formatIsoDate(s.date)},
              {"by", orNull(s.by)},
              {"step", s.step},
              {"planned_meq_mg", jsonNumber(s.plannedMeq.value())},
              {"actual", actual},
              {"actual_meq_mg", jsonNumber(s.actualMeq.value())},
              {"withdrawal", orNull(s.withdrawal)},
              {"withdrawal_note", orNull(s.withdrawalNote)},
              {"pain_nrs", orNull(s.pain)},
              {"function_note", orNull(s.functionNote)},
              {"decision", std::string(toString(s.decision))},
              {"reason", orNull(s.reason)},
              {"hold_days", orNull(s.holdDays)},
              {"step_percent", s.stepPercent ? jsonNumber(*s.stepPercent) : Json(nullptr)},
              {"interval_days", orNull(s.intervalDays)},
              {"review_date", s.reviewDate ? Json(formatIsoDate(*s.reviewDate)) : Json(nullptr)},
              {"increase", increase},
              {"revision", s.revision}};
    if (s.maintenanceFinding) j["maintenance_finding"] = maintenanceFindingJson(*s.maintenanceFinding);
    return j;
}

std::optional<int> optionalInRange(ObjectReader &r, std::string_view key, int low, int high)
{
    const auto v = r.optionalInteger(key);
    if (v && (*v < low || *v > high))
        r.fail(key, ProblemCode::out_of_range,
               {std::to_string(*v), std::to_string(low), std::to_string(high)});
    return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

std::optional<Date> optionalDate(ObjectReader &r, std::string_view key)
{
    if (!r.find(key)) return std::nullopt;
    return readDateMember(r, key);
}

/// Far more steps than any plan has; keeps step numbers inside int.
constexpr long long kMaxStepIndex = 100'000;

Session readSession(const Json &value, const std::string &pointer, const std::string &file,
                    const Formulary &formulary)
{
    ObjectReader r(value, pointer, file);
    Session s;
    s.date = readDateMember(r, "date");
    s.by = r.optionalString("by");
    const long long step = r.integer("step");
    if (step < 0 || step > kMaxStepIndex)
        r.fail("step", ProblemCode::step_index_negative, {std::to_string(step)});
    s.step = static_cast<int>(step);
    s.plannedMeq = MeqPerDay(r.number("planned_meq_mg"));
    if (const Json *actual = r.find("actual")) {
        if (!actual->is_array()) r.fail("actual", ProblemCode::actual_not_array);
        Regimen taken;
        taken.asOf = s.date;
        for (std::size_t i = 0; i < actual->size(); ++i)
            taken.lines.push_back(readRegimenLine((*actual)[i], r.pointer("actual") + "/" + std::to_string(i),
                                                  file, formulary, s.date, LineUse::Taken));
        s.actual = std::move(taken);
    }
    s.actualMeq = MeqPerDay(r.number("actual_meq_mg"));
    s.withdrawal = optionalInRange(r, "withdrawal", 0, kWithdrawalMax);
    s.withdrawalNote = r.optionalString("withdrawal_note");
    s.pain = optionalInRange(r, "pain_nrs", 0, kPainMax);
    s.functionNote = r.optionalString("function_note");
    s.decision = readEnumMember<SessionDecision>(r, "decision");
    s.reason = r.optionalString("reason");
    s.holdDays = optionalInRange(r, "hold_days", 1, 366);
    s.stepPercent = r.optionalNumber("step_percent");
    s.intervalDays = optionalInRange(r, "interval_days", 1, kMaxIntervalDays);
    s.reviewDate = optionalDate(r, "review_date");
    if (const Json *inc = r.find("increase")) {
        ObjectReader ir(*inc, r.pointer("increase"), file);
        const long long increasedStep = ir.integer("step");
        if (increasedStep < 0 || increasedStep > kMaxStepIndex)
            ir.fail("step", ProblemCode::step_index_negative, {std::to_string(increasedStep)});
        s.increase = MeqIncrease{static_cast<int>(increasedStep), MeqPerDay(ir.number("from_meq_mg")),
                                 MeqPerDay(ir.number("to_meq_mg"))};
        ir.finish();
        if (s.decision != SessionDecision::StepBack)
            r.fail("increase", ProblemCode::increase_without_step_back);
    }
    s.revision = static_cast<int>(readRevision(r, "revision"));
    if (const Json *kept = r.find("maintenance_finding")) {
        if (s.decision != SessionDecision::StopTaper)
            r.fail("maintenance_finding", ProblemCode::maintenance_without_stop);
        s.maintenanceFinding =
            readMaintenanceFinding(*kept, r.pointer("maintenance_finding"), file, formulary);
    }
    r.finish();
    return s;
}

} // namespace

Json sessionsJson(const std::vector<Session> &sessions)
{
    Json a = Json::array();
    for (const Session &s : sessions)
        a.push_back(sessionJson(s));
    return a;
}

std::vector<Session> readSessions(const Json &array, const std::string &pointer, const std::string &file,
                                  const Formulary &formulary)
{
    std::vector<Session> out;
    for (std::size_t i = 0; i < array.size(); ++i)
        out.push_back(readSession(array[i], pointer + "/" + std::to_string(i), file, formulary));
    return out;
}

void checkPlanConsistency(const Plan &plan, const std::string &file)
{
    const std::vector<Step> &steps = plan.schedule.steps;
    int previousRevision = 0;
    for (std::size_t i = 0; i < plan.sessions.size(); ++i) {
        const Session &s = plan.sessions[i];
        const std::string at = "/sessions/" + std::to_string(i);
        if (i > 0 && s.date < plan.sessions[i - 1].date)
            throw InputError(file, at + "/date", {ProblemCode::sessions_out_of_order});
        if (s.step >= static_cast<int>(steps.size()))
            throw InputError(
                file, at + "/step",
                {ProblemCode::session_step_missing, {std::to_string(s.step), std::to_string(steps.size())}});
        if (s.revision <= previousRevision || s.revision > plan.revision)
            throw InputError(file, at + "/revision", {ProblemCode::session_revision_out_of_order});
        if (s.increase && (s.increase->step < 1 || s.increase->step > static_cast<int>(steps.size())))
            throw InputError(file, at + "/increase/step", {ProblemCode::increase_step_missing});
        previousRevision = s.revision;
    }
    // A generated taper never raises the MEQ; only a step_back session may (and records it).
    for (std::size_t k = 1; k < steps.size(); ++k) {
        if (steps[k].totalMeq.value() <= steps[k - 1].totalMeq.value() + 0.005) continue;
        const bool recorded = std::any_of(plan.sessions.begin(), plan.sessions.end(), [&](const Session &s) {
            return s.increase && s.increase->step == static_cast<int>(k);
        });
        if (!recorded)
            throw InputError(file, "/steps/" + std::to_string(k) + "/total_meq_mg",
                             {ProblemCode::step_rises_without_record});
    }
}

} // namespace taper
