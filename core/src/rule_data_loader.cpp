// SPDX-License-Identifier: GPL-3.0-or-later
// Strict readers for the rule data files (atc-groups.json, rules.json).
#include "rule_data_loader.h"

#include "taper/json_reader.h"

#include <cctype>
#include <tuple>

namespace taper {

bool isValidAtcCode(std::string_view code)
{
    constexpr std::string_view kMainGroups = "ABCDGHJLMNPRSV";
    if (code.size() != 7 || kMainGroups.find(code[0]) == std::string_view::npos) return false;
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    return digit(code[1]) && digit(code[2]) && upper(code[3]) && upper(code[4]) && digit(code[5]) &&
           digit(code[6]);
}

namespace detail {

using json::Json;
using json::ObjectReader;

namespace {

constexpr int kSchema = 1;

/// A prefix of a valid ATC code at one of its levels (1, 3, 4, 5 or 7 characters).
bool isValidAtcPrefix(std::string_view prefix)
{
    if (prefix.size() != 1 && prefix.size() != 3 && prefix.size() != 4 && prefix.size() != 5 &&
        prefix.size() != 7)
        return false;
    std::string full(prefix);
    const std::string_view filler = "A00AA00"; // completes the code with valid characters of each position
    full += filler.substr(prefix.size());
    return isValidAtcCode(full);
}

struct RulesReader {
    const std::string &file;
    const IdSet &sources;
    const IdSet &substances;
    const IdSet &groups;
    const IdSet &products;

    /// `unknown` is the problem for an id not in `known` (unknown_source_id, unknown_substance_id, …).
    void requireKnown(ObjectReader &r, std::string_view key, const std::string &id, const IdSet &known,
                      ProblemCode unknown) const
    {
        if (!known.count(id)) r.fail(key, unknown, {id});
    }

    void readSource(ObjectReader &r, RuleSource &out) const
    {
        out.source = r.string("source");
        requireKnown(r, "source", out.source, sources, ProblemCode::unknown_source_id);
        out.note = r.optionalString("note").value_or("");
    }

    std::vector<std::string> readIds(ObjectReader &r, std::string_view key, const IdSet &known,
                                     ProblemCode unknown) const
    {
        const Json &list = r.array(key);
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string where = r.pointer(key) + "/" + std::to_string(i);
            if (!list[i].is_string())
                throw InputError(file, where, {ProblemCode::not_a_string, {json::quote(list[i])}});
            const std::string id = list[i].get<std::string>();
            if (!known.count(id)) throw InputError(file, where, {unknown, {id}});
            ids.push_back(id);
        }
        return ids;
    }

    std::pair<double, double> readRange(ObjectReader &r, std::string_view key) const
    {
        const Json &v = r.array(key);
        if (v.size() != 2 || !v[0].is_number() || !v[1].is_number() || v[0].get<double>() <= 0 ||
            v[0].get<double>() > v[1].get<double>())
            r.fail(key, ProblemCode::rule_range_invalid, {json::quote(v)});
        return {v[0].get<double>(), v[1].get<double>()};
    }

    double positive(ObjectReader &r, std::string_view key) const
    {
        const double v = r.number(key);
        if (v <= 0) r.fail(key, ProblemCode::not_above, {json::quote(r.at(key)), "0"});
        return v;
    }

    int positiveInt(ObjectReader &r, std::string_view key) const
    {
        const auto v = r.integer(key);
        if (v <= 0 || v > 3650)
            r.fail(key, ProblemCode::whole_number_out_of_range, {std::to_string(v), "1", "3650"});
        return static_cast<int>(v);
    }

    /// Runs `body` on the member object `key` of `top`, then rejects unknown keys in it.
    template <class Body> void section(ObjectReader &top, std::string_view key, Body body) const
    {
        ObjectReader r(top.object(key), top.pointer(key), file);
        body(r);
        r.finish();
    }

    /// A known source id at `key`.
    std::string knownSource(ObjectReader &r, std::string_view key) const
    {
        std::string id = r.string(key);
        requireKnown(r, key, id, sources, ProblemCode::unknown_source_id);
        return id;
    }

    /// An eGFR limit in ml/min: above 0, at most 200.
    double egfr(ObjectReader &r, std::string_view key) const
    {
        const double v = positive(r, key);
        if (v > 200) r.fail(key, ProblemCode::egfr_above_maximum, {json::quote(r.at(key)), "200"});
        return v;
    }

