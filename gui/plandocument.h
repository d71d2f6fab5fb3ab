// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The open plan as the GUI sees it: the regimen, the conversion profile, the evaluation date, the
// taper options and schedule (taper::plan), and the core's results for them (MEQ, findings). Every edit goes
// through a core call — a line is validated by taper::readRegimenLine, exactly as the CLI validates files —
// and is one QUndoCommand on the document's undo stack; every change is announced by a signal. Results are
// recomputed by the core after each change; while the plan has taper options, every regimen or profile edit
// re-plans with them (the schedule read from a plan file is kept as written until the first edit). A plan
// with recorded sessions has a frozen regimen: only sessions change it. Modelled on Tiled's MapDocument.

#include "taper/fhir.h"
#include "taper/finding.h"
#include "taper/formulary.h"
#include "taper/meq.h"
#include "taper/plan.h"
#include "taper/regimen.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QUndoStack;

namespace taper::gui {

class PlanDocument : public QObject {
    Q_OBJECT
public:
    /// `today` is read at the edge (main) and is the evaluation date of a new regimen.
    PlanDocument(std::shared_ptr<const Formulary> formulary, Date today, QObject *parent = nullptr);
    ~PlanDocument() override;

    const Formulary &formulary() const { return *m_formulary; }
    std::shared_ptr<const Formulary> sharedFormulary() const { return m_formulary; }
    const Regimen &regimen() const { return m_regimen; }
    int lineCount() const { return static_cast<int>(m_regimen.lines.size()); }
    /// Precondition: 0 <= row < lineCount().
    const RegimenLine &line(int row) const { return m_regimen.lines.at(static_cast<std::size_t>(row)); }
    const Profile &profile() const { return *m_profile; }
    QString profileId() const;
    Date asOf() const { return m_regimen.asOf; }
    Date today() const { return m_today; }
    const MeqResult &meq() const { return m_meq; }
    const std::vector<Finding> &findings() const { return m_findings; }

    // --- The taper plan ------------------------------------------------------------------------------
    /// True when taper options are set (a schedule, or the core's reason why none could be made).
    bool hasPlan() const { return m_options.has_value(); }
    const std::optional<TaperOptions> &taperOptions() const { return m_options; }
    /// The schedule, or nullptr when there is no plan or taper::plan refused the options.
    const Schedule *schedule() const { return m_schedule ? &*m_schedule : nullptr; }
    /// The core's message when the current options could not be planned; empty otherwise.
    QString planError() const { return m_planError; }
    /// Revision, label, created date, schedule history and sessions of the plan (its regimen and
    /// schedule members are not used: regimen() and schedule() are).
    const Plan &planRecord() const { return m_record; }
    /// A plan with sessions: the regimen and options are frozen.
    bool isFrozen() const { return !m_record.sessions.empty(); }
    /// The whole plan as written to a plan file. Precondition: schedule() is not null.
    Plan toPlan() const;

    // --- The version on screen (a view state: not saved, not undone) --------------------------------
    /// -1: the current steps; 0…: the schedule history version with that index. Every view of the plan
    /// (table, summary, chart, sessions tab, banner) shows this one. Any change of the plan (a session,
    /// an undo, a re-plan, another file) shows the current steps again.
    int shownVersion() const { return m_shownVersion; }
    /// Precondition: -1 <= version < planRecord().scheduleHistory.size(); others show the current steps.
    void showVersion(int version);
    /// The steps of shownVersion(); empty when there is no schedule.
    const std::vector<Step> &shownSteps() const;
    /// The step in effect on `day` in the current steps (the last started on or before it), or -1 when
    /// there is no schedule.
    int stepInEffect(Date day) const;
    /// The top panel shows the regimen of the step in effect today once the taper is under way (the
    /// plan has sessions), else the starting regimen; showStartingRegimen(true) shows the start instead.
    /// The regimen and MEQ tables read shownLine/shownLineCount/shownMeq; only the starting regimen is
    /// edited (the step's is read-only).
    bool showsStep() const { return m_showsStep; }
    void showStartingRegimen(bool start);
    int shownLineCount() const;
    /// Precondition: 0 <= row < shownLineCount().
    const RegimenLine &shownLine(int row) const;
    const MeqResult &shownMeq() const { return m_showsStep ? m_stepMeq : m_meq; }

    QUndoStack *undoStack() const { return m_undoStack; }
    QString filePath() const { return m_filePath; }
    /// True when filePath() is a plan file (false for a regimen file or none).
    bool fileIsPlan() const { return m_fileIsPlan; }
    bool isModified() const;
    /// What is unsaved, one entry per edit since the last save in the undo stack's words ("Add line
    /// Morfin …", "Record session"; an undone edit as "Undone: …"), at most 8 (then "…").
    QStringList unsavedChanges() const;

    // --- Files -------------------------------------------------------------------------------------
    /// An empty regimen evaluated as of today; clean, no file.
    void newRegimen();
    /// Reads a regimen file with the core's strict reader. Throws InputError (the document is then
    /// unchanged). The undo stack is cleared.
    void openRegimen(const QString &path);
    /// Reads a FHIR R4 medication list (taper::fhir::importFile) as of today into a new, unsaved
    /// regimen without a file (the user saves it where it belongs). Throws InputError (the document is
    /// then unchanged). Returns the resources left out (stopped, not in effect) for the caller to name.
    std::vector<fhir::Skipped> importFhir(const QString &path);
    /// Writes the regimen file with the core's atomic writer (a new file is 0600). Returns false with
    /// `error` set on failure or when there is nothing to save (a regimen file needs at least one line).
    bool saveRegimen(const QString &path, QString *error);
    /// Reads a plan file (core reader: strict, refuses a newer schema). Throws InputError.
    void openPlan(const QString &path);
    /// Opens a plan file or a regimen file (a regimen starts a new plan); throws InputError.
    void openAny(const QString &path);
    /// Writes the plan file atomically (core writer). Over the plan file it was opened from or last saved
    /// to, only if that file still has the revision this document read (savePlanFile: lock + compare and
    /// swap), so a session saved meanwhile by someone else is never overwritten. False with `error` set
    /// on failure. Once a plan with sessions is saved, the undo history is cleared: a saved session is
    /// never taken back.
    bool savePlan(const QString &path, QString *error);
    /// Saves a plan file when there is a schedule, else a regimen file.
    bool save(const QString &path, QString *error);

