// SPDX-License-Identifier: GPL-3.0-or-later
// JSON forms of taper options, steps and schedules (docs/plan-format.md), written and read strictly.
#include "plan_internal.h"
#include "taper/meq.h"
#include "taper_internal.h"

#include <cmath>

namespace taper {

using json::Json;
using json::ObjectReader;

namespace {

Json halves(HalfUnits h)
{
    return jsonNumber(h.units());
}

HalfUnits readHalves(ObjectReader &r, std::string_view key)
{
    const double v = r.number(key);
    if (v < 0 || v * 2 != std::floor(v * 2) || v > 1e6)
        r.fail(key, ProblemCode::count_not_halves, {json::formatNumber(v)});
    return HalfUnits{static_cast<int>(v * 2)};
}

const Product &readProduct(ObjectReader &r, const Formulary &formulary)
{
    const std::string id = r.string("product");
    const Product *p = formulary.product(id);
    if (!p) r.fail("product", ProblemCode::unknown_product, {id});
    return *p;
}

Json dispenseJson(const std::vector<Dispense> &list)
{
    Json a = Json::array();
    for (const Dispense &d : list)
        a.push_back({{"product", d.product->id}, {"units", halves(d.units)}});
    return a;
}

std::vector<Dispense> readDispense(const Json &a, const std::string &pointer, const std::string &file,
                                   const Formulary &formulary)
{
    std::vector<Dispense> out;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ObjectReader r(a[i], pointer + "/" + std::to_string(i), file);
        Dispense d;
        d.product = &readProduct(r, formulary);
        d.units = readHalves(r, "units");
        r.finish();
        out.push_back(d);
    }
    return out;
}

Json doseJson(const StepDose &d)
{
    const Product &p = *d.product;
    Json j = {{"product", p.id},
              {"substance", p.substance},
              {"route", toString(p.route)},
              {"release", toString(p.release)},
              {"strength", jsonNumber(p.strength)},
              {"unit", toString(p.unit)},
              {"units_per_day", halves(d.unitsPerDay)},
              {"prn", d.prn}};
    if (d.unitsByTime) {
        Json t = Json::object();
        for (std::size_t i = 0; i < 4; ++i)
            t[std::string(kTimeOfDayKeys[i])] = halves((*d.unitsByTime)[i]);
        j["units_by_time"] = t;
    }
    if (d.timesPerDay) j["times_per_day"] = *d.timesPerDay;
    if (d.unitsPerAdministration) j["units_per_administration"] = halves(*d.unitsPerAdministration);
    return j;
}

StepDose readStepDose(const Json &value, const std::string &pointer, const std::string &file,
                      const Formulary &formulary)
{
    ObjectReader r(value, pointer, file);
    StepDose d;
    d.product = &readProduct(r, formulary);
    const Product &p = *d.product;
    if (r.string("substance") != p.substance)
        r.fail("substance", ProblemCode::dose_substance_mismatch, {p.substance, productToken(p.id)});
    if (readEnumMember<Route>(r, "route") != p.route)
        r.fail("route", ProblemCode::dose_product_mismatch, {productToken(p.id)});
    if (readEnumMember<Release>(r, "release") != p.release)
        r.fail("release", ProblemCode::dose_product_mismatch, {productToken(p.id)});
    if (r.number("strength") != p.strength)
        r.fail("strength", ProblemCode::dose_product_mismatch, {productToken(p.id)});
    if (readEnumMember<StrengthUnit>(r, "unit") != p.unit)
        r.fail("unit", ProblemCode::dose_product_mismatch, {productToken(p.id)});
    d.unitsPerDay = readHalves(r, "units_per_day");
    d.prn = r.boolean("prn");
    if (const Json *t = r.find("units_by_time")) {
        ObjectReader tr(*t, r.pointer("units_by_time"), file);
        std::array<HalfUnits, 4> units{};
        int sum = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            units[i] = readHalves(tr, kTimeOfDayKeys[i]);
            if (units[i].value % 2 != 0 && !p.divisible && p.unit != StrengthUnit::MgPerMl)
                tr.fail(kTimeOfDayKeys[i], ProblemCode::not_divisible, {productToken(p.id)});
            sum += units[i].value;
        }
        tr.finish();
        if (sum != d.unitsPerDay.value) r.fail("units_by_time", ProblemCode::units_by_time_sum);
        d.unitsByTime = units;
    }
    if (auto n = r.optionalInteger("times_per_day")) {
        if (*n < 1 || *n > kMaxTimesPerDay)
            r.fail("times_per_day", ProblemCode::times_per_day_range, {std::to_string(kMaxTimesPerDay)});
        d.timesPerDay = static_cast<int>(*n);
    }
    if (r.has("units_per_administration"))
        d.unitsPerAdministration = readHalves(r, "units_per_administration");
    if (!d.unitsByTime && d.timesPerDay && d.unitsPerAdministration &&
        d.unitsPerDay.value != *d.timesPerDay * d.unitsPerAdministration->value)
        r.fail("units_per_day", ProblemCode::units_per_day_product,
               {json::formatNumber(d.unitsPerDay.units()),
                json::formatNumber(*d.timesPerDay * d.unitsPerAdministration->units())});
    if (!p.isPatch() && !d.unitsByTime && !(d.timesPerDay && d.unitsPerAdministration))
        r.fail("units_by_time", ProblemCode::units_by_time_missing);
    if (!p.divisible && p.unit != StrengthUnit::MgPerMl && d.unitsPerDay.value % 2 != 0)
        r.fail("units_per_day", ProblemCode::not_divisible, {productToken(p.id)});
    r.finish();
    return d;
}

