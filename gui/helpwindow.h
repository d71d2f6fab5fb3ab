// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An embedded document inside the program, rendered offline with QTextDocument's Markdown reader, beside a
// contents tree of its ## and ### headings and a search field (Enter or F3: next match, Shift+F3:
// previous; the search wraps around). The user guide (docs/brugervejledning.md, Danish in either UI
// language) or the intended use (docs/intended-use.da.md in Danish, docs/intended-use.md in English,
// following the UI language), embedded under :/help. A separate, non-modal window (closing it only hides
// it: the owner shows the same window again).

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QUrl;

namespace taper::gui {

class HelpWindow : public QWidget {
    Q_OBJECT
public:
    enum class Document { UserGuide, IntendedUse };

    explicit HelpWindow(QWidget *parent = nullptr) : HelpWindow(Document::UserGuide, parent) {}
    explicit HelpWindow(Document document, QWidget *parent = nullptr);

    Document document() const { return m_document; }
    /// The resource this window shows in the current UI language, e.g. ":/help/intended-use.da.md".
    QString resource() const;

    /// Scrolls the heading `heading` to the top — its text as written ("Registrér en konsultation") or
    /// its anchor ("registrér-en-konsultation") — moves the text cursor there and selects it in the
    /// contents. False (nothing moves) when the guide has no such heading.
    bool showSection(const QString &heading);
    /// Selects the next (or previous) match of the search field's text after the text cursor, wrapping
    /// around at the end; false (the cursor stays, "Not found" is shown) when the guide has none.
    bool findNext(bool backward = false);

    /// The anchor of a heading as GitHub makes it, so the guide's [links](#…) work there and here: lower
    /// case; letters, digits, '-' and '_' kept; each space a '-'; everything else dropped.
    static QString anchorOf(const QString &heading);
    /// Every heading's anchor, in document order.
    QStringList anchors() const { return m_order; }

    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }
    QLineEdit *searchField() const { return m_search; }
    /// "Not found" after a search without a match, else empty.
    QString searchStatus() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(); ///< (re)reads resource() and rebuilds the contents
    void addHeading(int level, const QString &text, const QString &anchor);
    void openLink(const QUrl &url);
    void retranslate();

    Document m_document;
    QTextBrowser *m_browser;
    QTreeWidget *m_contents;
    QLineEdit *m_search;
    QLabel *m_searchLabel;
    QLabel *m_status;
    QString m_shown;                        ///< the resource load() read last
    QHash<QString, QString> m_anchorOfText; ///< heading text → anchor
    QHash<QString, int> m_position;         ///< anchor → the heading's position in the document
    QStringList m_order;                    ///< anchors in document order
};

} // namespace taper::gui
