// SPDX-License-Identifier: GPL-3.0-or-later
// Wording of the patient findings (elderly, renal_impairment, respiratory_risk, pregnancy, and
// not_assessed with reason patient_data_missing) in English and Danish. Parameters: docs/findings.md.
#include "finding_text_detail.h"

#include <cctype>
#include <vector>

namespace taper::text::detail {

namespace {

std::vector<std::string> split(const std::string &list)
{
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start < list.size()) {
        std::size_t end = list.find(", ", start);
        if (end == std::string::npos) end = list.size();
        items.push_back(list.substr(start, end - start));
        start = end + 2;
    }
    return items;
}

/// "a", "a and b", "a, b and c" (`conjunction` is " and " or " og ").
std::string joinWords(const std::vector<std::string> &words, const std::string &conjunction)
{
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i)
        out += (i == 0 ? "" : i + 1 == words.size() ? conjunction : ", ") + words[i];
    return out;
}

/// A patient field or condition name in `lang`.
std::string fieldWord(const std::string &field, Lang lang)
{
    const bool da = lang == Lang::Da;
    if (field == "age") return da ? "alder" : "age";
    if (field == "egfr_ml_min") return "eGFR";
    if (field == "sleep_apnoea") return da ? "søvnapnø" : "sleep apnoea";
    if (field == "copd") return da ? "KOL" : "COPD";
    if (field == "pregnant") return da ? "graviditet" : "pregnancy";
    return field;
}

std::string fieldList(const std::string &list, Lang lang)
{
    std::vector<std::string> words;
    for (const auto &f : split(list))
        words.push_back(fieldWord(f, lang));
    return joinWords(words, lang == Lang::Da ? " og " : " and ");
}

std::string sedatives(const Finding &f, Lang lang, const Formulary &formulary)
{
    std::vector<std::string> words;
    for (const auto &id : split(str(f, "sedatives")))
        words.push_back(substanceName(id, lang, formulary));
    return joinWords(words, lang == Lang::Da ? " og " : " and ");
}

} // namespace

std::string patientEn(const Finding &f, const Formulary &formulary)
{
    const Lang en = Lang::En;
    const std::string prefix = linePrefix(f, en);
    const std::string substance = substanceParam(f, "substance", en, formulary);
    const auto n = [&](std::string_view key) { return formatAmount(num(f, key), en); };
    const std::string n_egfr = n("egfr_ml_min"), n_below = n("below_egfr"), n_age = n("age"),
                      n_min = n("min_age");
    switch (f.code) {
    case FindingCode::Elderly:
        return "Patient aged " + n_age + " (limit " + n_min +
               "): older patients are more sensitive to opioids and do "
               "not tolerate the same doses as younger ones; start low and adjust slowly." +
               (str(f, "sedatives").empty()
                    ? ""
                    : " Together with " + sedatives(f, en, formulary) + ": higher risk of falls.");
    case FindingCode::RenalImpairment: {
        const std::string advice = str(f, "advice"),
                          head = prefix + "eGFR " + n_egfr + " ml/min (below " + n_below + "): ";
        if (advice == "avoid")
            return head + "avoid " + substance + "; choose an opioid suited to reduced renal function.";
        if (advice == "reduce") return head + "reduce the dose of " + substance + ".";
        if (advice == "reduce_interval")
            return head + "reduce the dose of " + substance + " and lengthen the dosing interval.";
        if (advice == "caution")
            return head + "use " + substance + " with caution; consider a longer dosing interval.";
        return head + "the lower the eGFR, the lower the dose and/or the longer the dosing interval of " +
               substance + " (start low, go slow).";
    }
    case FindingCode::RespiratoryRisk: {
        std::string text =
            fieldList(str(f, "conditions"), en) +
            " with an opioid: risk of respiratory depression; use the lowest effective dose and follow "
            "the patient closely.";
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
        if (!str(f, "sedatives").empty())
            text += " Together with " + sedatives(f, en, formulary) +
                    " the risk is higher: reconsider the sedative.";
        return text;
    }
    case FindingCode::Pregnancy:
        return "The patient is pregnant: tapering opioids while pregnant needs expert input (withdrawal puts "
               "the patient "
               "and the fetus at risk).";
    default: // not_assessed, reason patient_data_missing
        return "Not assessed for lack of patient data: " + fieldList(str(f, "fields"), en) + ".";
    }
}

std::string patientDa(const Finding &f, const Formulary &formulary)
{
    const Lang da = Lang::Da;
    const std::string prefix = linePrefix(f, da);
    const std::string substance = substanceParam(f, "substance", da, formulary);
    const auto n = [&](std::string_view key) { return formatAmount(num(f, key), da); };
    const std::string n_egfr = n("egfr_ml_min"), n_below = n("below_egfr"), n_age = n("age"),
                      n_min = n("min_age");
    switch (f.code) {
    case FindingCode::Elderly:
        return "Patienten er " + n_age + " år (grænse " + n_min +
               " år): ældre er mere følsomme for opioider og tåler ikke "
               "de samme doser som yngre; start lavt, og justér langsomt." +
               (str(f, "sedatives").empty()
                    ? ""
                    : " Sammen med " + sedatives(f, da, formulary) + ": øget risiko for fald.");
    case FindingCode::RenalImpairment: {
        const std::string advice = str(f, "advice"),
                          head = prefix + "eGFR " + n_egfr + " ml/min (under " + n_below + "): ";
        if (advice == "avoid")
            return head + substance + " bør undgås; vælg et opioid, der egner sig ved nedsat nyrefunktion.";
        if (advice == "reduce") return head + "dosis af " + substance + " bør nedsættes.";
        if (advice == "reduce_interval")
            return head + "dosis af " + substance + " bør nedsættes, og doseringsintervallet bør forlænges.";
        if (advice == "caution")
            return head + substance + " bør bruges med forsigtighed; overvej et længere doseringsinterval.";
        return head + "jo lavere eGFR, jo lavere dosis og/eller længere doseringsinterval for " + substance +
               " (start lavt, øg langsomt).";
    }
    case FindingCode::RespiratoryRisk: {
        std::string text =
            fieldList(str(f, "conditions"), da) +
            " sammen med et opioid: risiko for respirationsdepression; brug den laveste effektive dosis, "
            "og følg patienten tæt.";
        if (text.rfind("søvnapnø", 0) == 0) text[0] = 'S'; // capitalise the sentence (ASCII first letter)
        if (!str(f, "sedatives").empty())
            text += " Sammen med " + sedatives(f, da, formulary) +
                    " er risikoen større: overvej at trappe det "
                    "sederende lægemiddel ned.";
        return text;
    }
    case FindingCode::Pregnancy:
        return "Patienten er gravid: nedtrapning af opioider under graviditet bør ske i samråd med en "
               "specialist "
               "(abstinenser kan skade både patienten og fosteret).";
    default: // not_assessed, reason patient_data_missing
        return "Ikke vurderet, da disse patientoplysninger mangler: " + fieldList(str(f, "fields"), da) + ".";
    }
}

} // namespace taper::text::detail
