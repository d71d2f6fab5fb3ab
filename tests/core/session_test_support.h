// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the session tests: a plan from a test regimen, and a session input in one line.
#include "taper/plan.h"
#include "test_support.h"

#include <algorithm>
#include <random>
#include <string>

namespace taper::test {

/// A plan file's content for tests/data/taper/<name>.json, starting 2026-12-01, created 2026-11-21.
inline Plan planFor(const std::string &name, TaperOptions options = {})
{
    const Formulary &f = formulary();
    Plan p;
    p.created = day("2026-11-21");
    p.label = "Test patient";
    p.regimen = regimenFromText(testData("taper/" + name + ".json"));
    options.start = day("2026-12-01");
    p.schedule = plan(p.regimen, options, *f.profile("dk"), f);
    return p;
}

inline SessionInput sessionOn(const char *iso, SessionDecision decision)
{
    SessionInput in;
    in.date = day(iso);
    in.decision = decision;
    return in;
}

/// recordSession with today = the session date.
inline Plan record(const Plan &p, const SessionInput &in)
{
    return recordSession(p, in, in.date, formulary());
}

/// A random but valid session on `date`: every decision, sometimes with hold days, a smaller step
/// percent or a longer interval (some may still be refused, e.g. hold on the last step).
inline SessionInput randomSession(std::mt19937 &rng, Date date, const Plan &p)
{
    SessionInput in;
    in.date = date;
    const int pick = std::uniform_int_distribution<int>(0, 99)(rng);
    using D = SessionDecision;
    in.decision = pick < 35   ? D::Continue
                  : pick < 55 ? D::Hold
                  : pick < 70 ? D::Slow
                  : pick < 82 ? D::StepBack
                  : pick < 95 ? D::Replan
                              : D::StopTaper;
    in.withdrawal = std::uniform_int_distribution<int>(0, 3)(rng);
    in.pain = std::uniform_int_distribution<int>(0, 10)(rng);
    if (in.decision == D::Hold && rng() % 2) in.holdDays = std::uniform_int_distribution<int>(3, 28)(rng);
    if (in.decision == D::StepBack) in.reason = "withdrawal";
    if ((in.decision == D::Slow || in.decision == D::Replan) && rng() % 3 == 0)
        in.stepPercent = std::max(1.0, p.schedule.options.stepPercent * 0.6);
    if ((in.decision == D::Slow || in.decision == D::Replan) && rng() % 3 == 0)
        in.intervalDays = std::min(90, p.schedule.options.intervalDays + 7);
    return in;
}

} // namespace taper::test
