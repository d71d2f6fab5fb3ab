// SPDX-License-Identifier: GPL-3.0-or-later
// FHIR R4 import (taper/fhir.h): the Bundle, each MedicationStatement/MedicationRequest's status,
// medication, effective period and dosages in effect, and the regimen they make.
#include "fhir_internal.h"

#include "taper/plan.h"

namespace taper::fhir {

namespace detail {

void fail(const std::string &file, const std::string &pointer, Problem problem)
{
    throw InputError(file, pointer, std::move(problem));
}

Date readDate(const Json &value, const std::string &file, const std::string &pointer)
{
    if (!value.is_string()) fail(file, pointer, {ProblemCode::not_a_string, {json::quote(value)}});
    const std::string text = value.get<std::string>();
    const bool timeFollows = text.size() > 10 && text[10] == 'T';
    const auto d = (text.size() == 10 || timeFollows) ? parseIsoDate(text.substr(0, 10)) : std::nullopt;
    if (!d)
        fail(file, pointer,
             {ProblemCode::fhir_not_a_datetime, {text.size() <= 40 ? text : text.substr(0, 40)}});
    return *d;
}

} // namespace detail

namespace {

using detail::fail;
using json::Json;

enum class Status { Current, NotCurrent };

/// MedicationStatement and MedicationRequest statuses (R4 value sets): only "active" is taken now;
/// "unknown" cannot be told and is refused.
Status readStatus(const Json &resource, const std::string &type, const std::string &pointer,
                  const std::string &file)
{
    const Json *status = resource.contains("status") ? &resource["status"] : nullptr;
    if (!status) fail(file, pointer + "/status", {ProblemCode::member_missing});
    if (!status->is_string())
        fail(file, pointer + "/status", {ProblemCode::not_a_string, {json::quote(*status)}});
    const std::string s = status->get<std::string>();
    if (s == "active") return Status::Current;
    if (s == "unknown") fail(file, pointer + "/status", {ProblemCode::fhir_status_unknown});
    const bool statement = type == "MedicationStatement";
    const std::vector<std::string> other =
        statement ? std::vector<std::string>{"completed", "entered-in-error", "intended",
                                             "stopped",   "on-hold",          "not-taken"}
                  : std::vector<std::string>{"on-hold",          "cancelled", "completed",
                                             "entered-in-error", "stopped",   "draft"};
    if (std::find(other.begin(), other.end(), s) != other.end()) return Status::NotCurrent;
    std::string expected = "\"active\"";
    for (const std::string &o : other)
        expected += ", \"" + o + "\"";
    fail(file, pointer + "/status", {ProblemCode::not_one_of, {s, expected}});
}

struct Resource {
    const Json *json;
    std::string pointer;
};

void readResource(const Resource &r, const detail::References &refs, const std::string &file,
                  const Formulary &formulary, Date asOf, Import &out)
{
    const Json &res = *r.json;
    const std::string type = res.value("resourceType", std::string());
    if (readStatus(res, type, r.pointer, file) == Status::NotCurrent) {
        out.skipped.push_back({r.pointer, Skipped::Reason::NotCurrent, res["status"].get<std::string>()});
        return;
    }
    const detail::Medication medication = detail::readMedication(res, r.pointer, file, refs, formulary);
    const char *key = type == "MedicationStatement" ? "dosage" : "dosageInstruction";
    const std::string at = r.pointer + "/" + key;
    if (!res.contains(key) || res[key].is_null()) fail(file, at, {ProblemCode::fhir_dosage_missing});
    const Json &list = res[key];
    if (!list.is_array()) fail(file, at, {ProblemCode::not_an_array, {json::quote(list)}});
    if (list.empty()) fail(file, at, {ProblemCode::fhir_dosage_missing});
    std::vector<detail::Dosage> dosages;
    for (std::size_t i = 0; i < list.size(); ++i)
        if (auto d = detail::readDosage(list[i], at + "/" + std::to_string(i), file, asOf))
            dosages.push_back(*d);
    if (dosages.empty()) {
        out.skipped.push_back({r.pointer, Skipped::Reason::NotInEffect, {}});
        return;
    }
    std::optional<Date> since;
    const std::string sincePointer = r.pointer + "/effectivePeriod/start";
    if (type == "MedicationStatement" && res.contains("effectivePeriod") &&
        res["effectivePeriod"].contains("start"))
        since = detail::readDate(res["effectivePeriod"]["start"], file, sincePointer);
    for (RegimenLine &line :
         detail::buildLines(medication, dosages, since, sincePointer, file, formulary, asOf))
        out.regimen.lines.push_back(std::move(line));
}

bool isMedicationUse(const std::string &type)
{
    return type == "MedicationStatement" || type == "MedicationRequest";
}

} // namespace

Import importBundle(const Json &doc, const std::string &file, const Formulary &formulary, Date asOf)
{
    if (!doc.is_object()) fail(file, "", {ProblemCode::json_top_not_object, {json::quote(doc)}});
    const Json *type = doc.contains("resourceType") ? &doc["resourceType"] : nullptr;
    if (!type) fail(file, "/resourceType", {ProblemCode::member_missing});
    if (!type->is_string())
        fail(file, "/resourceType", {ProblemCode::fhir_not_medication, {json::quote(*type)}});
    detail::References refs;
    std::vector<Resource> uses;
    if (*type == "Bundle") {
        if (doc.contains("entry")) {
            const Json &entries = doc["entry"];
            if (!entries.is_array())
                fail(file, "/entry", {ProblemCode::not_an_array, {json::quote(entries)}});
            for (std::size_t i = 0; i < entries.size(); ++i) {
                const Json &e = entries[i];
                if (!e.is_object() || !e.contains("resource") || !e["resource"].is_object()) continue;
                const std::string pointer = "/entry/" + std::to_string(i) + "/resource";
                refs.add(e["resource"], pointer, e.value("fullUrl", std::string()));
                if (isMedicationUse(e["resource"].value("resourceType", std::string())))
                    uses.push_back({&e["resource"], pointer});
            }
        }
    } else if (isMedicationUse(type->get<std::string>())) {
        uses.push_back({&doc, ""});
    } else {
        fail(file, "/resourceType", {ProblemCode::fhir_not_medication, {type->get<std::string>()}});
    }
    Import out;
    out.regimen.asOf = asOf;
    out.regimen.asOfInFile = asOf;
    for (const Resource &r : uses)
        readResource(r, refs, file, formulary, asOf, out);
    if (out.regimen.lines.empty())
        fail(file, "", {ProblemCode::fhir_nothing_in_effect, {dateToken(formatIsoDate(asOf))}});
    if (out.regimen.lines.size() > 200)
        fail(file, "", {ProblemCode::lines_too_many, {std::to_string(out.regimen.lines.size()), "200"}});
    return out;
}

Import importFile(const std::string &path, const Formulary &formulary, Date asOf)
{
    const std::string name = path == "-" ? "<stdin>" : path;
    return importBundle(json::readFile(path, kMaxPlanFileBytes), name, formulary, asOf);
}

} // namespace taper::fhir
