// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandocument.h"
#include "linetext.h"

#include "addlinecommand.h"
#include "changeasofcommand.h"
#include "changelabelcommand.h"
#include "changeprofilecommand.h"
#include "editlinecommand.h"
#include "removelinecommand.h"
#include "setplancommand.h"

#include "taper/atomic_file.h"
#include "taper/json_reader.h"
#include "taper/plan.h"
#include "taper/rules.h"

#include <QFileInfo>
#include <QUndoStack>

namespace taper::gui {

PlanDocument::PlanDocument(std::shared_ptr<const Formulary> formulary, Date today, QObject *parent)
    : QObject(parent), m_formulary(std::move(formulary)), m_today(today), m_undoStack(new QUndoStack(this))
{
    m_profile = m_formulary->profile(kDefaultProfileId);
    if (!m_profile) m_profile = &m_formulary->profiles().front();
    m_regimen.asOf = today;
    recompute();
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    // Connected first, so every view reading the plan on planChanged sees what is shown now.
    connect(this, &PlanDocument::planChanged, this, &PlanDocument::followPlan);
}

PlanDocument::~PlanDocument()
{
    // The undo stack is a child and is deleted after this document's members are gone; its destructor
    // clears the stack and emits indexChanged/cleanChanged. Nobody may hear that: the receivers (this
    // document, the main window being torn down) would run on destroyed members.
    m_undoStack->disconnect();
    m_undoStack->blockSignals(true);
}

QString PlanDocument::profileId() const
{
    return QString::fromStdString(m_profile->id);
}

bool PlanDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void PlanDocument::recompute(bool replan)
{
    m_meq = meq::compute(m_regimen, *m_profile, *m_formulary);
    m_findings = rules::check(m_regimen, m_meq, *m_profile, *m_formulary);
    const bool planned = replan && m_options && !isFrozen();
    if (planned) {
        try {
            m_schedule = taper::plan(m_regimen, *m_options, *m_profile, *m_formulary);
            m_planError.clear();
        } catch (const InputError &e) {
            m_schedule.reset();
            m_planError = LineText::inputError(e, m_formulary.get(), false);
        }
    }
    addPlanFindings();
    if (planned) emit planChanged(); // first: views of the schedule must not read a stale row count
    emit resultsChanged();
}

void PlanDocument::addPlanFindings()
{
    if (!m_schedule) return;
    for (const TaperNote &note : m_schedule->notes) {
        if (note.code != TaperNoteCode::FastTaper || !note.step) continue;
        for (const auto &[key, value] : note.parameters)
            if (key == "cut_percent" && std::holds_alternative<double>(value))
                if (auto f = rules::fastTaper(std::get<double>(value), m_schedule->options.intervalDays,
                                              *m_formulary))
                    m_findings.push_back(std::move(*f));
    }
}

void PlanDocument::resetTo(Regimen regimen, const QString &path, std::optional<Plan> plan)
{
    emit aboutToReset();
    m_imported.clear();
    m_regimen = std::move(regimen);
    m_showsStep = m_startWanted = false; // followPlan (on planChanged below) decides afresh
    m_stepRegimen = {};
    m_stepMeq = {};
    m_record = Plan{};
    m_record.created = m_today;
    m_options.reset();
    m_schedule.reset();
    m_planError.clear();
    // The profile belongs to the document: a plan's own, else the default — never the last file's.
    m_profile = m_formulary->profile(kDefaultProfileId);
    if (!m_profile) m_profile = &m_formulary->profiles().front();
    if (plan) {
        if (const Profile *p = m_formulary->profile(plan->schedule.profile)) m_profile = p;
        m_options = plan->schedule.options;
        m_schedule = std::move(plan->schedule);
        m_record = std::move(*plan);
        m_record.regimen = {};
        m_record.schedule = {};
    }
    m_fileIsPlan = plan.has_value();
    m_savedRevision = m_record.revision;
    m_undoStack->clear();
    emit regimenReset();
    emit asOfChanged();
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(path);
    }
    emit profileChanged(profileId());
    emit labelChanged();
    recompute(false);
    emit planChanged();
    emit modifiedChanged(false);
}

void PlanDocument::newRegimen()
{
    Regimen regimen;
    regimen.asOf = m_today;
    resetTo(std::move(regimen), QString());
}

void PlanDocument::openRegimen(const QString &path)
{
    const std::string file = path.toStdString();
    Regimen regimen =
        readRegimen(json::readFile(file), file, *m_formulary, AsOfChoice{std::nullopt, m_today});
    resetTo(std::move(regimen), QFileInfo(path).absoluteFilePath());
}

