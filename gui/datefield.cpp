// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefield.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QStyleOptionSpinBox>

namespace taper::gui {

namespace {
/// Any date a plan can carry (the core refuses what it does not allow, with its reason).
const QDate kEarliest(1900, 1, 1);
const QDate kLatest(2199, 12, 31);
} // namespace

DateField::DateField(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDateRange(kEarliest, kLatest);
    followLocale();
}

void DateField::followLocale()
{
    // The default locale follows the UI language (LanguageManager); a widget keeps the locale it was made
    // with unless told.
    setLocale(QLocale());
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    setDisplayFormat(format);
    updateGeometry();
}

QSize DateField::sizeHint() const
{
    // Wide enough for the widest date in this format (the 28th of December, four-digit year) and the
    // popup button, in whatever language is shown.
    QSize hint = QDateEdit::sizeHint();
    const QString widest = locale().toString(QDate(2088, 12, 28), displayFormat());
    QStyleOptionSpinBox option;
    initStyleOption(&option);
    const int text = fontMetrics().horizontalAdvance(widest + QStringLiteral("  "));
    const QSize needed =
        style()->sizeFromContents(QStyle::CT_SpinBox, &option, QSize(text, hint.height()), this);
    hint.setWidth(std::max(hint.width(), needed.width() + hint.height())); // + the popup arrow
    return hint;
}

QSize DateField::minimumSizeHint() const
{
    return sizeHint();
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool separator =
        text.size() == 1 && !text.at(0).isLetterOrNumber() && text.at(0).isPrint() && !text.at(0).isSpace();
    if (separator && m_justAdvanced) { // the move the separator asks for has been made
        m_justAdvanced = false;
        event->accept();
        return;
    }
    const Section before = currentSection();
    QDateEdit::keyPressEvent(event);
    m_justAdvanced = text.size() == 1 && text.at(0).isDigit() && currentSection() != before;
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) followLocale();
    QDateEdit::changeEvent(event);
}

} // namespace taper::gui
