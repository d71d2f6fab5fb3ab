// SPDX-License-Identifier: GPL-3.0-or-later
// Plan documents and their byte-stable files (docs/plan-format.md); written by taper/atomic_file.h.
#include "plan_internal.h"
#include "taper/atomic_file.h"

#include <filesystem>
#include <regex>
#include <system_error>
#include <utility>

namespace taper {

using json::Json;
using json::ObjectReader;

namespace {

constexpr int kPlanSchema = 1;

} // namespace

bool looksLikeCpr(const std::string &label)
{
    static const std::regex cpr(R"((^|[^0-9])([0-3][0-9][01][0-9][0-9]{2})[- ]?[0-9]{4}([^0-9]|$))");
    return std::regex_search(label, cpr);
}

namespace {

/// A stored tail may be moved by at most this many days (far beyond any hold or re-plan).
constexpr long long kMaxShiftDays = 100'000;

/// How a replaced version is stored against the next newer one: its first `shared` steps are the
/// newer's (frozen by the session), its last `tailSteps` are the newer's last ones moved by `tailDays`
/// (a hold shifts the rest of the plan; a re-plan from the same dose repeats it later), and only the
/// steps between are written out. Steps compare whole (every member).
struct VersionShape {
    std::size_t shared = 0;
    std::size_t tailSteps = 0;
    long long tailDays = 0;
};

Step moved(Step s, long long days, std::size_t index)
{
    s.start += date::days(days);
    if (s.end) *s.end += date::days(days);
    s.index = static_cast<int>(index);
    return s;
}

VersionShape shapeOf(const std::vector<Step> &older, const std::vector<Step> &newer)
{
    VersionShape v;
    while (v.shared < older.size() && v.shared < newer.size() && older[v.shared] == newer[v.shared])
        ++v.shared;
    if (older.size() == v.shared || newer.empty()) return v;
    v.tailDays = (older.back().start - newer.back().start).count();
    while (v.tailSteps < older.size() - v.shared && v.tailSteps < newer.size()) {
        const std::size_t i = older.size() - 1 - v.tailSteps;
        if (!(moved(newer[newer.size() - 1 - v.tailSteps], v.tailDays, i) == older[i])) break;
        ++v.tailSteps;
    }
    return v;
}

/// Rebuilds a stored version from the newer one: `shared` steps, the stored middle, the moved tail.
std::vector<Step> rebuildVersion(ObjectReader &h, const std::vector<Step> &newer, const Formulary &formulary,
                                 const Profile &profile)
{
    const auto count = [&](std::string_view key, long long value) {
        if (value < 0 || value > static_cast<long long>(newer.size()))
            h.fail(key, ProblemCode::history_shared_out_of_range,
                   {std::to_string(value), std::to_string(newer.size())});
        return static_cast<std::size_t>(value);
    };
    const std::size_t shared = count("shared_steps", h.optionalInteger("shared_steps").value_or(0));
    std::vector<Step> steps =
        readSteps(h.array("steps"), h.pointer("steps"), h.file(), formulary, profile,
                  std::vector<Step>(newer.begin(), newer.begin() + static_cast<std::ptrdiff_t>(shared)));
    if (const Json *tail = h.find("shifted_tail")) {
        ObjectReader t(*tail, h.pointer("shifted_tail"), h.file());
        const std::size_t n = count("steps", t.integer("steps"));
        const long long days = t.integer("days");
        if (days < -kMaxShiftDays || days > kMaxShiftDays)
            t.fail("days", ProblemCode::history_shift_out_of_range,
                   {std::to_string(days), std::to_string(kMaxShiftDays)});
        t.finish();
        for (std::size_t k = newer.size() - n; k < newer.size(); ++k) {
            Step s = moved(newer[k], days, steps.size());
            if (!steps.empty() && (!steps.back().end || *steps.back().end + date::days(1) != s.start))
                t.fail("steps", ProblemCode::history_steps_not_adjacent);
            steps.push_back(std::move(s));
        }
    }
    requireOpenLastStep(steps, h.pointer("steps"), h.file());
    return steps;
}

} // namespace

long long readRevision(ObjectReader &r, std::string_view key)
{
    const long long revision = r.integer(key);
    if (revision < 1 || revision > kMaxRevision)
        r.fail(key, ProblemCode::revision_out_of_range,
               {std::to_string(revision), std::to_string(kMaxRevision)});
    return revision;
}

Json toJson(const Plan &plan)
{
    Json j = toJson(plan.schedule);
    j["schema_version"] = kPlanSchema;
    j["revision"] = plan.revision;
    if (plan.label) j["label"] = *plan.label;
    j["created"] = formatIsoDate(plan.created);
    j["regimen"] = toJson(plan.regimen);
    // Each replaced version stores only the steps it does not share with the next newer version (the
    // current steps for the newest): a long course would otherwise repeat the whole plan per session.
    Json history = Json::array();
    const std::vector<ScheduleVersion> &versions = plan.scheduleHistory;
    for (std::size_t i = 0; i < versions.size(); ++i) {
        const ScheduleVersion &v = versions[i];
        const std::vector<Step> &newer =
            i + 1 < versions.size() ? versions[i + 1].steps : plan.schedule.steps;
        const VersionShape shape = shapeOf(v.steps, newer);
        Json entry = {
            {"replaced", formatIsoDate(v.replaced)}, {"reason", v.reason}, {"revision", v.revision}};
        if (shape.shared > 0) entry["shared_steps"] = shape.shared;
        if (shape.tailSteps > 0)
            entry["shifted_tail"] = {{"steps", shape.tailSteps}, {"days", shape.tailDays}};
        const auto first = v.steps.begin();
        entry["steps"] =
            stepsJson(std::vector<Step>(first + static_cast<std::ptrdiff_t>(shape.shared),
                                        v.steps.end() - static_cast<std::ptrdiff_t>(shape.tailSteps)));
        history.push_back(std::move(entry));
    }
    j["schedule_history"] = history;
    j["sessions"] = sessionsJson(plan.sessions);
    return j;
}

Plan readPlan(const Json &doc, const std::string &file, const Formulary &formulary)
{
    json::requireSchemaVersion(doc, file, kPlanSchema);
    ObjectReader r(doc, "", file);
    r.at("schema_version");
    Plan plan;
    plan.revision = static_cast<int>(readRevision(r, "revision"));
    // The label may name the patient: a wrong type is reported without echoing the value.
    if (const Json *label = r.find("label"); label && !label->is_string())
        r.fail("label", ProblemCode::label_not_string);
    plan.label = r.optionalString("label");
    plan.created = readDateMember(r, "created");
    const Json &regimen = r.object("regimen");
    try {
        plan.regimen = readRegimen(regimen, file, formulary, AsOfChoice{std::nullopt, plan.created});
    } catch (const InputError &e) {
        throw InputError(file, "/regimen" + e.where(), e.problem());
    }
    plan.schedule = readSchedule(r, file, formulary);
    const Profile &profile = *formulary.profile(plan.schedule.profile);
    // History entries are rebuilt newest first: each is stored against the next newer version
    // ("shared_steps", "shifted_tail").
    const Json &history = r.array("schedule_history");
    plan.scheduleHistory.resize(history.size());
    for (std::size_t i = history.size(); i-- > 0;) {
        ObjectReader h(history[i], r.pointer("schedule_history") + "/" + std::to_string(i), file);
        ScheduleVersion &v = plan.scheduleHistory[i];
        v.replaced = readDateMember(h, "replaced");
        v.reason = h.string("reason");
        v.revision = static_cast<int>(readRevision(h, "revision"));
        const std::vector<Step> &newer =
            i + 1 < history.size() ? plan.scheduleHistory[i + 1].steps : plan.schedule.steps;
        v.steps = rebuildVersion(h, newer, formulary, profile);
        h.finish();
    }
    plan.sessions = readSessions(r.array("sessions"), r.pointer("sessions"), file, formulary);
    r.finish();
    checkPlanConsistency(plan, file);
    return plan;
}

Plan readPlanFile(const std::string &path, const Formulary &formulary)
{
    return readPlan(json::readFile(path, kMaxPlanFileBytes), path, formulary);
}

void checkPlanReadable(const std::string &text, const std::string &path, const Formulary &formulary)
{
    try {
        (void)readPlan(json::parse(text, path, kMaxPlanFileBytes), path, formulary);
    } catch (const InputError &e) {
        throw InputError(path, e.where(), Problem{ProblemCode::plan_would_be_unreadable, {}, {e.problem()}});
    }
}

std::string planFileText(const Plan &plan)
{
    return toJson(plan).dump(2) + "\n";
}

std::string realPlanPath(const std::string &path)
{
    std::error_code ec;
    const std::string real = std::filesystem::canonical(path, ec).string();
    return ec ? path : real;
}

void writePlanFile(const std::string &path, const Plan &plan, const Formulary &formulary)
{
    const std::string text = planFileText(plan);
    checkPlanReadable(text, path, formulary);
    writeFileAtomically(path, text);
}

} // namespace taper