std::vector<fhir::Skipped> PlanDocument::importFhir(const QString &path)
{
    fhir::Import imported = fhir::importFile(path.toStdString(), *m_formulary, m_today);
    resetTo(std::move(imported.regimen), QString());
    m_imported = QFileInfo(path).fileName();
    m_undoStack->resetClean(); // unsaved until saved: closing asks first
    return std::move(imported.skipped);
}

bool PlanDocument::saveRegimen(const QString &path, QString *error)
{
    if (m_regimen.lines.empty()) {
        if (error) *error = tr("The regimen has no lines; add at least one line before saving.");
        return false;
    }
    const std::string text = toJson(m_regimen).dump(2) + "\n";
    try {
        writeFileAtomically(path.toStdString(), text); // the old file stays on failure; a new one is 0600
    } catch (const InputError &e) {
        if (error) *error = tr("Could not write %1: %2").arg(path, LineText::problem(e, m_formulary.get()));
        return false;
    }
    m_fileIsPlan = false;
    m_undoStack->setClean();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_filePath != absolute) {
        m_filePath = absolute;
        emit filePathChanged(absolute);
    }
    return true;
}

QString PlanDocument::lineProblem(const RegimenLine &line, Date asOf, std::string *field) const
{
    const std::vector<LineProblem> problems = checkLine(line, *m_formulary, asOf);
    if (problems.empty()) return {};
    if (field) *field = problems.front().field;
    const InputError error("", problems.front().field, problems.front().problem);
    return LineText::inputError(error, m_formulary.get(), false);
}

QString PlanDocument::frozenMessage() const
{
    return tr("The plan has recorded sessions: its regimen and options change only through a session.");
}

QString PlanDocument::addLine(const RegimenLine &line)
{
    if (isFrozen()) return frozenMessage();
    if (QString problem = lineProblem(line, m_regimen.asOf); !problem.isEmpty()) return problem;
    m_undoStack->push(new AddLineCommand(this, lineCount(), line));
    return {};
}

QString PlanDocument::replaceLine(int row, const RegimenLine &line, std::string *problemField)
{
    if (isFrozen()) return frozenMessage();
    if (QString problem = lineProblem(line, m_regimen.asOf, problemField); !problem.isEmpty()) return problem;
    if (toJson(line) == toJson(this->line(row))) return {};
    m_undoStack->push(new EditLineCommand(this, row, line));
    return {};
}

void PlanDocument::removeLine(int row)
{
    if (row < 0 || row >= lineCount() || isFrozen()) return;
    m_undoStack->push(new RemoveLineCommand(this, row));
}

bool PlanDocument::setProfile(const QString &id)
{
    if (!m_formulary->profile(id.toStdString()) || (isFrozen() && id != profileId())) return false;
    if (id != profileId()) m_undoStack->push(new ChangeProfileCommand(this, id));
    return true;
}

QString PlanDocument::setAsOf(Date asOf)
{
    if (asOf == m_regimen.asOf) return {};
    if (isFrozen()) return frozenMessage();
    for (std::size_t i = 0; i < m_regimen.lines.size(); ++i)
        if (QString problem = lineProblem(m_regimen.lines[i], asOf); !problem.isEmpty())
            return tr("Line %1: %2").arg(i + 1).arg(problem);
    m_undoStack->push(new ChangeAsOfCommand(this, asOf));
    return {};
}

QString PlanDocument::setTaperOptions(const TaperOptions &options)
{
    if (isFrozen()) return frozenMessage();
    PlanState after{options, std::nullopt, {}, m_options ? m_record.created : m_today};
    try {
        after.schedule = taper::plan(m_regimen, options, *m_profile, *m_formulary);
    } catch (const InputError &e) {
        return LineText::inputError(e, m_formulary.get(), false);
    }
    m_undoStack->push(new SetPlanCommand(this, std::move(after),
                                         m_options ? tr("Change taper plan") : tr("Make taper plan")));
    return {};
}

void PlanDocument::removePlan()
{
    if (!m_options || isFrozen()) return;
    m_undoStack->push(new SetPlanCommand(this, PlanState{std::nullopt, std::nullopt, {}, m_today},
                                         tr("Remove taper plan")));
}

void PlanDocument::setPlanStateNow(const PlanState &state)
{
    m_options = state.options;
    m_schedule = state.schedule;
    m_planError = state.error;
    m_record.created = state.created;
    recompute(false);
    emit planChanged();
}

QStringList PlanDocument::unsavedChanges() const
{
    constexpr int kMost = 8;
    QStringList changes;
    const int clean = m_undoStack->cleanIndex(); // -1: the saved state is no longer on the stack
    const int now = m_undoStack->index();
    if (clean < 0 || clean <= now) {
        for (int i = std::max(clean, 0); i < now; ++i)
            changes << m_undoStack->text(i);
    } else {
        for (int i = now; i < clean; ++i)
            changes << tr("Undone: %1").arg(m_undoStack->text(i));
    }
    if (changes.size() > kMost) {
        changes = changes.mid(changes.size() - kMost);
        changes.prepend(QStringLiteral("…"));
    }
    if (!m_imported.isEmpty() && clean < 0 && now == 0) changes << tr("Imported from %1").arg(m_imported);
    if (changes.isEmpty()) changes << tr("Changes that cannot be listed");
    return changes;
}