Json noteJson(const TaperNote &n)
{
    Json params = Json::object();
    for (const auto &[key, value] : n.parameters)
        params[key] = std::holds_alternative<double>(value) ? jsonNumber(std::get<double>(value))
                                                            : Json(std::get<std::string>(value));
    return {
        {"code", toString(n.code)}, {"step", n.step ? Json(*n.step) : Json(nullptr)}, {"parameters", params}};
}

TaperNote readNote(const Json &value, const std::string &pointer, const std::string &file)
{
    ObjectReader r(value, pointer, file);
    TaperNote n{readEnumMember<TaperNoteCode>(r, "code"), std::nullopt, {}};
    if (auto s = r.optionalInteger("step")) {
        if (*s < 0 || *s > 100'000)
            r.fail("step", ProblemCode::step_index_out_of_range, {std::to_string(*s)});
        n.step = static_cast<int>(*s);
    }
    const Json &params = r.object("parameters");
    for (const auto &[key, v] : params.items()) {
        if (v.is_number())
            n.parameters.emplace_back(key, v.get<double>());
        else if (v.is_string())
            n.parameters.emplace_back(key, v.get<std::string>());
        else
            r.fail("parameters", ProblemCode::note_parameter_not_value);
    }
    r.finish();
    return n;
}

} // namespace

Json toJson(const TaperOptions &o)
{
    Json custom = Json::array();
    for (double v : o.customPercents)
        custom.push_back(jsonNumber(v));
    return {{"start", formatIsoDate(o.start)},
            {"interval_days", o.intervalDays},
            {"target_meq", jsonNumber(o.targetMeq.value())},
            {"method", toString(o.method)},
            {"step_percent", jsonNumber(o.stepPercent)},
            {"switch_at_percent", jsonNumber(o.switchAtPercent)},
            {"custom_percents", custom},
            {"min_step_meq", o.minStepMeq ? jsonNumber(o.minStepMeq->value()) : Json(nullptr)},
            {"allow_ir_tail", o.allowIrTail},
            {"larger_dose", toString(o.largerDose)},
            {"consolidate", o.consolidate},
            {"rotate_to", o.rotateTo ? Json(*o.rotateTo) : Json(nullptr)},
            {"cross_tolerance_reduction", jsonNumber(o.crossToleranceReduction)},
            {"parallel", o.parallel},
            {"max_hold_intervals", o.maxHoldIntervals},
            {"align_to_sessions", o.alignToSessions},
            {"allow_unconfirmed", o.allowUnconfirmed},
            {"short_exposure_pace", o.shortExposurePace},
            {"fine_tail", o.fineTail}};
}

