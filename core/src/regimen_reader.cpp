// SPDX-License-Identifier: GPL-3.0-or-later
// Strict reader for regimen files (schema_version 1). Every defect is an InputError naming the JSON
// pointer, quoting the value and saying what was expected.
#include "json_fields.h"
#include "taper/regimen.h"

#include <cmath>

namespace taper {

using json::Json;
using json::ObjectReader;

namespace {

constexpr int kRegimenSchema = 1;

/// Co-medications: route and release are optional (default oral, immediate) and not used by the MEQ.
void readCoMedicationRoute(ObjectReader &r, RegimenLine &line)
{
    line.coMedication = true;
    line.route = r.has("route") ? readEnumMember<Route>(r, "route") : Route::Oral;
    line.release = r.has("release") ? readEnumMember<Release>(r, "release") : Release::Immediate;
    r.find("route");
    r.find("release");
}

/// A co-medication named by ATC code (checked by checkIdentity when the line is checked).
void readAtcIdentity(ObjectReader &r, RegimenLine &line, const Formulary &formulary)
{
    setAtcIdentity(line, r.string("atc"), formulary);
    if (auto problem = checkIdentity(line, formulary)) r.fail("atc", std::move(*problem));
    readCoMedicationRoute(r, line);
}

/// Plausibility bounds of the patient fields: input checks against typing errors, not clinical limits.
constexpr int kMinBirthYear = 1900;
constexpr int kMaxAge = 130;
constexpr double kMaxEgfr = 200; // ml/min; above any measured adult value
constexpr double kMaxWeightKg = 400;

std::optional<bool> readFlag(ObjectReader &r, std::string_view key)
{
    if (!r.has(key)) return std::nullopt;
    if (!r.at(key).is_boolean()) r.fail(key, ProblemCode::not_a_boolean, {json::quote(r.at(key))});
    return r.at(key).get<bool>();
}

std::optional<double> readMeasure(ObjectReader &r, std::string_view key, double max, std::string_view unit)
{
    if (!r.has(key)) return std::nullopt;
    if (!r.at(key).is_number())
        r.fail(key, ProblemCode::measure_not_number, {json::quote(r.at(key)), std::string(unit)});
    const double v = r.at(key).get<double>();
    if (!(v > 0) || v > max)
        r.fail(key, ProblemCode::measure_out_of_range,
               {json::formatNumber(v), json::formatNumber(max), std::string(unit)});
    return v;
}

} // namespace

std::optional<int> Patient::ageAt(Date asOf) const
{
    if (age) return age;
    if (!birthYear) return std::nullopt;
    return int(date::year_month_day(asOf).year()) - *birthYear;
}

Patient readPatient(const Json &value, const std::string &pointer, const std::string &file, Date asOf)
{
    ObjectReader r(value, pointer, file);
    r.allowOnly({"birth_year", "age", "egfr_ml_min", "weight_kg", "sleep_apnoea", "copd", "pregnant"});
    Patient p;
    if (r.has("birth_year") && r.has("age")) r.fail("age", ProblemCode::patient_age_and_birth_year);
    const int asOfYear = int(date::year_month_day(asOf).year());
    if (r.has("birth_year")) {
        if (!r.at("birth_year").is_number_integer())
            r.fail("birth_year", ProblemCode::birth_year_not_whole, {json::quote(r.at("birth_year"))});
        const auto y = r.integer("birth_year");
        if (y < kMinBirthYear || y > asOfYear)
            r.fail("birth_year", ProblemCode::birth_year_out_of_range,
                   {std::to_string(y), std::to_string(kMinBirthYear), std::to_string(asOfYear)});
        p.birthYear = static_cast<int>(y);
    }
    if (r.has("age")) {
        if (!r.at("age").is_number_integer())
            r.fail("age", ProblemCode::age_not_whole, {json::quote(r.at("age"))});
        const auto a = r.integer("age");
        if (a < 0 || a > kMaxAge)
            r.fail("age", ProblemCode::age_out_of_range, {std::to_string(a), std::to_string(kMaxAge)});
        p.age = static_cast<int>(a);
    }
    p.egfrMlMin = readMeasure(r, "egfr_ml_min", kMaxEgfr, "ml/min");
    p.weightKg = readMeasure(r, "weight_kg", kMaxWeightKg, "kg");
    p.sleepApnoea = readFlag(r, "sleep_apnoea");
    p.copd = readFlag(r, "copd");
    p.pregnant = readFlag(r, "pregnant");
    for (auto key : {"birth_year", "age", "egfr_ml_min", "weight_kg", "sleep_apnoea", "copd", "pregnant"})
        r.find(key);
    r.finish();
    return p;
}

Json toJson(const Patient &p)
{
    Json j = Json::object();
    if (p.birthYear) j["birth_year"] = *p.birthYear;
    if (p.age) j["age"] = *p.age;
    if (p.egfrMlMin) j["egfr_ml_min"] = *p.egfrMlMin;
    if (p.weightKg) j["weight_kg"] = *p.weightKg;
    if (p.sleepApnoea) j["sleep_apnoea"] = *p.sleepApnoea;
    if (p.copd) j["copd"] = *p.copd;
    if (p.pregnant) j["pregnant"] = *p.pregnant;
    return j;
}

DoseUnit unitOf(const Dose &dose)
{
    return static_cast<DoseUnit>(dose.index());
}

double valueOf(const Dose &dose)
{
    return std::visit([](auto q) { return q.value(); }, dose);
}

Dose makeDose(double value, DoseUnit unit)
{
    switch (unit) {
    case DoseUnit::Mg:
        return Mg(value);
    case DoseUnit::Mcg:
        return Mcg(value);
    case DoseUnit::McgPerHour:
        return McgPerHour(value);
    }
    return Mg(value);
}

double RegimenLine::administrationsPerDay() const
{
    if (prn) return maxPerDay.value_or(0);
    if (timesPerDay) return *timesPerDay;
    if (schedule) {
        double n = 0;
        for (double amount : *schedule)
            n += amount > 0 ? 1 : 0;
        return n;
    }
    return 1; // patch: worn continuously
}

namespace {

/// The line's identity: a product, a substance (+ route and release for an opioid) or an ATC code.
/// Unknown ids are refused here: the rest of the line is read against what they name.
const Product *readIdentity(ObjectReader &r, RegimenLine &line, const Formulary &formulary)
{
    const bool hasProduct = r.has("product"), hasSubstance = r.has("substance"), hasAtc = r.has("atc");
    if (hasAtc && (hasProduct || hasSubstance)) r.fail("atc", ProblemCode::line_identity_several);
    if (hasProduct && (hasSubstance || r.has("route") || r.has("release")))
        r.fail(hasSubstance ? "substance" : (r.has("route") ? "route" : "release"),
               ProblemCode::line_product_and_substance);
    if (!hasProduct && !hasSubstance && !hasAtc) r.fail("", ProblemCode::line_identity_missing);
    if (hasAtc) {
        readAtcIdentity(r, line, formulary);
        return nullptr;
    }
    if (hasProduct) {
        line.product = r.string("product");
        if (auto problem = checkIdentity(line, formulary)) r.fail("product", std::move(*problem));
        const Product *product = formulary.product(*line.product);
        line.substance = product->substance;
        line.route = product->route;
        line.release = product->release;
        return product;
    }
    line.substance = r.string("substance");
    if (auto problem = checkIdentity(line, formulary)) r.fail("substance", std::move(*problem));
    if (formulary.substance(line.substance)->kind == SubstanceKind::NonOpioid) {
        line.group = formulary.substance(line.substance)->group;
        readCoMedicationRoute(r, line);
        return nullptr;
    }
    line.route = readEnumMember<Route>(r, "route");
    if (line.route == Route::Transdermal) {
        line.release = Release::Extended;
        if (r.has("release") && readEnumMember<Release>(r, "release") != Release::Extended)
            r.fail("release", ProblemCode::patch_release_not_extended);
        r.find("release");
    } else {
        line.release = readEnumMember<Release>(r, "release");
    }
    return nullptr;
}

/// How much and how often: schedule, or dose with times_per_day or PRN maxima. Refuses keys that do
/// not belong together; the values are checked by checkLine.
void readAmounts(ObjectReader &r, RegimenLine &line)
{
    line.prn = r.optionalBoolean("prn").value_or(false);
    const bool hasSchedule = r.has("schedule");
    if (line.isPatch() && (line.prn || hasSchedule || r.has("times_per_day")))
        r.fail(line.prn ? "prn" : (hasSchedule ? "schedule" : "times_per_day"),
               ProblemCode::patch_line_extra);
    if (hasSchedule && (line.prn || r.has("dose") || r.has("times_per_day")))
        r.fail("schedule", ProblemCode::schedule_and_dose);
    if (auto count = r.optionalInteger("count")) {
        if (*count < 1 || *count > kMaxCount)
            r.fail("count", ProblemCode::out_of_range,
                   {std::to_string(*count), "1", std::to_string(kMaxCount)});
        line.count = static_cast<int>(*count);
    }
    if (hasSchedule) {
        ObjectReader s(r.object("schedule"), r.pointer("schedule"), r.file());
        std::array<double, 4> amounts{};
        for (std::size_t i = 0; i < kTimeOfDayKeys.size(); ++i)
            amounts[i] = s.optionalNumber(kTimeOfDayKeys[i]).value_or(0.0);
        s.finish();
        line.schedule = amounts;
    } else {
        line.dose = makeDose(r.number("dose"), line.unit);
    }
    if (line.prn) {
        if (r.has("times_per_day")) r.fail("times_per_day", ProblemCode::prn_times_per_day);
        r.find("times_per_day");
        if (!r.has("max_per_day")) r.fail("max_per_day", ProblemCode::prn_max_missing);
        line.maxPerDay = r.number("max_per_day");
        line.usedPerDay = r.optionalNumber("used_per_day");
        return;
    }
    for (auto key : {"max_per_day", "used_per_day"})
        if (r.has(key)) r.fail(key, ProblemCode::prn_only_key, {key});
    r.find("max_per_day");
    r.find("used_per_day");
    if (!line.isPatch() && !hasSchedule) {
        if (!r.has("times_per_day"))
            r.fail("times_per_day", ProblemCode::times_per_day_missing, {std::to_string(kMaxTimesPerDay)});
        const auto times = r.integer("times_per_day");
        if (times < 1 || times > kMaxTimesPerDay) // before the cast to int; checkLine says the same
            r.fail("times_per_day", ProblemCode::times_per_day_out_of_range,
                   {std::to_string(times), std::to_string(kMaxTimesPerDay)});
        line.timesPerDay = static_cast<int>(times);
    }
    r.find("times_per_day");
}

} // namespace

RegimenLine readRegimenLine(const Json &value, const std::string &pointer, const std::string &file,
                            const Formulary &formulary, Date asOf, LineUse use)
{
    ObjectReader r(value, pointer, file);
    r.allowOnly({"product", "substance", "route", "release", "dose", "unit", "times_per_day", "schedule",
                 "count", "prn", "max_per_day", "used_per_day", "since", "atc"});
    RegimenLine line;
    readIdentity(r, line, formulary);
    if (!r.has("unit"))
        r.fail("unit", ProblemCode::unit_missing, {line.route == Route::Transdermal ? "mcg/h" : "mg"});
    line.unit = readEnumMember<DoseUnit>(r, "unit");
    readAmounts(r, line);
    if (r.has("since")) line.since = readDateMember(r, "since");
    r.find("since");
    r.finish();
    const std::vector<LineProblem> problems = checkLine(line, formulary, asOf, use);
    if (!problems.empty()) r.fail(problems.front().field, problems.front().problem);
    return line;
}

Regimen readRegimen(const Json &doc, const std::string &file, const Formulary &formulary, AsOfChoice asOf,
                    LineUse use)
{
    json::requireSchemaVersion(doc, file, kRegimenSchema);
    ObjectReader r(doc, "", file);
    r.allowOnly({"schema_version", "as_of", "lines", "patient"});
    r.at("schema_version");
    Regimen regimen;
    if (r.has("as_of")) regimen.asOfInFile = readDateMember(r, "as_of");
    r.find("as_of");
    regimen.asOf = asOf.override ? *asOf.override : regimen.asOfInFile.value_or(asOf.today);
    const Json &lines = r.array("lines");
    if (lines.empty()) r.fail("lines", ProblemCode::list_empty);
    if (lines.size() > 200)
        r.fail("lines", ProblemCode::lines_too_many, {std::to_string(lines.size()), "200"});
    for (std::size_t i = 0; i < lines.size(); ++i)
        regimen.lines.push_back(
            readRegimenLine(lines[i], "/lines/" + std::to_string(i), file, formulary, regimen.asOf, use));
    if (r.has("patient"))
        regimen.patient = readPatient(r.object("patient"), r.pointer("patient"), file, regimen.asOf);
    r.find("patient");
    r.finish();
    return regimen;
}

Json toJson(const RegimenLine &line)
{
    Json j = Json::object();
    if (line.product) {
        j["product"] = *line.product;
    } else {
        if (line.atc)
            j["atc"] = *line.atc;
        else
            j["substance"] = line.substance;
        j["route"] = toString(line.route);
        if (!line.isPatch()) j["release"] = toString(line.release);
    }
    if (line.dose) j["dose"] = valueOf(*line.dose);
    if (line.schedule) {
        Json s = Json::object();
        for (std::size_t i = 0; i < kTimeOfDayKeys.size(); ++i)
            if ((*line.schedule)[i] > 0) s[std::string(kTimeOfDayKeys[i])] = (*line.schedule)[i];
        j["schedule"] = s;
    }
    j["unit"] = toString(line.unit);
    if (line.timesPerDay) j["times_per_day"] = *line.timesPerDay;
    if (line.count != 1) j["count"] = line.count;
    if (line.prn) {
        j["prn"] = true;
        j["max_per_day"] = *line.maxPerDay;
        if (line.usedPerDay) j["used_per_day"] = *line.usedPerDay;
    }
    if (line.since) j["since"] = formatIsoDate(*line.since);
    return j;
}

Json toJson(const Regimen &regimen)
{
    Json j = Json::object();
    j["schema_version"] = kRegimenSchema;
    if (regimen.asOfInFile) j["as_of"] = formatIsoDate(*regimen.asOfInFile);
    Json lines = Json::array();
    for (const auto &line : regimen.lines)
        lines.push_back(toJson(line));
    j["lines"] = lines;
    if (regimen.patient) j["patient"] = toJson(*regimen.patient);
    return j;
}

} // namespace taper
