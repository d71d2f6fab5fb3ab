// SPDX-License-Identifier: GPL-3.0-or-later
// driving_limit: the Danish driving-licence rules for opioids (rules.json driving_limit, DK-DRIVE).
#include "rules_internal.h"

#include <algorithm>

namespace taper::rules::detail {

namespace {

/// The line's daily amount in mg/day (oral and other mg routes) or mcg/h (patches); 0 for
/// transmucosal mcg lines, which no maximum covers.
double dailyValue(const OpioidLine &o)
{
    const MeqLine *m = o.meq;
    if (!m) return 0;
    if (const auto *mg = std::get_if<MgPerDay>(&m->daily)) return mg->value();
    if (const auto *rate = std::get_if<McgPerHour>(&m->daily)) return rate->value();
    return 0;
}

template <class... Extra>
void add(const Context &c, std::size_t line, std::string_view reason, const Extra &...extra)
{
    emit(c.out, FindingCode::DrivingLimit, Severity::Warning, line, c.formulary.rules().drivingLimit.source,
         Text{"reason", reason}, Text{"substance", c.coMedicationId(line)}, extra...);
}

/// Short-acting lines (unless an allowance covers the substance's short-acting daily total) and
/// substances with no exception at all.
void checkShortActing(const Context &c, const DrivingRule &rule)
{
    for (const OpioidLine &o : c.opioidLines()) {
        const RegimenLine &line = *o.line;
        if (contains(rule.noException, line.substance)) {
            add(c, o.index, "no_exception");
            continue;
        }
        if (line.release != Release::Immediate || line.isPatch()) continue;
        const auto allowance =
            std::find_if(rule.shortActingAllowed.begin(), rule.shortActingAllowed.end(),
                         [&](const ShortActingAllowance &a) { return a.substance == line.substance; });
        if (allowance != rule.shortActingAllowed.end()) {
            double total = 0;
            for (const OpioidLine &other : c.opioidLines())
                if (other.substance == o.substance && other.line->release == Release::Immediate)
                    total += dailyValue(other);
            if (total < allowance->belowMgPerDay) continue;
        }
        add(c, o.index, "short_acting");
    }
}

/// Depot (and patch) daily totals per substance and route above the listed maximum; one finding on
/// the first depot line of that substance.
void checkDepotMaxima(const Context &c, const DrivingRule &rule)
{
    for (const DepotMaximum &max : rule.depotMaxima) {
        double total = 0;
        std::optional<std::size_t> first;
        for (const OpioidLine &o : c.opioidLines()) {
            const RegimenLine &line = *o.line;
            if (line.release != Release::Extended || line.route != max.route ||
                line.substance != max.substance)
                continue;
            total += dailyValue(o);
            if (!first) first = o.index;
        }
        if (first && total > max.max)
            add(c, *first, "above_maximum", Number{"daily_amount", total}, Number{"max", max.max},
                Text{"unit", max.route == Route::Transdermal ? "mcg/h" : "mg/day"});
    }
}

/// A strong opioid together with a sedative co-medication: one finding per sedative line.
void checkSedatives(const Context &c, const DrivingRule &rule)
{
    bool strong = false;
    for (const auto &s : c.opioidSubstances())
        strong = strong || !contains(rule.weakOpioids, s);
    if (!strong) return;
    for (std::size_t i :
         c.coMedicationLines([&](const std::string &g) { return contains(rule.sedativeGroups, g); }))
        add(c, i, "sedative_combination");
}

} // namespace

void checkDriving(const Context &c)
{
    const DrivingRule &rule = c.formulary.rules().drivingLimit;
    checkShortActing(c, rule);
    checkDepotMaxima(c, rule);
    checkSedatives(c, rule);
}

} // namespace taper::rules::detail
