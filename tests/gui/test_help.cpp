// SPDX-License-Identifier: GPL-3.0-or-later
// The user guide inside the program (HelpWindow) and the toolbar icons (actionIcon): the guide is
// embedded and renders with its headings, every link of its table of contents leads to a heading, a
// click in the contents shows the section, the search finds words (Enter, F3, wrapping, "Not found");
// every bundled icon draws at 24 px without any icon theme.
#include "gui_test_support.h"

#include "helpwindow.h"
#include "icons.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QtTest>

using namespace taper;
using namespace taper::gui;

namespace {

QTreeWidgetItem *contentsItem(QTreeWidget *tree, const QString &text)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(0) == text) return *it;
    return nullptr;
}

/// The vertical extent of the heading `text` in the browser's viewport coordinates.
QRect headingRect(QTextBrowser *browser, const QString &text)
{
    QTextDocument *document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() > 0 && block.text() == text) {
            QRectF r = document->documentLayout()->blockBoundingRect(block);
            r.translate(0, -browser->verticalScrollBar()->value());
            return r.toRect();
        }
    return {};
}

bool opaqueSomewhere(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0) return true;
    return false;
}

const QStringList kToolbarIcons{
    QStringLiteral("document-new"),   QStringLiteral("document-open"), QStringLiteral("document-save"),
    QStringLiteral("document-print"), QStringLiteral("edit-undo"),     QStringLiteral("edit-redo"),
    QStringLiteral("list-add"),       QStringLiteral("list-remove"),   QStringLiteral("taper-compare"),
    QStringLiteral("taper-plan"),     QStringLiteral("taper-session"), QStringLiteral("taper-group"),
    QStringLiteral("help-contents")};

} // namespace

