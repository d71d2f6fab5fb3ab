// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The general advice on the patient's handout. Every sentence is taken from the reference notes
// (../shared/reference/clinical.md §3.4 and §5, danish-sources.md §2 and §7) or a source in
// sources.json and carries the source ids it comes from; the review report lists them so the GP can
// check what the patient was told. A sentence about the plan itself is given only when the plan's
// numbers make it true.

#include "taper/plan.h"
#include "taper/report/document.h"

#include <string>
#include <vector>

namespace taper::report::detail {

struct Advice {
    /// Where the handout puts it: withdrawal, how to take the medicine and other advice, or the
    /// emergency box (tegn på for meget medicin, 112).
    enum class Topic { Withdrawal, Advice, Emergency };
    std::string id;                   ///< stable key (docs/reports.md lists them)
    std::string text;                 ///< in the document's language
    std::vector<std::string> sources; ///< source ids (sources.json)
    Topic topic = Topic::Advice;
};

/// The advice that applies to `plan` (patch advice only when a step uses a patch, etc.), in order.
std::vector<Advice> handoutAdvice(const Plan &plan, Lang lang);

} // namespace taper::report::detail
