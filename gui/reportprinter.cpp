// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprinter.h"
#include "linetext.h"

#include "plandocument.h"
#include "reportsettings.h"

#include "taper/build_info.h"
#include "taper/input_error.h"
#include "taper/report/builder.h"
#include "taper/report/note.h"
#include "taper/report/pdf.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

#include <exception>
#include <memory>

namespace taper::gui {

ReportPrinter::ReportPrinter(PlanDocument *document, std::function<QString()> language, QObject *parent)
    : QObject(parent), m_document(document), m_language(std::move(language))
{
}

bool ReportPrinter::canBuild(report::Kind kind) const
{
    return kind == report::Kind::Handout ? m_document->schedule() != nullptr : m_document->lineCount() > 0;
}

report::ReportContext ReportPrinter::context() const
{
    const ReportSettings who = ReportSettings::load();
    return report::ReportContext{m_document->formulary(),
                                 m_language && m_language() == QStringLiteral("en") ? report::Lang::En
                                                                                    : report::Lang::Da,
                                 m_document->today(),
                                 who.author.toStdString(),
                                 who.clinic.toStdString(),
                                 who.phone.toStdString(),
                                 {},
                                 buildinfo::version(),
                                 m_document->today(),
                                 who.outOfHours.toStdString()};
}

report::Document ReportPrinter::build(report::Kind kind) const
{
    const report::ReportContext context = this->context();
    if (!m_document->schedule())
        return report::buildReview(m_document->regimen(), m_document->profile(), context);
    const Plan plan = m_document->toPlan();
    return kind == report::Kind::Handout ? report::buildHandout(plan, context)
                                         : report::buildReview(plan, context);
}

QString ReportPrinter::journalNote(QString *error) const
{
    if (m_document->lineCount() == 0) {
        if (error) *error = tr("The regimen has no lines to write a note about.");
        return {};
    }
    try {
        const report::ReportContext context = this->context();
        const std::string note =
            m_document->schedule()
                ? report::buildJournalNote(m_document->toPlan(), context)
                : report::buildJournalNote(m_document->regimen(), m_document->profile(), context);
        return QString::fromStdString(note);
    } catch (const InputError &e) {
        if (error) *error = LineText::inputError(e, &m_document->formulary());
        return {};
    } catch (const std::exception &e) {
        if (error) *error = QString::fromStdString(e.what());
        return {};
    }
}

namespace {

/// Builds `kind` or says why not (the builder's message, or that there is nothing to print).
std::shared_ptr<const report::Document> buildOrExplain(const ReportPrinter &printer, report::Kind kind,
                                                       QString *error)
{
    if (!printer.canBuild(kind)) {
        if (error)
            *error = kind == report::Kind::Handout
                         ? ReportPrinter::tr("The patient handout needs a taper plan.")
                         : ReportPrinter::tr("The regimen has no lines to review.");
        return nullptr;
    }
    try {
        return std::make_shared<const report::Document>(printer.build(kind));
    } catch (const InputError &e) {
        if (error) *error = LineText::inputError(e, nullptr);
        return nullptr;
    } catch (const std::exception &e) {
        if (error) *error = QString::fromStdString(e.what());
        return nullptr;
    }
}

} // namespace

QPrintPreviewDialog *ReportPrinter::createPreview(report::Kind kind, QWidget *parent, QString *error) const
{
    const auto doc = buildOrExplain(*this, kind, error);
    if (!doc) return nullptr;
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(kind == report::Kind::Handout ? tr("Print patient handout")
                                                         : tr("Print review report"));
    dialog->printer()->setPageLayout(report::pageLayout());
    dialog->printer()->setDocName(QString::fromStdString(doc->title));
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [doc](QPrinter *printer) { report::printTo(*doc, *printer); });
    return dialog;
}

int ReportPrinter::exportPdf(report::Kind kind, const QString &path, QString *error) const
{
    const auto doc = buildOrExplain(*this, kind, error);
    if (!doc) return 0;
    try {
        // The one atomic writer: the old file stays on failure, a new one is the user's only (0600).
        return report::writePdf(*doc, path.toStdString());
    } catch (const InputError &e) {
        if (error) *error = LineText::problem(e, nullptr);
        return 0;
    }
}

} // namespace taper::gui
