// SPDX-License-Identifier: GPL-3.0-or-later
// above_label_max and product_withdrawn: what the product labels and the market say about the lines.
#include "rules_internal.h"

#include "taper/meq.h"

#include <optional>
#include <string>

namespace taper::rules::detail {

namespace {

/// The line's daily amount in mg/day as the label counts it: a PRN line at max_per_day (what the patient
/// may take), a scheduled line as prescribed. nullopt for lines not dosed in mg (patches, mcg).
std::optional<double> labelMgPerDay(const RegimenLine &line)
{
    if (line.isPatch() || line.unit != DoseUnit::Mg) return std::nullopt;
    const DailyAmount daily = dailyAmount(line, line.administrationsPerDay());
    const auto *mg = std::get_if<MgPerDay>(&daily);
    return mg ? std::optional<double>(mg->value()) : std::nullopt;
}

/// mg/day of `substance` the line contributes: the line's own amount when it is that substance, or the
/// component amount of a combination product (units a day × mg per unit). 0 when it has none.
double contribution(const Context &c, const RegimenLine &line, const std::string &substance)
{
    const auto mg = labelMgPerDay(line);
    if (!mg) return 0;
    if (line.substance == substance) return *mg;
    if (!line.product) return 0;
    const Product *p = c.formulary.product(*line.product);
    if (!p) return 0;
    for (const ProductComponent &component : p->components)
        if (component.substance == substance) return *mg / p->strength * component.mg;
    return 0;
}

bool inScope(const LabelMaximum &m, const RegimenLine &line)
{
    if (line.route != m.route) return false;
    return m.products.empty() || (line.product && contains(m.products, *line.product));
}

/// The brand an entry restricted to products applies to ("Targin"), or "" for a substance-wide maximum
/// (also when the listed products differ in brand).
std::string_view scopeBrand(const Context &c, const LabelMaximum &m)
{
    std::string_view brand;
    for (const std::string &id : m.products) {
        const Product *p = c.formulary.product(id);
        if (!p || (!brand.empty() && brand != p->brand)) return {};
        brand = p->brand;
    }
    return brand;
}

void checkLabelMaxima(const Context &c)
{
    const LabelMaxRule &rule = c.formulary.rules().aboveLabelMax;
    for (const LabelMaximum &m : rule.maxima) {
        double total = 0;
        bool prnAtMax = false;
        std::size_t contributing = 0;
        std::optional<std::size_t> only;
        for (std::size_t i = 0; i < c.regimen.lines.size(); ++i) {
            const RegimenLine &line = c.regimen.lines[i];
            if (!inScope(m, line)) continue;
            const double mg = contribution(c, line, m.substance);
            if (mg <= 0) continue;
            total += mg;
            prnAtMax = prnAtMax || line.prn;
            ++contributing;
            only = i;
        }
        if (total <= m.maxMgPerDay) continue;
        emit(c.out, FindingCode::AboveLabelMax, Severity::Critical, contributing == 1 ? only : std::nullopt,
             m.source, Text{"substance", m.substance}, Text{"route", toString(m.route)},
             Number{"daily_mg", total}, Number{"max_mg", m.maxMgPerDay}, Text{"unit", "mg/day"},
             Number{"lines", static_cast<double>(contributing)}, Text{"prn_at_max", boolText(prnAtMax)},
             Text{"scope", scopeBrand(c, m)});
    }
}

void checkWithdrawn(const Context &c)
{
    for (std::size_t i = 0; i < c.regimen.lines.size(); ++i) {
        const RegimenLine &line = c.regimen.lines[i];
        const Product *p = line.product ? c.formulary.product(*line.product) : nullptr;
        if (!p || p->marketStatus == MarketStatus::Marketed) continue;
        emit(c.out, FindingCode::ProductWithdrawn, Severity::Warning, i, p->source, Text{"product", p->id},
             Text{"market_status", toString(p->marketStatus)}, Text{"market_note", p->marketNote});
    }
}

} // namespace

void checkLabels(const Context &c)
{
    checkLabelMaxima(c);
    checkWithdrawn(c);
}

} // namespace taper::rules::detail
