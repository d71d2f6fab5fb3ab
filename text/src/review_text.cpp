// SPDX-License-Identifier: GPL-3.0-or-later
// Wording for the review letter: actions for findings and one line per kind of taper note.
#include "taper/text/review_text.h"

#include "finding_text_detail.h"
#include "taper_note_detail.h"

#include <algorithm>
#include <cmath>

namespace taper::text {

namespace {

using detail::str;

struct Words {
    const char *da;
    const char *en;
};

std::string pick(Lang lang, Words w)
{
    return lang == Lang::Da ? w.da : w.en;
}

std::string noteProductName(const TaperNote &n, const Formulary &formulary)
{
    return detail::productName(detail::param(n, "product"), formulary);
}

std::vector<int> stepsOf(const std::vector<TaperNote> &notes)
{
    std::vector<int> steps;
    for (const TaperNote &n : notes)
        if (n.step) steps.push_back(*n.step);
    return steps;
}

/// "11 %" or "11–33 %" over the notes' numeric parameter `key` (none: "").
std::string percentRange(const std::vector<TaperNote> &notes, const std::string &key, Lang lang)
{
    std::vector<double> values;
    for (const TaperNote &n : notes)
        if (auto v = detail::number(n, key)) values.push_back(std::round(*v));
    if (values.empty()) return "";
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    return formatAmount(*lo, lang) + (*lo == *hi ? "" : "–" + formatAmount(*hi, lang)) + " %";
}

/// "(trin 2–4)" / "(steps 2–4)" or "" without steps.
std::string onSteps(const std::vector<TaperNote> &notes, Lang lang)
{
    const std::vector<int> steps = stepsOf(notes);
    if (steps.empty()) return "";
    return std::string(lang == Lang::Da ? ": trin " : (steps.size() > 1 ? ": steps " : ": step ")) +
           stepRanges(steps, lang);
}

} // namespace

std::string stepRanges(std::vector<int> steps, Lang lang)
{
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < steps.size();) {
        std::size_t j = i;
        while (j + 1 < steps.size() && steps[j + 1] == steps[j] + 1)
            ++j;
        parts.push_back(std::to_string(steps[i]) + (j > i ? "–" + std::to_string(steps[j]) : ""));
        i = j + 1;
    }
    return detail::joinAnd(parts, lang == Lang::Da ? "og" : "and");
}

std::optional<std::string> findingAction(const Finding &f, Lang lang, const Formulary &formulary)
{
    const std::string comedication = detail::substanceParam(f, "comedication", lang, formulary);
    const std::string substance = detail::substanceParam(f, "substance", lang, formulary);
    const std::string line = f.line ? std::to_string(*f.line + 1) : "";
    const bool da = lang == Lang::Da;
    switch (f.code) {
    case FindingCode::HighMeq:
        return pick(lang, {"Revurdér indikationen, og overvej nedtrapning.",
                           "Reassess the indication and consider tapering."});
    case FindingCode::VeryHighMeq:
        return pick(lang, {"Nedsæt døgndosis gradvist.", "Reduce the daily dose gradually."});
    case FindingCode::ShortActingLongTerm:
    case FindingCode::PrnLongTerm:
        return pick(lang, {"Omlæg korttidsvirkende opioid til et depotpræparat i faste doser.",
                           "Move the short-acting opioid to a long-acting one in fixed doses."});
    case FindingCode::DurationUnknown:
        return da ? "Oplys, hvornår linje " + line + " blev startet."
                  : "Find out when line " + line + " was started.";
    case FindingCode::MultipleOpioids:
        return pick(lang, {"Saml behandlingen på ét opioid.", "Keep to one opioid."});
    case FindingCode::DuplicateRelease:
        return pick(lang, {"Brug ét depotpræparat, ikke både depot og korttidsvirkende.",
                           "Use one long-acting formulation, not both kinds."});
    case FindingCode::BenzodiazepineCombination:
        return da ? "Trap " + comedication + " gradvist ned." : "Taper " + comedication + " gradually.";
    case FindingCode::GabapentinoidCombination:
        return da ? "Revurdér behovet for " + comedication + " (respirationsdepression sammen med opioid)."
                  : "Reassess the need for " + comedication + " (respiratory depression with an opioid).";
    case FindingCode::TramadolSerotonergic:
    case FindingCode::Serotonergic:
        return da ? "Overvej et andet analgetikum (serotonergt syndrom med " + comedication + ")."
                  : "Consider another analgesic (serotonin syndrome with " + comedication + ").";
    case FindingCode::MethadoneSpecialist:
        return pick(lang, {"Metadon: aftal dosisændringer og EKG med den behandlende speciallæge.",
                           "Methadone: agree dose changes and ECGs with the treating specialist."});
    case FindingCode::QtcRisk:
        return pick(lang, {"Tag EKG (QT-forlængelse).", "Take an ECG (QT prolongation)."});
    case FindingCode::PatchInOpioidNaive:
        return da ? "Revurdér " + substance + "plastret: patienten er ikke opioidtolerant."
                  : "Reassess the " + substance + " patch: the patient is not opioid-tolerant.";
    case FindingCode::NoLaxative:
        return pick(lang, {"Ordinér et laksantium.", "Prescribe a laxative."});
    case FindingCode::FastTaper:
        return pick(lang, {"Nedtrap langsommere.", "Taper more slowly."});
    case FindingCode::DrivingLimit:
        return pick(lang,
                    {"Informér patienten om reglerne for bilkørsel.", "Tell the patient the driving rules."});
    case FindingCode::DepotUnevenInterval:
        return da ? "Giv linje " + line + " med depotpræparatets doseringsinterval."
                  : "Give line " + line + " at the depot product's dosing interval.";
    case FindingCode::NotAssessed:
        return str(f, "reason") == "patient_data_missing"
                   ? pick(lang, {"Registrér de manglende patientoplysninger (se fund).",
                                 "Record the missing patient data (see findings)."})
                   : pick(lang, {"Vurdér den ukendte samtidige medicin manuelt.",
                                 "Assess the unknown co-medication by hand."});
    case FindingCode::AboveLabelMax:
        return da ? "Nedsæt " + substance + " til højst den godkendte døgndosis."
                  : "Reduce " + substance + " to at most the labelled daily maximum.";
    case FindingCode::ProductWithdrawn:
        return da ? "Skift præparatet på linje " + line + " (ikke markedsført)."
                  : "Replace the product on line " + line + " (not marketed).";
    case FindingCode::SedativeDuplicate:
        return pick(lang, {"Brug højst ét benzodiazepin eller sovemiddel.",
                           "Use at most one benzodiazepine or hypnotic."});
    case FindingCode::Elderly:
        return pick(lang, {"Nedtrap langsomt, og vær opmærksom på sedation og fald.",
                           "Taper slowly; watch for sedation and falls."});
    case FindingCode::RenalImpairment:
        return pick(lang, {"Tilpas opioid og dosis til nyrefunktionen.",
                           "Adapt the opioid and dose to the kidney function."});
    case FindingCode::RespiratoryRisk:
        return pick(lang, {"Brug laveste effektive dosis, og følg vejrtrækningen tæt.",
                           "Use the lowest effective dose and follow breathing closely."});
    case FindingCode::Pregnancy:
        return pick(lang, {"Inddrag specialist i nedtrapningen (graviditet).",
                           "Involve a specialist in the taper (pregnancy)."});
    case FindingCode::NotInProfile:
    case FindingCode::Cyp2d6Prodrug:
    case FindingCode::BuprenorphinePartialAgonist:
        return std::nullopt;
    }
    return std::nullopt;
}

