// SPDX-License-Identifier: GPL-3.0-or-later
// PlanDocument's view state: which schedule version and which regimen (the start or the step in
// effect today) every view shows. Not saved and not undone; a change of the plan resets the version.
#include "plandocument.h"

#include "taper/meq.h"
#include "taper/taper.h"

namespace taper::gui {

void PlanDocument::showVersion(int version)
{
    if (version < -1 || version >= static_cast<int>(m_record.scheduleHistory.size())) version = -1;
    if (version == m_shownVersion) return;
    m_shownVersion = version;
    emit shownVersionChanged();
}

const std::vector<Step> &PlanDocument::shownSteps() const
{
    static const std::vector<Step> none;
    if (m_shownVersion >= 0 && m_shownVersion < static_cast<int>(m_record.scheduleHistory.size()))
        return m_record.scheduleHistory[std::size_t(m_shownVersion)].steps;
    return m_schedule ? m_schedule->steps : none;
}

int PlanDocument::stepInEffect(Date day) const
{
    if (!m_schedule || m_schedule->steps.empty()) return -1;
    int step = 0;
    for (std::size_t i = 0; i < m_schedule->steps.size(); ++i)
        if (m_schedule->steps[i].start <= day) step = static_cast<int>(i);
    return step;
}

int PlanDocument::shownLineCount() const
{
    return static_cast<int>((m_showsStep ? m_stepRegimen : m_regimen).lines.size());
}

const RegimenLine &PlanDocument::shownLine(int row) const
{
    return (m_showsStep ? m_stepRegimen : m_regimen).lines.at(static_cast<std::size_t>(row));
}

void PlanDocument::showStartingRegimen(bool start)
{
    m_startWanted = start;
    followPlan();
}

void PlanDocument::followPlan()
{
    const bool wasStep = m_showsStep;
    m_shownVersion = -1;
    const int step = stepInEffect(m_today);
    const bool showStep = isFrozen() && step >= 0 && !m_startWanted;
    if (!showStep && !wasStep) return;
    emit aboutToReset();
    m_showsStep = showStep;
    m_stepRegimen = {};
    m_stepMeq = {};
    if (showStep) {
        m_stepRegimen = stepRegimen(m_schedule->steps.at(std::size_t(step)), m_today);
        const Profile *profile = m_formulary->profile(m_schedule->profile);
        m_stepMeq = meq::compute(m_stepRegimen, profile ? *profile : *m_profile, *m_formulary);
    }
    emit regimenReset();
    emit resultsChanged();
    emit shownRegimenChanged();
}

} // namespace taper::gui