    void readRenal(ObjectReader &r, RenalRule &out) const
    {
        readSource(r, out);
        out.generalBelowEgfr = egfr(r, "general_below_egfr");
        out.preferred = readIds(r, "preferred", substances, ProblemCode::unknown_substance_id);
        out.preferredSource = knownSource(r, "preferred_source");
        eachObject(r, "bands", [&](ObjectReader &b) {
            RenalBand band;
            band.substance = b.string("substance");
            requireKnown(b, "substance", band.substance, substances, ProblemCode::unknown_substance_id);
            band.belowEgfr = egfr(b, "below_egfr");
            const std::string advice = b.string("advice");
            bool found = false;
            for (std::size_t k = 0; k < kRenalAdviceNames.size(); ++k)
                if (advice == kRenalAdviceNames[k] && k != static_cast<std::size_t>(RenalAdvice::General)) {
                    band.advice = static_cast<RenalAdvice>(k);
                    found = true;
                }
            if (!found) {
                std::string expected;
                for (std::size_t k = 0; k < kRenalAdviceNames.size(); ++k)
                    if (k != static_cast<std::size_t>(RenalAdvice::General))
                        expected +=
                            (expected.empty() ? "\"" : ", \"") + std::string(kRenalAdviceNames[k]) + "\"";
                b.fail("advice", ProblemCode::not_one_of, {advice, expected});
            }
            band.source = knownSource(b, "source");
            b.optionalString("note");
            out.bands.push_back(band);
        });
    }

    void readGroupRule(ObjectReader &r, GroupRule &out) const
    {
        readSource(r, out);
        out.groups = readIds(r, "groups", groups, ProblemCode::unknown_group);
    }

    /// Runs `body` on each object of the array `key`, then rejects unknown keys in it.
    template <class Body> void eachObject(ObjectReader &r, std::string_view key, Body body) const
    {
        const Json &list = r.array(key);
        for (std::size_t i = 0; i < list.size(); ++i) {
            ObjectReader m(list[i], r.pointer(key) + "/" + std::to_string(i), file);
            body(m);
            m.finish();
        }
    }

    /// A maximum's "substance" (a known id) and "route".
    std::pair<std::string, Route> substanceAndRoute(ObjectReader &m) const
    {
        std::string substance = m.string("substance");
        requireKnown(m, "substance", substance, substances, ProblemCode::unknown_substance_id);
        const std::string route = m.string("route");
        const auto parsed = parseEnum<Route>(route);
        if (!parsed) m.fail("route", ProblemCode::not_one_of, {route, expectedList<Route>()});
        return {std::move(substance), *parsed};
    }

    /// above_label_max: maxima per substance and route in mg/day, each with its source; optional
    /// `products` restricts an entry to those products. One entry per substance, route and scope.
    void readLabelMax(ObjectReader &r, LabelMaxRule &out) const
    {
        readSource(r, out);
        eachObject(r, "maxima", [&](ObjectReader &m) {
            LabelMaximum lm;
            std::tie(lm.substance, lm.route) = substanceAndRoute(m);
            if (lm.route == Route::Transdermal) m.fail("route", ProblemCode::label_max_transdermal);
            lm.maxMgPerDay = positive(m, "max");
            if (m.string("unit") != "mg/day")
                m.fail("unit", ProblemCode::unit_expected, {m.string("unit"), "mg/day"});
            lm.source = m.string("source");
            requireKnown(m, "source", lm.source, sources, ProblemCode::unknown_source_id);
            if (m.has("products"))
                lm.products = readIds(m, "products", products, ProblemCode::unknown_product_id);
            m.find("products");
            for (const auto &other : out.maxima)
                if (other.substance == lm.substance && other.route == lm.route &&
                    other.products == lm.products)
                    m.fail("substance", ProblemCode::duplicate_label_maximum, {lm.substance});
            out.maxima.push_back(std::move(lm));
        });
    }

