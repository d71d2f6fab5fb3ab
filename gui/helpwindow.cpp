// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpwindow.h"

#include "linetext.h"

#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextTable>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrl>
#include <QVBoxLayout>

namespace taper::gui {

namespace {

constexpr int kAnchorRole = Qt::UserRole;

/// The guide's own table of contents: the tree beside the text takes its place.
QString contentsAnchor()
{
    return QStringLiteral("indhold");
}

} // namespace

HelpWindow::HelpWindow(Document document, QWidget *parent)
    : QWidget(parent, Qt::Window), m_document(document), m_browser(new QTextBrowser(this)),
      m_contents(new QTreeWidget(this)), m_search(new QLineEdit(this)), m_searchLabel(new QLabel(this)),
      m_status(new QLabel(this))
{
    m_browser->setOpenLinks(false);
    m_contents->setHeaderHidden(true);
    m_contents->setColumnCount(1);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_status);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({300, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(split, 1);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::openLink);
    const auto showItem = [this](QTreeWidgetItem *item) {
        if (item) showSection(item->data(0, kAnchorRole).toString());
    };
    connect(m_contents, &QTreeWidget::itemClicked, this, showItem);
    connect(m_contents, &QTreeWidget::currentItemChanged, this, showItem);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        // Typing refines the match in place: search again from where the current match starts.
        QTextCursor cursor = m_browser->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_browser->setTextCursor(cursor);
        findNext();
    });
    connect(new QShortcut(QKeySequence::FindNext, this), &QShortcut::activated, this, [this] { findNext(); });
    connect(new QShortcut(QKeySequence::FindPrevious, this), &QShortcut::activated, this,
            [this] { findNext(true); });
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this, &QWidget::close);

    load();
    retranslate();
    QSize size(980, 740);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
}

QString HelpWindow::anchorOf(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor += c;
        else if (c == QLatin1Char(' '))
            anchor += QLatin1Char('-');
    }
    return anchor;
}

QString HelpWindow::resource() const
{
    if (m_document == Document::UserGuide) return QStringLiteral(":/help/brugervejledning.md");
    return LineText::language() == text::Lang::Da ? QStringLiteral(":/help/intended-use.da.md")
                                                  : QStringLiteral(":/help/intended-use.md");
}

/// Renders the document and gives every heading an anchor (QTextDocument's Markdown reader makes none).
void HelpWindow::load()
{
    m_contents->clear();
    m_anchorOfText.clear();
    m_position.clear();
    m_order.clear();
    m_shown = resource();
    QFile file(m_shown);
    if (!file.open(QIODevice::ReadOnly)) {
        m_browser->setPlainText(tr("This document is missing from this build."));
        return;
    }
    m_browser->setMarkdown(QString::fromUtf8(file.readAll())); // GitHub's dialect: tables, links
    QTextDocument *document = m_browser->document();
    document->setUndoRedoEnabled(false);
    document->setDocumentMargin(12);
    for (QTextFrame *frame : document->rootFrame()->childFrames())
        if (auto *table = qobject_cast<QTextTable *>(frame)) { // one thin rule between cells
            QTextTableFormat format = table->format();
            format.setBorderCollapse(true);
            format.setBorder(1);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderBrush(QColor(180, 180, 180));
            format.setCellPadding(4);
            format.setCellSpacing(0);
            table->setFormat(format);
        }
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0) continue;
        QString anchor = anchorOf(block.text());
        for (int n = 1; m_position.contains(anchor); ++n) // a repeated heading, as GitHub numbers it
            anchor = anchorOf(block.text()) + QLatin1Char('-') + QString::number(n);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({anchor});
        cursor.mergeCharFormat(format);
        m_position.insert(anchor, block.position());
        addHeading(level, block.text(), anchor);
    }
    m_contents->expandAll();
    m_browser->moveCursor(QTextCursor::Start); // opens at the top
}

void HelpWindow::addHeading(int level, const QString &text, const QString &anchor)
{
    m_anchorOfText.insert(text, anchor);
    m_order << anchor;
    if (level < 2 || level > 3 || anchor == contentsAnchor()) return;
    const int sections = m_contents->topLevelItemCount();
    auto *item = level == 3 && sections > 0 ? new QTreeWidgetItem(m_contents->topLevelItem(sections - 1))
                                            : new QTreeWidgetItem(m_contents);
    item->setText(0, text);
    item->setData(0, kAnchorRole, anchor);
    item->setToolTip(0, text);
}

bool HelpWindow::showSection(const QString &heading)
{
    const QString anchor = m_position.contains(heading) ? heading : m_anchorOfText.value(heading);
    if (anchor.isEmpty()) return false;
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(m_position.value(anchor));
    m_browser->setTextCursor(cursor); // a search continues from the section shown
    m_browser->scrollToAnchor(anchor);
    const QSignalBlocker blocker(m_contents);
    m_contents->clearSelection();
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it)
        if ((*it)->data(0, kAnchorRole).toString() == anchor) m_contents->setCurrentItem(*it);
    return true;
}

bool HelpWindow::findNext(bool backward)
{
    const QString text = m_search->text();
    m_status->clear();
    if (text.trimmed().isEmpty()) return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    const QTextCursor before = m_browser->textCursor();
    if (m_browser->find(text, flags)) return true;
    QTextCursor wrapped(m_browser->document());
    wrapped.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(wrapped);
    if (m_browser->find(text, flags)) return true;
    m_browser->setTextCursor(before);
    m_status->setText(tr("Not found"));
    return false;
}

QString HelpWindow::searchStatus() const
{
    return m_status->text();
}

void HelpWindow::openLink(const QUrl &url)
{
    // Only links to the document's own headings are followed; others (the intended use names files in
    // docs/) are left alone: the window works offline.
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment())
        showSection(url.fragment(QUrl::FullyDecoded));
}

void HelpWindow::retranslate()
{
    const QString title = m_document == Document::UserGuide ? tr("User guide") : tr("Intended use");
    setWindowTitle(title);
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Word to find"));
    m_search->setToolTip(tr("Enter or F3: next match. Shift+F3: previous match."));
    m_search->setAccessibleName(m_document == Document::UserGuide ? tr("Search the user guide")
                                                                  : tr("Search the intended use"));
    m_contents->setAccessibleName(tr("Contents"));
    m_browser->setAccessibleName(title);
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The intended use exists in both languages; the default locale already follows the new one.
        if (m_shown != resource()) load();
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace taper::gui