std::string taperNoteSummary(const std::vector<TaperNote> &notes, Lang lang, const Formulary &formulary,
                             Date asOf)
{
    const TaperNote &first = notes.front();
    const bool da = lang == Lang::Da;
    switch (first.code) {
    case TaperNoteCode::MinDecrement:
        return (da ? "Reduktion " : "Cut of ") + percentRange(notes, "cut_percent", lang) +
               (da ? " (ingen mindre udleverbar dosis)" : " (no smaller dispensable dose)") +
               onSteps(notes, lang);
    case TaperNoteCode::HeldLonger:
        if (notes.size() > 1)
            return (da ? "Trinnet holdes længere, fordi reduktionen er større end planens sædvanlige ("
                       : "The step is held longer because the cut is larger than the plan's usual one (") +
                   percentRange(notes, "cut_percent", lang) + ")" + onSteps(notes, lang);
        break;
    case TaperNoteCode::FastTaper:
        if (notes.size() > 1)
            return (da ? "Reduktion over " : "Cut above ") +
                   formatAmount(formulary.rules().fastTaper.maxCutPercent, lang) + " % (" +
                   percentRange(notes, "cut_percent", lang) +
                   (da ? ") – hold øje med abstinenser" : ") – watch for withdrawal") + onSteps(notes, lang);
        break;
    case TaperNoteCode::PrnAllowanceReduced:
        if (notes.size() > 1) {
            std::vector<TaperNote> cuts, stops;
            for (const TaperNote &n : notes)
                (detail::stopsPrn(n) ? stops : cuts).push_back(n);
            std::string s =
                (da ? "PN-rammen for " : "The PRN allowance of ") + noteProductName(first, formulary) +
                (da ? " nedsættes med én dosis pr. døgn" : " is cut by one dose a day") + onSteps(cuts, lang);
            if (!stops.empty()) s += (da ? "; stoppes" : "; stopped") + onSteps(stops, lang);
            return s;
        }
        break;
    case TaperNoteCode::ShortExposure:
        return da ? "Alle opioider er startet inden for de sidste " + detail::param(first, "max_days", lang) +
                        " dage (det første " +
                        shortDateText(
                            asOf - date::days(std::lround(detail::number(first, "days").value_or(0))), lang) +
                        "). Planen følger tempoet efter kortvarig behandling: " +
                        detail::param(first, "step_percent", lang) + " % hver " +
                        detail::param(first, "interval_days", lang) + ". dag"
                  : "Every opioid was started within the last " + detail::param(first, "max_days", lang) +
                        " days (the first on " +
                        shortDateText(
                            asOf - date::days(std::lround(detail::number(first, "days").value_or(0))), lang) +
                        "). The plan follows the pace after short treatment: " +
                        detail::param(first, "step_percent", lang) + " % every " +
                        detail::param(first, "interval_days", lang) + " days";
    default:
        break;
    }
    std::string line = taperNoteText(first, lang, formulary);
    if (notes.size() > 1) {
        std::vector<int> rest = stepsOf(std::vector<TaperNote>(notes.begin() + 1, notes.end()));
        if (!rest.empty())
            line += da ? " (også trin " + stepRanges(rest, lang) + ")"
                       : " (also step " + stepRanges(rest, lang) + ")";
    }
    return line;
}

} // namespace taper::text
