// SPDX-License-Identifier: GPL-3.0-or-later
// FHIR R4 export of a plan (taper/fhir.h): a collection Bundle with one MedicationRequest per product,
// one group of dosageInstruction per step (Dosage.sequence = step number + 1: dosages with the same
// sequence are taken together). Doses are written in mg (UCUM) and patches as a count of {patch}.
#include "json_fields.h"
#include "taper/fhir.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace taper::fhir {

namespace {

using json::Json;

Json quantity(double value, const char *code)
{
    return {{"value", jsonNumber(value)}, {"unit", code}, {"system", kUcumSystem}, {"code", code}};
}

Json repeat(const Step &step, double frequency, double period, const char *unit)
{
    Json bounds = {{"start", formatIsoDate(step.start)}};
    if (step.end) bounds["end"] = formatIsoDate(*step.end);
    return {{"boundsPeriod", bounds},
            {"frequency", jsonNumber(frequency)},
            {"period", jsonNumber(period)},
            {"periodUnit", unit}};
}

Json dosage(const Step &step, Json timingRepeat, Json dose)
{
    return {{"sequence", step.index + 1},
            {"timing", {{"repeat", std::move(timingRepeat)}}},
            {"doseAndRate", Json::array({{{"doseQuantity", std::move(dose)}}})}};
}

double mgOf(const Product &p, HalfUnits units)
{
    return units.units() * p.strength; // tablets × mg, or ml × mg/ml
}

/// The dosages of one product in one step (several when amounts differ between times of day).
std::vector<Json> stepDosages(const Step &step, const StepDose &d)
{
    const Product &p = *d.product;
    std::vector<Json> out;
    if (p.isPatch()) {
        Json r = p.patchChangesPerWeek ? repeat(step, *p.patchChangesPerWeek, 1, "wk")
                                       : repeat(step, 1, p.wearHours.value_or(24), "h");
        out.push_back(dosage(step, std::move(r), quantity(d.unitsPerDay.units(), "{patch}")));
    } else if (d.prn) {
        const double each = mgOf(p, *d.unitsPerAdministration);
        Json x = dosage(step, repeat(step, *d.timesPerDay, 1, "d"), quantity(each, "mg"));
        x["asNeededBoolean"] = true;
        x["maxDosePerPeriod"] = {{"numerator", quantity(each * *d.timesPerDay, "mg")},
                                 {"denominator", quantity(1, "d")}};
        out.push_back(std::move(x));
    } else if (d.unitsByTime) {
        static constexpr std::array<const char *, 4> kWhen{"MORN", "NOON", "EVE", "NIGHT"};
        std::map<int, Json> byAmount; // halves → when codes, in the order of the day
        std::vector<int> order;
        for (std::size_t i = 0; i < 4; ++i) {
            const int halves = (*d.unitsByTime)[i].value;
            if (halves == 0) continue;
            if (!byAmount.count(halves)) order.push_back(halves);
            byAmount[halves].push_back(kWhen[i]);
        }
        for (int halves : order) {
            Json r = repeat(step, 1, 1, "d");
            r["when"] = byAmount[halves];
            out.push_back(dosage(step, std::move(r), quantity(mgOf(p, HalfUnits{halves}), "mg")));
        }
    } else {
        out.push_back(dosage(step, repeat(step, *d.timesPerDay, 1, "d"),
                             quantity(mgOf(p, *d.unitsPerAdministration), "mg")));
    }
    return out;
}

Json medication(const Product &p)
{
    return {{"coding", Json::array({{{"system", kProductSystem}, {"code", p.id}, {"display", p.nameDa}},
                                    {{"system", kAtcSystem}, {"code", p.atc}}})},
            {"text", p.nameDa}};
}

} // namespace

Json exportPlan(const Plan &plan, const DosageTextFn &text)
{
    std::vector<const Product *> products; // in the order they first appear
    for (const Step &s : plan.schedule.steps)
        for (const StepDose &d : s.doses)
            if (std::find(products.begin(), products.end(), d.product) == products.end())
                products.push_back(d.product);
    Json entries = Json::array();
    for (const Product *p : products) {
        Json dosages = Json::array();
        for (const Step &s : plan.schedule.steps)
            for (const StepDose &d : s.doses) {
                if (d.product != p) continue;
                std::vector<Json> list = stepDosages(s, d);
                if (text) list.front()["text"] = text(d);
                for (Json &x : list)
                    dosages.push_back(std::move(x));
            }
        Json request = {{"resourceType", "MedicationRequest"},
                        {"id", p->id},
                        {"status", "active"},
                        {"intent", "plan"},
                        {"medicationCodeableConcept", medication(*p)},
                        {"subject", {{"display", "Patient"}}},
                        {"authoredOn", formatIsoDate(plan.created)},
                        {"dosageInstruction", std::move(dosages)}};
        entries.push_back({{"resource", std::move(request)}});
    }
    return {{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", std::move(entries)}};
}

} // namespace taper::fhir
