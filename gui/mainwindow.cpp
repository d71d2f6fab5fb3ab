// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "banners.h"
#include "comparedialog.h"
#include "datefield.h"
#include "findingspanel.h"
#include "findingtext.h"
#include "groupwindow.h"
#include "icons.h"
#include "languagemanager.h"
#include "linetext.h"
#include "meqpanel.h"
#include "plandocument.h"
#include "planoptionsdialog.h"
#include "planpanel.h"
#include "recentfiles.h"
#include "regimenpanel.h"
#include "sessiondialog.h"
#include "sessionpanel.h"

#include "taper/input_error.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace taper::gui {

MainWindow::MainWindow(std::shared_ptr<const Formulary> formulary, Date today, LanguageManager *language,
                       QWidget *parent)
    : QMainWindow(parent), m_document(new PlanDocument(std::move(formulary), today, this)),
      m_language(language), m_regimen(new RegimenPanel(m_document, this)),
      m_meq(new MeqPanel(m_document, this)), m_findings(new FindingsPanel(m_document, this)),
      m_plan(new PlanPanel(m_document, this)), m_sessions(new SessionPanel(m_document, this)),
      m_tabs(new QTabWidget(this)), m_versionBanner(new VersionBanner(m_document, this)),
      m_findingsBanner(new FindingsBanner(m_document, this))
{
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_regimen);
    top->addWidget(m_meq);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    m_tabs->addTab(m_plan, QString());
    m_tabs->addTab(m_sessions, QString());
    m_tabs->addTab(m_findings, QString());
    // The banners stand above the tabs: what version is shown, and what is critical.
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->setSpacing(2);
    lowerLayout->addWidget(m_findingsBanner);
    lowerLayout->addWidget(m_versionBanner);
    lowerLayout->addWidget(m_tabs, 1);
    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(top);
    main->addWidget(lower);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    // On a screen smaller than the panels' minimum (1366 × 768 at 200 %: 683 × 384 logical pixels) the
    // panels scroll inside the window instead of the window growing past the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(main);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setCentralWidget(scroll);

    createActions();
    createPrintActions();
    createMenus();
    createToolBar();
    createProfileBar();
    retranslate();

    connect(m_regimen, &RegimenPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_findings, &FindingsPanel::goToLine, m_regimen, &RegimenPanel::selectLine);
    connect(m_findingsBanner, &FindingsBanner::showFindingsRequested, this,
            [this] { m_tabs->setCurrentWidget(m_findings); });
    connect(m_document, &PlanDocument::resultsChanged, this, &MainWindow::updateFindingsTab);
    connect(m_document, &PlanDocument::labelChanged, this, &MainWindow::syncLabel);
    connect(m_plan, &PlanPanel::makePlanRequested, this, &MainWindow::makePlan);
    connect(m_sessions, &SessionPanel::recordRequested, this, &MainWindow::recordSession);
    connect(m_document, &PlanDocument::planChanged, this, [this] {
        m_removePlanAction->setEnabled(m_document->hasPlan() && !m_document->isFrozen());
        m_makePlanAction->setEnabled(!m_document->isFrozen());
        m_sessionAction->setEnabled(m_document->schedule() != nullptr);
        updatePrintActions();
    });
    for (auto signal : {&PlanDocument::lineInserted, &PlanDocument::lineRemoved})
        connect(m_document, signal, this, &MainWindow::updatePrintActions);
    connect(m_document, &PlanDocument::regimenReset, this, &MainWindow::updatePrintActions);
    connect(m_document, &PlanDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::profileChanged, this, &MainWindow::syncProfile);
    connect(m_document, &PlanDocument::asOfChanged, this, &MainWindow::syncAsOf);
    connect(m_recent, &RecentFilesMenu::fileChosen, this, [this](const QString &path) {
        if (maybeSave()) openFile(path);
    });
    syncProfile();
    syncAsOf();
    syncLabel();
    updateTitle();
    // A new document starts with who it is for: the GP types the name first (opening a file moves on).
    m_patientEdit->setFocus();
    // 1400 × 900 where the screen has room, never larger than it (1366 × 768 laptops, 125–200 % scaling).
    const QSize wanted(1400, 900);
    resize(screen() ? wanted.boundedTo(screen()->availableGeometry().size()) : wanted);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fittedToScreen) return;
    m_fittedToScreen = true;
    fitFrameToScreen(20);
}

