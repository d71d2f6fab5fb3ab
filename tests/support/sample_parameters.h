// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Findings and plan notes of every code with every parameter any rule or the planner sets
// (docs/findings.md, taper.h), so that a renderer has something to put in each place. Values are
// chosen to be recognisable in the text. Used by the catalogue tests (tests/report) and the GUI's.

#include "taper/finding.h"
#include "taper/taper.h"

#include <string>

namespace taper::test {

/// A finding of `code`; `flags` sets every true/false parameter true (and the reason/advice variants).
inline Finding sampleFinding(FindingCode code, bool flags)
{
    Finding f{code, Severity::Warning, std::size_t{1}, {}, "sst-2021"};
    const auto number = [&](const char *key, double v) { f.parameters.emplace_back(key, v); };
    const auto text = [&](const char *key, std::string v) { f.parameters.emplace_back(key, std::move(v)); };
    for (const auto &[key, value] : {std::pair{"total_meq_mg", 312.5},
                                     {"threshold_mg", 100},
                                     {"days", 1270},
                                     {"limit_days", 90},
                                     {"treatment_days", 1270},
                                     {"count", 2},
                                     {"depot_line", 1},
                                     {"washout_days", 14},
                                     {"poor_metabolisers_low_percent", 5},
                                     {"poor_metabolisers_high_percent", 10},
                                     {"ecg_after_weeks_low", 2},
                                     {"ecg_after_weeks_high", 4},
                                     {"ecg_after_increase_percent", 25},
                                     {"fatal_unknown_tolerance_mg", 40},
                                     {"tolerance_meq_mg", 60},
                                     {"cut_percent", 33.3},
                                     {"interval_days", 7},
                                     {"max_cut_percent", 25},
                                     {"min_interval_days", 14},
                                     {"daily_amount", 120},
                                     {"max", 100},
                                     {"interval_hours", 12},
                                     {"expected_per_day", 2},
                                     {"times_per_day", 3},
                                     {"age", 78},
                                     {"min_age", 65},
                                     {"egfr_ml_min", 42.5},
                                     {"below_egfr", 50}})
        number(key, value);
    text("substance", "oxycodone");
    text("comedication", "diazepam");
    text("opioid", "tramadol");
    text("group", "benzodiazepine");
    text("substances", "morphine, oxycodone");
    text("route", "oral");
    text("profile", "cdc-2022");
    text("product", "contalgin-30");
    text("unit", "mg/day");
    text("atc", "N05BA01");
    text("reason", flags ? "above_maximum" : "");
    text("advice", flags ? "avoid" : "general");
    text("conditions", flags ? "sleep_apnoea, copd" : "copd");
    text("sedatives", flags ? "zopiclone" : "");
    text("fields", "age, egfr_ml_min, pregnant");
    for (const char *key : {"inclusive", "prn", "contraindicated", "excluded_from_meq"})
        text(key, flags ? "true" : "false");
    return f;
}

/// A plan note of `code` at step 3 (or for the whole plan when `step` is false).
inline TaperNote sampleNote(TaperNoteCode code, bool step)
{
    TaperNote n{code, step ? std::optional<int>(3) : std::nullopt, {}};
    const auto number = [&](const char *key, double v) { n.parameters.emplace_back(key, v); };
    const auto text = [&](const char *key, std::string v) { n.parameters.emplace_back(key, std::move(v)); };
    for (const auto &[key, value] : {std::pair{"cut_percent", 33.3},
                                     {"days", 28},
                                     {"hours", 24},
                                     {"interval_days", 14},
                                     {"intervals", 2},
                                     {"max_days", 28},
                                     {"max_mg_per_day", 400},
                                     {"max_per_day", 2},
                                     {"from_max", 6},
                                     {"to_max", 4},
                                     {"from_meq", 240},
                                     {"to_meq", 180},
                                     {"from_mg_per_day", 120},
                                     {"to_mg_per_day", 90},
                                     {"from_rate", 35},
                                     {"to_rate", 20},
                                     {"meq_before", 84},
                                     {"meq_after", 48},
                                     {"reduction_percent", 25},
                                     {"step_percent", 20},
                                     {"target_meq", 30},
                                     {"line", 1}})
        number(key, value);
    const bool patches = code == TaperNoteCode::PatchFamilySwitch;
    text("from", patches ? "transtec-35" : "oxycodone");
    text("to", patches ? "norspan-20" : "morphine");
    text("substance", "ketobemidone");
    text("product", "oxynorm-20");
    text("component", "paracetamol");
    text("rotate_to", "morphine");
    text("first_oral_dose", "2026-12-10");
    text("weekdays", "monday,thursday");
    text("source", "DK-SEP");
    return n;
}

} // namespace taper::test