    void readSerotonergicOpioids(ObjectReader &r, SerotonergicOpioidsRule &s,
                                 const SerotonergicRule &tramadol) const
    {
        readGroupRule(r, s);
        s.washoutDays = positiveInt(r, "washout_days");
        eachObject(r, "opioids", [&](ObjectReader &o) {
            SerotonergicOpioid op;
            op.substance = o.string("substance");
            requireKnown(o, "substance", op.substance, substances, ProblemCode::unknown_substance_id);
            if (contains(tramadol.substances, op.substance) || s.find(op.substance))
                o.fail("substance", ProblemCode::serotonergic_opioid_twice, {op.substance});
            op.source = knownSource(o, "source");
            op.contraindicatedGroups =
                readIds(o, "contraindicated_groups", groups, ProblemCode::unknown_group);
            for (const auto &g : op.contraindicatedGroups)
                if (!s.covers(g)) o.fail("contraindicated_groups", ProblemCode::group_not_in_rule, {g});
            if (!op.contraindicatedGroups.empty())
                op.contraindicationSource = knownSource(o, "contraindication_source");
            s.opioids.push_back(std::move(op));
        });
    }

    void readQtc(ObjectReader &r, QtcRule &q) const
    {
        readSource(r, q);
        q.substances = readIds(r, "substances", substances, ProblemCode::unknown_substance_id);
        q.ecgSource = knownSource(r, "ecg_source");
        eachObject(r, "comedications", [&](ObjectReader &c) {
            QtComedication e;
            e.atc = c.string("atc");
            if (!isValidAtcPrefix(e.atc))
                c.fail("atc", ProblemCode::atc_prefix_malformed, {e.atc, "N06AB04"});
            for (const auto &other : q.comedications)
                if (e.atc.rfind(other.atc, 0) == 0 || other.atc.rfind(e.atc, 0) == 0)
                    c.fail("atc", ProblemCode::atc_entry_overlaps, {e.atc, other.atc});
            const std::string category = c.string("category");
            if (category == kQtCategoryNames[0])
                e.category = QtCategory::QtProlonging;
            else if (category == kQtCategoryNames[1])
                e.category = QtCategory::ContraindicatedWithQtProlonging;
            else
                c.fail("category", ProblemCode::not_one_of,
                       {category, "\"" + std::string(kQtCategoryNames[0]) + "\", \"" +
                                      std::string(kQtCategoryNames[1]) + "\""});
            e.source = knownSource(c, "source");
            q.comedications.push_back(std::move(e));
        });
        if (q.comedications.empty()) r.fail("comedications", ProblemCode::entries_empty);
    }

