// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private: the parts of the review letter to the GP (issue 18). The letter: the conclusion, the findings
// ranked, the regimen with its MEQ, the taper with a prescription per period and the sessions
// (build_review.cpp, review_conclusion.cpp, review_regimen.cpp, build_review_plan.cpp,
// review_prescription.cpp); then the appendix ("Bilag"): the profile comparison, the plan notes one line
// per kind, the handout's advice and the numbered source list.

#include "advice.h"
#include "common.h"

#include "taper/finding.h"
#include "taper/meq.h"

#include <map>
#include <string>
#include <vector>

namespace taper::report::detail {

/// The sources the letter cites, numbered for "[3]" references: Danish sources (DK-…) first, then the
/// others, alphabetical within each. Add every id, then call number() once before cite().
class SourceRefs {
public:
    void add(const std::string &id);
    void number();
    /// "[3]"; "[3, 5]" for several; "" for none or unknown ids.
    std::string cite(const std::vector<std::string> &ids) const;
    std::string cite(const std::string &id) const { return cite(std::vector<std::string>{id}); }
    const std::vector<std::string> &ordered() const { return m_ordered; }

private:
    std::vector<std::string> m_ordered;
    std::map<std::string, int> m_numbers;
};

/// Everything the letter's sections read, computed once.
struct ReviewData {
    const Regimen &regimen;
    const Profile &profile;
    const Plan *plan; ///< null for a bare regimen
    const ReportContext &ctx;
    MeqResult meq;
    /// rules::check, most important first (severity, then clinical rank), one per code: a code found on
    /// several lines is one entry whose `lines` lists them.
    struct RankedFinding {
        Severity severity;
        std::vector<Finding> findings; ///< same code
    };
    std::vector<RankedFinding> findings;
    std::vector<Advice> advice; ///< the handout's advice (plans only)
    SourceRefs refs;
};

/// The sources of the conclusion's follow-up advice: hold a step rather than go back up (NO-VANED),
/// follow up at least monthly during a taper (US-CDC22).
inline std::vector<std::string> followUpSources()
{
    return {"NO-VANED", "US-CDC22"};
}

ReviewData collectReview(const Regimen &regimen, const Profile &profile, const Plan *plan,
                         const ReportContext &ctx);
/// A date in a table or sentence: "7.12.2026" / "7 December 2026".
std::string dateText(Date d, const ReportContext &ctx);

Section conclusionSection(const ReviewData &data);
Section findingsSection(const ReviewData &data);
Section regimenSection(const ReviewData &data);
Section taperSection(const ReviewData &data);
Section prescriptionSection(const ReviewData &data);
Section noTaperSection(const ReviewData &data);
Section sessionSection(const ReviewData &data);

// The appendix.
Section comparisonSection(const ReviewData &data);
Section planNotesSection(const ReviewData &data);
Section adviceSection(const ReviewData &data);
Section fmkSection(const ReviewData &data);          ///< the plan as FMK structured dosages (Danish text)
Section sessionChartSection(const ReviewData &data); ///< plans with sessions
Section sourcesSection(const ReviewData &data);

} // namespace taper::report::detail
