// SPDX-License-Identifier: GPL-3.0-or-later
// English wording of every finding code. Parameters are described in docs/findings.md.
#include "finding_text_detail.h"

namespace taper::text::detail {

namespace {

std::string nEn(double v)
{
    return formatAmount(v);
}

std::string drivingEn(const Finding &f, const std::string &prefix, const std::string &substance)
{
    const std::string reason = str(f, "reason");
    if (reason == "no_exception")
        return prefix + substance + " has no exception in the Danish driving rules: no driving.";
    if (reason == "above_maximum")
        return prefix + "depot " + substance + " " + nEn(num(f, "daily_amount")) + " " + str(f, "unit") +
               " is above the Danish driving-licence maximum of " + nEn(num(f, "max")) + " " +
               str(f, "unit") + ".";
    if (reason == "sedative_combination")
        return prefix + substance + " together with a strong opioid: a driving licence is not recommended.";
    return prefix + "short-acting " + substance +
           ": no driving on short-acting opioids (Danish driving rules).";
}

/// "Total 82.2 mg MEQ/day"; a partial total (a line the profile does not convert) is a lower bound.
std::string totalEn(const Finding &f)
{
    if (flag(f, "total_is_partial"))
        return "Total of at least " + nEn(num(f, "total_meq_mg")) +
               " mg MEQ/day (some lines are not converted)";
    return "Total " + nEn(num(f, "total_meq_mg")) + " mg MEQ/day";
}

} // namespace

std::string messageEn(const Finding &f, const Formulary &formulary, const std::optional<Date> &asOf)
{
    const Lang en = Lang::En;
    const std::string prefix = linePrefix(f, en);
    const std::string substance = substanceParam(f, "substance", en, formulary);
    const std::string comedication = substanceParam(f, "comedication", en, formulary);
    const std::string group = groupName(str(f, "group"), en, formulary);
    const bool inclusive = flag(f, "inclusive");
    switch (f.code) {
    case FindingCode::HighMeq:
        if (flag(f, "methadone_in_total"))
            return totalEn(f) + " is " + (inclusive ? "at or above" : "above") + " the " +
                   nEn(num(f, "threshold_mg")) +
                   " mg/day threshold, but methadone's MEQ is uncertain "
                   "(dose-tiered conversion): review it with the specialist who manages the methadone.";
        return totalEn(f) + " is " + (inclusive ? "at or above" : "above") + " the " +
               nEn(num(f, "threshold_mg")) +
               " mg/day threshold: review the indication and consider tapering.";
    case FindingCode::VeryHighMeq:
        if (flag(f, "methadone_in_total"))
            return totalEn(f) + " is " + (inclusive ? "at or above" : "above") + " the " +
                   nEn(num(f, "threshold_mg")) +
                   " mg/day maximum, but methadone's MEQ is uncertain "
                   "(dose-tiered conversion): do not change the dose on this number; refer to the specialist "
                   "who "
                   "manages the methadone.";
        return totalEn(f) + " is " + (inclusive ? "at or above" : "above") + " the " +
               nEn(num(f, "threshold_mg")) + " mg/day maximum: reduce the dose.";
    case FindingCode::ShortActingLongTerm:
        return prefix + "short-acting " + substance + (flag(f, "prn") ? " (PRN)" : "") + " used " +
               (asOf ? "since " + dateBefore(f, "days", *asOf, en) + " (more than " +
                           nEn(num(f, "limit_days")) + " days"
                     : "for " + nEn(num(f, "days")) + " days (more than " + nEn(num(f, "limit_days"))) +
               "): long-term treatment should use a long-acting opioid in fixed doses" +
               (f.parameter("treatment_days") ? "; avoid short-acting opioids, fixed or PRN." : ".");
    case FindingCode::DurationUnknown:
        return prefix + "short-acting " + substance +
               " has no start date (\"since\"), so long-term use cannot be assessed.";
    case FindingCode::NotInProfile: {
        const std::string reason = str(f, "reason");
        return prefix + substance + " " + str(f, "route") + " is not converted by profile " +
               str(f, "profile") + (reason.empty() ? "" : " (" + reason + ")") + ": the total is partial.";
    }
    case FindingCode::PrnLongTerm:
        return prefix + substance + " as needed (PRN) in opioid treatment " +
               (asOf ? "since " + dateBefore(f, "treatment_days", *asOf, en)
                     : "lasting " + nEn(num(f, "treatment_days")) + " days") +
               " (long-term: more than " + nEn(num(f, "limit_days")) + (asOf ? " days" : "") +
               "): avoid short-acting opioids, fixed or PRN, in long-term treatment.";
    case FindingCode::MultipleOpioids:
        return nEn(num(f, "count")) + " opioids at once (" +
               substanceList(str(f, "substances"), en, formulary) + "): one opioid is recommended.";
    case FindingCode::DuplicateRelease:
        return prefix + "short-acting " + substance + " alongside long-acting " + substance + " (line " +
               nEn(num(f, "depot_line")) + "): use one long-acting formulation, not both kinds.";
    case FindingCode::BenzodiazepineCombination:
        return prefix + comedication + " (" + group +
               ") with an opioid: risk of sedation, respiratory depression, "
               "coma and death; avoid the combination or keep both at the lowest dose for the shortest time, "
               "and "
               "taper the " +
               group + " gradually.";
    case FindingCode::GabapentinoidCombination:
        return prefix + comedication + " (" + group +
               ") with an opioid: risk of serious breathing problems, "
               "especially with other sedatives, lung disease or old age.";
    case FindingCode::TramadolSerotonergic:
        if (flag(f, "contraindicated"))
            return prefix + comedication + " (" + group + ") with " +
                   substanceParam(f, "opioid", en, formulary) + ": contraindicated, also within " +
                   nEn(num(f, "washout_days")) + " days after stopping it.";
        return prefix + comedication + " (" + group + ") with " + substanceParam(f, "opioid", en, formulary) +
               ": raised risk of serotonergic adverse effects (serotonin syndrome); consider another "
               "analgesic.";
    case FindingCode::Cyp2d6Prodrug:
        if (f.parameter("other_lines")) {
            const std::string ids = str(f, "substances");
            return prefix + substanceList(ids, en, formulary) +
                   (ids.find(", ") == std::string::npos ? " needs" : " need") +
                   " activation by CYP2D6 (also line " + str(f, "other_lines") + "); " +
                   nEn(num(f, "poor_metabolisers_low_percent")) + "-" +
                   nEn(num(f, "poor_metabolisers_high_percent")) +
                   " % of people lack functional CYP2D6 and get little pain relief.";
        }
        return prefix + substance + " needs activation by CYP2D6; " +
               nEn(num(f, "poor_metabolisers_low_percent")) + "-" +
               nEn(num(f, "poor_metabolisers_high_percent")) +
               " % of people lack functional CYP2D6 and get little pain relief.";
    case FindingCode::MethadoneSpecialist:
        return prefix + substance + " belongs with a specialist: ECG before start, after " +
               nEn(num(f, "ecg_after_weeks_low")) + "-" + nEn(num(f, "ecg_after_weeks_high")) +
               " weeks and after any dose increase of " + nEn(num(f, "ecg_after_increase_percent")) +
               " % or more; fatal poisoning has been seen at " + nEn(num(f, "fatal_unknown_tolerance_mg")) +
               " mg/day when tolerance is unknown. No automatic taper.";
    case FindingCode::BuprenorphinePartialAgonist:
        return prefix + substance + " is a partial agonist with a ceiling effect" +
               (flag(f, "excluded_from_meq")
                    ? "; profile " + str(f, "profile") + " leaves it out of the MEQ total."
                    : "; its MEQ factor is uncertain (wide published range).");
    case FindingCode::PatchInOpioidNaive:
        return prefix + substance + " patch started " +
               (asOf ? "on " + dateBefore(f, "days", *asOf, en) : nEn(num(f, "days")) + " days ago") +
               " with no other opioid: patches are for opioid-tolerant patients only (at least " +
               nEn(num(f, "tolerance_meq_mg")) + " mg oral morphine a day for at least a week).";
    case FindingCode::NoLaxative:
        return "No laxative in the regimen: opioid treatment should always come with a laxative.";
    case FindingCode::FastTaper:
        return "A cut of " + nEn(num(f, "cut_percent")) + " % after " + nEn(num(f, "interval_days")) +
               " days is faster than the guidance (at most " + nEn(num(f, "max_cut_percent")) +
               " % of the daily dose, at least " + nEn(num(f, "min_interval_days")) + " days apart).";
    case FindingCode::DrivingLimit:
        return drivingEn(f, prefix, substance);
    case FindingCode::DepotUnevenInterval:
        return prefix + productParam(f, "product", formulary) + " is a " + nEn(num(f, "interval_hours")) +
               "-hour depot (" + nEn(num(f, "expected_per_day")) + " times a day) but is given " +
               (flag(f, "prn") ? std::string("as needed (PRN): a depot is for fixed doses.")
                               : nEn(num(f, "times_per_day")) + " times a day: uneven levels.");
    case FindingCode::NotAssessed:
        if (str(f, "reason") == "patient_data_missing") return patientEn(f, formulary);
        return prefix + comedication +
               (str(f, "atc").empty() || str(f, "atc") == str(f, "comedication")
                    ? ""
                    : " (" + str(f, "atc") + ")") +
               " is outside the medicine groups the rules assess; check its interactions with opioids in the "
               "product information.";
    case FindingCode::AboveLabelMax:
        return prefix + substance + " " + nEn(num(f, "daily_mg")) + " mg/day" +
               (str(f, "scope").empty() ? "" : " (" + str(f, "scope") + ")") +
               " is above the labelled maximum of " + nEn(num(f, "max_mg")) + " mg/day" +
               (flag(f, "prn_at_max") ? " (PRN doses counted at their daily maximum)" : "") +
               ": reduce the dose.";
    case FindingCode::ProductWithdrawn:
        return prefix + productParam(f, "product", formulary) +
               (str(f, "market_status") == "permit_only" ? " is available only with a dispensing permit"
                                                         : " is withdrawn from the Danish market") +
               (str(f, "market_note").empty() ? "" : " (" + str(f, "market_note") + ")") +
               ": choose a marketed product.";
    case FindingCode::SedativeDuplicate:
        return prefix + nEn(num(f, "count")) + " benzodiazepines/z-hypnotics at once (" +
               substanceList(str(f, "substances"), en, formulary) +
               ") beside an opioid: they act alike; use at most one, and preferably none with long-term "
               "opioids.";
    case FindingCode::Serotonergic: {
        const std::string opioid = substanceParam(f, "opioid", en, formulary);
        if (flag(f, "contraindicated"))
            return prefix + comedication + " (" + group + ") with " + opioid +
                   ": contraindicated, also within " + nEn(num(f, "washout_days")) +
                   " days after stopping it.";
        return prefix + comedication + " (" + group + ") with " + opioid +
               ": raised risk of serotonin syndrome (agitation, fever, sweating, tremor, muscle twitching); "
               "consider another analgesic.";
    }
    case FindingCode::QtcRisk: {
        const std::string opioid = substanceParam(f, "opioid", en, formulary);
        const std::string ecg = "ECG before start, after " + nEn(num(f, "ecg_after_weeks_low")) + "-" +
                                nEn(num(f, "ecg_after_weeks_high")) +
                                " weeks and after any dose increase of " +
                                nEn(num(f, "ecg_after_increase_percent")) + " % or more.";
        if (str(f, "category") == "contraindicated_with_qt_prolonging")
            return prefix + comedication + " with " + opioid + ": " + comedication +
                   " is contraindicated with QT-prolonging medicines such as " + opioid +
                   " (risk of torsades de pointes); choose an alternative. If the combination is kept: " +
                   ecg;
        return prefix + comedication + " with " + opioid +
               ": both prolong the QT interval (risk of torsades de pointes); " + ecg;
    }
    case FindingCode::Elderly:
    case FindingCode::RenalImpairment:
    case FindingCode::RespiratoryRisk:
    case FindingCode::Pregnancy:
        return patientEn(f, formulary);
    }
    return std::string(toString(f.code));
}

} // namespace taper::text::detail