    void readDriving(ObjectReader &r, DrivingRule &d) const
    {
        readSource(r, d);
        d.noException = readIds(r, "no_exception", substances, ProblemCode::unknown_substance_id);
        d.sedativeGroups = readIds(r, "sedative_groups", groups, ProblemCode::unknown_group);
        d.weakOpioids = readIds(r, "weak_opioids", substances, ProblemCode::unknown_substance_id);
        eachObject(r, "short_acting_allowed_below", [&](ObjectReader &a) {
            ShortActingAllowance s{a.string("substance"), positive(a, "mg_per_day")};
            requireKnown(a, "substance", s.substance, substances, ProblemCode::unknown_substance_id);
            d.shortActingAllowed.push_back(s);
        });
        eachObject(r, "depot_maxima", [&](ObjectReader &m) {
            DepotMaximum dm;
            std::tie(dm.substance, dm.route) = substanceAndRoute(m);
            dm.max = positive(m, "max");
            const std::string unit = m.string("unit");
            const std::string wanted = dm.route == Route::Transdermal ? "mcg/h" : "mg/day";
            if (unit != wanted) m.fail("unit", ProblemCode::unit_expected_on_route, {unit, wanted});
            d.depotMaxima.push_back(dm);
        });
    }
};

} // namespace

std::vector<AtcGroup> loadAtcGroups(const std::string &file, const IdSet &sources)
{
    const Json all = json::readListFile(file, kSchema, "groups");
    std::vector<AtcGroup> groups;
    IdSet ids;
    for (std::size_t i = 0; i < all.size(); ++i) {
        ObjectReader r(all[i], "/groups/" + std::to_string(i), file);
        AtcGroup g;
        g.id = r.string("id");
        if (!ids.insert(g.id).second) r.fail("id", ProblemCode::duplicate_group_id, {g.id});
        g.nameEn = r.string("name_en");
        g.nameDa = r.string("name_da");
        const Json &prefixes = r.array("prefixes");
        if (prefixes.empty()) r.fail("prefixes", ProblemCode::atc_prefixes_empty);
        for (std::size_t k = 0; k < prefixes.size(); ++k) {
            const std::string where = r.pointer("prefixes") + "/" + std::to_string(k);
            const Json &p = prefixes[k];
            if (!p.is_string()) throw InputError(file, where, {ProblemCode::not_a_string, {json::quote(p)}});
            if (!isValidAtcPrefix(p.get<std::string>()))
                throw InputError(file, where,
                                 {ProblemCode::atc_prefix_malformed, {p.get<std::string>(), "N05BA"}});
            const std::string prefix = p.get<std::string>();
            for (const auto &other : groups)
                for (const auto &q : other.prefixes)
                    if (prefix.rfind(q, 0) == 0 || q.rfind(prefix, 0) == 0)
                        throw InputError(file, where,
                                         {ProblemCode::atc_prefix_overlaps, {prefix, q, other.id}});
            g.prefixes.push_back(prefix);
        }
        g.source = r.string("source");
        if (!sources.count(g.source)) r.fail("source", ProblemCode::unknown_source_id, {g.source});
        g.note = r.optionalString("note").value_or("");
        r.finish();
        groups.push_back(std::move(g));
    }
    if (!ids.count(std::string(kOpioidGroup)))
        throw InputError(file, "/groups", {ProblemCode::opioid_group_missing});
    return groups;
}

namespace {

/// The rules about the patient rather than the regimen (issue 16: pregnancy, age, kidneys, breathing).
void readPatientRules(const RulesReader &rr, ObjectReader &top, const IdSet &groups, RuleData &d)
{
    rr.section(top, "pregnancy", [&](ObjectReader &r) { rr.readSource(r, d.pregnancy); });
    rr.section(top, "patient_not_assessed", [&](ObjectReader &r) { rr.readSource(r, d.patientNotAssessed); });
    rr.section(top, "elderly", [&](ObjectReader &r) {
        rr.readSource(r, d.elderly);
        d.elderly.minAge = rr.positiveInt(r, "min_age");
        if (d.elderly.minAge > 130) r.fail("min_age", ProblemCode::age_above_maximum, {"130"});
        d.elderly.sedativeGroups = rr.readIds(r, "sedative_groups", groups, ProblemCode::unknown_group);
        d.elderly.fallSource = rr.knownSource(r, "fall_source");
    });
    rr.section(top, "renal_impairment", [&](ObjectReader &r) { rr.readRenal(r, d.renalImpairment); });
    rr.section(top, "respiratory_risk", [&](ObjectReader &r) {
        RespiratoryRule &p = d.respiratoryRisk;
        p.sleepApnoeaSource = rr.knownSource(r, "sleep_apnoea_source");
        p.copdSource = rr.knownSource(r, "copd_source");
        p.sedativeGroups = rr.readIds(r, "sedative_groups", groups, ProblemCode::unknown_group);
        p.sedativeSource = rr.knownSource(r, "sedative_source");
        p.note = r.optionalString("note").value_or("");
    });
}

} // namespace

RuleData loadRuleData(const std::string &file, const IdSet &sources, const IdSet &substances,
                      const IdSet &groups, const IdSet &products)
{
    const Json doc = json::readFile(file);
    json::requireSchemaVersion(doc, file, kSchema);
    const RulesReader rr{file, sources, substances, groups, products};
    ObjectReader top(doc, "", file);
    top.at("schema_version");
    RuleData d;
    const auto plain = [&](std::string_view key, RuleSource &out) {
        rr.section(top, key, [&](ObjectReader &r) { rr.readSource(r, out); });
    };
    const auto grouped = [&](std::string_view key, GroupRule &out) {
        rr.section(top, key, [&](ObjectReader &r) { rr.readGroupRule(r, out); });
    };
    plain("prn_long_term", d.prnLongTerm);
    plain("duplicate_release", d.duplicateRelease);
    plain("buprenorphine_partial_agonist", d.buprenorphinePartialAgonist);
    plain("depot_uneven_interval", d.depotUnevenInterval);
    plain("not_assessed", d.notAssessed);
    grouped("benzodiazepine_combination", d.benzodiazepineCombination);
    grouped("gabapentinoid_combination", d.gabapentinoidCombination);
    grouped("no_laxative", d.noLaxative);
    rr.section(top, "multiple_opioids", [&](ObjectReader &r) {
        rr.readSource(r, d.multipleOpioids);
        d.multipleOpioids.maxSubstances = rr.positiveInt(r, "max_substances");
    });
    rr.section(top, "tramadol_serotonergic", [&](ObjectReader &r) {
        SerotonergicRule &s = d.tramadolSerotonergic;
        rr.readGroupRule(r, s);
        s.substances = rr.readIds(r, "substances", substances, ProblemCode::unknown_substance_id);
        s.contraindicatedGroups = rr.readIds(r, "contraindicated_groups", groups, ProblemCode::unknown_group);
        s.contraindicationSource = r.string("contraindication_source");
        rr.requireKnown(r, "contraindication_source", s.contraindicationSource, sources,
                        ProblemCode::unknown_source_id);
        s.washoutDays = rr.positiveInt(r, "washout_days");
    });
    rr.section(top, "sedative_duplicate", [&](ObjectReader &r) {
        rr.readGroupRule(r, d.sedativeDuplicate);
        d.sedativeDuplicate.maxSubstances = rr.positiveInt(r, "max_substances");
    });
    rr.section(top, "serotonergic", [&](ObjectReader &r) {
        rr.readSerotonergicOpioids(r, d.serotonergic, d.tramadolSerotonergic);
    });
    rr.section(top, "qtc_risk", [&](ObjectReader &r) { rr.readQtc(r, d.qtcRisk); });
    rr.section(top, "cyp2d6_prodrug", [&](ObjectReader &r) {
        rr.readSource(r, d.cyp2d6Prodrug);
        d.cyp2d6Prodrug.substances =
            rr.readIds(r, "substances", substances, ProblemCode::unknown_substance_id);
        d.cyp2d6Prodrug.poorMetabolisersPercent = rr.readRange(r, "poor_metabolisers_percent");
    });
    rr.section(top, "methadone_specialist", [&](ObjectReader &r) {
        MethadoneRule &m = d.methadoneSpecialist;
        rr.readSource(r, m);
        const auto weeks = rr.readRange(r, "ecg_after_weeks");
        m.ecgAfterWeeks = {static_cast<int>(weeks.first), static_cast<int>(weeks.second)};
        m.ecgAfterIncreasePercent = rr.positive(r, "ecg_after_increase_percent");
        m.fatalUnknownToleranceMgPerDay = rr.positive(r, "fatal_unknown_tolerance_mg_per_day");
    });
    rr.section(top, "patch_in_opioid_naive", [&](ObjectReader &r) {
        PatchNaiveRule &p = d.patchInOpioidNaive;
        rr.readSource(r, p);
        p.substances = rr.readIds(r, "substances", substances, ProblemCode::unknown_substance_id);
        p.withinDays = rr.positiveInt(r, "within_days");
        p.toleranceMeqMgPerDay = rr.positive(r, "tolerance_meq_mg_per_day");
    });
    rr.section(top, "fast_taper", [&](ObjectReader &r) {
        rr.readSource(r, d.fastTaper);
        d.fastTaper.maxCutPercent = rr.positive(r, "max_cut_percent");
        if (d.fastTaper.maxCutPercent >= 100)
            r.fail("max_cut_percent", ProblemCode::percentage_not_below, {"100"});
        d.fastTaper.minIntervalDays = rr.positiveInt(r, "min_interval_days");
    });
    rr.section(top, "short_exposure", [&](ObjectReader &r) {
        rr.readSource(r, d.shortExposure);
        d.shortExposure.maxDays = rr.positiveInt(r, "max_days");
        d.shortExposure.stepPercent = rr.positive(r, "step_percent");
        if (d.shortExposure.stepPercent > 50)
            r.fail("step_percent", ProblemCode::percentage_above_maximum, {"50"});
        d.shortExposure.intervalDays = rr.positiveInt(r, "interval_days");
    });
    rr.section(top, "driving_limit", [&](ObjectReader &r) { rr.readDriving(r, d.drivingLimit); });
    rr.section(top, "above_label_max", [&](ObjectReader &r) { rr.readLabelMax(r, d.aboveLabelMax); });
    readPatientRules(rr, top, groups, d);
    top.finish();
    return d;
}

} // namespace detail
} // namespace taper
