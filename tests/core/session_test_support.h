#pragma once
// Helpers for the session tests: a plan from a test regimen, and a session input in one line.
#include "taper/plan.h"
#include "test_support.h"

#include <string>

namespace taper::test {

inline Date day(const char *iso)
{
    return *parseIsoDate(iso);
}

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

} // namespace taper::test
