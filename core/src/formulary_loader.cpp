// SPDX-License-Identifier: GPL-3.0-or-later
// Loads and validates the formulary JSON files. Every check names the file and the JSON pointer.
#include "taper/formulary.h"
#include "taper/json_reader.h"
#include "taper/lms.h"

#include "json_fields.h"
#include "rule_data_loader.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace taper {

namespace fs = std::filesystem;
using json::Json;
using json::ObjectReader;

namespace {

constexpr int kFormularySchema = 1;

std::optional<int> optionalPositiveInt(ObjectReader &r, std::string_view key)
{
    auto v = r.optionalInteger(key);
    if (v && (*v <= 0 || *v > 10000)) r.fail(key, ProblemCode::hours_out_of_range, {std::to_string(*v)});
    return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

double positiveMember(ObjectReader &r, std::string_view key)
{
    const double v = r.number(key);
    if (v <= 0) r.fail(key, ProblemCode::not_above, {json::quote(r.at(key)), "0"});
    return v;
}

struct Loader {
    Formulary &f;
    std::vector<Source> &sources;
    std::vector<Substance> &substances;
    std::vector<Product> &products;
    std::vector<Profile> &profiles;
    std::set<std::string, std::less<>> sourceIds, substanceIds, productIds, profileIds, groupIds;
    std::string dataVersion; ///< sources.json "data_version" (optional)

    void requireSource(ObjectReader &r, std::string_view key, const std::string &id) const
    {
        if (!sourceIds.count(id)) r.fail(key, ProblemCode::unknown_source_id, {id});
    }

    void loadSources(const std::string &file)
    {
        const Json doc = json::readFile(file);
        json::requireSchemaVersion(doc, file, kFormularySchema);
        ObjectReader top(doc, "", file);
        top.at("schema_version");
        dataVersion = top.optionalString("data_version").value_or("");
        const Json &all = top.object("sources");
        top.finish();
        for (auto it = all.begin(); it != all.end(); ++it) {
            ObjectReader r(*it, "/sources/" + it.key(), file);
            Source s;
            s.id = it.key();
            s.publisher = r.string("publisher");
            s.title = r.string("title");
            const auto year = r.integer("year");
            if (year < 1900 || year > 2100)
                r.fail("year", ProblemCode::source_year_out_of_range, {std::to_string(year)});
            s.year = static_cast<int>(year);
            s.url = r.string("url");
            r.finish();
            sourceIds.insert(s.id);
            sources.push_back(std::move(s));
        }
    }

    void loadSubstances(const std::string &file)
    {
        const Json all = json::readListFile(file, kFormularySchema, "substances");
        for (std::size_t i = 0; i < all.size(); ++i) {
            ObjectReader r(all[i], "/substances/" + std::to_string(i), file);
            Substance s;
            s.id = r.string("id");
            if (!substanceIds.insert(s.id).second) r.fail("id", ProblemCode::duplicate_substance_id, {s.id});
            s.nameDa = r.string("name_da");
            s.atc = r.string("atc");
            if (!isValidAtcCode(s.atc)) r.fail("atc", ProblemCode::substance_atc_malformed, {s.atc});
            s.kind = readEnumMember<SubstanceKind>(r, "kind");
            s.group = r.optionalString("group").value_or("");
            if (!s.group.empty() && !groupIds.count(s.group))
                r.fail("group", ProblemCode::unknown_group, {s.group});
            if (!s.group.empty() && s.kind != SubstanceKind::NonOpioid)
                r.fail("group", ProblemCode::group_only_non_opioid);
            r.finish();
            substances.push_back(std::move(s));
        }
    }

    /// `components`: [{"substance": non-opioid id, "mg": amount per unit above 0}], each substance once.
    std::vector<ProductComponent> readComponents(ObjectReader &r)
    {
        const Json &list = r.array("components");
        std::vector<ProductComponent> out;
        for (std::size_t i = 0; i < list.size(); ++i) {
            ObjectReader c(list[i], r.pointer("components") + "/" + std::to_string(i), r.file());
            ProductComponent pc{c.string("substance"), positiveMember(c, "mg")};
            const auto s = std::find_if(substances.begin(), substances.end(),
                                        [&](const Substance &x) { return x.id == pc.substance; });
            if (s == substances.end() || s->kind != SubstanceKind::NonOpioid)
                c.fail("substance", ProblemCode::component_not_non_opioid, {pc.substance});
            for (const auto &other : out)
                if (other.substance == pc.substance)
                    c.fail("substance", ProblemCode::duplicate_component, {pc.substance});
            c.finish();
            out.push_back(std::move(pc));
        }
        return out;
    }

    /// Optional `pack_sizes` (ascending whole units per pack, each above 0) with its `pack_source`.
    void readPackSizes(ObjectReader &r, Product &p)
    {
        if (!r.has("pack_sizes")) {
            if (r.has("pack_source")) r.fail("pack_source", ProblemCode::pack_source_without_sizes);
            return;
        }
        const Json &list = r.array("pack_sizes");
        if (list.empty()) r.fail("pack_sizes", ProblemCode::pack_sizes_empty);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string where = "pack_sizes/" + std::to_string(i);
            if (!list[i].is_number_integer() || list[i].get<long long>() < 1 ||
                list[i].get<long long>() > 10000)
                r.fail(where, ProblemCode::pack_size_out_of_range);
            const int size = static_cast<int>(list[i].get<long long>());
            if (!p.packSizes.empty() && size <= p.packSizes.back())
                r.fail(where, ProblemCode::pack_sizes_not_ascending);
            p.packSizes.push_back(size);
        }
        p.packSource = r.string("pack_source");
        requireSource(r, "pack_source", p.packSource);
    }

    void loadProducts(const std::string &file)
    {
        const Json all = json::readListFile(file, kFormularySchema, "products");
        for (std::size_t i = 0; i < all.size(); ++i) {
            ObjectReader r(all[i], "/products/" + std::to_string(i), file);
            Product p;
            p.id = r.string("id");
            if (!productIds.insert(p.id).second) r.fail("id", ProblemCode::duplicate_product_id, {p.id});
            p.brand = r.string("brand");
            p.nameDa = r.string("name_da");
            p.substance = r.string("substance");
            if (!substanceIds.count(p.substance))
                r.fail("substance", ProblemCode::unknown_substance_id, {p.substance});
            p.atc = r.string("atc");
            p.form = readEnumMember<Form>(r, "form");
            p.route = readEnumMember<Route>(r, "route");
            p.release = readEnumMember<Release>(r, "release");
            p.strength = positiveMember(r, "strength");
            p.unit = readEnumMember<StrengthUnit>(r, "unit");
            p.scored = r.boolean("scored");
            p.divisible = r.boolean("divisible");
            p.dosingIntervalHours = optionalPositiveInt(r, "dosing_interval_hours");
            p.wearHours = optionalPositiveInt(r, "wear_hours");
            p.marketStatus = readEnumMember<MarketStatus>(r, "market_status");
            p.marketNote = r.string("market_note");
            p.combination = r.string("combination");
            if (r.has("components")) p.components = readComponents(r);
            r.find("components");
            p.availabilityConfirmed = r.optionalBoolean("availability_confirmed").value_or(true);
            p.patchChangesPerWeek = optionalPositiveInt(r, "patch_changes_per_week");
            readPackSizes(r, p);
            p.source = r.string("source");
            requireSource(r, "source", p.source);
            r.finish();
            const bool patch = p.form == Form::Patch;
            if (patch != (p.unit == StrengthUnit::McgPerHour))
                r.fail("unit", ProblemCode::patch_unit_mismatch,
                       {std::string(toString(p.unit)), std::string(toString(p.form))});
            if (patch != (p.route == Route::Transdermal)) r.fail("route", ProblemCode::patch_route_mismatch);
            if (patch != p.wearHours.has_value())
                r.fail("wear_hours",
                       patch ? ProblemCode::patch_wear_hours_missing : ProblemCode::wear_hours_not_patch);
            // Halves: only immediate-release units (a score line is usual but not always documented,
            // e.g. IR morphine 10 mg is halved in Danish hospital practice; see docs/formulary.md).
            if (p.patchChangesPerWeek && (!patch || *p.patchChangesPerWeek > 7))
                r.fail("patch_changes_per_week", ProblemCode::patch_changes_per_week_invalid);
            if (p.divisible && (p.release == Release::Extended || patch))
                r.fail("divisible", ProblemCode::divisible_depot_or_patch);
            products.push_back(std::move(p));
        }
    }

    ConversionFactor readFactor(ObjectReader &r)
    {
        ConversionFactor c;
        c.substance = r.string("substance");
        if (!substanceIds.count(c.substance))
            r.fail("substance", ProblemCode::unknown_substance_id, {c.substance});
        c.route = readEnumMember<Route>(r, "route");
        const std::string per = r.string("per");
        if (per == "mg")
            c.basis = FactorBasis::PerMg;
        else if (per == "mcg")
            c.basis = FactorBasis::PerMcg;
        else if (per == "mcg/h")
            c.basis = FactorBasis::PerMcgPerHour;
        else
            r.fail("per", ProblemCode::not_one_of, {per, "\"mg\", \"mcg\", \"mcg/h\""});
        if ((c.basis == FactorBasis::PerMcgPerHour) != (c.route == Route::Transdermal))
            r.fail("per", ProblemCode::factor_per_mismatch);
        if (r.has("factor") == r.has("tiers")) r.fail("", ProblemCode::factor_or_tiers);
        std::vector<double> values;
        if (r.has("factor")) {
            c.factor = positiveMember(r, "factor");
            values.push_back(*c.factor);
            r.find("tiers");
        } else {
            r.find("factor");
            const Json &tiers = r.array("tiers");
            if (tiers.empty()) r.fail("tiers", ProblemCode::tiers_empty);
            double previous = 0;
            for (std::size_t i = 0; i < tiers.size(); ++i) {
                ObjectReader t(tiers[i], r.pointer("tiers") + "/" + std::to_string(i), r.file());
                FactorTier tier;
                tier.factor = positiveMember(t, "factor");
                tier.upTo = t.optionalNumber("up_to");
                const bool last = i + 1 == tiers.size();
                if (last == tier.upTo.has_value())
                    t.fail("up_to", last ? ProblemCode::last_tier_bounded : ProblemCode::tier_up_to_missing);
                if (tier.upTo && *tier.upTo <= previous) t.fail("up_to", ProblemCode::tiers_not_increasing);
                if (tier.upTo) previous = *tier.upTo;
                t.finish();
                values.push_back(tier.factor);
                c.tiers.push_back(tier);
            }
        }
        const Json &range = r.array("range");
        if (range.size() != 2 || !range[0].is_number() || !range[1].is_number())
            r.fail("range", ProblemCode::factor_range_not_pair, {json::quote(range)});
        c.range = {range[0].get<double>(), range[1].get<double>()};
        if (c.range.first <= 0 || c.range.first > c.range.second)
            r.fail("range", ProblemCode::factor_range_not_ordered, {json::quote(range)});
        for (double v : values)
            if (v < c.range.first || v > c.range.second)
                r.fail("range", ProblemCode::factor_outside_range,
                       {json::quote(range), json::quote(Json(v))});
        c.source = r.string("source");
        requireSource(r, "source", c.source);
        c.evidence = readEnumMember<Evidence>(r, "evidence");
        c.note = r.string("note");
        r.finish();
        return c;
    }

    Threshold readThreshold(ObjectReader &parent, std::string_view key)
    {
        ObjectReader r(parent.object(key), parent.pointer(key), parent.file());
        Threshold t;
        t.valueMg = positiveMember(r, "value");
        t.inclusive = r.boolean("inclusive");
        t.source = r.string("source");
        requireSource(r, "source", t.source);
        t.note = r.optionalString("note").value_or("");
        r.finish();
        return t;
    }

    void loadProfile(const std::string &file)
    {
        const Json doc = json::readFile(file);
        json::requireSchemaVersion(doc, file, kFormularySchema);
        ObjectReader r(doc, "", file);
        r.at("schema_version");
        Profile p;
        p.id = r.string("id");
        if (!profileIds.insert(p.id).second) r.fail("id", ProblemCode::duplicate_profile_id, {p.id});
        p.name = r.string("name");
        p.nameDa = r.optionalString("name_da").value_or(p.name);
        p.description = r.string("description");
        p.source = r.string("source");
        requireSource(r, "source", p.source);
        {
            ObjectReader t(r.object("thresholds"), "/thresholds", file);
            p.highMeq = readThreshold(t, "high_meq");
            p.veryHighMeq = readThreshold(t, "very_high_meq");
            t.finish();
            if (p.veryHighMeq.valueMg < p.highMeq.valueMg)
                t.fail("very_high_meq", ProblemCode::very_high_below_high);
        }
        {
            ObjectReader t(r.object("long_term_days"), "/long_term_days", file);
            const auto days = t.integer("value");
            if (days <= 0 || days > 3650) t.fail("value", ProblemCode::long_term_days_out_of_range);
            p.longTermDays = static_cast<int>(days);
            p.longTermSource = t.string("source");
            requireSource(t, "source", p.longTermSource);
            p.longTermNote = t.optionalString("note").value_or("");
            t.finish();
        }
        const Json &factors = r.array("factors");
        for (std::size_t i = 0; i < factors.size(); ++i) {
            ObjectReader fr(factors[i], "/factors/" + std::to_string(i), file);
            ConversionFactor c = readFactor(fr);
            if (p.factorFor(c.substance, c.route))
                fr.fail("route", ProblemCode::duplicate_factor,
                        {c.substance, std::string(toString(c.route))});
            p.factors.push_back(std::move(c));
        }
        if (const Json *ex = r.find("excluded")) {
            if (!ex->is_array()) r.fail("excluded", ProblemCode::not_an_array, {json::quote(*ex)});
            for (std::size_t i = 0; i < ex->size(); ++i) {
                ObjectReader er((*ex)[i], "/excluded/" + std::to_string(i), file);
                Exclusion e;
                e.substance = er.string("substance");
                if (!substanceIds.count(e.substance))
                    er.fail("substance", ProblemCode::unknown_substance_id, {e.substance});
                e.route = readEnumMember<Route>(er, "route");
                e.reason = er.string("reason");
                e.reasonDa = er.string("reason_da");
                e.source = er.string("source");
                requireSource(er, "source", e.source);
                er.finish();
                if (p.factorFor(e.substance, e.route))
                    er.fail("substance", ProblemCode::excluded_and_converted);
                p.excluded.push_back(std::move(e));
            }
        }
        r.finish();
        profiles.push_back(std::move(p));
    }
};

std::vector<std::string> sortedJsonFiles(const fs::path &dir, std::string_view prefix)
{
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.rfind(prefix, 0) == 0 && entry.path().extension() == ".json")
            files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

Formulary Formulary::load(const std::string &dir)
{
    const fs::path root(dir);
    if (!fs::is_directory(root)) throw InputError(dir, "", {ProblemCode::formulary_folder_missing});
    Formulary f;
    f.m_directory = dir;
    Loader loader{f, f.m_sources, f.m_substances, f.m_products, f.m_profiles, {}, {}, {}, {}, {}, {}};
    loader.loadSources((root / "sources.json").string());
    f.m_dataVersion = loader.dataVersion;
    f.m_atcGroups = detail::loadAtcGroups((root / "atc-groups.json").string(), loader.sourceIds);
    for (const auto &g : f.m_atcGroups)
        loader.groupIds.insert(g.id);
    loader.loadSubstances((root / "substances.json").string());
    for (const auto &file : sortedJsonFiles(root, "products-"))
        loader.loadProducts(file);
    // The Medicinpriser import, when there is one, over the curated products (taper/lms.h).
    if (const fs::path companion = root / lms::kCompanionFile; fs::exists(companion))
        f.m_lmsTakstDate =
            lms::applyCompanion(json::readFile(companion.string()), companion.string(), f.m_products,
                                [&](std::string_view id) { return loader.sourceIds.count(id) > 0; });
    const auto profileFiles = sortedJsonFiles(root / "profiles", "");
    if (profileFiles.empty()) throw InputError((root / "profiles").string(), "", {ProblemCode::no_profiles});
    for (const auto &file : profileFiles)
        loader.loadProfile(file);
    f.m_rules = detail::loadRuleData((root / "rules.json").string(), loader.sourceIds, loader.substanceIds,
                                     loader.groupIds, loader.productIds);
    f.buildIndices();
    return f;
}

} // namespace taper
