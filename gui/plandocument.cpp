#include "plandocument.h"

#include "addlinecommand.h"
#include "changeasofcommand.h"
#include "changeprofilecommand.h"
#include "editlinecommand.h"
#include "removelinecommand.h"

#include "taper/json_reader.h"
#include "taper/rules.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

namespace taper::gui {

namespace {

constexpr const char *kDefaultProfile = "dk";

std::string pointerFor(int row)
{
    return "/lines/" + std::to_string(row);
}

} // namespace

PlanDocument::PlanDocument(std::shared_ptr<const Formulary> formulary, Date today, QObject *parent)
    : QObject(parent), m_formulary(std::move(formulary)), m_today(today), m_undoStack(new QUndoStack(this))
{
    m_profile = m_formulary->profile(kDefaultProfile);
    if (!m_profile) m_profile = &m_formulary->profiles().front();
    m_regimen.asOf = today;
    recompute();
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

PlanDocument::~PlanDocument() = default;

QString PlanDocument::profileId() const
{
    return QString::fromStdString(m_profile->id);
}

bool PlanDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void PlanDocument::recompute()
{
    m_meq = meq::compute(m_regimen, *m_profile, *m_formulary);
    m_findings = rules::check(m_regimen, m_meq, *m_profile, *m_formulary);
    emit resultsChanged();
}

void PlanDocument::resetTo(Regimen regimen, const QString &path)
{
    emit aboutToReset();
    m_regimen = std::move(regimen);
    m_undoStack->clear();
    emit regimenReset();
    emit asOfChanged();
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(path);
    }
    recompute();
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
    Regimen regimen = readRegimen(json::readFile(file), file, *m_formulary, AsOfChoice{std::nullopt, m_today});
    resetTo(std::move(regimen), QFileInfo(path).absoluteFilePath());
}

bool PlanDocument::saveRegimen(const QString &path, QString *error)
{
    if (m_regimen.lines.empty()) {
        if (error) *error = tr("The regimen has no lines; add at least one line before saving.");
        return false;
    }
    const std::string text = toJson(m_regimen).dump(2) + "\n";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) ||
        !file.commit()) {
        if (error) *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    m_undoStack->setClean();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_filePath != absolute) {
        m_filePath = absolute;
        emit filePathChanged(absolute);
    }
    return true;
}

RegimenLine PlanDocument::validateLine(const json::Json &line, int row) const
{
    return readRegimenLine(line, pointerFor(row), m_filePath.toStdString(), *m_formulary, m_regimen.asOf);
}

QString PlanDocument::addLine(const json::Json &line)
{
    try {
        RegimenLine parsed = validateLine(line, lineCount());
        m_undoStack->push(new AddLineCommand(this, lineCount(), std::move(parsed)));
        return {};
    } catch (const InputError &e) {
        return QString::fromStdString(e.problem());
    }
}

QString PlanDocument::replaceLine(int row, const json::Json &line)
{
    try {
        RegimenLine parsed = validateLine(line, row);
        if (toJson(parsed) == toJson(this->line(row))) return {};
        m_undoStack->push(new EditLineCommand(this, row, std::move(parsed)));
        return {};
    } catch (const InputError &e) {
        return QString::fromStdString(e.problem());
    }
}

void PlanDocument::removeLine(int row)
{
    if (row < 0 || row >= lineCount()) return;
    m_undoStack->push(new RemoveLineCommand(this, row));
}

bool PlanDocument::setProfile(const QString &id)
{
    if (!m_formulary->profile(id.toStdString())) return false;
    if (id != profileId()) m_undoStack->push(new ChangeProfileCommand(this, id));
    return true;
}

QString PlanDocument::setAsOf(Date asOf)
{
    if (asOf == m_regimen.asOf) return {};
    for (std::size_t i = 0; i < m_regimen.lines.size(); ++i) {
        try {
            readRegimenLine(toJson(m_regimen.lines[i]), pointerFor(int(i)), m_filePath.toStdString(), *m_formulary, asOf);
        } catch (const InputError &e) {
            return tr("Line %1: %2").arg(i + 1).arg(QString::fromStdString(e.problem()));
        }
    }
    m_undoStack->push(new ChangeAsOfCommand(this, asOf));
    return {};
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