TaperOptions readTaperOptions(const Json &value, const std::string &pointer, const std::string &file)
{
    ObjectReader r(value, pointer, file);
    TaperOptions o;
    o.start = readDateMember(r, "start");
    const long long interval = r.integer("interval_days");
    if (interval < 1 || interval > 366)
        r.fail("interval_days", ProblemCode::interval_out_of_range,
               {std::to_string(interval), std::to_string(kMaxIntervalDays)});
    o.intervalDays = static_cast<int>(interval);
    o.targetMeq = MeqPerDay(r.number("target_meq"));
    o.method = readEnumMember<TaperMethod>(r, "method");
    o.stepPercent = r.number("step_percent");
    o.switchAtPercent = r.number("switch_at_percent");
    for (const Json &v : r.array("custom_percents")) {
        if (!v.is_number()) r.fail("custom_percents", ProblemCode::numbers_expected);
        o.customPercents.push_back(v.get<double>());
    }
    if (const Json *v = r.find("min_step_meq")) {
        if (!v->is_number()) r.fail("min_step_meq", ProblemCode::number_or_null_expected);
        o.minStepMeq = MeqPerDay(v->get<double>());
    }
    o.allowIrTail = r.boolean("allow_ir_tail");
    o.largerDose = readEnumMember<LargerDose>(r, "larger_dose");
    o.consolidate = r.boolean("consolidate");
    o.rotateTo = r.optionalString("rotate_to");
    o.crossToleranceReduction = r.number("cross_tolerance_reduction");
    o.parallel = r.boolean("parallel");
    // Added by issue 17, optional. A plan written before them was planned without longer holds, session
    // alignment or the short-exposure pace: absent, they read as that (not as today's defaults), so
    // re-planning an old plan keeps its shape.
    if (auto hold = r.optionalInteger("max_hold_intervals")) {
        if (*hold < 1 || *hold > kMaxHoldIntervals)
            r.fail("max_hold_intervals", ProblemCode::hold_intervals_out_of_range,
                   {std::to_string(*hold), std::to_string(kMaxHoldIntervals)});
        o.maxHoldIntervals = static_cast<int>(*hold);
    } else {
        o.maxHoldIntervals = 1;
    }
    o.alignToSessions = r.optionalBoolean("align_to_sessions").value_or(false);
    o.allowUnconfirmed = r.optionalBoolean("allow_unconfirmed").value_or(false);
    o.shortExposurePace = r.optionalBoolean("short_exposure_pace").value_or(false);
    o.fineTail = r.optionalBoolean("fine_tail").value_or(false);
    r.finish();
    try {
        validateOptions(o);
    } catch (const InputError &e) {
        throw InputError(file, pointer + "/" + e.where(), e.problem());
    }
    return o;
}

Json toJson(const Step &s)
{
    Json doses = Json::array();
    for (const StepDose &d : s.doses)
        doses.push_back(doseJson(d));
    Json j = {{"index", s.index},
              {"start", formatIsoDate(s.start)},
              {"total_meq_mg", jsonNumber(s.totalMeq.value())},
              {"percent_of_start", jsonNumber(s.percentOfStart)},
              {"doses", doses},
              {"dispense", dispenseJson(s.dispense)}};
    if (s.end) j["end"] = formatIsoDate(*s.end);
    return j;
}

