#pragma once
// The open plan as the GUI sees it: the regimen, the conversion profile, the evaluation date, and the
// core's results for them (MEQ, findings). Every edit goes through a core call — a line is validated
// by taper::readRegimenLine, exactly as the CLI validates files — and is one QUndoCommand on the
// document's undo stack; every change is announced by a signal. Results are recomputed by the core
// after each change. Modelled on Tiled's MapDocument.

#include "taper/finding.h"
#include "taper/formulary.h"
#include "taper/meq.h"
#include "taper/regimen.h"

#include <QObject>
#include <QString>

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

    QUndoStack *undoStack() const { return m_undoStack; }
    QString filePath() const { return m_filePath; }
    bool isModified() const;

    // --- Files -------------------------------------------------------------------------------------
    /// An empty regimen evaluated as of today; clean, no file.
    void newRegimen();
    /// Reads a regimen file with the core's strict reader. Throws InputError (the document is then
    /// unchanged). The undo stack is cleared.
    void openRegimen(const QString &path);
    /// Writes the regimen file atomically (QSaveFile). Returns false with `error` set on failure or
    /// when there is nothing to save (a regimen file needs at least one line).
    bool saveRegimen(const QString &path, QString *error);

    // --- Edits (each one undo command) -------------------------------------------------------------
    /// The line as a regimen-file object is checked by the core; on success the edit is pushed and
    /// an empty string returned, otherwise the core's message is returned and nothing changes.
    QString addLine(const json::Json &line);
    QString replaceLine(int row, const json::Json &line);
    void removeLine(int row);
    /// False for an unknown profile id.
    bool setProfile(const QString &id);
    /// Re-checks every line against the new date (a `since` after it is refused).
    QString setAsOf(Date asOf);

    /// The core's check of one line object (row names it in messages). Throws InputError.
    RegimenLine validateLine(const json::Json &line, int row) const;

    // --- Raw changes, for the undo commands only (no validation, no undo entry) --------------------
    void insertLineAt(int row, const RegimenLine &line);
    void removeLineAt(int row);
    void setLineAt(int row, const RegimenLine &line);
    void setProfileNow(const QString &id);
    void setAsOfNow(Date asOf, std::optional<Date> asOfInFile);

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
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    void recompute();
    void resetTo(Regimen regimen, const QString &path);

    std::shared_ptr<const Formulary> m_formulary;
    Date m_today;
    Regimen m_regimen;
    const Profile *m_profile = nullptr;
    MeqResult m_meq;
    std::vector<Finding> m_findings;
    QUndoStack *m_undoStack;
    QString m_filePath;
};

} // namespace taper::gui
