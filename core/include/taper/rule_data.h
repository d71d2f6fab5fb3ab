// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Data behind the guidance rules: ATC groups of co-medications (formulary/atc-groups.json) and each
// rule's limits and source (formulary/rules.json). Loaded strictly with the formulary; see
// docs/findings.md for what each rule does with them. No limit is written in code.

#include "taper/enums.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace taper {

/// A group of medicines matched by ATC prefix (e.g. "benzodiazepine": N05BA, N05CD, N03AE).
struct AtcGroup {
    std::string id;
    std::string nameEn;
    std::string nameDa;
    std::vector<std::string>
        prefixes; ///< valid ATC prefixes (1, 3, 4, 5 or 7 characters), disjoint across groups
    std::string source;
    std::string note;

    bool matches(std::string_view atc) const
    {
        for (const auto &p : prefixes)
            if (atc.substr(0, p.size()) == p) return true;
        return false;
    }
};

/// True when `ids` holds `id` (the id lists of the rule data are short).
inline bool contains(const std::vector<std::string> &ids, std::string_view id)
{
    for (const auto &candidate : ids)
        if (candidate == id) return true;
    return false;
}

/// The reserved group of opioid ATC codes: a line may not name an opioid by ATC code.
inline constexpr std::string_view kOpioidGroup = "opioid";

/// The source id (sources.json) every finding of a rule carries, and the data file's note.
struct RuleSource {
    std::string source;
    std::string note;
};

/// A rule that fires on co-medication lines of the listed ATC groups.
struct GroupRule : RuleSource {
    std::vector<std::string> groups;
    bool covers(std::string_view group) const { return contains(groups, group); }
};

/// More distinct substances (or ATC codes) among co-medication lines of `groups` than `maxSubstances`.
struct GroupCountRule : GroupRule {
    int maxSubstances = 1;
};

struct MultipleOpioidsRule : RuleSource {
    int maxSubstances = 1; ///< more distinct opioid substances than this fires
};

struct SerotonergicRule : GroupRule {
    std::vector<std::string> substances;            ///< opioids concerned (tramadol)
    std::vector<std::string> contraindicatedGroups; ///< groups that make it a contraindication (maoi)
    std::string contraindicationSource;
    int washoutDays = 14;
};

/// One opioid of the class-wide serotonergic rule, with its own source and the groups its source makes
/// a contraindication (critical, from `contraindicationSource`).
struct SerotonergicOpioid {
    std::string substance;
    std::string source;
    std::vector<std::string> contraindicatedGroups;
    std::string contraindicationSource; ///< empty when `contraindicatedGroups` is empty
};

/// Serotonergic pairs of opioids other than those of `tramadolSerotonergic` (disjoint, checked at load).
struct SerotonergicOpioidsRule : GroupRule {
    std::vector<SerotonergicOpioid> opioids;
    int washoutDays = 14;
    const SerotonergicOpioid *find(std::string_view substance) const
    {
        for (const auto &o : opioids)
            if (o.substance == substance) return &o;
        return nullptr;
    }
};

/// How a QT-list entry's source classes the co-medication: named as QT-prolonging (warning), or
/// contraindicated with other QT-prolonging medicines (critical).
enum class QtCategory { QtProlonging, ContraindicatedWithQtProlonging };
inline constexpr std::array<std::string_view, 2> kQtCategoryNames{"qt_prolonging",
                                                                  "contraindicated_with_qt_prolonging"};

/// A QT-prolonging co-medication by ATC prefix (full code for one substance, shorter for a class).
struct QtComedication {
    std::string atc;
    QtCategory category = QtCategory::QtProlonging;
    std::string source;
};

/// `substances` (methadone) with a co-medication of `comedications` (prefixes disjoint, checked at
/// load). `source` is the combination advice, `ecgSource` the ECG schedule of methadoneSpecialist.
struct QtcRule : RuleSource {
    std::vector<std::string> substances;
    std::string ecgSource;
    std::vector<QtComedication> comedications;
    /// The entry whose prefix starts `atc`, or nullptr.
    const QtComedication *find(std::string_view atc) const
    {
        for (const auto &q : comedications)
            if (atc.substr(0, q.atc.size()) == q.atc) return &q;
        return nullptr;
    }
};

struct SubstanceListRule : RuleSource {
    std::vector<std::string> substances;
    bool lists(std::string_view substance) const { return contains(substances, substance); }
};

struct Cyp2d6Rule : SubstanceListRule {
    std::pair<double, double> poorMetabolisersPercent{0, 0}; ///< share of the population, low–high
};

struct MethadoneRule : RuleSource {
    std::pair<int, int> ecgAfterWeeks{0, 0};
    double ecgAfterIncreasePercent = 0;
    double fatalUnknownToleranceMgPerDay = 0;
};

struct PatchNaiveRule : SubstanceListRule {
    int withinDays = 7;               ///< patch `since` at most this many days before as_of
    double toleranceMeqMgPerDay = 60; ///< the opioid-tolerance definition quoted in the message
};

