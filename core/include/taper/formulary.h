// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The formulary: sources, substances, Danish products and conversion profiles, loaded from the JSON
// files in formulary/ (see docs/formulary.md). Loading validates everything and throws InputError with
// the file and JSON pointer of the first bad value. After loading, all cross-references resolve.

#include "taper/dates.h"
#include "taper/enums.h"
#include "taper/rule_data.h"
#include "taper/units.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace taper {

struct Source {
    std::string id;
    std::string publisher;
    std::string title;
    int year = 0;
    std::string url;
};

struct Substance {
    std::string id;     ///< lower-case English INN, e.g. "oxycodone"
    std::string nameDa; ///< Danish name, e.g. "oxycodon"
    std::string atc;
    SubstanceKind kind = SubstanceKind::FullAgonist;
    std::string group; ///< ATC group id (atc-groups.json) of a co-medication; empty when none
};

/// One package of a product on the Danish market, from the Medicinpriser import (taper/lms.h).
struct ProductPack {
    std::string varenummer; ///< 6 digits, the pharmacy's item number
    int units = 0;          ///< tablets, capsules, patches or ml in the pack, > 0
    std::string drugId;     ///< the LMS drug id (11 digits) the pack belongs to
    friend bool operator==(const ProductPack &, const ProductPack &) = default;
};

/// A non-opioid ingredient of a combination product: its substance id and amount per unit in mg.
struct ProductComponent {
    std::string substance; ///< a non_opioid substance id (e.g. "paracetamol")
    double mg = 0;         ///< per tablet (or other unit), > 0
};

struct Product {
    std::string id; ///< e.g. "contalgin-30"
    std::string brand;
    std::string nameDa;
    std::string substance;
    std::string atc;
    Form form = Form::Tablet;
    Route route = Route::Oral;
    Release release = Release::Immediate;
    double strength = 0; ///< labelled (salt) opioid amount per unit, in `unit`
    StrengthUnit unit = StrengthUnit::Mg;
    bool scored = false;
    bool divisible = false;                 ///< halves may be dosed and dispensed
    std::optional<int> dosingIntervalHours; ///< 12 for 12-hour depot, 72 for a fentanyl patch, …
    std::optional<int> wearHours;           ///< patches only
    MarketStatus marketStatus = MarketStatus::Marketed;
    std::string marketNote;
    std::string combination; ///< non-opioid ingredient, e.g. "naloxone 5 mg" (display text)
    /// The non-opioid ingredients whose daily amount the label limits (paracetamol, acetylsalicylic
    /// acid); empty for single-substance products and where no label maximum concerns the partner.
    std::vector<ProductComponent> components;
    std::string source;
    /// False where the formulary's sources do not confirm the strength is on the Danish market; a taper
    /// uses it only with allow_unconfirmed (or when the patient already takes it).
    bool availabilityConfirmed = true;
    /// Patches changed on fixed weekdays (Transtec: 2, twice weekly) instead of every wear_hours.
    std::optional<int> patchChangesPerWeek;
    /// Units per pack on the Danish market (ascending), from `packSource`; empty where no source gives
    /// them (a prescription then names the number of units).
    std::vector<int> packSizes;
    std::string packSource; ///< source id of packSizes; empty when packSizes is empty
    /// From the Medicinpriser import (formulary/lms-dk.json), empty without one: the LMS drug ids of the
    /// product and its packs on the market at the takst date. With packs, packSizes are their sizes.
    std::vector<std::string> drugIds;
    std::vector<ProductPack> packs;

    bool isPatch() const { return form == Form::Patch; }
};

/// The unit one factor converts from: mg/day, mcg/day (transmucosal fentanyl) or mcg/h (patches).
enum class FactorBasis { PerMg, PerMcg, PerMcgPerHour };

struct FactorTier {
    std::optional<double> upTo; ///< inclusive upper bound of the drug's mg/day; none for the last tier
    double factor = 0;
};

/// One substance+route conversion of a profile: either a single factor or dose-dependent tiers.
struct ConversionFactor {
    std::string substance;
    Route route = Route::Oral;
    FactorBasis basis = FactorBasis::PerMg;
    std::optional<double> factor; ///< set unless tiered
    std::vector<FactorTier> tiers;
    std::pair<double, double> range{0, 0}; ///< published low–high
    std::string source;
    Evidence evidence = Evidence::Primary;
    std::string note;

    /// The factor for a daily amount (in the basis unit). Tiers pick by the amount.
    double factorFor(double dailyAmount) const;
    bool isTiered() const { return !tiers.empty(); }
};

