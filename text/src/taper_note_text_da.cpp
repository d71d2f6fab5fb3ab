// Danish wording of taper plan notes. Parameters as in taper.h (TaperNoteCode).
#include "taper_note_detail.h"

namespace taper::text::detail {

namespace {

std::string substanceDa(const TaperNote &n, const std::string &key, const Formulary &formulary)
{
    const std::string id = param(n, key);
    const Substance *s = formulary.substance(id);
    return s ? s->nameDa : id;
}

std::string productDa(const TaperNote &n, const Formulary &formulary)
{
    const std::string id = param(n, "product");
    const Product *p = formulary.product(id);
    return p ? p->nameDa : id;
}

} // namespace

std::string noteDa(const TaperNote &n, const Formulary &formulary)
{
    const auto p = [&](const std::string &key) { return param(n, key, Lang::Da); };
    const std::string step = n.step ? "Trin " + std::to_string(*n.step) + ": " : "";
    switch (n.code) {
    case TaperNoteCode::FastTaper:
        return step + (n.step ? "en reduktion på " + p("cut_percent") + " % er over 25 % - en hurtig nedtrapning; "
                                "hold øje med abstinenser"
                              : "et interval på " + p("interval_days") + " dage er under 7 dage - en hurtig nedtrapning");
    case TaperNoteCode::MinDecrement:
        return step + "reduktionen på " + p("cut_percent") + " % er større end ønsket: der findes ingen mindre "
               "udleverbar reduktion";
    case TaperNoteCode::Consolidated:
        return step + "korttidsvirkende " + substanceDa(n, "substance", formulary) + " (" + p("from_mg_per_day") +
               " mg/døgn) er samlet i depotformen; depot nu " + p("to_mg_per_day") + " mg/døgn";
    case TaperNoteCode::PrnUseUnknown:
        return "Linje " + lineNumber(n) + " (" + productDa(n, formulary) + "): det faktiske PN-forbrug pr. døgn er ukendt - "
               "spørg patienten; PN-rammen reduceres først, én dosis pr. døgn pr. trin";
    case TaperNoteCode::PrnReducedToUse:
        return "Linje " + lineNumber(n) + ": PN-rammen er sat til det faktiske forbrug, " + p("from_max") + " -> " +
               p("to_max") + " pr. døgn";
    case TaperNoteCode::PrnAllowanceReduced:
        if (stopsPrn(n)) return step + productDa(n, formulary) + " (PN) stoppes";
        return step + "PN " + productDa(n, formulary) + " reduceret til højst " + p("max_per_day") + " pr. døgn";
    case TaperNoteCode::Rotation:
        return step + "skift fra " + substanceDa(n, "from", formulary) + " til " + substanceDa(n, "to", formulary) +
               ": " + p("meq_before") + " mg MEQ reduceret med " + p("reduction_percent") +
               " % for ufuldstændig krydstolerance -> " + p("meq_after") + " mg MEQ";
    case TaperNoteCode::IrTail:
        return step + "under den mindste depotdosis: hurtigtvirkende " + substanceDa(n, "substance", formulary) +
               " herfra";
    case TaperNoteCode::PatchStopped:
        return step + "det mindste " + substanceDa(n, "substance", formulary) +
               "plaster er holdt et helt trin og stoppes nu";
    case TaperNoteCode::PatchWashout:
        return step + "efter det sidste " + substanceDa(n, "substance", formulary) + "plaster er fjernet, vent ca. " +
               p("hours") + " timer, før der gives et peroralt opioid";
    case TaperNoteCode::RoundedDown:
        return step + "linje " + lineNumber(n) + " rundet ned til en udleverbar dosis: " + p("from_meq") + " -> " +
               p("to_meq") + " mg MEQ";
    case TaperNoteCode::PatchStepLength:
        return "Plastertrin varer " + p("days") + " dage (hele plasterperioder) i stedet for " + p("interval_days");
    case TaperNoteCode::TargetNotDispensable:
        return step + "målet på " + p("target_meq") + " mg MEQ kan ikke udleveres; dette er den største udleverbare "
               "dosis under målet";
    }
    return step + std::string(toString(n.code));
}

} // namespace taper::text::detail