QString PlanDocument::setLabel(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed.size() > kMaxLabelLength)
        return tr("The label is longer than %1 characters.").arg(kMaxLabelLength);
    if (looksLikeCpr(trimmed.toStdString()))
        return tr("This looks like a CPR number: use the patient's name or a pseudonym.");
    std::optional<std::string> label;
    if (!trimmed.isEmpty()) label = trimmed.toStdString();
    if (label != m_record.label) m_undoStack->push(new ChangeLabelCommand(this, label));
    return {};
}

void PlanDocument::setLabelNow(const std::optional<std::string> &label)
{
    m_record.label = label;
    emit labelChanged();
}

Plan PlanDocument::toPlan() const
{
    Plan plan = m_record;
    plan.regimen = m_regimen;
    plan.schedule = *m_schedule;
    return plan;
}

void PlanDocument::openPlan(const QString &path)
{
    const std::string file = path.toStdString();
    Plan plan = readPlanFile(file, *m_formulary);
    Regimen regimen = plan.regimen;
    resetTo(std::move(regimen), QFileInfo(path).absoluteFilePath(), std::move(plan));
}

void PlanDocument::openAny(const QString &path)
{
    const std::string file = path.toStdString();
    const json::Json doc = json::readFile(file, kMaxPlanFileBytes); // a plan or a regimen
    if (doc.is_object() && (doc.contains("steps") || doc.contains("options"))) {
        Plan plan = readPlan(doc, file, *m_formulary);
        Regimen regimen = plan.regimen;
        resetTo(std::move(regimen), QFileInfo(path).absoluteFilePath(), std::move(plan));
        return;
    }
    openRegimen(path);
}

bool PlanDocument::savePlan(const QString &path, QString *error)
{
    if (!m_schedule) {
        if (error) *error = m_planError.isEmpty() ? tr("There is no taper plan to save.") : m_planError;
        return false;
    }
    Plan plan = toPlan();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool samePlanFile = m_fileIsPlan && absolute == m_filePath && QFileInfo::exists(absolute);
    // Every saved change is a new revision; a recorded session has already made one.
    if (isModified() && absolute == m_filePath && plan.revision == m_savedRevision) ++plan.revision;
    try {
        // Over the plan file this document came from: only if nobody else (the CLI's `session`, another
        // window) has saved a newer revision meanwhile — the core's lock and compare-and-swap.
        if (samePlanFile)
            savePlanFile(path.toStdString(), plan, m_savedRevision, *m_formulary);
        else
            writePlanFile(path.toStdString(), plan, *m_formulary);
    } catch (const InputError &e) {
        if (error) *error = LineText::inputError(e, m_formulary.get());
        return false;
    }
    m_record.revision = plan.revision;
    m_savedRevision = plan.revision;
    m_fileIsPlan = true;
    // Saved sessions are history: append-only in the file, so they cannot be undone after saving.
    if (plan.sessions.empty())
        m_undoStack->setClean();
    else
        m_undoStack->clear();
    if (m_filePath != absolute) {
        m_filePath = absolute;
        emit filePathChanged(absolute);
    }
    return true;
}

bool PlanDocument::save(const QString &path, QString *error)
{
    return m_options ? savePlan(path, error) : saveRegimen(path, error);
}

void PlanDocument::insertLineAt(int row, const RegimenLine &line)
{
    emit lineAboutToBeInserted(row);
    m_regimen.lines.insert(m_regimen.lines.begin() + row, line);
    emit lineInserted(row);
    recompute();
}

void PlanDocument::removeLineAt(int row)
{
    emit lineAboutToBeRemoved(row);
    m_regimen.lines.erase(m_regimen.lines.begin() + row);
    emit lineRemoved(row);
    recompute();
}

void PlanDocument::setLineAt(int row, const RegimenLine &line)
{
    m_regimen.lines[static_cast<std::size_t>(row)] = line;
    emit lineChanged(row);
    recompute();
}

void PlanDocument::setProfileNow(const QString &id)
{
    if (const Profile *p = m_formulary->profile(id.toStdString())) m_profile = p;
    emit profileChanged(profileId());
    recompute();
}

void PlanDocument::setAsOfNow(Date asOf, std::optional<Date> asOfInFile)
{
    m_regimen.asOf = asOf;
    m_regimen.asOfInFile = asOfInFile;
    emit asOfChanged();
    recompute();
}

} // namespace taper::gui
