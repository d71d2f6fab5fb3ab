#pragma once
// The general advice on the patient's handout. Every sentence is taken from the reference notes
// (../shared/reference/clinical.md §3.4 and §5, danish-sources.md §2 and §7) and carries the source ids
// it comes from; the review report lists them so the GP can check what the patient was told.

#include "taper/plan.h"
#include "taper/report/document.h"

#include <string>
#include <vector>

namespace taper::report::detail {

struct Advice {
    std::string id;                   ///< stable key (docs/reports.md lists them)
    std::string text;                 ///< in the document's language
    std::vector<std::string> sources; ///< source ids (sources.json)
};

/// The advice that applies to `plan` (patch advice only when a step uses a patch, etc.), in order.
std::vector<Advice> handoutAdvice(const Plan &plan, Lang lang);

} // namespace taper::report::detail