void MainWindow::fitFrameToScreen(int triesLeft)
{
    // The window manager's title bar and borders are known only some time after the first show: until
    // then the frame equals the window, so look again (50 ms apart, about a second at most). Then shrink
    // the window so that the frame too fits the available screen (the status bar was cut off on a
    // 768-pixel screen).
    QTimer::singleShot(50, this, [this, triesLeft] {
        if (!screen() || isMaximized() || isFullScreen()) return;
        const QSize frame = frameGeometry().size() - geometry().size();
        if (frame.isNull() && triesLeft > 0) return fitFrameToScreen(triesLeft - 1);
        const QRect available = screen()->availableGeometry();
        const QSize fitting = size().boundedTo(available.size() - frame);
        if (fitting == size() && available.contains(frameGeometry())) return;
        resize(fitting);
        move(available.topLeft());
    });
}

MainWindow::~MainWindow()
{
    // The document is a child, deleted by ~QWidget after this window's members are gone: no signal of
    // its teardown may reach this window's slots.
    m_document->disconnect(this);
    m_document->undoStack()->disconnect(this);
    // The fields lose focus while ~QWidget deletes them: their editingFinished must not reach a
    // window that is no longer a MainWindow (UBSan found it in the fresh-machine run).
    for (QObject *field : std::initializer_list<QObject *>{m_patientEdit, m_asOfEdit, m_profileBox})
        field->disconnect(this);
}

void MainWindow::createActions()
{
    QUndoStack *stack = m_document->undoStack();
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFile);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    m_importAction = new QAction(this);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFhirDialog);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::retranslate);
    m_addLineAction = new QAction(this);
    m_addLineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_addLineAction, &QAction::triggered, m_regimen, &RegimenPanel::addLine);
    m_removeLineAction = new QAction(this);
    m_removeLineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(m_removeLineAction, &QAction::triggered, m_regimen, &RegimenPanel::removeCurrentLine);

    m_compareAction = new QAction(this);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_compareAction, &QAction::triggered, this, [this] { showCompare(); });
    m_makePlanAction = new QAction(this);
    m_makePlanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_makePlanAction, &QAction::triggered, this, &MainWindow::makePlan);
    m_sessionAction = new QAction(this);
    m_sessionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_sessionAction->setEnabled(false);
    connect(m_sessionAction, &QAction::triggered, this, &MainWindow::recordSession);
    m_removePlanAction = new QAction(this);
    m_removePlanAction->setEnabled(false);
    connect(m_removePlanAction, &QAction::triggered, m_document, &PlanDocument::removePlan);

    m_showMeqAction = new QAction(this);
    m_showMeqAction->setCheckable(true);
    m_showMeqAction->setChecked(true);
    connect(m_showMeqAction, &QAction::toggled, m_meq, &QWidget::setVisible);
    m_showFindingsAction = new QAction(this);
    m_showFindingsAction->setCheckable(true);
    m_showFindingsAction->setChecked(true);
    connect(m_showFindingsAction, &QAction::toggled, m_tabs, &QWidget::setVisible);

    auto *languages = new QActionGroup(this);
    m_danishAction = new QAction(QStringLiteral("Dansk"), languages);
    m_englishAction = new QAction(QStringLiteral("English"), languages);
    for (QAction *a : {m_danishAction, m_englishAction})
        a->setCheckable(true);
    (m_language && m_language->language() == QStringLiteral("en") ? m_englishAction : m_danishAction)
        ->setChecked(true);
    connect(m_danishAction, &QAction::triggered, this, [this] {
        if (m_language) m_language->setLanguage(QStringLiteral("da"));
    });
    connect(m_englishAction, &QAction::triggered, this, [this] {
        if (m_language) m_language->setLanguage(QStringLiteral("en"));
    });

    m_groupAction = new QAction(this);
    m_groupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_groupAction, &QAction::triggered, this, [this] { showGroup(); });
    m_helpAction = new QAction(this);
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    connect(m_helpAction, &QAction::triggered, this, [this] { showHelp(); });
    m_intendedUseAction = new QAction(this);
    m_intendedUseAction->setObjectName(QStringLiteral("intendedUseAction"));
    connect(m_intendedUseAction, &QAction::triggered, this, [this] { showIntendedUse(); });

    // Icons from the desktop theme, else the bundled SVGs (gui/icons/).
    for (auto [action, icon] :
         std::initializer_list<std::pair<QAction *, const char *>>{{m_newAction, "document-new"},
                                                                   {m_openAction, "document-open"},
                                                                   {m_saveAction, "document-save"},
                                                                   {m_undoAction, "edit-undo"},
                                                                   {m_redoAction, "edit-redo"},
                                                                   {m_addLineAction, "list-add"},
                                                                   {m_removeLineAction, "list-remove"},
                                                                   {m_compareAction, "taper-compare"},
                                                                   {m_makePlanAction, "taper-plan"},
                                                                   {m_sessionAction, "taper-session"},
                                                                   {m_groupAction, "taper-group"},
                                                                   {m_helpAction, "help-contents"}})
        action->setIcon(actionIcon(QString::fromLatin1(icon)));

    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(this);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_profileGroup = new QActionGroup(this);
    for (const Profile &p : m_document->formulary().profiles()) {
        const QString id = QString::fromStdString(p.id);
        QAction *a = m_profileGroup->addAction(LineText::profileName(p));
        a->setCheckable(true);
        a->setData(id);
        connect(a, &QAction::triggered, this, [this, id] { m_document->setProfile(id); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_recent = new RecentFilesMenu(this);
    m_fileMenu->addActions({m_newAction, m_openAction});
    m_fileMenu->addMenu(m_recent);
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_saveAction, m_saveAsAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_printHandoutAction, m_printReviewAction});
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->addActions({m_exportHandoutAction, m_exportReviewAction});
    m_fileMenu->addAction(m_copyNoteAction);
    m_fileMenu->addAction(m_reportSettingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_addLineAction, m_removeLineAction});
    m_planMenu = menuBar()->addMenu(QString());
    m_profileMenu = m_planMenu->addMenu(QString());
    m_profileMenu->addActions(m_profileGroup->actions());
    m_planMenu->addAction(m_compareAction);
    m_planMenu->addSeparator();
    m_planMenu->addActions({m_makePlanAction, m_sessionAction, m_removePlanAction});
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_showMeqAction, m_showFindingsAction});
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions({m_danishAction, m_englishAction});
    m_helpMenu = menuBar()->addMenu(QString());
    m_planMenu->addSeparator();
    m_planMenu->addAction(m_groupAction);
    m_helpMenu->addActions({m_helpAction, m_intendedUseAction});
    m_helpMenu->addSeparator();
    m_helpMenu->addActions({m_aboutAction, m_aboutQtAction});
}