struct Threshold {
    double valueMg = 0;
    bool inclusive = false; ///< true: flagged at or above; false: strictly above
    std::string source;
    std::string note;

    bool isExceededBy(MeqPerDay total) const
    {
        return inclusive ? total.value() >= valueMg : total.value() > valueMg;
    }
};

struct Exclusion {
    std::string substance;
    Route route = Route::Oral;
    std::string reason;   ///< why the profile does not convert it, English (shown in English text)
    std::string reasonDa; ///< the same in Danish (shown in Danish findings and letters)
    std::string source;
};

/// The conversion profile every face uses when none is chosen: Denmark (formulary/profiles/dk.json).
inline constexpr const char *kDefaultProfileId = "dk";

struct Profile {
    std::string id;
    std::string name;   ///< English name, e.g. "Denmark (default)"
    std::string nameDa; ///< Danish name, e.g. "Danmark (standard)"; `name` when the file has none
    std::string description;
    std::string source; ///< the table the profile follows (source id)
    Threshold highMeq;
    Threshold veryHighMeq;
    int longTermDays = 90;
    std::string longTermSource;
    std::string longTermNote;
    std::vector<ConversionFactor> factors;
    std::vector<Exclusion> excluded;

    const ConversionFactor *factorFor(std::string_view substance, Route route) const;
    const Exclusion *exclusionFor(std::string_view substance, Route route) const;
};

class Formulary {
public:
    /// Loads sources.json, atc-groups.json, substances.json, products-*.json, profiles/*.json and
    /// rules.json from `dir`.
    static Formulary load(const std::string &dir);

    const Source *source(std::string_view id) const;
    const Substance *substance(std::string_view id) const;
    const Product *product(std::string_view id) const;
    const Profile *profile(std::string_view id) const;

    const std::vector<Source> &sources() const { return m_sources; }
    const std::vector<Substance> &substances() const { return m_substances; }
    const std::vector<Product> &products() const { return m_products; }
    /// The products in the order lists and pickers offer them: marketed, then permit-only, then
    /// withdrawn, file order within each, so a withdrawn product is never offered first.
    std::vector<const Product *> productsForListing() const;
    const std::vector<Profile> &profiles() const { return m_profiles; }

    /// Up to `max` known ids closest to `unknown` (edit distance), for "did you mean" messages.
    std::vector<std::string> closestSubstances(std::string_view unknown, std::size_t max = 3) const;
    std::vector<std::string> closestProducts(std::string_view unknown, std::size_t max = 3) const;
    std::vector<std::string> profileIds() const;

    /// Co-medication groups (atc-groups.json) and the rules' limits and sources (rules.json).
    const std::vector<AtcGroup> &atcGroups() const { return m_atcGroups; }
    const AtcGroup *atcGroup(std::string_view id) const;
    /// The group whose prefix starts `atc`, or nullptr (prefixes are disjoint, so at most one matches).
    const AtcGroup *groupForAtc(std::string_view atc) const;
    const RuleData &rules() const { return m_rules; }

    /// Largest per-administration dose accepted for a substance given in `unit` on `route`; above it a
    /// dose is treated as a typing error. 20 × the largest Danish strength in that unit; for substances
    /// without such a product, 20 × 200 mg oral morphine (the largest Danish morphine strength)
    /// converted with the highest factor any profile gives. nullopt when neither exists.
    std::optional<double> absurdDoseLimit(std::string_view substance, Route route, DoseUnit unit) const;

    /// The valid-from date of the Medicinpriser takst the products' packs and market status come from
    /// (formulary/lms-dk.json); none when the folder has no import.
    const std::optional<Date> &lmsTakstDate() const { return m_lmsTakstDate; }

    /// The formulary data's version ("data_version" in sources.json, e.g. "2026-12-05": the day its
    /// factors, products and rules were last checked against their sources); empty when not given.
    /// Printed by --version so a report can be traced to the data it was computed with.
    const std::string &dataVersion() const { return m_dataVersion; }

    /// Formulary folder holding the data (for messages).
    const std::string &directory() const { return m_directory; }

private:
    std::string m_directory;
    std::string m_dataVersion;
    std::vector<Source> m_sources;
    std::vector<Substance> m_substances;
    std::vector<Product> m_products;
    std::vector<Profile> m_profiles;
    std::vector<AtcGroup> m_atcGroups;
    RuleData m_rules;
    std::optional<Date> m_lmsTakstDate;

    /// id → index lookups, built once after loading (lookups are on every rule's hot path).
    struct IdHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using IdIndex = std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>>;
    IdIndex m_sourceIndex, m_substanceIndex, m_productIndex, m_profileIndex;
    void buildIndices();
};

} // namespace taper