class TestHelp : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { guitest::setUpApplication(); }

    void guideIsEmbeddedAndRendered()
    {
        HelpWindow window;
        const QString text = window.browser()->toPlainText();
        QVERIFY(text.size() > 10000);
        QVERIFY(text.startsWith(QStringLiteral("Brugervejledning til OpioidTaper")));
        QVERIFY(!text.contains(QStringLiteral("## "))); // rendered, not shown as Markdown source
        for (const char *heading : {"Registrér en konsultation", "Lav en nedtrapningsplan", "Tastaturgenveje",
                                    "Morfinækvivalenter og kilder", "Fund", "Beslutningen"})
            QVERIFY2(contentsItem(window.contents(), QString::fromUtf8(heading)), heading);
        QVERIFY(!contentsItem(window.contents(), QStringLiteral("Indhold"))); // the tree replaces it
        QCOMPARE(window.windowModality(), Qt::NonModal);
        QVERIFY(window.isWindow());
        if (const QScreen *screen = window.screen()) {
            QVERIFY(window.width() <= screen->availableGeometry().width());
            QVERIFY(window.height() <= screen->availableGeometry().height());
        }
    }

    void anchorsAreGitHubs()
    {
        QCOMPARE(HelpWindow::anchorOf(QStringLiteral("Registrér en konsultation")),
                 QStringLiteral("registrér-en-konsultation"));
        QCOMPARE(HelpWindow::anchorOf(QStringLiteral("Det kan programmet – og det kan det ikke")),
                 QStringLiteral("det-kan-programmet--og-det-kan-det-ikke"));
        QCOMPARE(HelpWindow::anchorOf(QStringLiteral("Filer: ny, åbn og gem")),
                 QStringLiteral("filer-ny-åbn-og-gem"));
    }

    void everyLinkInTheGuideLeadsToAHeading()
    {
        QFile file(QStringLiteral(":/help/brugervejledning.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        HelpWindow window;
        static const QRegularExpression link(QStringLiteral(R"(\]\(([^)]*)\))"));
        int links = 0;
        for (const QRegularExpressionMatch &m : link.globalMatch(markdown)) {
            const QString target = m.captured(1);
            QVERIFY2(target.startsWith(QLatin1Char('#')), qPrintable(target)); // offline: no other links
            QVERIFY2(window.anchors().contains(target.mid(1)), qPrintable(target));
            ++links;
        }
        QVERIFY(links >= 12);
    }

    void contentsClickShowsTheSection()
    {
        HelpWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTextBrowser *browser = window.browser();
        QCOMPARE(browser->verticalScrollBar()->value(), 0);
        const QString heading = QStringLiteral("Registrér en konsultation");
        QTreeWidgetItem *item = contentsItem(window.contents(), heading);
        QVERIFY(item);
        window.contents()->scrollToItem(item);
        QTest::mouseClick(window.contents()->viewport(), Qt::LeftButton, {},
                          window.contents()->visualItemRect(item).center());
        QTRY_VERIFY(browser->verticalScrollBar()->value() > 0);
        const QRect rect = headingRect(browser, heading);
        QVERIFY2(rect.top() >= 0 && rect.top() < 10, qPrintable(QString::number(rect.top()))); // at the top
        QCOMPARE(window.contents()->currentItem(), item);

        // A click on a link of the guide's own table of contents does the same (a heading with æ, ø, å).
        QVERIFY(window.showSection(QStringLiteral("indhold")));
        const QString target = QStringLiteral("Tre typiske forløb");
        QTextCursor link = browser->document()->find(target); // the first occurrence is the link
        QVERIFY(link.charFormat().isAnchor());
        QVERIFY(headingRect(browser, target).top() > browser->viewport()->height());
        QTextCursor inside(browser->document());
        inside.setPosition(link.selectionStart() + 3);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(inside).center());
        QTRY_VERIFY(headingRect(browser, target).top() < 10);
        QVERIFY(headingRect(browser, target).top() >= 0);
        QCOMPARE(window.contents()->currentItem()->text(0), target);

        QVERIFY(window.showSection(QStringLiteral("tastaturgenveje"))); // by anchor
        QCOMPARE(window.contents()->currentItem()->text(0), QStringLiteral("Tastaturgenveje"));
        QVERIFY(!window.showSection(QStringLiteral("Ingen sådan overskrift")));
    }

    void searchFindsWordsWithEnterAndF3()
    {
        HelpWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QLineEdit *search = window.searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("nedtrapningshold"));
        // Typing already selects the first match; Enter goes on to the next.
        QTextBrowser *browser = window.browser();
        QCOMPARE(browser->textCursor().selectedText().toLower(), QStringLiteral("nedtrapningshold"));
        const int first = browser->textCursor().selectionStart();
        QTest::keyClick(search, Qt::Key_Return);
        const int second = browser->textCursor().selectionStart();
        QVERIFY(second > first);
        QCOMPARE(browser->textCursor().selectedText().toLower(), QStringLiteral("nedtrapningshold"));
        QTest::keyClick(search, Qt::Key_F3, Qt::ShiftModifier); // back to the first
        QCOMPARE(browser->textCursor().selectionStart(), first);
        for (int i = 0; i < 50; ++i) { // on through the last match and round to the first
            QTest::keyClick(search, Qt::Key_F3);
            if (browser->textCursor().selectionStart() == first) break;
        }
        QCOMPARE(browser->textCursor().selectionStart(), first);
        QVERIFY(window.searchStatus().isEmpty());

        search->clear();
        QTest::keyClicks(search, QStringLiteral("xyzzyq"));
        QVERIFY(!window.searchStatus().isEmpty());
        const int before = browser->textCursor().selectionStart();
        QVERIFY(!window.findNext());
        QCOMPARE(browser->textCursor().selectionStart(), before); // the cursor stays where it was
    }

    void everyIconDrawsWithoutATheme_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("no theme") << QString();
        QTest::newRow("a theme that does not exist") << QStringLiteral("no-such-theme-opioidtaper");
    }

    void everyIconDrawsWithoutATheme()
    {
        QFETCH(QString, theme);
        const QString before = QIcon::themeName();
        QIcon::setThemeName(theme);
        const QStringList bundled = bundledIconNames();
        for (const QString &name : kToolbarIcons)
            QVERIFY2(bundled.contains(name), qPrintable(name));
        for (const QString &name : bundled) {
            const QIcon icon = actionIcon(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            const QPixmap pixmap = icon.pixmap(24);
            QVERIFY2(!pixmap.isNull(), qPrintable(name + QStringLiteral(": no pixmap (Qt's SVG icon engine, "
                                                                        "libqt6svg6, missing?)")));
            QVERIFY2(opaqueSomewhere(pixmap.toImage()), qPrintable(name));
        }
        QVERIFY(actionIcon(QStringLiteral("no-such-icon")).isNull());
        QIcon::setThemeName(before);
    }
};

QTEST_MAIN(TestHelp)
#include "test_help.moc"