struct FastTaperRule : RuleSource {
    double maxCutPercent = 25; ///< a cut strictly above this fires
    int minIntervalDays = 7;   ///< steps strictly closer than this fire
};

/// The pace after short exposure: when every opioid line started fewer than `maxDays` days before the
/// evaluation date, a plan steps `stepPercent` % every `intervalDays` days (TaperOptions::shortExposurePace).
struct ShortExposureRule : RuleSource {
    int maxDays = 28;
    double stepPercent = 20;
    int intervalDays = 4;
};

/// Danish driving-licence maximum for a depot opioid: per day in the route's daily unit (mg/day, or
/// mcg/h for patches). A daily amount strictly above it fires.
struct DepotMaximum {
    std::string substance;
    Route route = Route::Oral;
    double max = 0;
};

struct ShortActingAllowance {
    std::string substance;
    double belowMgPerDay = 0; ///< short-acting use strictly below this does not fire
};

struct DrivingRule : RuleSource {
    std::vector<std::string> noException; ///< substances never compatible with driving (ketobemidone)
    std::vector<ShortActingAllowance> shortActingAllowed;
    std::vector<DepotMaximum> depotMaxima;
    std::vector<std::string> sedativeGroups; ///< strong opioid + one of these: licence not recommended
    std::vector<std::string> weakOpioids;    ///< not "strong" for the sedative combination
};

/// A labelled maximum daily dose of a substance (an opioid, or a non-opioid component of combination
/// products and co-medication lines) on one route, in mg/day. A daily sum strictly above `maxMgPerDay`
/// fires above_label_max.
struct LabelMaximum {
    std::string substance;
    Route route = Route::Oral;
    double maxMgPerDay = 0;
    std::string source;
    /// When not empty, only lines naming one of these products count (Targin's 80 mg oxycodone).
    std::vector<std::string> products;
};

struct LabelMaxRule : RuleSource {
    std::vector<LabelMaximum> maxima;
};

/// elderly: age (years, Patient::ageAt) at or above `minAge` fires; info alone, warning with a
/// co-medication of `sedativeGroups` (fall risk, carrying `fallSource`).
struct ElderlyRule : RuleSource {
    int minAge = 0;
    std::vector<std::string> sedativeGroups;
    std::string fallSource;
};

/// What a source advises for a substance below an eGFR limit.
enum class RenalAdvice { Avoid, Reduce, ReduceInterval, Caution, General };
inline constexpr std::array<std::string_view, 5> kRenalAdviceNames{"avoid", "reduce", "reduce_interval",
                                                                   "caution", "general"};
constexpr std::string_view toString(RenalAdvice a)
{
    return kRenalAdviceNames[static_cast<std::size_t>(a)];
}

/// One band: eGFR strictly below `belowEgfr` (ml/min) gives `advice` for `substance`.
struct RenalBand {
    std::string substance;
    double belowEgfr = 0;
    RenalAdvice advice = RenalAdvice::General;
    std::string source;
};

/// renal_impairment: per substance the lowest band the eGFR is below; a substance with no band of its
/// own gets the general advice below `generalBelowEgfr` (rule source), except `preferred` substances
/// (first choice in severe renal impairment, `preferredSource`), which get no finding.
struct RenalRule : RuleSource {
    double generalBelowEgfr = 0;
    std::vector<RenalBand> bands;
    std::vector<std::string> preferred;
    std::string preferredSource;
};

/// respiratory_risk: sleep apnoea or COPD with an opioid (warning), critical with a co-medication of
/// `sedativeGroups` (carrying `sedativeSource`). The finding's source is the first condition's.
struct RespiratoryRule {
    std::string sleepApnoeaSource;
    std::string copdSource;
    std::vector<std::string> sedativeGroups;
    std::string sedativeSource;
    std::string note;
};

struct RuleData {
    RuleSource prnLongTerm;
    MultipleOpioidsRule multipleOpioids;
    RuleSource duplicateRelease;
    GroupRule benzodiazepineCombination;
    GroupRule gabapentinoidCombination;
    GroupCountRule sedativeDuplicate;
    SerotonergicRule tramadolSerotonergic;
    SerotonergicOpioidsRule serotonergic;
    QtcRule qtcRisk;
    Cyp2d6Rule cyp2d6Prodrug;
    MethadoneRule methadoneSpecialist;
    RuleSource buprenorphinePartialAgonist;
    PatchNaiveRule patchInOpioidNaive;
    GroupRule noLaxative;
    FastTaperRule fastTaper;
    ShortExposureRule shortExposure;
    DrivingRule drivingLimit;
    RuleSource depotUnevenInterval;
    RuleSource notAssessed;
    LabelMaxRule aboveLabelMax;
    ElderlyRule elderly;
    RenalRule renalImpairment;
    RespiratoryRule respiratoryRisk;
    RuleSource pregnancy;
    RuleSource patientNotAssessed; ///< not_assessed with reason patient_data_missing
};

/// True for a syntactically valid full ATC code: letter, 2 digits, 2 letters, 2 digits ("N05BA01").
bool isValidAtcCode(std::string_view code);

} // namespace taper
