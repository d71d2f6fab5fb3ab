// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupwindow.h"

#include "groupmodel.h"
#include "linetext.h"

#include "taper/plan_group.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace taper::gui {

namespace {
const QString kAlertStyle = QStringLiteral("color: #b00020");
const QString kFolderKey = QStringLiteral("group/folder"); ///< the folder last chosen (QSettings)
/// The Patient column grows with the labels up to about this many characters (then elides; tooltip).
constexpr int kPatientChars = 32;
} // namespace

GroupWindow::GroupWindow(std::shared_ptr<const Formulary> formulary, Date today, QWidget *parent)
    : QWidget(parent, Qt::Window), m_formulary(formulary), m_model(new GroupModel(formulary, today, this)),
      m_folderLabel(new QLabel(this)), m_folderPath(new QLineEdit(this)), m_choose(new QPushButton(this)),
      m_reload(new QPushButton(this)), m_dateLabel(new QLabel(this)), m_date(new QDateEdit(this)),
      m_note(new QLabel(this)), m_view(new QTableView(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    m_folderPath->setReadOnly(true);
    m_folderLabel->setBuddy(m_folderPath);
    m_reload->setShortcut(QKeySequence::Refresh);
    m_reload->setEnabled(false);
    m_date->setCalendarPopup(true);
    m_date->setDate(LineText::toQDate(today));
    m_dateLabel->setBuddy(m_date);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(kAlertStyle);
    m_note->hide();
    m_status->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GroupModel::Patient, QHeaderView::Interactive);
    header->setSectionResizeMode(GroupModel::NeedsAttention, QHeaderView::Stretch);

    auto *top = new QGridLayout;
    top->addWidget(m_folderLabel, 0, 0);
    top->addWidget(m_folderPath, 0, 1);
    top->addWidget(m_choose, 0, 2);
    top->addWidget(m_reload, 0, 3);
    top->addWidget(m_dateLabel, 1, 0);
    top->addWidget(m_date, 1, 1, Qt::AlignLeft);
    top->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_choose, &QPushButton::clicked, this, &GroupWindow::chooseFolder);
    connect(m_reload, &QPushButton::clicked, this, &GroupWindow::reload);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(new QShortcut(QKeySequence::Cancel, this), &QShortcut::activated, this, &QWidget::close);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        m_model->setDay(LineText::fromQDate(d));
        fitColumns();
    });
    // Enter on a row and a double-click (activation) both open the plan; Enter never does anything else.
    connect(m_view, &QAbstractItemView::activated, this, &GroupWindow::openRow);

    const QRect screen = this->screen()->availableGeometry();
    resize(std::min(1000, screen.width() * 9 / 10), std::min(440, screen.height() * 9 / 10));
    updateTexts();
}

void GroupWindow::chooseFolder()
{
    QSettings settings;
    const QString start = m_folder.isEmpty() ? settings.value(kFolderKey).toString() : m_folder;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the group's folder"), start);
    if (folder.isEmpty()) return;
    settings.setValue(kFolderKey, folder); // the group meets every 14 days: start there next time
    setFolder(folder);
    m_view->setFocus(); // arrows choose a patient, Enter opens the plan
}

void GroupWindow::setFolder(const QString &folder)
{
    m_folder = folder;
    m_folderPath->setText(QDir::toNativeSeparators(folder));
    m_folderPath->setToolTip(m_folderPath->text());
    m_reload->setEnabled(!folder.isEmpty());
    reload();
}

void GroupWindow::reload()
{
    m_folderError.reset();
    std::vector<GroupFile> files;
    try {
        if (!m_folder.isEmpty()) files = readGroupFolder(m_folder.toStdString(), *m_formulary);
    } catch (const InputError &e) {
        m_folderError = e;
    }
    m_model->setFiles(std::move(files));
    if (m_model->rowCount() > 0) m_view->setCurrentIndex(m_model->index(0, GroupModel::Patient));
    fitColumns();
    updateTexts();
}

void GroupWindow::openRow(const QModelIndex &index)
{
    const QString path = index.isValid() ? m_model->planPath(index.row()) : QString();
    if (!path.isEmpty()) emit openPlanRequested(path);
}

void GroupWindow::fitColumns()
{
    m_view->resizeColumnToContents(GroupModel::Patient);
    const int widest = m_view->fontMetrics().averageCharWidth() * kPatientChars;
    if (m_view->columnWidth(GroupModel::Patient) > widest)
        m_view->setColumnWidth(GroupModel::Patient, widest);
}

QString GroupWindow::statusText() const
{
    return m_status->text();
}

QString GroupWindow::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void GroupWindow::updateTexts()
{
    setWindowTitle(tr("Tapering group"));
    m_folderLabel->setText(tr("Folder:"));
    m_folderPath->setPlaceholderText(tr("No folder chosen"));
    m_choose->setText(tr("Choose &folder…"));
    m_choose->setToolTip(tr("Choose the folder that holds the group's plan files"));
    m_reload->setText(tr("&Reload"));
    m_reload->setToolTip(tr("Read the plan files again (F5)"));
    m_dateLabel->setText(tr("&Meeting date:"));
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat)); // as LineText::date shows dates
    m_date->setToolTip(tr("Current step, next reduction and attention flags are shown as of this date"));
    m_view->setAccessibleName(tr("Plans of the group"));

    const int plans = m_model->planCount();
    m_note->setText(tr("Note: a tapering group has at most %1 patients; this folder holds %2 plans.")
                        .arg(kGroupMaxPatients)
                        .arg(plans));
    m_note->setVisible(!m_folderError && plans > static_cast<int>(kGroupMaxPatients));
    m_status->setStyleSheet(m_folderError ? kAlertStyle : QString());
    if (m_folder.isEmpty()) {
        m_status->setText(tr("Choose the folder that holds the group's plan files."));
        return;
    }
    if (m_folderError) {
        m_status->setText(tr("The folder cannot be read: %1")
                              .arg(LineText::inputError(*m_folderError, m_formulary.get(), false)));
        return;
    }
    QStringList parts{tr("%n plan(s)", nullptr, plans)};
    if (const int unreadable = m_model->unreadableCount())
        parts << tr("%n file(s) could not be read (the reason is on the row)", nullptr, unreadable);
    if (const int skipped = m_model->skippedCount())
        parts << tr("%n file(s) skipped: not a plan", nullptr, skipped);
    QString text = parts.join(QStringLiteral(" · "));
    if (plans > 0) text += QStringLiteral(". ") + tr("Double-click a plan or press Enter to open it.");
    m_status->setText(text);
}

void GroupWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateTexts();
        m_model->retranslate();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

} // namespace taper::gui
