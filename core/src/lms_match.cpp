// SPDX-License-Identifier: GPL-3.0-or-later
// The Medicinpriser (LMS) takst matched to the curated Danish products, and the companion file
// (formulary/lms-dk.json) that carries the result into the formulary.
#include "taper/input_error.h"
#include "taper/lms.h"
#include "text_fields.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

namespace taper::lms {

namespace {

/// The LMS form codes ("Form-kode") of each curated form, as the takst writes them (e.g. DEPTAB for
/// depottabletter, KAPH for kapsler, hårde). A form not listed matches nothing.
struct FormCodes {
    Form form;
    std::array<std::string_view, 3> codes;
};
constexpr std::array kFormCodes{
    FormCodes{Form::Tablet, {"TAB", "TABFILM", ""}},
    FormCodes{Form::DepotTablet, {"DEPTAB", "", ""}},
    FormCodes{Form::Capsule, {"KAPH", "KAP", ""}},
    FormCodes{Form::DepotCapsule, {"DEPKAPH", "DEPKAP", ""}},
    FormCodes{Form::DepotGranules, {"DEPGOSE", "", ""}},
    FormCodes{Form::OrodispersibleTablet, {"TABSMEL", "", ""}},
    FormCodes{Form::OralSolution, {"ORALOPL", "", ""}},
    FormCodes{Form::Suppository, {"SUP", "", ""}},
    FormCodes{Form::Injection, {"INJVSKO", "INVSKO", ""}},
    FormCodes{Form::Patch, {"DEPPLA", "", ""}},
    FormCodes{Form::SublingualTablet, {"RESOSUB", "", ""}},
};

bool formMatches(Form form, std::string_view code)
{
    for (const FormCodes &f : kFormCodes)
        if (f.form == form)
            return !code.empty() && std::find(f.codes.begin(), f.codes.end(), code) != f.codes.end();
    return false;
}

/// The LMS strength unit ("Styrke, enhed") of a curated unit: MG, MGM (mg/ml), RGT (mikrogram/time).
std::string_view unitCode(StrengthUnit unit)
{
    switch (unit) {
    case StrengthUnit::Mg:
        return "MG";
    case StrengthUnit::MgPerMl:
        return "MGM";
    case StrengthUnit::McgPerHour:
        return "RGT";
    }
    return "";
}

/// The pack unit ("Pakningsstørrelse, enhed") that counts a product's units: ML for solutions, else ST.
std::string_view packUnit(const Product &p)
{
    return p.form == Form::OralSolution ? "ML" : "ST";
}

bool sameIdentity(const Product &p, const Drug &d)
{
    return p.atc == d.atc && d.strengthUnit == unitCode(p.unit) &&
           std::fabs(d.strength - p.strength) < 1e-9 && formMatches(p.form, d.formCode);
}

/// True when one of the product's brand names ("A / B / C") begins the drug's name, case ignored.
bool nameMatches(const Product &p, const Drug &d)
{
    const std::string name = detail::asciiLower(d.name);
    std::string_view brands = p.brand;
    while (!brands.empty()) {
        const std::size_t slash = brands.find(" / ");
        std::string brand = detail::asciiLower(brands.substr(0, slash));
        if (!brand.empty() && name.rfind(brand, 0) == 0 &&
            (name.size() == brand.size() || !std::isalnum(static_cast<unsigned char>(name[brand.size()]))))
            return true;
        brands = slash == std::string_view::npos ? std::string_view{} : brands.substr(slash + 3);
    }
    return false;
}

bool onMarket(const std::optional<Date> &end, Date at)
{
    return !end || *end > at;
}

} // namespace

ImportResult matchProducts(const Takst &takst, const Formulary &formulary)
{
    ImportResult result;
    result.takstDate = takst.validFrom;
    std::multimap<std::string, const Package *, std::less<>> packagesOf;
    for (const Package &pk : takst.packages)
        packagesOf.emplace(pk.drugId, &pk);
    // Each drug goes to the one product of its identity, or among several, the one its name names.
    std::map<std::string, std::vector<const Drug *>, std::less<>> drugsOf;
    for (const Drug &d : takst.drugs) {
        std::vector<const Product *> fits;
        for (const Product &p : formulary.products())
            if (sameIdentity(p, d)) fits.push_back(&p);
        if (fits.size() > 1) {
            std::vector<const Product *> named;
            for (const Product *p : fits)
                if (nameMatches(*p, d)) named.push_back(p);
            if (named.size() != 1) {
                result.ambiguousDrugs.push_back(d.drugId);
                continue;
            }
            fits = named;
        }
        if (fits.size() == 1) drugsOf[fits[0]->id].push_back(&d);
    }
    for (const Product &p : formulary.products()) {
        const auto found = drugsOf.find(p.id);
        if (found == drugsOf.end()) {
            result.notInTakst.push_back(p.id);
            continue;
        }
        ProductUpdate u;
        u.product = p.id;
        u.marketStatus = MarketStatus::Withdrawn;
        for (const Drug *d : found->second) {
            u.drugIds.push_back(d->drugId);
            if (std::find(u.names.begin(), u.names.end(), d->name) == u.names.end())
                u.names.push_back(d->name);
            if (!onMarket(d->deregistered, takst.validFrom)) continue;
            const auto [first, last] = packagesOf.equal_range(d->drugId);
            for (auto it = first; it != last; ++it) {
                const Package &pk = *it->second;
                if (!onMarket(pk.expired, takst.validFrom)) continue;
                u.marketStatus = MarketStatus::Marketed;
                // Whole units only, within the formulary's pack bound (a fraction is not a count of units).
                if (pk.sizeUnit == packUnit(p) && pk.size >= 1 && pk.size <= 10000 &&
                    pk.size == std::floor(pk.size))
                    u.packs.push_back({pk.varenummer, static_cast<int>(pk.size), pk.drugId});
            }
        }
        std::sort(u.packs.begin(), u.packs.end(), [](const ProductPack &a, const ProductPack &b) {
            return a.units != b.units ? a.units < b.units : a.varenummer < b.varenummer;
        });
        result.updates.push_back(std::move(u));
    }
    return result;
}

json::Json companionJson(const ImportResult &result)
{
    json::Json products = json::Json::array();
    for (const ProductUpdate &u : result.updates) {
        json::Json packs = json::Json::array();
        for (const ProductPack &pk : u.packs)
            packs.push_back({{"varenummer", pk.varenummer}, {"units", pk.units}, {"drug_id", pk.drugId}});
        products.push_back({{"product", u.product},
                            {"market_status", toString(u.marketStatus)},
                            {"drug_ids", u.drugIds},
                            {"names", u.names},
                            {"packs", packs}});
    }
    json::Json doc = json::Json::object();
    doc["schema_version"] = 1;
    doc["source"] = kSourceId;
    doc["takst_date"] = formatIsoDate(result.takstDate);
    doc["products"] = products;
    doc["not_in_takst"] = result.notInTakst;
    doc["ambiguous_drug_ids"] = result.ambiguousDrugs;
    return doc;
}

namespace {

bool allDigits(const std::string &s, std::size_t n)
{
    return s.size() == n && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> digitStrings(json::ObjectReader &r, std::string_view key, std::size_t n)
{
    const json::Json &list = r.array(key);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string where = std::string(key) + "/" + std::to_string(i);
        if (!list[i].is_string() || !allDigits(list[i].get<std::string>(), n))
            r.fail(where, ProblemCode::lms_field_digits,
                   {std::string(key), "", json::quote(list[i]), std::to_string(n)});
        out.push_back(list[i].get<std::string>());
    }
    return out;
}

ProductPack readPack(const json::Json &value, const std::string &pointer, const std::string &file)
{
    json::ObjectReader r(value, pointer, file);
    ProductPack pk;
    pk.varenummer = r.string("varenummer");
    if (!allDigits(pk.varenummer, 6))
        r.fail("varenummer", ProblemCode::lms_field_digits, {"varenummer", "", pk.varenummer, "6"});
    const auto units = r.optionalInteger("units");
    if (!units || *units < 1 || *units > 10000) r.fail("units", ProblemCode::pack_size_out_of_range);
    pk.units = static_cast<int>(*units);
    pk.drugId = r.string("drug_id");
    if (!allDigits(pk.drugId, 11))
        r.fail("drug_id", ProblemCode::lms_field_digits, {"drug_id", "", pk.drugId, "11"});
    r.finish();
    return pk;
}

} // namespace

Date applyCompanion(const json::Json &doc, const std::string &file, std::vector<Product> &products,
                    const std::function<bool(std::string_view)> &knownSource)
{
    json::requireSchemaVersion(doc, file, 1);
    json::ObjectReader top(doc, "", file);
    top.at("schema_version");
    const std::string source = top.string("source");
    if (!knownSource(source)) top.fail("source", ProblemCode::unknown_source_id, {source});
    const std::string dateText = top.string("takst_date");
    const auto takstDate = parseIsoDate(dateText);
    if (!takstDate) top.fail("takst_date", ProblemCode::lms_field_date, {"takst_date", "", dateText});
    top.array("not_in_takst");
    top.array("ambiguous_drug_ids");
    const json::Json &list = top.array("products");
    std::set<std::string, std::less<>> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        json::ObjectReader r(list[i], "/products/" + std::to_string(i), file);
        const std::string id = r.string("product");
        const auto p =
            std::find_if(products.begin(), products.end(), [&](const Product &x) { return x.id == id; });
        if (p == products.end()) r.fail("product", ProblemCode::unknown_product_id, {id});
        if (!seen.insert(id).second) r.fail("product", ProblemCode::lms_companion_product, {id});
        const std::string status = r.string("market_status");
        const auto parsed = parseEnum<MarketStatus>(status);
        if (!parsed) r.fail("market_status", ProblemCode::not_one_of, {status, expectedList<MarketStatus>()});
        p->marketStatus = *parsed;
        p->drugIds = digitStrings(r, "drug_ids", 11);
        r.array("names");
        const json::Json &packs = r.array("packs");
        p->packs.clear();
        for (std::size_t k = 0; k < packs.size(); ++k)
            p->packs.push_back(readPack(packs[k], r.pointer("packs") + "/" + std::to_string(k), file));
        r.finish();
        if (p->packs.empty()) continue;
        std::set<int> sizes;
        for (const ProductPack &pk : p->packs)
            sizes.insert(pk.units);
        p->packSizes.assign(sizes.begin(), sizes.end());
        p->packSource = source;
    }
    top.finish();
    return *takstDate;
}

} // namespace taper::lms
