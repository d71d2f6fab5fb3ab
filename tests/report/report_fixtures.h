// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plans and regimens for the report tests, built with the core (fixed dates: no clock).

#include "taper/plan.h"
#include "taper/report/builder.h"
#include "test_support.h"

#include <cstdio>
#include <memory>
#include <string>

namespace taper::test {

inline Regimen exampleRegimen(const std::string &relativePath)
{
    return regimenFromText(fileBytes(sourcePath(relativePath)));
}

/// A plan made on 2026-11-21 from a regimen file, starting on `start`.
inline Plan makePlan(const std::string &regimenPath, const char *start, double stepPercent = 10,
                     int intervalDays = 14)
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
    return report::ReportContext{formulary(),   lang, day("2026-12-01"), "Læge A. Hansen", "Lægehuset Syd",
                                 "70 11 22 33", {},   "0.1.0",           std::nullopt,     ""};
}

/// A file in the report tests' output folder.
inline std::string outPath(const std::string &name)
{
    return std::string(TAPER_REPORT_OUT_DIR) + "/" + name;
}

/// The text of each page of `pdf` as poppler's pdftotext reads it (pages end with form feeds);
/// `layout` keeps the columns of tables side by side.
inline std::vector<std::string> pdfPages(const std::string &pdf, bool layout = true)
{
    const std::string command =
        std::string("pdftotext ") + (layout ? "-layout " : "") + "-enc UTF-8 '" + pdf + "' -";
    std::unique_ptr<FILE, int (*)(FILE *)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) return {};
    std::string text;
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe.get())) > 0;)
        text.append(buffer, n);
    std::vector<std::string> pages;
    std::size_t from = 0;
    for (std::size_t ff; (ff = text.find('\f', from)) != std::string::npos; from = ff + 1)
        pages.push_back(text.substr(from, ff - from));
    return pages;
}

/// Every regimen the document tests print: the examples and the taper test regimens.
inline std::vector<std::string> documentRegimens()
{
    std::vector<std::string> out;
    for (const char *f : {"anne", "elderly-renal", "fentanyl-diazepam", "ketogan-prn", "tramadol-sertraline"})
        out.push_back(std::string("examples/") + f + ".json");
    for (const char *f :
         {"anne-used-5", "buprenorphine-20", "codeine-30x8", "fentanyl-25-oral", "fentanyl-50-oxynorm",
          "fentanyl-75", "ketogan-5x6", "morphine-depot-240", "norspan-20-oxynorm", "oxycontin-oxynorm-prn",
          "tapentadol-depot-150x2", "tramadol-600", "transtec-35", "two-opioids"})
        out.push_back(std::string("tests/data/taper/") + f + ".json");
    return out;
}

} // namespace taper::test
