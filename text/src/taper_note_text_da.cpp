// SPDX-License-Identifier: GPL-3.0-or-later
// Danish wording of taper plan notes. Parameters as in taper.h (TaperNoteCode).
#include "finding_text_detail.h"
#include "taper_note_detail.h"

#include <cmath>

namespace taper::text::detail {

namespace {

std::string substanceDa(const TaperNote &n, const std::string &key, const Formulary &formulary)
{
    const std::string id = param(n, key);
    const Substance *s = formulary.substance(id);
    return s ? s->nameDa : id;
}

std::string productDa(const TaperNote &n, const Formulary &formulary, const std::string &key = "product")
{
    return productName(param(n, key), formulary);
}

/// "4 uger (28 dage)" for whole weeks (`withDays` false: "4 uger"), else "10 dage"; "?" when absent.
std::string durationDa(std::optional<double> days, bool withDays = true)
{
    if (!days) return "?";
    const long long d = std::llround(*days);
    if (d > 0 && d % 7 == 0)
        return std::to_string(d / 7) + (d == 7 ? " uge" : " uger") +
               (withDays ? " (" + std::to_string(d) + " dage)" : std::string());
    return std::to_string(d) + (d == 1 ? " dag" : " dage");
}

/// "monday,thursday" as "mandag og torsdag" (unknown names kept as written).
std::string weekdaysDa(const std::string &list)
{
    static const std::pair<std::string_view, std::string_view> kDays[]{
        {"monday", "mandag"}, {"tuesday", "tirsdag"}, {"wednesday", "onsdag"}, {"thursday", "torsdag"},
        {"friday", "fredag"}, {"saturday", "lørdag"}, {"sunday", "søndag"}};
    std::vector<std::string> names;
    for (const std::string &day : splitList(list)) {
        std::string name = day;
        for (const auto &[en, da] : kDays)
            if (day == en) name = da;
        names.push_back(name);
    }
    return joinAnd(names, "og");
}

std::string sourceDa(const TaperNote &n, const Formulary &formulary)
{
    const Source *s = formulary.source(param(n, "source"));
    return s ? s->publisher + ", " + std::to_string(s->year) : param(n, "source");
}

} // namespace

std::string noteDa(const TaperNote &n, const Formulary &formulary)
{
    const auto p = [&](const std::string &key) { return param(n, key, Lang::Da); };
    const std::string step = n.step ? "Trin " + std::to_string(*n.step) + ": " : "";
    const FastTaperRule &fast = formulary.rules().fastTaper;
    switch (n.code) {
    case TaperNoteCode::FastTaper:
        return step + (n.step ? "en reduktion på " + p("cut_percent") + " % er over " +
                                    formatAmount(fast.maxCutPercent, Lang::Da) +
                                    " % - en hurtig nedtrapning; hold øje med abstinenser"
                              : "et interval på " + p("interval_days") + " dage er under " +
                                    std::to_string(fast.minIntervalDays) + " dage - en hurtig nedtrapning");
    case TaperNoteCode::MinDecrement:
        return step + "reduktionen på " + p("cut_percent") +
               " % er større end ønsket: der findes ingen mindre "
               "udleverbar reduktion";
    case TaperNoteCode::Consolidated:
        return step + "korttidsvirkende " + substanceDa(n, "substance", formulary) + " (" +
               p("from_mg_per_day") + " mg/døgn) er samlet i depotformen; depot nu " + p("to_mg_per_day") +
               " mg/døgn";
    case TaperNoteCode::PrnUseUnknown:
        return "Linje " + lineNumber(n) + " (" + productDa(n, formulary) +
               "): det faktiske PN-forbrug pr. døgn er ukendt - "
               "spørg patienten; PN-rammen reduceres først, én dosis pr. døgn pr. trin";
    case TaperNoteCode::PrnReducedToUse:
        return "Linje " + lineNumber(n) + ": PN-rammen er sat til det faktiske forbrug, " + p("from_max") +
               " -> " + p("to_max") + " pr. døgn";
    case TaperNoteCode::PrnAllowanceReduced:
        if (stopsPrn(n)) return step + productDa(n, formulary) + " (PN) stoppes";
        return step + "PN " + productDa(n, formulary) + " reduceret til højst " + p("max_per_day") +
               " pr. døgn";
    case TaperNoteCode::Rotation:
        return step + "skift fra " + substanceDa(n, "from", formulary) + " til " +
               substanceDa(n, "to", formulary) + ": " + p("meq_before") + " mg MEQ reduceret med " +
               p("reduction_percent") + " % for ufuldstændig krydstolerance -> " + p("meq_after") + " mg MEQ";
    case TaperNoteCode::IrTail:
        return step + "under den mindste depotdosis: hurtigtvirkende " +
               substanceDa(n, "substance", formulary) + " herfra";
    case TaperNoteCode::PatchStopped:
        return step + "det mindste " + substanceDa(n, "substance", formulary) +
               "plaster er holdt og stoppes nu";
    case TaperNoteCode::PatchWashout:
        return step + "efter det sidste " + substanceDa(n, "substance", formulary) +
               "plaster er fjernet, vent ca. " + p("hours") + " timer, før der gives et peroralt opioid" +
               (hasParam(n, "first_oral_dose") ? "; første perorale dosis gives om morgenen " +
                                                     danishDate(param(n, "first_oral_dose", Lang::Da))
                                               : std::string());
    case TaperNoteCode::RoundedDown:
        return step + "linje " + lineNumber(n) + " rundet ned til en udleverbar dosis: " + p("from_meq") +
               " -> " + p("to_meq") + " mg MEQ";
    case TaperNoteCode::PatchStepLength:
        return "Plastertrin varer " + p("days") + " dage (hele plasterperioder) i stedet for " +
               p("interval_days");
    case TaperNoteCode::TargetNotDispensable:
        return step + "målet på " + p("target_meq") +
               " mg MEQ kan ikke udleveres; dette er den største udleverbare "
               "dosis under målet";
    case TaperNoteCode::LabelMaxCapped:
        return step + "den faste døgndosis af " + substanceDa(n, "substance", formulary) +
               " er sat ned fra " + p("from_mg_per_day") + " mg til " + p("to_mg_per_day") +
               " mg, så den ikke overstiger den maksimale "
               "døgndosis på " +
               p("max_mg_per_day") + " mg ifølge produktresuméet";
    case TaperNoteCode::HeldLonger: {
        const std::string which = n.step ? "Trin " + std::to_string(*n.step) : std::string("Trinnet");
        const auto days = number(n, "days");
        const auto intervals = number(n, "intervals");
        const std::string longer = which + " varer " + durationDa(days);
        if (!number(n, "cut_percent"))
            return longer +
                   ": den mindste dosis tages i længere tid, før den stoppes, så kroppen kan vænne sig "
                   "til den";
        const std::string usual = days && intervals && *intervals > 0
                                      ? " i stedet for " + durationDa(*days / *intervals, false)
                                      : std::string();
        return longer + usual + ", fordi nedsættelsen til dette trin (" + p("cut_percent") +
               " %) er større end planens sædvanlige nedsættelse; så får kroppen tid til at vænne sig til "
               "den nye "
               "dosis";
    }
    case TaperNoteCode::PatchFamilySwitch:
        return step + "skift fra " + productDa(n, formulary, "from") + " til " +
               productDa(n, formulary, "to") + " (samme stof, en anden type plaster): " + p("meq_before") +
               " -> " + p("meq_after") + " mg MEQ";
    case TaperNoteCode::PatchChangeDays:
        return step + productDa(n, formulary) + " skiftes på faste ugedage: hver " +
               weekdaysDa(param(n, "weekdays"));
    case TaperNoteCode::ShortExposure:
        return "Alle opioider er startet for mindre end " + p("max_days") + " dage siden (det første for " +
               p("days") +
               " dage siden). Planen følger derfor tempoet efter kortvarig behandling: " + p("step_percent") +
               " % hver " + p("interval_days") + ". dag (kilde: " + sourceDa(n, formulary) + ")";
    case TaperNoteCode::NoDepotForm:
        return capitalized(substanceDa(n, "substance", formulary)) +
               " findes ikke som depotpræparat, så det hurtigtvirkende "
               "præparat trappes selv ned. Det sædvanlige råd i Danmark er at skifte til " +
               substanceDa(n, "rotate_to", formulary) + " depottabletter";
    case TaperNoteCode::ComponentStops:
        return step + "ved skiftet fra " + productDa(n, formulary) + " stopper også " +
               substanceDa(n, "component", formulary) + ", som præparatet indeholder";
    }
    return step + std::string(toString(n.code));
}

} // namespace taper::text::detail
