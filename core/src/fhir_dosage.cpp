// SPDX-License-Identifier: GPL-3.0-or-later
// FHIR R4 Dosage and Timing (hl7.org/fhir/R4/dosage.html, datatypes.html#Timing) as the import reads
// them: one dose quantity, a daily rhythm (frequency/period, when, timeOfDay), as-needed with its
// maximum, the route, and the bounds that say whether the dosage is in effect.
#include "fhir_internal.h"
#include "text_fields.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

namespace taper::fhir::detail {

namespace {

double positiveJsonNumber(const Json &value, const std::string &file, const std::string &pointer)
{
    if (!value.is_number()) fail(file, pointer, {ProblemCode::not_a_number, {json::quote(value)}});
    const double v = value.get<double>();
    if (!std::isfinite(v)) fail(file, pointer, {ProblemCode::not_finite, {json::quote(value)}});
    if (!(v > 0)) fail(file, pointer, {ProblemCode::not_above, {json::quote(value), "0"}});
    return v;
}

std::string stringAt(const Json &object, const char *key, const std::string &file, const std::string &pointer)
{
    const Json *v = member(object, key);
    if (!v) return {};
    if (!v->is_string()) fail(file, pointer + "/" + key, {ProblemCode::not_a_string, {json::quote(*v)}});
    return v->get<std::string>();
}

/// Elements whose meaning the regimen cannot hold: refused rather than dropped.
void refuseElements(const Json &object, std::initializer_list<const char *> keys, const std::string &file,
                    const std::string &pointer)
{
    for (const char *key : keys)
        if (member(object, key))
            fail(file, pointer + "/" + key, {ProblemCode::fhir_unsupported_element, {key}});
}

/// Unit words of the Danish medication record's dose units and UCUM's annotations.
const std::map<std::string, UnitFamily, std::less<>> &unitWords()
{
    static const std::map<std::string, UnitFamily, std::less<>> words{
        {"tablet", UnitFamily::Tablets},
        {"tabletter", UnitFamily::Tablets},
        {"depottablet", UnitFamily::DepotTablets},
        {"depottabletter", UnitFamily::DepotTablets},
        {"smeltetablet", UnitFamily::OrodispersibleTablets},
        {"smeltetabletter", UnitFamily::OrodispersibleTablets},
        {"resoriblet", UnitFamily::SublingualTablets},
        {"resoribletter", UnitFamily::SublingualTablets},
        {"{tablet}", UnitFamily::Tablets},
        {"kapsel", UnitFamily::Capsules},
        {"kapsler", UnitFamily::Capsules},
        {"depotkapsel", UnitFamily::Capsules},
        {"depotkapsler", UnitFamily::Capsules},
        {"{capsule}", UnitFamily::Capsules},
        {"plaster", UnitFamily::Patches},
        {"plastre", UnitFamily::Patches},
        {"{patch}", UnitFamily::Patches},
        {"brev", UnitFamily::Sachets},
        {"breve", UnitFamily::Sachets},
        {"{sachet}", UnitFamily::Sachets},
        {"stikpille", UnitFamily::Suppositories},
        {"stikpiller", UnitFamily::Suppositories},
        {"{suppository}", UnitFamily::Suppositories},
        {"stk", UnitFamily::Any},
        {"stk.", UnitFamily::Any},
        {"{unit}", UnitFamily::Any},
    };
    return words;
}

/// A dose quantity by its UCUM code (system http://unitsofmeasure.org) or, without a system, by its
/// unit as written.
DoseAmount readQuantity(const Json &q, const std::string &file, const std::string &pointer)
{
    if (!q.is_object()) fail(file, pointer, {ProblemCode::not_an_object, {json::quote(q)}});
    refuseElements(q, {"comparator"}, file, pointer);
    const Json *value = member(q, "value");
    if (!value) fail(file, pointer + "/value", {ProblemCode::member_missing});
    DoseAmount a;
    a.value = positiveJsonNumber(*value, file, pointer + "/value");
    const std::string system = stringAt(q, "system", file, pointer);
    const std::string code = stringAt(q, "code", file, pointer), unit = stringAt(q, "unit", file, pointer);
    if (!system.empty() && system != kUcumSystem)
        fail(file, pointer + "/system", {ProblemCode::fhir_dose_unit_unknown, {system + " " + code}});
    a.unit = system.empty() ? unit : code;
    const std::string word = taper::detail::asciiLower(a.unit);
    if (word == "mg") {
        a.kind = DoseKind::Mg;
    } else if (word == "g") {
        a.kind = DoseKind::Mg;
        a.value *= 1000;
    } else if (word == "ug" || (system.empty() && (word == "mcg" || word == "mikrogram" || word == "µg"))) {
        a.kind = DoseKind::Mcg;
    } else if (word == "ml") {
        a.kind = DoseKind::Ml;
    } else if (auto it = unitWords().find(word);
               it != unitWords().end() && (system.empty() || word.front() == '{')) {
        a.kind = DoseKind::Units;
        a.family = it->second;
    } else {
        fail(file, pointer + (system.empty() ? "/unit" : "/code"),
             {ProblemCode::fhir_dose_unit_unknown, {a.unit.empty() ? std::string("-") : a.unit}});
    }
    return a;
}

DoseAmount readFhirDose(const Json &dosage, const std::string &file, const std::string &pointer)
{
    const Json *list = member(dosage, "doseAndRate");
    if (!list) {
        if (!member(dosage, "timing") && member(dosage, "text"))
            fail(file, pointer, {ProblemCode::fhir_dosage_text_only});
        fail(file, pointer + "/doseAndRate", {ProblemCode::member_missing});
    }
    if (!list->is_array())
        fail(file, pointer + "/doseAndRate", {ProblemCode::not_an_array, {json::quote(*list)}});
    if (list->size() != 1)
        fail(file, pointer + "/doseAndRate", {ProblemCode::too_many, {std::to_string(list->size()), "1"}});
    const std::string at = pointer + "/doseAndRate/0";
    const Json &dr = list->front();
    refuseElements(dr, {"doseRange", "rateRatio", "rateRange", "rateQuantity"}, file, at);
    const Json *q = member(dr, "doseQuantity");
    if (!q) fail(file, at + "/doseQuantity", {ProblemCode::member_missing});
    return readQuantity(*q, file, at + "/doseQuantity");
}

/// Hours in one period unit (UCUM units of time as Timing uses them); only h, d and wk fit a daily regimen.
double unitHours(const std::string &unit, const std::string &file, const std::string &pointer)
{
    if (unit == "h") return 1;
    if (unit == "d") return 24;
    if (unit == "wk") return 168;
    fail(file, pointer, {ProblemCode::not_one_of, {unit, "\"h\", \"d\", \"wk\""}});
}

std::optional<Slot> slotOf(const std::string &code)
{
    if (code == "MORN") return Slot::Morning;
    if (code == "NOON") return Slot::Noon;
    if (code == "EVE") return Slot::Evening;
    if (code == "NIGHT") return Slot::Night;
    return std::nullopt;
}

void readWhen(const Json &when, Dosage &d, const std::string &file, const std::string &pointer)
{
    if (!when.is_array()) fail(file, pointer, {ProblemCode::not_an_array, {json::quote(when)}});
    for (std::size_t i = 0; i < when.size(); ++i) {
        const std::string at = pointer + "/" + std::to_string(i);
        if (!when[i].is_string()) fail(file, at, {ProblemCode::not_a_string, {json::quote(when[i])}});
        const std::string code = when[i].get<std::string>();
        const auto slot = slotOf(code);
        if (!slot) fail(file, at, {ProblemCode::fhir_when_unsupported, {code}});
        if (std::find(d.slots.begin(), d.slots.end(), *slot) != d.slots.end())
            fail(file, at, {ProblemCode::fhir_when_twice, {code}});
        d.slots.push_back(*slot);
    }
}

std::optional<std::pair<Date, Date>> readBounds(const Json &repeat, const std::string &file,
                                                const std::string &pointer, bool &inEffect, Date asOf)
{
    const Json *bounds = member(repeat, "boundsPeriod");
    if (!bounds) return std::nullopt;
    const std::string at = pointer + "/boundsPeriod";
    std::optional<Date> start, end;
    if (const Json *s = member(*bounds, "start")) start = readDate(*s, file, at + "/start");
    if (const Json *e = member(*bounds, "end")) end = readDate(*e, file, at + "/end");
    if (start && end && *end < *start) fail(file, at, {ProblemCode::fhir_bounds_reversed});
    inEffect = (!start || *start <= asOf) && (!end || asOf <= *end);
    return std::nullopt;
}

/// timing.repeat: the rhythm. Returns false when the bounds leave the dosage out of effect.
bool readTiming(const Json &timing, Dosage &d, const std::string &file, const std::string &pointer, Date asOf)
{
    refuseElements(timing, {"event", "code", "modifierExtension"}, file, pointer);
    const Json *repeat = member(timing, "repeat");
    if (!repeat) return true;
    const std::string at = pointer + "/repeat";
    refuseElements(*repeat,
                   {"boundsDuration", "boundsRange", "count", "countMax", "duration", "durationMax",
                    "frequencyMax", "periodMax", "dayOfWeek", "offset", "modifierExtension"},
                   file, at);
    bool inEffect = true;
    readBounds(*repeat, file, at, inEffect, asOf);
    if (!inEffect) return false;
    if (const Json *when = member(*repeat, "when")) readWhen(*when, d, file, at + "/when");
    const Json *times = member(*repeat, "timeOfDay");
    if (times && !d.slots.empty())
        fail(file, at + "/timeOfDay", {ProblemCode::fhir_unsupported_element, {"timeOfDay"}});
    const Json *frequency = member(*repeat, "frequency"), *period = member(*repeat, "period");
    std::optional<double> perHour;
    if (frequency || period) {
        const double f = frequency ? positiveJsonNumber(*frequency, file, at + "/frequency") : 1;
        if (frequency && !frequency->is_number_integer())
            fail(file, at + "/frequency", {ProblemCode::not_whole, {json::quote(*frequency)}});
        if (!period) fail(file, at + "/period", {ProblemCode::member_missing});
        const double p = positiveJsonNumber(*period, file, at + "/period");
        const std::string unit = stringAt(*repeat, "periodUnit", file, at);
        if (unit.empty()) fail(file, at + "/periodUnit", {ProblemCode::member_missing});
        perHour = f / (p * unitHours(unit, file, at + "/periodUnit"));
        d.rhythm = json::formatNumber(f) + "/" + json::formatNumber(p) + " " + unit;
    }
    const std::size_t fixedTimes = times ? times->size() : d.slots.size();
    if (times && !times->is_array())
        fail(file, at + "/timeOfDay", {ProblemCode::not_an_array, {json::quote(*times)}});
    if (fixedTimes > 0) {
        if (perHour && std::abs(*perHour * 24 - 1) > 1e-9) // once a day at each time named
            fail(file, at + "/frequency",
                 {ProblemCode::fhir_when_with_frequency,
                  {d.rhythm.substr(0, d.rhythm.find('/')), d.rhythm.substr(d.rhythm.find('/') + 1)}});
        if (times) {
            std::set<std::string> distinct;
            for (const Json &t : *times)
                if (t.is_string()) distinct.insert(t.get<std::string>());
            if (distinct.size() != times->size())
                fail(file, at + "/timeOfDay", {ProblemCode::fhir_unsupported_element, {"timeOfDay"}});
            d.perDay = double(times->size());
        }
        return true;
    }
    if (perHour) {
        d.perDay = *perHour * 24;
        d.perWeek = *perHour * 168;
    }
    return true;
}

/// maxDosePerPeriod as administrations a day (its numerator in the dose's unit, per 1 d or 24 h).
std::optional<double> readMaxPerDay(const Json &dosage, const DoseAmount &dose, const std::string &file,
                                    const std::string &pointer)
{
    const Json *ratio = member(dosage, "maxDosePerPeriod");
    if (!ratio) return std::nullopt;
    const std::string at = pointer + "/maxDosePerPeriod";
    const Json *num = member(*ratio, "numerator"), *den = member(*ratio, "denominator");
    if (!num) fail(file, at + "/numerator", {ProblemCode::member_missing});
    if (!den) fail(file, at + "/denominator", {ProblemCode::member_missing});
    const DoseAmount n = readQuantity(*num, file, at + "/numerator");
    if (n.kind != dose.kind || (n.kind == DoseKind::Units && n.family != dose.family))
        fail(file, at + "/numerator", {ProblemCode::fhir_dose_unit_unknown, {n.unit}});
    if (!den->is_object()) fail(file, at + "/denominator", {ProblemCode::not_an_object, {json::quote(*den)}});
    const Json *dv = member(*den, "value");
    if (!dv) fail(file, at + "/denominator/value", {ProblemCode::member_missing});
    const double days =
        positiveJsonNumber(*dv, file, at + "/denominator/value") *
        unitHours(den->value("code", den->value("unit", std::string())), file, at + "/denominator/code") / 24;
    if (std::abs(days - 1) > 1e-9)
        fail(file, at + "/denominator",
             {ProblemCode::fhir_not_daily, {json::formatNumber(n.value), json::formatNumber(days) + " d"}});
    const double times = n.value / dose.value;
    if (std::abs(times - std::round(times)) > 1e-9)
        fail(file, at, {ProblemCode::fhir_prn_max_not_whole, {json::formatNumber(times)}});
    return std::round(times);
}

/// dosage.route by SNOMED CT (the FHIR R4 route value set) or the Danish Medicines Agency's LMS11 codes.
std::optional<Route> readRoute(const Json &dosage, const std::string &file, const std::string &pointer)
{
    const Json *route = member(dosage, "route");
    if (!route) return std::nullopt;
    static const std::map<std::string, Route, std::less<>> snomed{
        {"26643006", Route::Oral},         {"45890007", Route::Transdermal},
        {"37839007", Route::Sublingual},   {"54471007", Route::Buccal},
        {"46713006", Route::Nasal},        {"37161004", Route::Rectal},
        {"34206005", Route::Subcutaneous}, {"47625008", Route::Intravenous},
        {"78421000", Route::Intramuscular}};
    static const std::map<std::string, Route, std::less<>> lms{
        {"OR", Route::Oral}, {"SC", Route::Subcutaneous}, {"IM", Route::Intramuscular}};
    std::string system, code;
    if (const Json *codings = member(*route, "coding"); codings && codings->is_array()) {
        for (const Json &c : *codings) {
            system = c.value("system", std::string());
            code = c.value("code", std::string());
            const auto &table = system == kSnomedSystem ? snomed : lms;
            if (system != kSnomedSystem && system != kLmsRouteSystem) continue;
            if (auto it = table.find(code); it != table.end()) return it->second;
        }
    }
    fail(file, pointer + "/route",
         {ProblemCode::fhir_route_unmapped, {system.empty() ? "-" : system, code.empty() ? "-" : code}});
}

} // namespace

bool familyFits(UnitFamily family, Form form)
{
    switch (family) {
    case UnitFamily::Tablets:
        return form == Form::Tablet || form == Form::DepotTablet || form == Form::OrodispersibleTablet ||
               form == Form::SublingualTablet;
    case UnitFamily::DepotTablets:
        return form == Form::DepotTablet;
    case UnitFamily::OrodispersibleTablets:
        return form == Form::OrodispersibleTablet;
    case UnitFamily::SublingualTablets:
        return form == Form::SublingualTablet;
    case UnitFamily::Capsules:
        return form == Form::Capsule || form == Form::DepotCapsule;
    case UnitFamily::DepotCapsules:
        return form == Form::DepotCapsule;
    case UnitFamily::Patches:
        return form == Form::Patch;
    case UnitFamily::Sachets:
        return form == Form::DepotGranules;
    case UnitFamily::Suppositories:
        return form == Form::Suppository;
    case UnitFamily::Any:
        return form != Form::OralSolution && form != Form::Injection;
    case UnitFamily::None:
        return false;
    }
    return false;
}

std::optional<Dosage> readDosage(const Json &value, const std::string &pointer, const std::string &file,
                                 Date asOf)
{
    if (!value.is_object()) fail(file, pointer, {ProblemCode::not_an_object, {json::quote(value)}});
    refuseElements(value, {"maxDosePerAdministration", "maxDosePerLifetime", "modifierExtension"}, file,
                   pointer);
    Dosage d;
    d.pointer = pointer;
    if (const Json *timing = member(value, "timing"))
        if (!readTiming(*timing, d, file, pointer + "/timing", asOf)) return std::nullopt;
    d.dose = readFhirDose(value, file, pointer);
    if (const Json *b = member(value, "asNeededBoolean")) {
        if (!b->is_boolean())
            fail(file, pointer + "/asNeededBoolean", {ProblemCode::not_a_boolean, {json::quote(*b)}});
        d.prn = b->get<bool>();
    }
    if (member(value, "asNeededCodeableConcept")) d.prn = true; // a reason implies as needed (R4)
    d.maxPerDay = readMaxPerDay(value, d.dose, file, pointer);
    if (d.maxPerDay && !d.prn)
        fail(file, pointer + "/maxDosePerPeriod",
             {ProblemCode::fhir_unsupported_element, {"maxDosePerPeriod"}});
    d.route = readRoute(value, file, pointer);
    return d;
}

} // namespace taper::fhir::detail
