// SPDX-License-Identifier: GPL-3.0-or-later
// Danish wording of every finding code. Parameters are described in docs/findings.md.
#include "finding_text_detail.h"

namespace taper::text::detail {

namespace {

std::string nDa(double v)
{
    return formatAmount(v, Lang::Da);
}

std::string unitDa(const std::string &unit)
{
    return unit == "mg/day" ? "mg/døgn" : unit;
}

std::string drivingDa(const Finding &f, const std::string &prefix, const std::string &substance)
{
    const std::string reason = str(f, "reason");
    if (reason == "no_exception")
        return prefix + substance + " har ingen undtagelse i de danske kørekortregler: ingen bilkørsel.";
    if (reason == "above_maximum")
        return prefix + "depot" + substance + " " + nDa(num(f, "daily_amount")) + " " +
               unitDa(str(f, "unit")) + " er over kørekortreglernes maksimum på " + nDa(num(f, "max")) + " " +
               unitDa(str(f, "unit")) + ".";
    if (reason == "sedative_combination")
        return prefix + substance + " sammen med et stærkt opioid: bilkørsel frarådes.";
    return prefix + "korttidsvirkende " + substance +
           ": ingen bilkørsel på korttidsvirkende opioider (danske kørekortregler).";
}

/// "Den samlede døgndosis svarer til 82,2 mg oral morfin"; en delvis sum (en linje profilen ikke omregner) er
/// en nedre grænse.
std::string totalDa(const Finding &f)
{
    if (flag(f, "total_is_partial"))
        return "Den samlede døgndosis svarer til mindst " + nDa(num(f, "total_meq_mg")) +
               " mg oral morfin (nogle linjer er ikke omregnet)";
    return "Den samlede døgndosis svarer til " + nDa(num(f, "total_meq_mg")) + " mg oral morfin";
}

/// A threshold finding: the total, the limit ("grænsen på 60 mg" / "100 mg") and the advice, which with
/// methadone in the total refers to the specialist instead (issue 16 item 4).
std::string thresholdDa(const Finding &f, const std::string &limit, const std::string &methadoneAdvice,
                        const std::string &advice)
{
    return totalDa(f) + " og " + (flag(f, "inclusive") ? "er på eller over " : "overstiger ") + limit +
           nDa(num(f, "threshold_mg")) + " mg. " + (flag(f, "methadone_in_total") ? methadoneAdvice : advice);
}

} // namespace

std::string messageDa(const Finding &f, const Formulary &formulary, const std::optional<Date> &asOf)
{
    const Lang da = Lang::Da;
    const std::string prefix = linePrefix(f, da);
    const std::string substance = substanceParam(f, "substance", da, formulary);
    const std::string comedication = substanceParam(f, "comedication", da, formulary);
    const std::string group = groupName(str(f, "group"), da, formulary);
    switch (f.code) {
    case FindingCode::HighMeq:
        return thresholdDa(
            f, "grænsen på ",
            "Metadons morfinækvivalent er usikker (dosisafhængig omregning): revurdér sammen med den "
            "speciallæge, der styrer metadonbehandlingen.",
            "Revurdér indikationen, og overvej nedtrapning.");
    case FindingCode::VeryHighMeq:
        return thresholdDa(
            f, "",
            "Metadons morfinækvivalent er usikker (dosisafhængig omregning): ændr ikke dosis ud fra "
            "dette tal; henvis til den speciallæge, der styrer metadonbehandlingen.",
            "Dosis bør nedsættes.");
    case FindingCode::ShortActingLongTerm:
        return prefix + "korttidsvirkende " + substance + (flag(f, "prn") ? " (PN)" : "") + " brugt " +
               (asOf ? "siden " + dateBefore(f, "days", *asOf, da) + " (mere end " +
                           nDa(num(f, "limit_days")) + " dage"
                     : "i " + nDa(num(f, "days")) + " dage (mere end " + nDa(num(f, "limit_days"))) +
               "): langtidsbehandling bør ske med et depotpræparat i faste doser" +
               (f.parameter("treatment_days") ? "; undgå korttidsvirkende opioider, både fast og som PN."
                                              : ".");
    case FindingCode::DurationUnknown:
        return prefix + "korttidsvirkende " + substance +
               " har ingen startdato, så langtidsbrug kan ikke vurderes.";
    case FindingCode::NotInProfile: {
        // The profile file gives the reason in English and Danish; the finding carries the English,
        // which a Danish sentence never quotes.
        std::string reason;
        const Profile *profile = formulary.profile(str(f, "profile"));
        const auto route = parseEnum<Route>(str(f, "route"));
        if (const Exclusion *e =
                profile && route ? profile->exclusionFor(str(f, "substance"), *route) : nullptr)
            reason = e->reasonDa;
        return prefix + substance + " " + routeDa(str(f, "route")) + " kan ikke omregnes med profilen " +
               str(f, "profile") + (reason.empty() ? "" : " (" + reason + ")") + ": totalen er ufuldstændig.";
    }
    case FindingCode::PrnLongTerm:
        return prefix + substance + " efter behov (PN) i en opioidbehandling, der har varet " +
               (asOf ? "siden " + dateBefore(f, "treatment_days", *asOf, da)
                     : nDa(num(f, "treatment_days")) + " dage") +
               " (langtidsbehandling: mere end " + nDa(num(f, "limit_days")) + (asOf ? " dage" : "") +
               "): undgå korttidsvirkende opioider, både fast og som PN, i langtidsbehandling.";
    case FindingCode::MultipleOpioids:
        return "Patienten får " + nDa(num(f, "count")) + " opioider (" +
               substanceList(str(f, "substances"), da, formulary) + "). Der bør kun anvendes ét.";
    case FindingCode::DuplicateRelease:
        return prefix + "korttidsvirkende " + substance + " sammen med depot" + substance + " (linje " +
               nDa(num(f, "depot_line")) + "): brug ét depotpræparat, ikke begge former.";
    case FindingCode::BenzodiazepineCombination:
        return prefix + comedication + " (" + group +
               ") sammen med et opioid: risiko for sedation, "
               "respirationsdepression, koma og død; undgå kombinationen eller brug begge i laveste dosis i "
               "kortest "
               "mulig tid, og trap " +
               comedication + " gradvist ned.";
    case FindingCode::GabapentinoidCombination:
        return prefix + comedication + " (" + group +
               ") sammen med et opioid: risiko for alvorlig "
               "respirationsdepression, særligt med andre sederende lægemidler, lungesygdom eller høj alder.";
    case FindingCode::TramadolSerotonergic:
        if (flag(f, "contraindicated"))
            return prefix + comedication + " (" + group + ") sammen med " +
                   substanceParam(f, "opioid", da, formulary) + ": kontraindiceret, også inden for " +
                   nDa(num(f, "washout_days")) + " dage efter ophør.";
        return prefix + comedication + " (" + group + ") sammen med " +
               substanceParam(f, "opioid", da, formulary) +
               ": øget risiko for serotonerge bivirkninger (serotonergt syndrom); overvej et andet "
               "analgetikum.";
    case FindingCode::Cyp2d6Prodrug:
        if (f.parameter("other_lines"))
            return prefix + substanceList(str(f, "substances"), da, formulary) +
                   " skal aktiveres af CYP2D6 (også linje " + str(f, "other_lines") + "); " +
                   nDa(num(f, "poor_metabolisers_low_percent")) + "-" +
                   nDa(num(f, "poor_metabolisers_high_percent")) +
                   " % af befolkningen mangler funktionelt CYP2D6 og får ringe smertelindring.";
        return prefix + substance + " skal aktiveres af CYP2D6; " +
               nDa(num(f, "poor_metabolisers_low_percent")) + "-" +
               nDa(num(f, "poor_metabolisers_high_percent")) +
               " % af befolkningen mangler funktionelt CYP2D6 og får ringe smertelindring.";
    case FindingCode::MethadoneSpecialist:
        return prefix + substance + " bør håndteres af speciallæge: EKG før start, efter " +
               nDa(num(f, "ecg_after_weeks_low")) + "-" + nDa(num(f, "ecg_after_weeks_high")) +
               " uger og efter enhver dosisøgning på " + nDa(num(f, "ecg_after_increase_percent")) +
               " % eller mere; dødelig forgiftning er set ved " + nDa(num(f, "fatal_unknown_tolerance_mg")) +
               " mg/døgn ved ukendt tolerance. Ingen automatisk nedtrapning.";
    case FindingCode::BuprenorphinePartialAgonist:
        return prefix + substance + " er en partiel agonist med loftseffekt" +
               (flag(f, "excluded_from_meq")
                    ? "; profilen " + str(f, "profile") + " medregner den ikke i MEQ."
                    : "; MEQ-faktoren er usikker (bredt publiceret interval).");
    case FindingCode::PatchInOpioidNaive:
        return prefix + substance + "plaster startet " +
               (asOf ? dateBefore(f, "days", *asOf, da) : "for " + nDa(num(f, "days")) + " dage siden") +
               " uden andet opioid: plastre er kun til opioidtolerante patienter (mindst " +
               nDa(num(f, "tolerance_meq_mg")) + " mg peroral morfin i døgnet i mindst en uge).";
    case FindingCode::NoLaxative:
        return "Intet laksantium i behandlingen: opioidbehandling bør altid ledsages af et laksantium.";
    case FindingCode::FastTaper:
        return "En reduktion på " + nDa(num(f, "cut_percent")) + " % efter " + nDa(num(f, "interval_days")) +
               " dage er hurtigere end anbefalet (højst " + nDa(num(f, "max_cut_percent")) +
               " % af døgndosis, mindst " + nDa(num(f, "min_interval_days")) + " dage mellem trinene).";
    case FindingCode::DrivingLimit:
        return drivingDa(f, prefix, substance);
    case FindingCode::DepotUnevenInterval:
        return prefix + productParam(f, "product", formulary) + " er et " + nDa(num(f, "interval_hours")) +
               "-timers depotpræparat (" + nDa(num(f, "expected_per_day")) + " gange i døgnet), men gives " +
               (flag(f, "prn") ? std::string("efter behov (PN): depotpræparater gives i faste doser.")
                               : nDa(num(f, "times_per_day")) + " gange i døgnet: ujævn virkning.");
    case FindingCode::NotAssessed:
        if (str(f, "reason") == "patient_data_missing") return patientDa(f, formulary);
        return prefix + comedication +
               (str(f, "atc").empty() || str(f, "atc") == str(f, "comedication")
                    ? ""
                    : " (" + str(f, "atc") + ")") +
               " hører ikke til de lægemiddelgrupper, reglerne vurderer; tjek interaktioner med opioider i "
               "produktinformationen.";
    case FindingCode::AboveLabelMax:
        return prefix + "Døgndosis af " + substance + " er " + nDa(num(f, "daily_mg")) + " mg" +
               (str(f, "scope").empty() ? "" : " (" + str(f, "scope") + ")") +
               " og overstiger den højeste godkendte døgndosis på " + nDa(num(f, "max_mg")) + " mg" +
               (flag(f, "prn_at_max") ? " (doser efter behov er regnet med det højeste antal pr. døgn)"
                                      : "") +
               ". Dosis bør nedsættes.";
    case FindingCode::ProductWithdrawn:
        return prefix + productParam(f, "product", formulary) +
               (str(f, "market_status") == "permit_only" ? " kan kun udleveres med udleveringstilladelse"
                                                         : " er afregistreret i Danmark") +
               ". Vælg et markedsført præparat.";
    case FindingCode::SedativeDuplicate:
        return prefix + nDa(num(f, "count")) + " benzodiazepiner/z-hypnotika samtidig (" +
               substanceList(str(f, "substances"), da, formulary) +
               ") ved siden af et opioid: de virker ens; brug højst ét, og helst ingen ved langvarig "
               "opioidbehandling.";
    case FindingCode::Serotonergic: {
        const std::string opioid = substanceParam(f, "opioid", da, formulary);
        if (flag(f, "contraindicated"))
            return prefix + comedication + " (" + group + ") sammen med " + opioid +
                   ": kontraindiceret, også inden for " + nDa(num(f, "washout_days")) + " dage efter ophør.";
        return prefix + comedication + " (" + group + ") sammen med " + opioid +
               ": øget risiko for serotonergt syndrom (uro, feber, svedtendens, rysten, muskeltrækninger); "
               "overvej et andet analgetikum.";
    }
    case FindingCode::QtcRisk: {
        const std::string opioid = substanceParam(f, "opioid", da, formulary);
        const std::string ecg = "EKG før start, efter " + nDa(num(f, "ecg_after_weeks_low")) + "-" +
                                nDa(num(f, "ecg_after_weeks_high")) +
                                " uger og efter enhver dosisøgning på " +
                                nDa(num(f, "ecg_after_increase_percent")) + " % eller mere.";
        if (str(f, "category") == "contraindicated_with_qt_prolonging")
            return prefix + comedication + " sammen med " + opioid + ": " + comedication +
                   " er kontraindiceret sammen med QT-forlængende lægemidler som " + opioid +
                   " (risiko for torsades de pointes); vælg et alternativ. Fortsætter kombinationen: " + ecg;
        return prefix + comedication + " sammen med " + opioid +
               ": begge forlænger QT-intervallet (risiko for torsades de pointes); " + ecg;
    }
    case FindingCode::Elderly:
    case FindingCode::RenalImpairment:
    case FindingCode::RespiratoryRisk:
    case FindingCode::Pregnancy:
        return patientDa(f, formulary);
    }
    return std::string(toString(f.code));
}

} // namespace taper::text::detail
