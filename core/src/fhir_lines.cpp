// SPDX-License-Identifier: GPL-3.0-or-later
// Regimen lines from one resource's dosages in effect: PRN dosages, doses at times of day (one schedule),
// doses a number of times a day, and patches. Every line is then checked as a regimen file's line.
#include "fhir_internal.h"

#include <algorithm>
#include <cmath>

namespace taper::fhir::detail {

namespace {

/// The product (or, for several interchangeable ones, the substance line) a resource's lines are for.
struct Identity {
    const Product *product = nullptr;   ///< one product
    std::vector<const Product *> alike; ///< several products that agree on everything a line needs
};

std::string idList(const std::vector<const Product *> &products)
{
    std::string s;
    for (const Product *p : products)
        s += (s.empty() ? "\"" : ", \"") + p->id + "\"";
    return s;
}

bool doseFits(const DoseAmount &dose, const Product &p)
{
    switch (dose.kind) {
    case DoseKind::Mg:
        return p.unit == StrengthUnit::Mg || p.unit == StrengthUnit::MgPerMl;
    case DoseKind::Ml:
        return p.unit == StrengthUnit::MgPerMl;
    case DoseKind::Units:
        return p.unit != StrengthUnit::MgPerMl && familyFits(dose.family, p.form);
    case DoseKind::Mcg:
        return false;
    }
    return false;
}

/// Products that several brands share without a difference a line could show.
bool interchangeable(const Product &a, const Product &b)
{
    return a.substance == b.substance && a.route == b.route && a.release == b.release && a.form == b.form &&
           a.unit == b.unit && a.wearHours == b.wearHours && a.patchChangesPerWeek == b.patchChangesPerWeek &&
           a.components.empty() && b.components.empty() && a.combination.empty() && b.combination.empty() &&
           a.divisible == b.divisible;
}

Identity identify(const Medication &m, const std::vector<Dosage> &dosages, const std::string &file)
{
    std::vector<const Product *> candidates;
    for (const Product *p : m.products) {
        const bool fits = std::all_of(dosages.begin(), dosages.end(), [&](const Dosage &d) {
            return doseFits(d.dose, *p) && (!d.route || *d.route == p->route);
        });
        if (fits) candidates.push_back(p);
    }
    const Dosage &first = dosages.front();
    if (candidates.empty()) {
        if (m.products.size() == 1) {
            const Product &p = *m.products.front();
            for (const Dosage &d : dosages) {
                if (d.route && *d.route != p.route)
                    fail(file, d.pointer + "/route",
                         {ProblemCode::fhir_route_disagrees,
                          {std::string(toString(*d.route)), productToken(p.id)}});
                if (!doseFits(d.dose, p))
                    fail(file, d.pointer + "/doseAndRate/0/doseQuantity",
                         {ProblemCode::fhir_dose_unit_wrong_form, {d.dose.unit, productToken(p.id)}});
            }
        }
        fail(file, first.pointer + "/doseAndRate/0/doseQuantity",
             {ProblemCode::fhir_no_product, {m.atc.value_or(m.products.front()->atc), m.strengthText}});
    }
    if (candidates.size() == 1) return {candidates.front(), {}};
    const bool alike = std::all_of(candidates.begin(), candidates.end(), [&](const Product *p) {
        return interchangeable(*p, *candidates.front());
    });
    const bool sameStrength = std::all_of(candidates.begin(), candidates.end(), [&](const Product *p) {
        return std::abs(p->strength - candidates.front()->strength) < 1e-9;
    });
    const bool needsStrength = std::any_of(dosages.begin(), dosages.end(),
                                           [](const Dosage &d) { return d.dose.kind != DoseKind::Mg; });
    if (!alike || (needsStrength && !sameStrength))
        fail(file, m.pointer,
             {ProblemCode::fhir_ambiguous_product, {m.atc.value_or("-"), idList(candidates)}});
    return {nullptr, candidates};
}

/// The dose in the line's unit (mg; mcg/h strength for patches is set by the caller).
double lineAmount(const DoseAmount &dose, double strength)
{
    switch (dose.kind) {
    case DoseKind::Mg:
    case DoseKind::Mcg:
        return dose.value;
    case DoseKind::Units:
    case DoseKind::Ml:
        return dose.value * strength;
    }
    return dose.value;
}

RegimenLine blankLine(const Identity &id, const Medication &m, const Formulary &formulary)
{
    RegimenLine line;
    if (m.coMedication) {
        setAtcIdentity(line, *m.atc, formulary);
        line.coMedication = true;
        return line;
    }
    const Product &p = id.product ? *id.product : *id.alike.front();
    if (id.product) line.product = p.id;
    line.substance = p.substance;
    line.route = p.route;
    line.release = p.release;
    line.unit = p.isPatch() ? DoseUnit::McgPerHour : DoseUnit::Mg;
    return line;
}

/// A patch line: `count` patches of the product's strength, changed as the product is.
RegimenLine patchLine(RegimenLine line, const Dosage &d, const Product &p, const std::string &file)
{
    if (d.dose.kind != DoseKind::Units || std::abs(d.dose.value - std::round(d.dose.value)) > 1e-9)
        fail(file, d.pointer + "/doseAndRate/0/doseQuantity",
             {ProblemCode::fhir_dose_unit_wrong_form, {d.dose.unit, productToken(p.id)}});
    if (d.perWeek) {
        const double expected =
            p.patchChangesPerWeek ? *p.patchChangesPerWeek : 168.0 / p.wearHours.value_or(24);
        if (std::abs(*d.perWeek - expected) > 1e-6 || !d.slots.empty())
            fail(file, d.pointer + "/timing/repeat",
                 {ProblemCode::fhir_patch_timing,
                  {json::formatNumber(*d.perWeek), productToken(p.id), json::formatNumber(expected)}});
    }
    if (d.prn) fail(file, d.pointer, {ProblemCode::fhir_unsupported_element, {"asNeededBoolean"}});
    line.dose = McgPerHour(p.strength);
    line.count = int(std::round(d.dose.value));
    return line;
}

int wholePerDay(const Dosage &d, const std::string &file)
{
    const double n = *d.perDay;
    if (std::abs(n - std::round(n)) > 1e-9 || n < 1)
        fail(file, d.pointer + "/timing/repeat",
             {ProblemCode::fhir_not_daily,
              {d.rhythm.substr(0, d.rhythm.find('/')), d.rhythm.substr(d.rhythm.find('/') + 1)}});
    return int(std::round(n));
}

} // namespace

std::vector<RegimenLine> buildLines(const Medication &m, const std::vector<Dosage> &dosages,
                                    std::optional<Date> since, const std::string &sincePointer,
                                    const std::string &file, const Formulary &formulary, Date asOf)
{
    Identity id;
    double strength = m.strength.value_or(0);
    if (!m.coMedication) {
        id = identify(m, dosages, file);
        strength = (id.product ? id.product : id.alike.front())->strength;
    }
    const Product *patch = id.product ? id.product : (id.alike.empty() ? nullptr : id.alike.front());
    if (patch && !patch->isPatch()) patch = nullptr;
    std::vector<std::pair<RegimenLine, std::string>> lines; // line, pointer of its dosage
    std::optional<std::size_t> scheduleLine;
    for (const Dosage &d : dosages) {
        RegimenLine line = blankLine(id, m, formulary);
        line.since = since;
        if (m.coMedication) {
            if (d.route) line.route = *d.route;
            if (d.dose.kind == DoseKind::Mcg) line.unit = DoseUnit::Mg;
            if ((d.dose.kind == DoseKind::Units || d.dose.kind == DoseKind::Ml) && !m.strength)
                fail(file, d.pointer + "/doseAndRate/0/doseQuantity",
                     {ProblemCode::fhir_dose_needs_strength, {d.dose.unit}});
        }
        const double amount = m.coMedication && d.dose.kind == DoseKind::Mcg ? d.dose.value / 1000
                                                                             : lineAmount(d.dose, strength);
        if (d.dose.kind == DoseKind::Mcg && !m.coMedication) line.unit = DoseUnit::Mcg;
        if (patch) {
            lines.emplace_back(patchLine(line, d, *patch, file), d.pointer);
            continue;
        }
        if (d.prn) {
            std::optional<double> fromTiming;
            if (!d.slots.empty()) fromTiming = double(d.slots.size());
            if (d.perDay) fromTiming = double(wholePerDay(d, file));
            if (fromTiming && d.maxPerDay && *fromTiming != *d.maxPerDay)
                fail(file, d.pointer,
                     {ProblemCode::fhir_prn_max_disagree,
                      {json::formatNumber(*fromTiming), json::formatNumber(*d.maxPerDay)}});
            if (!fromTiming && !d.maxPerDay) fail(file, d.pointer, {ProblemCode::fhir_prn_max_missing});
            line.prn = true;
            line.maxPerDay = fromTiming ? fromTiming : d.maxPerDay;
            line.dose = makeDose(amount, line.unit);
            lines.emplace_back(line, d.pointer);
            continue;
        }
        if (!d.slots.empty()) {
            if (!scheduleLine) {
                line.schedule = std::array<double, 4>{};
                scheduleLine = lines.size();
                lines.emplace_back(line, d.pointer);
            }
            auto &schedule = *lines[*scheduleLine].first.schedule;
            for (Slot s : d.slots) {
                if (schedule[std::size_t(s)] > 0)
                    fail(file, d.pointer + "/timing/repeat/when",
                         {ProblemCode::fhir_when_twice,
                          {std::string(std::array{"MORN", "NOON", "EVE", "NIGHT"}[std::size_t(s)])}});
                schedule[std::size_t(s)] = amount;
            }
            continue;
        }
        if (!d.perDay) fail(file, d.pointer + "/timing", {ProblemCode::member_missing});
        line.timesPerDay = wholePerDay(d, file);
        line.dose = makeDose(amount, line.unit);
        lines.emplace_back(line, d.pointer);
    }
    std::vector<RegimenLine> out;
    for (auto &[line, pointer] : lines) {
        const auto problems = checkLine(line, formulary, asOf);
        if (!problems.empty()) {
            const std::string &field = problems.front().field;
            fail(file, field == "since" ? sincePointer : pointer, problems.front().problem);
        }
        out.push_back(std::move(line));
    }
    return out;
}

} // namespace taper::fhir::detail