std::vector<Step> readSteps(const Json &a, const std::string &pointer, const std::string &file,
                            const Formulary &formulary, const Profile &profile, std::vector<Step> prefix)
{
    std::vector<Step> steps = std::move(prefix);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::string ptr = pointer + "/" + std::to_string(i);
        ObjectReader r(a[i], ptr, file);
        Step s;
        const std::size_t position = steps.size();
        if (r.integer("index") != static_cast<long long>(position))
            r.fail("index", ProblemCode::step_index_wrong, {std::to_string(position)});
        s.index = static_cast<int>(position);
        s.start = readDateMember(r, "start");
        if (!steps.empty() && (!steps.back().end || *steps.back().end + date::days(1) != s.start))
            r.fail("start", ProblemCode::step_start_not_adjacent);
        if (r.has("end")) s.end = readDateMember(r, "end");
        r.find("end");
        if (s.end && *s.end < s.start) r.fail("end", ProblemCode::step_end_before_start);
        s.totalMeq = MeqPerDay(r.number("total_meq_mg"));
        s.percentOfStart = r.number("percent_of_start");
        const Json &doses = r.array("doses");
        for (std::size_t k = 0; k < doses.size(); ++k)
            s.doses.push_back(
                readStepDose(doses[k], r.pointer("doses") + "/" + std::to_string(k), file, formulary));
        s.dispense = readDispense(r.array("dispense"), r.pointer("dispense"), file, formulary);
        r.finish();
        // The stored MEQ is a cache of the doses: a hand edit or damage that changed one and not the
        // other must not show a wrong total or hide a rise.
        const MeqPerDay meq =
            roundToHundredths(meq::compute(stepRegimen(s, s.start), profile, formulary).total());
        if (std::fabs(meq.value() - s.totalMeq.value()) > 0.005)
            r.fail("total_meq_mg", ProblemCode::step_meq_mismatch,
                   {json::formatNumber(s.totalMeq.value()), json::formatNumber(meq.value()),
                    profileToken(profile.id)});
        steps.push_back(std::move(s));
    }
    return steps;
}

void requireOpenLastStep(const std::vector<Step> &steps, const std::string &pointer, const std::string &file)
{
    if (!steps.empty() && steps.back().end)
        throw InputError(file, pointer + "/" + std::to_string(steps.size() - 1) + "/end",
                         {ProblemCode::last_step_has_no_end});
}

Json stepsJson(const std::vector<Step> &steps)
{
    Json a = Json::array();
    for (const Step &s : steps)
        a.push_back(toJson(s));
    return a;
}

Json toJson(const Schedule &s)
{
    Json notes = Json::array();
    for (const TaperNote &n : s.notes)
        notes.push_back(noteJson(n));
    return {{"profile", s.profile},
            {"options", toJson(s.options)},
            {"steps", stepsJson(s.steps)},
            {"dispense_total", dispenseJson(s.dispenseTotal)},
            {"notes", notes}};
}

/// Reads the schedule members of `r` (profile, options, steps, dispense_total, notes).
Schedule readSchedule(ObjectReader &r, const std::string &file, const Formulary &formulary)
{
    Schedule s;
    s.profile = r.string("profile");
    if (!formulary.profile(s.profile)) r.fail("profile", ProblemCode::unknown_profile, {s.profile});
    s.options = readTaperOptions(r.object("options"), r.pointer("options"), file);
    s.steps = readSteps(r.array("steps"), r.pointer("steps"), file, formulary, *formulary.profile(s.profile));
    requireOpenLastStep(s.steps, r.pointer("steps"), file);
    if (s.steps.empty()) r.fail("steps", ProblemCode::no_steps);
    s.dispenseTotal = readDispense(r.array("dispense_total"), r.pointer("dispense_total"), file, formulary);
    const Json &notes = r.array("notes");
    for (std::size_t i = 0; i < notes.size(); ++i)
        s.notes.push_back(readNote(notes[i], r.pointer("notes") + "/" + std::to_string(i), file));
    return s;
}

} // namespace taper