void MainWindow::createToolBar()
{
    // The frequent actions, icons with their names beside (a clinic PC is not a designer's screen).
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_openAction, m_saveAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_undoAction, m_redoAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_addLineAction, m_makePlanAction, m_sessionAction, m_compareAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_printHandoutAction, m_groupAction, m_helpAction});
}

GroupWindow *MainWindow::showGroup()
{
    if (!m_groupWindow) {
        m_groupWindow = new GroupWindow(m_document->sharedFormulary(), m_document->today(), this);
        connect(m_groupWindow, &GroupWindow::openPlanRequested, this, [this](const QString &path) {
            if (!maybeSave()) return;
            openFile(path);
            raise();
            activateWindow();
        });
    }
    m_groupWindow->show();
    m_groupWindow->raise();
    m_groupWindow->activateWindow();
    return m_groupWindow;
}

void MainWindow::createProfileBar()
{
    // Three groups on their own toolbar row under the actions (on a 1366-pixel screen the menu bar's
    // corner cut them off). Minimums are small so that the window fits 1366 × 768 at 200 % (683 logical
    // pixels); a toolbar too narrow still moves a whole group into its » menu rather than cut it.
    addToolBarBreak();
    m_documentBar = addToolBar(QString());
    m_documentBar->setObjectName(QStringLiteral("documentBar"));
    m_documentBar->setMovable(false);
    const auto group = [this](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget(m_documentBar);
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(4, 0, 4, 0);
        for (QWidget *w : widgets) {
            w->setParent(box);
            layout->addWidget(w);
        }
        m_documentBar->addWidget(box);
    };
    m_asOfLabel = new QLabel;
    m_asOfEdit = new DateField;
    m_asOfLabel->setBuddy(m_asOfEdit);
    m_patientLabel = new QLabel;
    m_patientEdit = new QLineEdit;
    m_patientEdit->setMaxLength(PlanDocument::kMaxLabelLength);
    m_patientEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    m_patientLabel->setBuddy(m_patientEdit);
    m_profileLabel = new QLabel;
    m_profileBox = new QComboBox;
    m_profileLabel->setBuddy(m_profileBox);
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileBox->setMinimumContentsLength(16); // "Danmark (standard)" nearly whole; the rest in the list
    for (const Profile &p : m_document->formulary().profiles())
        m_profileBox->addItem(QString::fromStdString(p.id), QString::fromStdString(p.id));
    m_compare = new QPushButton;
    connect(m_compare, &QPushButton::clicked, this, [this] { showCompare(); });
    group({m_patientLabel, m_patientEdit});
    group({m_asOfLabel, m_asOfEdit});
    group({m_profileLabel, m_profileBox, m_compare});

    connect(m_profileBox, &QComboBox::activated, this,
            [this](int index) { m_document->setProfile(m_profileBox->itemData(index).toString()); });
    connect(m_patientEdit, &QLineEdit::editingFinished, this, [this] {
        const QString error = m_document->setLabel(m_patientEdit->text());
        if (!error.isEmpty()) {
            statusBar()->showMessage(tr("Patient not changed: %1").arg(error), 10000);
            syncLabel();
        }
    });
    connect(m_asOfEdit, &QDateEdit::editingFinished, this, [this] {
        const QString error = m_document->setAsOf(LineText::fromQDate(m_asOfEdit->date()));
        if (!error.isEmpty()) {
            statusBar()->showMessage(tr("Evaluation date not changed: %1").arg(error), 10000);
            syncAsOf();
        }
    });
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_planMenu->setTitle(tr("&Plan"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_profileMenu->setTitle(tr("Conversion &profile"));
    m_recent->retranslate();
    m_newAction->setText(tr("&New"));
    m_openAction->setText(tr("&Open…"));
    m_importAction->setText(tr("&Import medication list (FHIR)…"));
    m_importAction->setStatusTip(
        tr("Read a FHIR R4 medication list (MedicationStatement/MedicationRequest) as a new regimen"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &as…"));
    m_quitAction->setText(tr("&Quit"));
    retranslatePrintActions();
    const QUndoStack *stack = m_document->undoStack();
    m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_addLineAction->setText(tr("&Add line…"));
    m_removeLineAction->setText(tr("&Remove line"));
    m_compareAction->setText(tr("&Compare profiles…"));
    const QString compareTip =
        tr("MEQ per line and in total under each conversion profile, with published ranges (Ctrl+K)");
    m_compareAction->setToolTip(compareTip);
    m_compareAction->setStatusTip(compareTip);
    m_makePlanAction->setText(tr("Make &taper plan…"));
    m_removePlanAction->setText(tr("Remo&ve taper plan"));
    m_sessionAction->setText(tr("&Record session…"));
    m_showMeqAction->setText(tr("&Morphine equivalents"));
    m_showFindingsAction->setText(tr("&Findings"));
    m_groupAction->setText(tr("Tapering &group…"));
    m_groupAction->setToolTip(tr("Every plan of the tapering group in a folder: step, next change, last "
                                 "session, attention (Ctrl+G)"));
    m_helpAction->setText(tr("&User guide"));
    m_helpAction->setToolTip(tr("The user guide (F1)"));
    m_intendedUseAction->setText(tr("&Intended use"));
    m_intendedUseAction->setStatusTip(
        tr("Whom OpioidTaper is for, what it must not be used for, and its known "
           "limits"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_documentBar->setWindowTitle(tr("Patient, date and profile"));
    m_aboutAction->setText(tr("&About OpioidTaper"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_patientLabel->setText(tr("Pa&tient:"));
    m_patientEdit->setPlaceholderText(tr("Name or pseudonym"));
    m_patientEdit->setToolTip(tr("Shown in the title bar and printed on the handout; saved in the plan "
                                 "file. Never a CPR number."));
    m_patientEdit->setAccessibleName(tr("Patient name or pseudonym"));
    m_asOfLabel->setText(tr("&As of:"));
    m_asOfEdit->setToolTip(tr("The date findings are evaluated at (written to the file when changed)"));
    m_asOfEdit->setAccessibleName(tr("Evaluation date"));
    m_profileLabel->setText(tr("P&rofile:"));
    m_profileBox->setAccessibleName(tr("Conversion profile"));
    for (int i = 0; i < m_profileBox->count(); ++i)
        if (const Profile *p =
                m_document->formulary().profile(m_profileBox->itemData(i).toString().toStdString())) {
            m_profileBox->setItemText(i, LineText::profileName(*p));
            m_profileBox->setItemData(i, QString::fromStdString(p->description), Qt::ToolTipRole);
        }
    for (QAction *a : m_profileGroup->actions())
        if (const Profile *p = m_document->formulary().profile(a->data().toString().toStdString()))
            a->setText(LineText::profileName(*p));
    m_profileBox->setToolTip(tr("The conversion table the morphine equivalents are computed with; kept "
                                "in the plan file"));
    m_compare->setText(tr("Compare"));
    m_compare->setToolTip(compareTip);
    m_tabs->setTabText(m_tabs->indexOf(m_plan), tr("Taper plan"));
    m_tabs->setTabText(m_tabs->indexOf(m_sessions), tr("Sessions"));
    updateFindingsTab();
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    const auto &label = m_document->planRecord().label;
    // Who this is comes first: with several plans open, the nurse finds the patient by name.
    setWindowTitle(label ? tr("%1 — %2[*] — OpioidTaper").arg(QString::fromStdString(*label), name)
                         : tr("%1[*] — OpioidTaper").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::syncLabel()
{
    const auto &label = m_document->planRecord().label;
    m_patientEdit->setText(label ? QString::fromStdString(*label) : QString());
    updateTitle();
}

void MainWindow::updateFindingsTab()
{
    const int count = static_cast<int>(m_document->findings().size());
    m_tabs->setTabText(m_tabs->indexOf(m_findings), count ? tr("Findings (%1)").arg(count) : tr("Findings"));
    bool critical = false;
    for (const Finding &f : m_document->findings())
        critical = critical || f.severity == Severity::Critical;
    m_tabs->setTabIcon(m_tabs->indexOf(m_findings),
                       critical ? FindingText::icon(Severity::Critical) : QIcon());
}

void MainWindow::syncProfile()
{
    const QString id = m_document->profileId();
    m_profileBox->setCurrentIndex(m_profileBox->findData(id));
    for (QAction *a : m_profileGroup->actions())
        a->setChecked(a->data().toString() == id);
}

void MainWindow::syncAsOf()
{
    const QSignalBlocker blocker(m_asOfEdit);
    m_asOfEdit->setDate(LineText::toQDate(m_document->asOf()));
}

CompareDialog *MainWindow::showCompare()
{
    if (!m_compareDialog) m_compareDialog = new CompareDialog(m_document, this);
    m_compareDialog->show();
    m_compareDialog->raise();
    return m_compareDialog;
}

void MainWindow::makePlan()
{
    if (m_document->isFrozen()) return;
    PlanOptionsDialog dialog(m_document, this);
    if (dialog.exec() == QDialog::Accepted) m_tabs->setCurrentWidget(m_plan);
}

void MainWindow::recordSession()
{
    if (!m_document->schedule()) return;
    SessionDialog dialog(m_document, this);
    if (dialog.exec() != QDialog::Accepted) return;
    m_tabs->setCurrentWidget(m_sessions);
    // A recorded session is saved at once into the plan file it belongs to, as the CLI's `session` does:
    // the nurse came to record it. A plan not yet saved, or a failed save, stays open and unsaved.
    if (m_document->fileIsPlan()) save();
    if (!dialog.notice().isEmpty()) QMessageBox::information(this, tr("Steps unchanged"), dialog.notice());
}

bool MainWindow::saveScreenshot(const QString &path, QSize size)
{
    resize(size);
    show();
    QApplication::processEvents();
    return grab().save(path, "PNG");
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_language)
            (m_language->language() == QStringLiteral("en") ? m_englishAction : m_danishAction)
                ->setChecked(true);
    }
    QMainWindow::changeEvent(event);
}

} // namespace taper::gui
