// SPDX-License-Identifier: GPL-3.0-or-later
// English wording of taper plan notes (products by name; limits from formulary/rules.json).
#include "finding_text_detail.h"
#include "taper_note_detail.h"

namespace taper::text::detail {

std::string noteEn(const TaperNote &n, const Formulary &formulary)
{
    // Products by their name; substance ids are their English names.
    const auto product = [&](const std::string &key) { return productName(param(n, key), formulary); };
    const FastTaperRule &fast = formulary.rules().fastTaper;
    const std::string step = n.step ? "Step " + std::to_string(*n.step) + ": " : "";
    switch (n.code) {
    case TaperNoteCode::FastTaper:
        return step + (n.step
                           ? "cut of " + param(n, "cut_percent") + " % is above " +
                                 formatAmount(fast.maxCutPercent) + " % - a fast taper; watch for withdrawal"
                           : "interval of " + param(n, "interval_days") + " days is under " +
                                 std::to_string(fast.minIntervalDays) + " days - a fast taper");
    case TaperNoteCode::MinDecrement:
        return step + "cut of " + param(n, "cut_percent") +
               " % is larger than requested: no smaller dispensable cut exists";
    case TaperNoteCode::Consolidated:
        return step + "short-acting " + param(n, "substance") + " (" + param(n, "from_mg_per_day") +
               " mg/day) moved into the depot form; depot now " + param(n, "to_mg_per_day") + " mg/day";
    case TaperNoteCode::PrnUseUnknown:
        return "Line " + lineNumber(n) + " (" + product("product") +
               "): PRN use per day is unknown - ask the "
               "patient; the allowance is reduced first, one dose a day per step";
    case TaperNoteCode::PrnReducedToUse:
        return "Line " + lineNumber(n) + ": PRN allowance set to the actual use, " + param(n, "from_max") +
               " -> " + param(n, "to_max") + " a day";
    case TaperNoteCode::PrnAllowanceReduced:
        if (stopsPrn(n)) return step + "PRN " + product("product") + " stopped";
        return step + "PRN " + product("product") + " reduced to at most " + param(n, "max_per_day") +
               " a day";
    case TaperNoteCode::Rotation:
        return step + "switch from " + param(n, "from") + " to " + param(n, "to") + ": " +
               param(n, "meq_before") + " mg MEQ reduced by " + param(n, "reduction_percent") +
               " % for incomplete cross-tolerance -> " + param(n, "meq_after") + " mg MEQ";
    case TaperNoteCode::IrTail:
        return step + "below the smallest depot dose: immediate-release " + param(n, "substance") +
               " from here";
    case TaperNoteCode::PatchStopped:
        return step + "the smallest " + param(n, "substance") + " patch has been held and is now stopped";
    case TaperNoteCode::PatchWashout:
        return step + "after removing the last " + param(n, "substance") + " patch, wait about " +
               param(n, "hours") + " h before any oral opioid" +
               (hasParam(n, "first_oral_dose")
                    ? "; the first oral dose is on the morning of " + param(n, "first_oral_dose")
                    : std::string());
    case TaperNoteCode::RoundedDown:
        return step + "line " + lineNumber(n) +
               " rounded down to a dispensable dose: " + param(n, "from_meq") + " -> " + param(n, "to_meq") +
               " mg MEQ";
    case TaperNoteCode::PatchStepLength:
        return "Patch steps last " + param(n, "days") + " days (whole wear periods) instead of " +
               param(n, "interval_days");
    case TaperNoteCode::TargetNotDispensable:
        return step + "the target of " + param(n, "target_meq") +
               " mg MEQ is not dispensable; this is the largest "
               "dispensable dose below it";
    case TaperNoteCode::LabelMaxCapped:
        return step + "the fixed daily dose of " + param(n, "substance") + " was lowered from " +
               param(n, "from_mg_per_day") + " to " + param(n, "to_mg_per_day") +
               " mg/day to stay within the "
               "labelled maximum of " +
               param(n, "max_mg_per_day") + " mg/day";
    case TaperNoteCode::HeldLonger: {
        const std::string which = n.step ? "Step " + std::to_string(*n.step) : std::string("The step");
        const std::string longer =
            which + " lasts " + param(n, "intervals") + " intervals (" + param(n, "days") + " days)";
        if (!number(n, "cut_percent")) return longer + ": the smallest dose is held longer before the stop";
        return longer + " because the cut into it (" + param(n, "cut_percent") +
               " %) is larger than requested; "
               "this gives the body time to adjust to the new dose";
    }
    case TaperNoteCode::PatchFamilySwitch:
        return step + "switch from " + product("from") + " (" + param(n, "from_rate") + " mcg/h) to " +
               product("to") + " (" + param(n, "to_rate") +
               " mcg/h), another patch of the same substance: " + param(n, "meq_before") + " -> " +
               param(n, "meq_after") + " mg MEQ";
    case TaperNoteCode::PatchChangeDays: {
        std::vector<std::string> days = splitList(param(n, "weekdays"));
        for (std::string &d : days)
            d = capitalized(d);
        return step + product("product") + " is changed on fixed weekdays: every " + joinAnd(days, "and");
    }
    case TaperNoteCode::ShortExposure:
        return "Every opioid line started fewer than " + param(n, "max_days") + " days ago (the earliest " +
               param(n, "days") + " days ago): the plan uses the short-exposure pace, " +
               param(n, "step_percent") + " % every " + param(n, "interval_days") + " days (source " +
               param(n, "source") + ")";
    case TaperNoteCode::NoDepotForm:
        return capitalized(param(n, "substance")) +
               " has no depot form, so the immediate-release product is tapered "
               "itself; switching to depot " +
               param(n, "rotate_to") + " tablets" + " is the usual Danish advice";
    case TaperNoteCode::ComponentStops:
        return step + "switching away from " + product("product") + " also stops its " +
               param(n, "component");
    }
    return step + std::string(toString(n.code));
}

} // namespace taper::text::detail
