// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's file handling: open (plan or regimen files), save (a plan file once there is a
// schedule, else a regimen file), save as, the unsaved-changes prompt and closing.
#include "linetext.h"
#include "mainwindow.h"

#include "plandocument.h"
#include "planpanel.h"
#include "recentfiles.h"

#include "taper/input_error.h"
#include "taper/plan_overwrite.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>

namespace taper::gui {

bool MainWindow::loadFile(const QString &path, QString *error)
{
    try {
        m_document->openAny(path);
    } catch (const InputError &e) {
        if (error) *error = LineText::inputError(e, &m_document->formulary());
        return false;
    } catch (const std::exception &e) { // e.g. a JSON library error not mapped to InputError
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    m_recent->add(m_document->filePath());
    if (m_document->hasPlan()) m_tabs->setCurrentWidget(m_plan);
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::openFile(const QString &path)
{
    QString error;
    if (!loadFile(path, &error))
        QMessageBox::critical(this, tr("Cannot open file"),
                              tr("%1 could not be read:\n\n%2").arg(QFileInfo(path).fileName(), error));
}

bool MainWindow::save(const QString &path)
{
    QString target = path.isEmpty() ? m_document->filePath() : path;
    // A regimen file is never overwritten by a plan (or the reverse) without asking for a name.
    if (target.isEmpty() || (path.isEmpty() && m_document->hasPlan() != m_document->fileIsPlan()))
        return saveAs();
    if (!confirmReplacing(target)) return false;
    QString error;
    if (!m_document->save(target, &error)) {
        // Nothing is lost: the document, its undo history and the modified flag stay as they were.
        QMessageBox::warning(
            this, tr("Cannot save"),
            tr("%1 could not be saved in %2:\n\n%3\n\nYour changes are still open and unsaved. Choose "
               "File → Save as… to save them in a folder you can write to.")
                .arg(QFileInfo(target).fileName(), QDir::toNativeSeparators(QFileInfo(target).path()),
                     error));
        return false;
    }
    m_recent->add(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(target).fileName()), 5000);
    return true;
}

bool MainWindow::confirmReplacing(const QString &target)
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (m_document->fileIsPlan() && absolute == m_document->filePath()) return true;
    const OverwriteRisk risk = overwriteRiskOfFile(absolute.toStdString());
    if (!risk.protect()) return true;
    const QString name = QFileInfo(target).fileName();
    const QString text =
        risk.kind == OverwriteRisk::Kind::Unreadable || risk.revision < 1
            ? tr("%1 already exists and may be a damaged plan: it cannot be read as one.\n\nReplace it?")
                  .arg(name)
            : tr("%1 holds a plan at revision %2 with %n recorded session(s). Saving here replaces it, and "
                 "its "
                 "sessions and earlier versions are lost.\n\nReplace it?",
                 nullptr, int(risk.sessions))
                  .arg(name, QString::number(risk.revision));
    QMessageBox box(QMessageBox::Warning, tr("Replace a plan?"), text, QMessageBox::NoButton, this);
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == replace;
}

bool MainWindow::saveAs()
{
    const bool plan = m_document->hasPlan();
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty())
        suggestion = suggestedFileName(); // a new document: named after the patient
    else if (plan && !m_document->fileIsPlan())
        suggestion = QFileInfo(suggestion).path() + QLatin1Char('/') +
                     QFileInfo(suggestion).completeBaseName() + QStringLiteral(".plan.json");
    QString path =
        plan ? QFileDialog::getSaveFileName(this, tr("Save plan"), suggestion, tr("Plan files (*.json)"))
             : QFileDialog::getSaveFileName(this, tr("Save regimen"), suggestion,
                                            tr("Regimen files (*.json)"));
    if (path.isEmpty()) return false;
    // Plans and regimens are .json files: a name typed without it gets it (else the file would not be
    // listed by the Open dialog). The file dialog did not ask about replacing the name with .json.
    if (const QString named = withJsonSuffix(path); named != path) {
        path = named;
        if (QFileInfo::exists(path) && !overwriteRiskOfFile(path.toStdString()).protect() &&
            QMessageBox::question(this, tr("Replace file?"),
                                  tr("%1 already exists. Replace it?").arg(QFileInfo(path).fileName()),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return false;
    }
    return save(path);
}

QString MainWindow::suggestedFileName() const
{
    QString name = QString::fromStdString(m_document->planRecord().label.value_or(std::string()));
    // Only what every file system takes: no folder separators, wildcards, quotes or controls.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f\\x7f]"));
    name = name.replace(unsafe, QStringLiteral(" ")).simplified();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.'))) return {};
    const QStringList recent = RecentFilesMenu::files();
    const QString folder = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    const QString base =
        name + (m_document->hasPlan() ? QStringLiteral(".plan.json") : QStringLiteral(".json"));
    return folder.isEmpty() || !QFileInfo(folder).isDir() ? base : QDir(folder).filePath(base);
}

QString MainWindow::withJsonSuffix(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? path
                                                                       : path + QStringLiteral(".json");
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified()) return true;
    const QString name = m_document->filePath().isEmpty() ? tr("The new document")
                                                          : QFileInfo(m_document->filePath()).fileName();
    QStringList changes;
    for (const QString &change : m_document->unsavedChanges())
        changes << QStringLiteral("• ") + change;
    const QString what = m_document->hasPlan() ? tr("%1 has unsaved changes to the regimen or taper plan:")
                                               : tr("%1 has unsaved changes to the regimen:");
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    what.arg(name) + QStringLiteral("\n\n") + changes.join(QLatin1Char('\n')) +
                        QStringLiteral("\n\n") + tr("Save them first?"),
                    QMessageBox::NoButton, this);
    QPushButton *saveButton = box.addButton(tr("&Save"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(saveButton);
    box.exec();
    if (box.clickedButton() == saveButton) return save();
    return box.clickedButton() == discard;
}

void MainWindow::newFile()
{
    if (!maybeSave()) return;
    m_document->newRegimen();
    m_patientEdit->setFocus();
}

void MainWindow::openDialog()
{
    if (!maybeSave()) return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open plan or regimen"),
                                                      QFileInfo(m_document->filePath()).path(),
                                                      tr("Plan and regimen files (*.json);;All files (*)"));
    if (!path.isEmpty()) openFile(path);
}

bool MainWindow::importFhirFile(const QString &path, QString *error)
{
    try {
        const std::vector<fhir::Skipped> skipped = m_document->importFhir(path);
        QString text = tr("Imported %n line(s) from %1 as of %2; save the regimen to keep it.", nullptr,
                          m_document->lineCount())
                           .arg(QFileInfo(path).fileName(), LineText::date(m_document->today()));
        if (!skipped.empty())
            text += QLatin1Char(' ') + tr("%n medicine(s) left out: stopped or not in effect that day.",
                                          nullptr, int(skipped.size()));
        statusBar()->showMessage(text, 20000);
        return true;
    } catch (const InputError &e) {
        if (error) *error = LineText::inputError(e, &m_document->formulary());
        return false;
    }
}

void MainWindow::importFhirDialog()
{
    if (!maybeSave()) return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import medication list (FHIR R4)"),
                                                      QFileInfo(m_document->filePath()).path(),
                                                      tr("FHIR JSON (*.json);;All files (*)"));
    if (path.isEmpty()) return;
    QString error;
    if (!importFhirFile(path, &error))
        QMessageBox::critical(this, tr("Cannot import"),
                              tr("%1 could not be imported:\n\n%2").arg(QFileInfo(path).fileName(), error));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

} // namespace taper::gui