    // --- Edits (each one undo command) -------------------------------------------------------------
    /// The line as a regimen-file object is checked by the core; on success the edit is pushed and
    /// an empty string returned, otherwise the core's message is returned and nothing changes.
    QString addLine(const RegimenLine &line);
    /// Refused with the reason; `problemField` (optional) gets the line field checkLine named.
    QString replaceLine(int row, const RegimenLine &line, std::string *problemField = nullptr);
    void removeLine(int row);
    /// False for an unknown profile id.
    bool setProfile(const QString &id);
    /// Re-checks every line against the new date (a `since` after it is refused).
    QString setAsOf(Date asOf);
    /// Makes (or re-makes) the schedule with `options` through taper::plan. On refusal nothing changes
    /// and the core's message is returned.
    QString setTaperOptions(const TaperOptions &options);
    /// The patient's name or pseudonym (planRecord().label), trimmed; empty removes it. Refused with the
    /// reason when it looks like a CPR number or is longer than kMaxLabelLength. Undoable; saved in the
    /// plan file (a regimen file has no label).
    QString setLabel(const QString &label);
    static constexpr int kMaxLabelLength = 80;
    /// Drops the options and schedule (undoable).
    void removePlan();
    /// Records a session through taper::recordSession (today = the document's today): appended to the
    /// plan, re-planned as the decision says, old steps to the schedule history. One undo command; on
    /// refusal nothing changes and the core's field and reason are returned. (plandocumentsessions.cpp)
    QString recordSession(const SessionInput &input);

    /// The core's check of one line object (row names it in messages). Throws InputError.
    /// The first of checkLine's problems at the regimen's date, in the UI language with its field
    /// ("dosis: …"); empty when the line is valid.
    QString lineProblem(const RegimenLine &line, Date asOf, std::string *field = nullptr) const;

    // --- Raw changes, for the undo commands only (no validation, no undo entry) --------------------
    void insertLineAt(int row, const RegimenLine &line);
    void removeLineAt(int row);
    void setLineAt(int row, const RegimenLine &line);
    void setProfileNow(const QString &id);
    void setLabelNow(const std::optional<std::string> &label);
    void setAsOfNow(Date asOf, std::optional<Date> asOfInFile);
    struct PlanState {
        std::optional<TaperOptions> options;
        std::optional<Schedule> schedule;
        QString error;
        Date created;
    };
    PlanState planState() const { return {m_options, m_schedule, m_planError, m_record.created}; }
    void setPlanStateNow(const PlanState &state);
    /// The schedule, options and record of `plan` (the regimen stays).
    void setPlanNow(const Plan &plan);

signals:
    void lineAboutToBeInserted(int row);
    void lineInserted(int row);
    void lineAboutToBeRemoved(int row);
    void lineRemoved(int row);
    void lineChanged(int row);
    void aboutToReset();
    void regimenReset();
    void profileChanged(const QString &id);
    void asOfChanged();
    /// MEQ and findings were recomputed.
    void resultsChanged();
    /// The options, schedule or plan error changed.
    void planChanged();
    void filePathChanged(const QString &path);
    /// The patient label changed (planRecord().label).
    void labelChanged();
    void modifiedChanged(bool modified);
    /// The version on screen changed (shownVersion()); also after planChanged() reset it.
    void shownVersionChanged();
    /// The top panel switched between the starting regimen and the step in effect (showsStep()); the
    /// regimen and results were reset (aboutToReset/regimenReset, resultsChanged) before this.
    void shownRegimenChanged();

private:
    /// Recomputes MEQ and findings; re-plans with the options when `replan` (and not frozen).
    void recompute(bool replan = true);
    void resetTo(Regimen regimen, const QString &path, std::optional<Plan> plan = std::nullopt);
    /// fast_taper findings (rules::fastTaper) for the schedule's fast cuts.
    void addPlanFindings();
    QString frozenMessage() const;
    /// On planChanged: the current steps are shown again, and the top panel follows the step in effect.
    void followPlan();

    std::shared_ptr<const Formulary> m_formulary;
    Date m_today;
    Regimen m_regimen;
    const Profile *m_profile = nullptr;
    MeqResult m_meq;
    std::vector<Finding> m_findings;
    std::optional<TaperOptions> m_options;
    std::optional<Schedule> m_schedule;
    QString m_planError;
    Plan m_record;
    QUndoStack *m_undoStack;
    QString m_filePath;
    QString m_imported; ///< file name of the FHIR list the document was imported from; empty otherwise
    bool m_fileIsPlan = false;
    int m_savedRevision = 0; ///< the revision in the file as opened or last saved
    int m_shownVersion = -1;
    bool m_startWanted = false; ///< the user asked for the starting regimen during the taper
    bool m_showsStep = false;   ///< cache of what the top panel shows: changed only inside a reset
    Regimen m_stepRegimen;      ///< the step in effect today, when m_showsStep
    MeqResult m_stepMeq;
};

} // namespace taper::gui
