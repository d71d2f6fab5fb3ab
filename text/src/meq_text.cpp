// SPDX-License-Identifier: GPL-3.0-or-later
// Words for MEQ lines: a label for a regimen line and the arithmetic of its conversion.
#include "taper/text/meq_text.h"

#include "finding_text_detail.h"

namespace taper::text {

namespace {

/// A line named by substance, in Danish words (danish-style.md): "morfin depottabletter", "oxycodon
/// hurtigtvirkende, peroralt", "fentanylplaster", "morfin subkutant, hurtigtvirkende".
std::string substanceLineDa(const RegimenLine &line, const std::string &name)
{
    if (line.isPatch()) return name + "plaster";
    const bool depot = line.release == Release::Extended;
    if (line.route == Route::Oral) return name + (depot ? " depottabletter" : " hurtigtvirkende, peroralt");
    return name + " " + detail::routeDa(std::string(toString(line.route))) + (depot ? ", depot" : "");
}

} // namespace

std::string lineLabel(const RegimenLine &line, const Formulary &formulary, Lang lang)
{
    std::string label;
    if (line.product) {
        const Product *p = formulary.product(*line.product);
        label = lang == Lang::Da && p ? p->nameDa : *line.product;
    } else if (line.coMedication) {
        const Substance *s = formulary.substance(line.substance);
        label = s ? (lang == Lang::Da ? s->nameDa : s->id) : line.atc.value_or("");
        if (line.atc && s) label += " (" + *line.atc + ")";
    } else {
        const Substance *s = formulary.substance(line.substance);
        if (lang == Lang::Da) {
            label = substanceLineDa(line, s ? s->nameDa : line.substance);
        } else {
            label = line.substance + " " + std::string(toString(line.route));
            if (!line.isPatch()) label += " " + std::string(toString(line.release));
        }
    }
    if (line.prn) label += lang == Lang::Da ? " (PN)" : " (PRN)";
    return label;
}

std::string lineArithmetic(const RegimenLine &line, const MeqLine &m, Lang lang, bool used)
{
    const auto n = [&](double v) { return formatAmount(v, lang); };
    const std::string perDay = lang == Lang::Da ? "/døgn" : "/day";
    std::string amount;
    if (line.isPatch()) {
        amount =
            n(valueOf(*line.dose)) + " mcg/h" + (line.count > 1 ? " × " + std::to_string(line.count) : "");
    } else if (line.schedule) {
        std::string parts;
        for (double a : *line.schedule)
            parts += (parts.empty() ? "" : "+") + n(a);
        amount = "(" + parts + ") " + std::string(toString(line.unit)) +
                 (line.count > 1 ? " × " + std::to_string(line.count) : "");
    } else {
        const double times = line.prn ? (used ? *line.usedPerDay : *line.maxPerDay) : *line.timesPerDay;
        amount = n(valueOf(*line.dose)) + " " + std::string(toString(line.unit)) + " × " +
                 n(times * line.count) + perDay;
    }
    if (!m.factor) return amount + " = " + (lang == Lang::Da ? "omregnes ikke" : "not converted");
    std::string factor = formatAmount(*m.factor, lang);
    if (factor.find_first_of(".,") == std::string::npos) factor += lang == Lang::Da ? ",0" : ".0";
    const std::string basis =
        line.isPatch()
            ? ""
            : (line.unit == DoseUnit::Mg && m.conversion->basis == FactorBasis::PerMcg ? " × 1000" : "");
    const MeqPerDay meq = used ? *m.meqUsed : *m.meq;
    return amount + basis + " × " + factor + " = " + n(meq.value()) + " mg MEQ";
}

} // namespace taper::text
