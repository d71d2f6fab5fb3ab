// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's print and PDF export (issue 7, capability 7): File → Print patient handout…, Print review
// report…, Export as PDF ▸, Copy journal note (issue 18), Details on printed documents…. The handout
// needs a taper plan (the actions are disabled otherwise); a regimen without a plan gets the review and
// a note without a plan.
#include "icons.h"
#include "mainwindow.h"

#include "languagemanager.h"
#include "plandocument.h"
#include "reportprinter.h"
#include "reportsettings.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QStatusBar>

namespace taper::gui {

namespace {

report::Kind kindOf(bool handout)
{
    return handout ? report::Kind::Handout : report::Kind::Review;
}

} // namespace

void MainWindow::createPrintActions()
{
    m_printer = new ReportPrinter(
        m_document, [this] { return m_language ? m_language->language() : QStringLiteral("da"); }, this);
    m_printHandoutAction = new QAction(this);
    m_printHandoutAction->setIcon(actionIcon(QStringLiteral("document-print")));
    m_printHandoutAction->setShortcut(QKeySequence::Print);
    connect(m_printHandoutAction, &QAction::triggered, this, [this] { printPreview(true); });
    m_printReviewAction = new QAction(this);
    m_printReviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_printReviewAction, &QAction::triggered, this, [this] { printPreview(false); });
    m_exportHandoutAction = new QAction(this);
    m_exportHandoutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportHandoutAction, &QAction::triggered, this, [this] { exportPdf(true); });
    m_exportReviewAction = new QAction(this);
    m_exportReviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportReviewAction, &QAction::triggered, this, [this] { exportPdf(false); });
    m_copyNoteAction = new QAction(this);
    connect(m_copyNoteAction, &QAction::triggered, this, &MainWindow::copyJournalNote);
    m_reportSettingsAction = new QAction(this);
    connect(m_reportSettingsAction, &QAction::triggered, this, &MainWindow::editReportSettings);
    updatePrintActions();
}

void MainWindow::retranslatePrintActions()
{
    m_printHandoutAction->setText(tr("&Print patient handout…"));
    m_printReviewAction->setText(tr("Print re&view report…"));
    m_exportMenu->setTitle(tr("&Export as PDF"));
    m_exportHandoutAction->setText(tr("Patient &handout…"));
    m_exportReviewAction->setText(tr("&Review report…"));
    m_reportSettingsAction->setText(tr("&Details on printed documents…"));
    m_copyNoteAction->setText(tr("Copy journal note"));
    const QString noteTip = tr(
        "A few lines for the patient record: regimen, MEQ, main findings, the plan and the latest decision");
    m_copyNoteAction->setToolTip(noteTip);
    m_copyNoteAction->setStatusTip(noteTip);
    const QString handoutTip = tr("The patient's taper plan in plain Danish (needs a taper plan)");
    const QString reviewTip =
        tr("Regimen, MEQ with the arithmetic, findings with sources, the taper and the sessions");
    for (QAction *a : {m_printHandoutAction, m_exportHandoutAction}) {
        a->setToolTip(handoutTip);
        a->setStatusTip(handoutTip);
    }
    for (QAction *a : {m_printReviewAction, m_exportReviewAction}) {
        a->setToolTip(reviewTip);
        a->setStatusTip(reviewTip);
    }
}

void MainWindow::updatePrintActions()
{
    const bool handout = m_printer->canBuild(report::Kind::Handout);
    const bool review = m_printer->canBuild(report::Kind::Review);
    m_printHandoutAction->setEnabled(handout);
    m_exportHandoutAction->setEnabled(handout);
    m_printReviewAction->setEnabled(review);
    m_exportReviewAction->setEnabled(review);
    m_copyNoteAction->setEnabled(review); // the note covers what the review covers: a plan or a bare regimen
}

QDialog *MainWindow::printPreview(bool handout)
{
    QString error;
    QPrintPreviewDialog *dialog = m_printer->createPreview(kindOf(handout), this, &error);
    if (!dialog) {
        QMessageBox::warning(this, tr("Cannot print"), error);
        return nullptr;
    }
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(900, 1000);
    dialog->show();
    return dialog;
}

void MainWindow::exportPdf(bool handout)
{
    const QString file = m_document->filePath();
    QString base = file.isEmpty() ? tr("Untitled") : QFileInfo(file).completeBaseName();
    if (base.endsWith(QStringLiteral(".plan"))) base.chop(5);
    const QString suggestion = (file.isEmpty() ? QString() : QFileInfo(file).path() + QLatin1Char('/')) +
                               base + QLatin1Char('-') + (handout ? tr("handout") : tr("review")) +
                               QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(
        this, handout ? tr("Export patient handout") : tr("Export review report"), suggestion,
        tr("PDF files (*.pdf)"));
    if (path.isEmpty()) return;
    QString error;
    const int pages = m_printer->exportPdf(kindOf(handout), path, &error);
    if (pages == 0) {
        QMessageBox::warning(this, tr("Cannot export"),
                             tr("%1 was not written:\n\n%2").arg(QFileInfo(path).fileName(), error));
        return;
    }
    statusBar()->showMessage(tr("Exported %1 (%n page(s))", nullptr, pages).arg(QFileInfo(path).fileName()),
                             5000);
}

void MainWindow::copyJournalNote()
{
    QString error;
    const QString note = m_printer->journalNote(&error);
    if (note.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot copy the journal note"), error);
        return;
    }
    QGuiApplication::clipboard()->setText(note);
    statusBar()->showMessage(tr("The journal note is on the clipboard"), 5000);
}

void MainWindow::editReportSettings()
{
    ReportSettingsDialog dialog(this);
    dialog.exec();
}

} // namespace taper::gui
