#pragma once
// Plans and regimens for the report tests, built with the core (fixed dates: no clock).

#include "taper/plan.h"
#include "taper/report/builder.h"
#include "test_support.h"

#include <fstream>
#include <sstream>
#include <string>

namespace taper::test {

inline Date day(const char *iso) { return *parseIsoDate(iso); }

inline std::string readText(const std::string &path)
{
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline Regimen exampleRegimen(const std::string &relativePath)
{
    return regimenFromText(readText(sourcePath(relativePath)));
}

/// A plan made on 2026-11-21 from a regimen file, starting on `start`.
inline Plan makePlan(const std::string &regimenPath, const char *start, double stepPercent = 10, int intervalDays = 14)
{
    Plan p;
    p.created = day("2026-11-21");
    p.label = "Anne (eksempel)";
    p.regimen = exampleRegimen(regimenPath);
    TaperOptions o;
    o.start = day(start);
    o.stepPercent = stepPercent;
    o.intervalDays = intervalDays;
    p.schedule = taper::plan(p.regimen, o, *formulary().profile("dk"), formulary());
    return p;
}

inline report::ReportContext context(report::Lang lang = report::Lang::Da)
{
    return report::ReportContext{formulary(), lang, day("2026-12-01"), "Læge A. Hansen", "Lægehuset Syd", "70 11 22 33", {},
                                 "0.1.0", std::nullopt, ""};
}

} // namespace taper::test
