// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Print and PDF export of the open document (issue 7, capability 7) through taper::report: the patient
// handout (needs a taper plan) and the review report (a plan, or a bare regimen without a taper). The
// print preview and the PDF are painted by the same report::printTo, so they show the same pages.
// Nothing clinical is computed here: the documents are built by report::buildHandout/buildReview, the
// journal note by report::buildJournalNote (the same function as `report --kind note --format txt`).

#include "taper/report/builder.h"
#include "taper/report/document.h"

#include <QObject>
#include <QString>

#include <functional>

class QPrintPreviewDialog;
class QWidget;

namespace taper::gui {

class PlanDocument;

class ReportPrinter : public QObject {
    Q_OBJECT
public:
    /// `language` returns the UI language ("da" or "en"); the documents are written in it.
    ReportPrinter(PlanDocument *document, std::function<QString()> language, QObject *parent = nullptr);

    /// The handout needs a schedule; the review needs at least one regimen line.
    bool canBuild(report::Kind kind) const;
    /// The document as taper::report builds it (author, clinic and phone from ReportSettings).
    /// Precondition: canBuild(kind). Throws what the builder throws (InputError).
    report::Document build(report::Kind kind) const;

    /// A print preview of `kind` (A4, 15 mm margins), not shown yet: the caller opens it. Deleted on
    /// close. Null with `error` set when the document cannot be built.
    QPrintPreviewDialog *createPreview(report::Kind kind, QWidget *parent, QString *error = nullptr) const;
    /// Writes `kind` as an A4 PDF to `path` with the core's atomic writer (taper/atomic_file.h: the
    /// old file stays on failure, a new file is 0600: a handout names the patient).
    /// Returns the page count, or 0 with `error` set.
    int exportPdf(report::Kind kind, const QString &path, QString *error) const;

    /// The journal note of the plan (or of the bare regimen) in the UI language, as plain text with
    /// "\n" line breaks. Empty with `error` set when the regimen has no lines or the builder throws.
    QString journalNote(QString *error = nullptr) const;

private:
    /// Formulary, language, today and ReportSettings (author, clinic, phone) for the builders.
    report::ReportContext context() const;

    PlanDocument *m_document;
    std::function<QString()> m_language;
};

} // namespace taper::gui
