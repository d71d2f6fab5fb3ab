// SPDX-License-Identifier: GPL-3.0-or-later
// The medication of a MedicationStatement/MedicationRequest: its codes (this program's product id, ATC,
// Danish drug id) and ingredient strength, resolved against the formulary. docs/interop.md.
#include "fhir_internal.h"

#include <algorithm>

namespace taper::fhir::detail {

namespace {

struct Codes {
    std::optional<std::string> product, atc, drugId;
};

Codes readCodes(const Json &codeable, const std::string &file, const std::string &pointer)
{
    Codes codes;
    const Json *codings = member(codeable, "coding");
    if (codings && !codings->is_array())
        fail(file, pointer + "/coding", {ProblemCode::not_an_array, {json::quote(*codings)}});
    if (codings)
        for (const Json &c : *codings) {
            if (!c.is_object()) continue;
            const std::string system = c.value("system", std::string());
            const Json *code = member(c, "code");
            if (!code || !code->is_string()) continue;
            if (system == kProductSystem) codes.product = code->get<std::string>();
            if (system == kAtcSystem) codes.atc = code->get<std::string>();
            if (system == kDrugIdSystem) codes.drugId = code->get<std::string>();
        }
    if (!codes.product && !codes.atc && !codes.drugId) fail(file, pointer, {ProblemCode::fhir_no_known_code});
    return codes;
}

/// The strength of a Medication with one ingredient strength: per unit (mg, mcg/h) or per ml (mg/ml).
void readStrength(const Json &medication, Medication &m)
{
    const Json *ingredients = member(medication, "ingredient");
    if (!ingredients || !ingredients->is_array()) return;
    const Json *strength = nullptr;
    for (const Json &i : *ingredients)
        if (const Json *s = member(i, "strength")) {
            if (strength) return; // several strengths (a combination): the product decides
            strength = s;
        }
    if (!strength) return;
    const Json *num = member(*strength, "numerator"), *den = member(*strength, "denominator");
    if (!num || !den || !member(*num, "value") || !(*num)["value"].is_number()) return;
    const double n = (*num)["value"].get<double>();
    const double d = den->value("value", 1.0);
    const std::string unit = num->value("code", num->value("unit", std::string()));
    const std::string per = den->value("code", den->value("unit", std::string()));
    if (!(n > 0) || !(d > 0) || (unit != "mg" && unit != "ug/h")) return;
    m.strength = n / d;
    m.strengthText = json::formatNumber(n) + " " + unit + (per == "mL" || per == "ml" ? "/ml" : "");
}

} // namespace

void References::add(const Json &resource, const std::string &pointer, const std::string &fullUrl)
{
    Entry e{&resource, pointer, {}};
    if (!fullUrl.empty()) e.names.push_back(fullUrl);
    const std::string type = resource.value("resourceType", std::string());
    const std::string id = resource.is_object() && resource.contains("id") && resource["id"].is_string()
                               ? resource["id"].get<std::string>()
                               : std::string();
    if (!id.empty()) {
        e.names.push_back(type + "/" + id);
        e.names.push_back(id);
    }
    m_entries.push_back(std::move(e));
}

std::pair<const Json *, std::string> References::find(const std::string &reference, const Json &container,
                                                      const std::string &containerPointer) const
{
    if (!reference.empty() && reference.front() == '#') {
        const Json *contained = member(container, "contained");
        if (contained && contained->is_array())
            for (std::size_t i = 0; i < contained->size(); ++i)
                if ((*contained)[i].value("id", std::string()) == reference.substr(1))
                    return {&(*contained)[i], containerPointer + "/contained/" + std::to_string(i)};
        return {nullptr, {}};
    }
    const Entry *found = nullptr;
    for (const Entry &e : m_entries)
        if (std::find(e.names.begin(), e.names.end(), reference) != e.names.end()) {
            if (found) return {nullptr, {}}; // the same name twice: not a reference one can follow
            found = &e;
        }
    return found ? std::make_pair(found->resource, found->pointer) : std::make_pair(nullptr, std::string());
}

Medication readMedication(const Json &resource, const std::string &pointer, const std::string &file,
                          const References &refs, const Formulary &formulary)
{
    Medication m;
    const Json *codeable = member(resource, "medicationCodeableConcept");
    const Json *medication = nullptr;
    if (const Json *ref = member(resource, "medicationReference")) {
        const std::string reference = ref->value("reference", std::string());
        auto [target, at] = refs.find(reference, resource, pointer);
        if (!target || target->value("resourceType", std::string()) != "Medication")
            fail(
                file, pointer + "/medicationReference/reference",
                {ProblemCode::fhir_reference_unresolved, {reference.empty() ? std::string("-") : reference}});
        medication = target;
        codeable = member(*target, "code");
        m.pointer = at + "/code";
        if (!codeable) fail(file, m.pointer, {ProblemCode::member_missing});
    } else if (codeable) {
        m.pointer = pointer + "/medicationCodeableConcept";
    } else {
        fail(file, pointer + "/medicationCodeableConcept", {ProblemCode::member_missing});
    }
    const Codes codes = readCodes(*codeable, file, m.pointer);
    if (medication) readStrength(*medication, m);
    m.atc = codes.atc;
    if (codes.product) {
        const Product *p = formulary.product(*codes.product);
        if (!p) fail(file, m.pointer, {ProblemCode::unknown_product, {*codes.product}});
        if (codes.atc && *codes.atc != p->atc)
            fail(file, m.pointer, {ProblemCode::fhir_codes_disagree, {p->id, *codes.atc}});
        m.products = {p};
        return m;
    }
    // A Danish drug id names one product once the Medicinpriser import (formulary/lms-dk.json) has given
    // the products their drug ids; without it, the ATC code and strength identify the product.
    if (codes.drugId)
        for (const Product &p : formulary.products())
            if (std::find(p.drugIds.begin(), p.drugIds.end(), *codes.drugId) != p.drugIds.end()) {
                if (codes.atc && *codes.atc != p.atc)
                    fail(file, m.pointer, {ProblemCode::fhir_codes_disagree, {p.id, *codes.atc}});
                m.products = {&p};
                return m;
            }
    if (!codes.atc) fail(file, m.pointer, {ProblemCode::fhir_drug_id_only, {*codes.drugId}});
    for (const Product &p : formulary.products())
        if (p.atc == *codes.atc && (!m.strength || std::abs(p.strength - *m.strength) < 1e-9))
            m.products.push_back(&p);
    if (!m.products.empty()) return m;
    const bool opioidCode =
        std::any_of(formulary.substances().begin(), formulary.substances().end(), [&](const Substance &s) {
            return s.atc == *codes.atc && s.kind != SubstanceKind::NonOpioid;
        });
    const bool anyProduct = std::any_of(formulary.products().begin(), formulary.products().end(),
                                        [&](const Product &p) { return p.atc == *codes.atc; });
    if (opioidCode || anyProduct)
        fail(file, m.pointer, {ProblemCode::fhir_no_product, {*codes.atc, m.strengthText}});
    m.coMedication = true;
    return m;
}

} // namespace taper::fhir::detail
