// SPDX-License-Identifier: GPL-3.0-or-later
// checkLine: the value checks of a typed regimen line (taper/regimen.h). The reader checks the file's
// shape and then these; the GUI's line editor checks the values it builds with the same function.
#include "taper/regimen.h"
#include "taper/rule_data.h"

#include <cmath>

namespace taper {

namespace {

/// The smallest amount a line may give per administration, in its unit (mg, mcg/h): far below any
/// marketed strength (the smallest are 0.2 mg buprenorphine, 5 mcg/h patches), far above what would
/// print as 0.
constexpr double kMinDoseAmount = 0.001;

std::string joinIds(const std::vector<std::string> &ids)
{
    std::string s;
    for (const auto &id : ids)
        s += (s.empty() ? "" : ", ") + ("\"" + id + "\"");
    return s;
}

/// A per-administration amount: positive (0 allowed in a schedule slot), not absurd, and for a product
/// a whole number of units (or halves where the product may be divided) or 0.1 ml of a solution.
std::optional<Problem> checkAmount(double amount, const RegimenLine &line, const Formulary &formulary,
                                   bool allowZero)
{
    if (!std::isfinite(amount)) return Problem{ProblemCode::not_finite, {json::formatNumber(amount)}};
    if (amount < 0 || (amount == 0 && !allowZero))
        return Problem{ProblemCode::dose_not_positive, {json::formatNumber(amount)}};
    if (amount > 0 && amount < kMinDoseAmount) // 1e-320 would print as "0 mg"
        return Problem{ProblemCode::dose_too_small,
                       {json::formatNumber(amount), json::formatNumber(kMinDoseAmount),
                        std::string(toString(line.unit))}};
    if (const auto limit = formulary.absurdDoseLimit(line.substance, line.route, line.unit);
        limit && amount > *limit)
        return Problem{ProblemCode::dose_implausible,
                       {json::formatNumber(amount), std::string(toString(line.unit)),
                        substanceToken(line.substance), json::formatNumber(*limit)}};
    const Product *product = line.product ? formulary.product(*line.product) : nullptr;
    if (!product || amount == 0) return std::nullopt;
    if (product->unit == StrengthUnit::MgPerMl) {
        const double ml = amount / product->strength;
        if (std::fabs(ml * 10 - std::round(ml * 10)) > 1e-6)
            return Problem{ProblemCode::dose_not_measurable_ml,
                           {json::formatNumber(amount), productToken(product->id),
                            json::formatNumber(product->strength), json::formatNumber(ml)}};
        return std::nullopt;
    }
    const double units = amount / product->strength;
    const double step = product->divisible ? 0.5 : 1.0;
    if (std::fabs(units / step - std::round(units / step)) > 1e-6)
        return Problem{product->divisible ? ProblemCode::dose_not_whole_or_half_units
                                          : ProblemCode::dose_not_whole_units,
                       {json::formatNumber(amount), productToken(product->id),
                        json::formatNumber(product->strength), std::string(toString(product->unit))}};
    return std::nullopt;
}

/// The unit fits the product's strength unit, or the route (patches mcg/h, everything else mg).
std::optional<Problem> checkUnit(const RegimenLine &line, const Product *product)
{
    if (product) {
        const DoseUnit wanted =
            product->unit == StrengthUnit::McgPerHour ? DoseUnit::McgPerHour : DoseUnit::Mg;
        if (line.unit == wanted) return std::nullopt;
        return Problem{
            ProblemCode::unit_wrong_for_product,
            {std::string(toString(line.unit)), productToken(product->id), std::string(toString(wanted))}};
    }
    if (unitFitsRoute(line.unit, line.route)) return std::nullopt;
    return Problem{line.isPatch() ? ProblemCode::unit_wrong_for_patch : ProblemCode::unit_wrong_for_route,
                   {std::string(toString(line.unit)), std::string(toString(line.route))}};
}

/// Amounts: the schedule's slots or the dose.
void checkAmounts(const RegimenLine &line, const Formulary &formulary, std::vector<LineProblem> &out)
{
    static constexpr std::array<const char *, 4> kSlotFields{"schedule/morning", "schedule/noon",
                                                             "schedule/evening", "schedule/night"};
    if (line.schedule) {
        double sum = 0;
        for (std::size_t i = 0; i < kSlotFields.size(); ++i) {
            if (auto p = checkAmount((*line.schedule)[i], line, formulary, true))
                out.push_back({kSlotFields[i], *p});
            sum += (*line.schedule)[i];
        }
        if (!(sum > 0)) out.push_back({"schedule", {ProblemCode::schedule_empty}});
    } else if (!line.dose) {
        out.push_back({"dose", {ProblemCode::member_missing}});
    } else if (auto p = checkAmount(valueOf(*line.dose), line, formulary, false)) {
        out.push_back({"dose", *p});
    }
}

/// How often: a PRN line's maximum and use, a scheduled line's times a day.
void checkFrequency(const RegimenLine &line, LineUse use, std::vector<LineProblem> &out)
{
    if (line.prn) {
        if (!line.maxPerDay) {
            out.push_back({"max_per_day", {ProblemCode::prn_max_missing}});
            return;
        }
        if (!(*line.maxPerDay > 0 && *line.maxPerDay <= kMaxTimesPerDay))
            out.push_back({"max_per_day",
                           {ProblemCode::prn_max_out_of_range,
                            {json::formatNumber(*line.maxPerDay), std::to_string(kMaxTimesPerDay)}}});
        else if (use == LineUse::Prescribed && line.usedPerDay &&
                 !(*line.usedPerDay >= 0 && *line.usedPerDay <= *line.maxPerDay))
            out.push_back({"used_per_day",
                           {ProblemCode::prn_used_out_of_range,
                            {json::formatNumber(*line.usedPerDay), json::formatNumber(*line.maxPerDay)}}});
        else if (use == LineUse::Taken && line.usedPerDay &&
                 !(*line.usedPerDay >= 0 && *line.usedPerDay <= kMaxTakenPerDay))
            out.push_back({"used_per_day",
                           {ProblemCode::out_of_range,
                            {json::formatNumber(*line.usedPerDay), "0", std::to_string(kMaxTakenPerDay)}}});
        return;
    }
    if (line.maxPerDay) out.push_back({"max_per_day", {ProblemCode::prn_only_key, {"max_per_day"}}});
    if (line.usedPerDay) out.push_back({"used_per_day", {ProblemCode::prn_only_key, {"used_per_day"}}});
    if (line.isPatch() || line.schedule) return;
    if (!line.timesPerDay)
        out.push_back(
            {"times_per_day", {ProblemCode::times_per_day_missing, {std::to_string(kMaxTimesPerDay)}}});
    else if (*line.timesPerDay < 1 || *line.timesPerDay > kMaxTimesPerDay)
        out.push_back({"times_per_day",
                       {ProblemCode::times_per_day_out_of_range,
                        {std::to_string(*line.timesPerDay), std::to_string(kMaxTimesPerDay)}}});
}

/// The non-opioid (or opioid) substance the formulary lists under exactly this ATC code, if any.
const Substance *substanceWithAtc(const std::string &code, const Formulary &formulary)
{
    const Substance *known = nullptr;
    for (const auto &s : formulary.substances())
        if (s.atc == code) known = &s;
    return known;
}

} // namespace

void setAtcIdentity(RegimenLine &line, const std::string &code, const Formulary &formulary)
{
    const Substance *known = substanceWithAtc(code, formulary);
    const AtcGroup *group = isValidAtcCode(code) ? formulary.groupForAtc(code) : nullptr;
    line.atc = code;
    line.coMedication = true;
    line.substance = known ? known->id : std::string();
    line.group = known && !known->group.empty() ? known->group : (group ? group->id : std::string());
}

std::optional<Problem> checkIdentity(const RegimenLine &line, const Formulary &formulary)
{
    if (line.atc) {
        const std::string &code = *line.atc;
        if (!isValidAtcCode(code)) return Problem{ProblemCode::atc_malformed, {code}};
        const Substance *known = substanceWithAtc(code, formulary);
        const AtcGroup *group = formulary.groupForAtc(code);
        if ((group && group->id == kOpioidGroup) || (known && known->kind != SubstanceKind::NonOpioid))
            return known ? Problem{ProblemCode::atc_is_known_opioid, {code, substanceToken(known->id)}}
                         : Problem{ProblemCode::atc_is_opioid, {code}};
        return std::nullopt;
    }
    if (line.product) {
        if (formulary.product(*line.product)) return std::nullopt;
        const auto near = formulary.closestProducts(*line.product);
        return near.empty() ? Problem{ProblemCode::unknown_product, {*line.product}}
                            : Problem{ProblemCode::unknown_product_suggest, {*line.product, joinIds(near)}};
    }
    if (formulary.substance(line.substance)) return std::nullopt;
    const auto near = formulary.closestSubstances(line.substance);
    return near.empty() ? Problem{ProblemCode::unknown_substance, {line.substance}}
                        : Problem{ProblemCode::unknown_substance_suggest, {line.substance, joinIds(near)}};
}

std::vector<LineProblem> checkLine(const RegimenLine &line, const Formulary &formulary, Date asOf,
                                   LineUse use)
{
    std::vector<LineProblem> out;
    if (auto p = checkIdentity(line, formulary)) {
        out.push_back({line.atc ? "atc" : (line.product ? "product" : "substance"), *p});
        return out; // the other checks read what the line names
    }
    const Product *product = line.product ? formulary.product(*line.product) : nullptr;
    if (auto p = checkUnit(line, product)) out.push_back({"unit", *p});
    if (line.isPatch() && (line.prn || line.schedule || line.timesPerDay))
        out.push_back({line.prn ? "prn" : (line.schedule ? "schedule" : "times_per_day"),
                       {ProblemCode::patch_line_extra}});
    if (line.count < 1 || line.count > kMaxCount)
        out.push_back(
            {"count",
             {ProblemCode::out_of_range, {std::to_string(line.count), "1", std::to_string(kMaxCount)}}});
    checkAmounts(line, formulary, out);
    checkFrequency(line, use, out);
    if (line.since && *line.since > asOf)
        out.push_back({"since",
                       {ProblemCode::since_after_as_of,
                        {dateToken(formatIsoDate(*line.since)), dateToken(formatIsoDate(asOf))}}});
    return out;
}

} // namespace taper
