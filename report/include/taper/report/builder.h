// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds the two documents of issue 6 from core results (no Qt): the patient's handout
// (nedtrapningsplan) and the review report for the GP / patient record. Every number comes from a core
// call (meq::compute, meq::compare, rules::check, the plan's steps); this only chooses words.

#include "taper/formulary.h"
#include "taper/plan.h"
#include "taper/regimen.h"
#include "taper/report/document.h"

#include <optional>
#include <string>
#include <vector>

namespace taper::report {

/// Who, where and when: printed on the documents, never part of the plan file. "Today" is passed in.
struct ReportContext {
    const Formulary &formulary;
    Lang lang = Lang::Da;
    Date today;         ///< the date the document is made
    std::string author; ///< who made the plan / review (free text: name, role)
    std::string clinic; ///< clinic name
    std::string phone;  ///< clinic phone; a blank line to fill in by hand when empty
    std::vector<Date>
        appointments;           ///< next appointments; empty: the plan's session rhythm (upcomingSessions)
    std::string programVersion; ///< e.g. "0.1.0"
    /// The handout shows the periods from the one in effect on this date (default: `today`); an earlier
    /// date shows past periods too.
    std::optional<Date> from;
    /// Who to call outside the clinic's opening hours, e.g. "1813 (Akuttelefonen)"; empty: the patient's
    /// regional lægevagt, named in general words.
    std::string outOfHours;
};

/// The patient's handout for a plan. Preconditions: the plan was read against ctx.formulary.
Document buildHandout(const Plan &plan, const ReportContext &ctx);

/// The review report of a plan (regimen, MEQ, comparison, findings, taper summary, sessions).
Document buildReview(const Plan &plan, const ReportContext &ctx);
/// The review report of a bare regimen under `profile` (no taper; e.g. methadone).
Document buildReview(const Regimen &regimen, const Profile &profile, const ReportContext &ctx);

} // namespace taper::report
