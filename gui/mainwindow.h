// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window: menus (File, Edit, Plan, View, Language, Help), the profile and evaluation-date
// bar, the regimen table, the MEQ panel, and tabs for the taper plan and the findings; the profile
// comparison dialog. Owns the open PlanDocument. File handling is in mainwindowfiles.cpp.

#include "taper/dates.h"
#include "taper/formulary.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTabWidget;
class QToolBar;

namespace taper::gui {

class CompareDialog;
class GroupWindow;
class HelpWindow;
class FindingsBanner;
class VersionBanner;
class FindingsPanel;
class LanguageManager;
class MeqPanel;
class PlanDocument;
class PlanPanel;
class RecentFilesMenu;
class RegimenPanel;
class ReportPrinter;
class SessionPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::shared_ptr<const Formulary> formulary, Date today, LanguageManager *language,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanDocument *document() const { return m_document; }
    RegimenPanel *regimenPanel() const { return m_regimen; }
    MeqPanel *meqPanel() const { return m_meq; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    PlanPanel *planPanel() const { return m_plan; }
    SessionPanel *sessionPanel() const { return m_sessions; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *compareButton() const { return m_compare; }
    /// The comparison dialog (created on first use, non-modal).
    CompareDialog *showCompare();
    /// Opens the taper options dialog (modal).
    void makePlan();
    /// Opens the session dialog (modal).
    void recordSession();
    /// The tapering group window (created on first use, non-modal); a plan double-clicked there opens here.
    GroupWindow *showGroup();
    /// The user guide (F1; created on first use, non-modal).
    HelpWindow *showHelp();
    /// Help → Intended use: docs/intended-use(.da).md in the UI language (created on first use, non-modal).
    HelpWindow *showIntendedUse();
    QToolBar *toolBar() const { return m_toolBar; }
    QComboBox *profileBox() const { return m_profileBox; }
    /// The patient's name or pseudonym (PlanDocument::setLabel on editing finished).
    QLineEdit *patientEdit() const { return m_patientEdit; }
    VersionBanner *versionBanner() const { return m_versionBanner; }
    FindingsBanner *findingsBanner() const { return m_findingsBanner; }

    // --- Print and PDF export (mainwindowprint.cpp) ------------------------------------------------
    ReportPrinter *reportPrinter() const { return m_printer; }
    QAction *printHandoutAction() const { return m_printHandoutAction; }
    QAction *printReviewAction() const { return m_printReviewAction; }
    QAction *exportHandoutAction() const { return m_exportHandoutAction; }
    QAction *exportReviewAction() const { return m_exportReviewAction; }
    /// File → Copy journal note: the note of report::buildJournalNote on the clipboard.
    QAction *copyJournalNoteAction() const { return m_copyNoteAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    /// Opens the print preview of the handout (true) or the review (false), non-blocking; the dialog
    /// is returned (deleted on close), or null after a message when the document cannot be built.
    QDialog *printPreview(bool handout);

    /// Opens a plan or regimen file without asking anything; false with `error` (the core's message) on bad
    /// input.
    bool loadFile(const QString &path, QString *error = nullptr);
    /// Imports a FHIR R4 medication list as a new unsaved regimen without asking anything; false with
    /// `error` (the core's message naming the JSON pointer) when it cannot be mapped. The status bar
    /// names the lines read and the resources left out.
    bool importFhirFile(const QString &path, QString *error = nullptr);
    /// Opens a file and shows a dialog with the reason when it cannot be read.
    void openFile(const QString &path);
    /// Saves to `path`, or the current file when empty (then asks for a name if there is none).
    bool save(const QString &path = {});
    /// `path` with ".json" added unless it already ends so (any case): plan and regimen files are .json.
    static QString withJsonSuffix(const QString &path);
    /// The first "Save as" of a new document: "<patient label>.plan.json" (".json" without a plan) in
    /// the folder of the most recent file, with what no file system takes replaced; empty without a label.
    QString suggestedFileName() const;
    /// Renders the window at `size` into a PNG file (for documentation and tests).
    bool saveScreenshot(const QString &path, QSize size = QSize(1400, 900));

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitFrameToScreen(int triesLeft);
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createProfileBar();
    void retranslate();
    void updateTitle();
    void syncProfile();
    void syncAsOf();
    void syncLabel();
    /// "Findings (4)", with the critical icon when one is critical.
    void updateFindingsTab();
    /// Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    void newFile();
    void openDialog();
    void importFhirDialog();
    bool saveAs();
    /// Before a save replaces `target`: asks when it holds a plan with a history (sessions, a revision
    /// above 1) or may be a damaged plan (taper::overwriteRiskOfFile), unless it is the plan this
    /// document came from (saved by compare-and-swap instead). True to go ahead.
    bool confirmReplacing(const QString &target);
    void about();
    QString formularyDataVersionText() const;
    void createPrintActions();
    void retranslatePrintActions();
    void updatePrintActions();
    /// Asks for a file name and writes the handout (true) or the review (false) as PDF.
    void exportPdf(bool handout);
    /// Puts the journal note (ReportPrinter::journalNote) on the clipboard and says so in the status bar.
    void copyJournalNote();
    void editReportSettings();

    PlanDocument *m_document;
    LanguageManager *m_language;
    RegimenPanel *m_regimen;
    MeqPanel *m_meq;
    FindingsPanel *m_findings;
    PlanPanel *m_plan;
    SessionPanel *m_sessions;
    QTabWidget *m_tabs;
    VersionBanner *m_versionBanner;
    FindingsBanner *m_findingsBanner;
    QLabel *m_patientLabel = nullptr;
    QLineEdit *m_patientEdit = nullptr;
    CompareDialog *m_compareDialog = nullptr;
    GroupWindow *m_groupWindow = nullptr;
    HelpWindow *m_helpWindow = nullptr;
    HelpWindow *m_intendedUseWindow = nullptr;
    QToolBar *m_toolBar = nullptr;
    QToolBar *m_documentBar = nullptr;
    QAction *m_groupAction = nullptr, *m_helpAction = nullptr, *m_intendedUseAction = nullptr;
    QComboBox *m_profileBox = nullptr;
    QDateEdit *m_asOfEdit = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QPushButton *m_compare = nullptr;
    RecentFilesMenu *m_recent = nullptr;

    QMenu *m_fileMenu = nullptr, *m_editMenu = nullptr, *m_planMenu = nullptr, *m_viewMenu = nullptr,
          *m_languageMenu = nullptr, *m_helpMenu = nullptr, *m_profileMenu = nullptr;
    QAction *m_importAction = nullptr;
    bool m_fittedToScreen = false; ///< the first show has fitted the frame to the screen
    QAction *m_newAction = nullptr, *m_openAction = nullptr, *m_saveAction = nullptr,
            *m_saveAsAction = nullptr, *m_quitAction = nullptr, *m_undoAction = nullptr,
            *m_redoAction = nullptr, *m_addLineAction = nullptr, *m_removeLineAction = nullptr,
            *m_compareAction = nullptr, *m_makePlanAction = nullptr, *m_removePlanAction = nullptr,
            *m_sessionAction = nullptr, *m_showMeqAction = nullptr, *m_showFindingsAction = nullptr,
            *m_danishAction = nullptr, *m_englishAction = nullptr, *m_aboutAction = nullptr,
            *m_aboutQtAction = nullptr;
    QActionGroup *m_profileGroup = nullptr;
    ReportPrinter *m_printer = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_printHandoutAction = nullptr, *m_printReviewAction = nullptr, *m_exportHandoutAction = nullptr,
            *m_exportReviewAction = nullptr, *m_reportSettingsAction = nullptr, *m_copyNoteAction = nullptr;
};

} // namespace taper::gui
