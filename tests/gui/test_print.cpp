// SPDX-License-Identifier: GPL-3.0-or-later
// Print and PDF export from the main window (issue 7, capability 7): the actions are enabled only when
// their document can be made (the handout needs a plan; a regimen gets the review), the exported PDF is
// a valid multi-page file written atomically, the print preview is built offscreen without blocking and
// shows the same pages as the PDF, and the author/clinic/phone fields come from the settings dialog.
#include "gui_test_support.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "plandocument.h"
#include "reportprinter.h"
#include "reportsettings.h"

#include <QAction>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace taper;
using namespace taper::gui;

namespace {

/// The number of page objects in a PDF file (Qt writes one "/Type /Page" per page).
int pdfPages(const QByteArray &pdf)
{
    return int(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

void makeAnnesPlan(MainWindow &window)
{
    QVERIFY(window.loadFile(guitest::sourcePath("examples/anne.json")));
    TaperOptions o;
    o.start = guitest::today();
    QCOMPARE(window.document()->setTaperOptions(o), QString());
}

} // namespace

class TestPrint : public QObject {
    Q_OBJECT
    LanguageManager *m_language = nullptr;

private slots:
    void initTestCase() { m_language = &guitest::setUpApplication(); }

    void actionsFollowTheDocument()
    {
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        QVERIFY(!window.printHandoutAction()->isEnabled()); // empty regimen: nothing to print
        QVERIFY(!window.printReviewAction()->isEnabled());
        QVERIFY(window.loadFile(guitest::sourcePath("examples/anne.json")));
        QVERIFY(!window.printHandoutAction()->isEnabled()); // a regimen without a plan: review only
        QVERIFY(!window.exportHandoutAction()->isEnabled());
        QVERIFY(window.printReviewAction()->isEnabled());
        QVERIFY(window.exportReviewAction()->isEnabled());
        TaperOptions o;
        o.start = guitest::today();
        QCOMPARE(window.document()->setTaperOptions(o), QString());
        QVERIFY(window.printHandoutAction()->isEnabled());
        QVERIFY(window.exportHandoutAction()->isEnabled());
        window.document()->undoStack()->undo();
        QVERIFY(!window.printHandoutAction()->isEnabled());
        QCOMPARE(window.printHandoutAction()->text(), QStringLiteral("&Udskriv patientvejledning…"));
    }

    void exportsValidMultiPagePdfs()
    {
        QTemporaryDir dir;
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        makeAnnesPlan(window);
        QString error;
        for (report::Kind kind : {report::Kind::Handout, report::Kind::Review}) {
            const QString path = dir.filePath(kind == report::Kind::Handout ? QStringLiteral("h.pdf")
                                                                            : QStringLiteral("r.pdf"));
            const int pages = window.reportPrinter()->exportPdf(kind, path, &error);
            QVERIFY2(pages > 1, qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray pdf = file.readAll();
            QVERIFY(pdf.startsWith("%PDF-"));
            QVERIFY(pdf.trimmed().endsWith("%%EOF"));
            QCOMPARE(pdfPages(pdf), pages);
            // a handout names the patient: the user's only, like every file the program writes
            QCOMPARE(QFile::permissions(path) & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        // a regimen without a plan gets the review; the handout is refused with a reason
        window.document()->undoStack()->undo();
        QVERIFY(window.reportPrinter()->exportPdf(report::Kind::Review,
                                                  dir.filePath(QStringLiteral("regimen.pdf")), &error) > 0);
        QCOMPARE(window.reportPrinter()->exportPdf(report::Kind::Handout,
                                                   dir.filePath(QStringLiteral("no.pdf")), &error),
                 0);
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no.pdf"))));
    }

    void failedExportKeepsTheOldFile()
    {
        QTemporaryDir dir;
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        makeAnnesPlan(window);
        QString error;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile(blocker).open(QIODevice::WriteOnly);
        QCOMPARE(window.reportPrinter()->exportPdf(report::Kind::Review,
                                                   blocker + QStringLiteral("/sub/r.pdf"), &error),
                 0);
        QVERIFY(!error.isEmpty());
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(window.reportPrinter()->exportPdf(report::Kind::Review, path, &error) > 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary file left
    }

    void previewShowsTheSamePagesWithoutBlocking()
    {
        QTemporaryDir dir;
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        makeAnnesPlan(window);
        QString error;
        const int pages = window.reportPrinter()->exportPdf(report::Kind::Handout,
                                                            dir.filePath(QStringLiteral("h.pdf")), &error);
        QVERIFY(pages > 1);
        QPointer<QDialog> dialog = window.printPreview(true);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        QTRY_COMPARE(preview->pageCount(), pages);
        auto *printDialog = qobject_cast<QPrintPreviewDialog *>(dialog.data());
        QCOMPARE(printDialog->printer()->pageLayout().pageSize().id(), QPageSize::A4);
        dialog->close();
        QTRY_VERIFY(!dialog); // deleted on close
    }

    void settingsReachTheDocuments()
    {
        ReportSettingsDialog dialog;
        dialog.setSettings({QStringLiteral("Læge Åse Ørum"), QStringLiteral("Lægehuset Nørregade"),
                            QStringLiteral("12 34 56 78"), QString()});
        dialog.accept();
        QCOMPARE(ReportSettings::load().author, QStringLiteral("Læge Åse Ørum"));
        MainWindow window(guitest::formulary(), guitest::today(), m_language);
        makeAnnesPlan(window);
        const report::Document handout = window.reportPrinter()->build(report::Kind::Handout);
        QCOMPARE(handout.lang, report::Lang::Da);
        bool author = false, phone = false;
        for (const auto &[key, value] : handout.meta) {
            author = author || QString::fromStdString(value).contains(QStringLiteral("Åse Ørum"));
            phone = phone || QString::fromStdString(value).contains(QStringLiteral("12 34 56 78"));
        }
        QVERIFY(author);
        QVERIFY(phone);
        m_language->setLanguage(QStringLiteral("en"), false);
        QCOMPARE(window.reportPrinter()->build(report::Kind::Review).lang, report::Lang::En);
        m_language->setLanguage(QStringLiteral("da"), false);
        ReportSettings{}.save();
    }
};

QTEST_MAIN(TestPrint)
#include "test_print.moc"
