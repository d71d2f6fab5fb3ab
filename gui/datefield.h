// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A date field that keeps what the user typed. QDateEdit with a minimum or maximum quietly reverts a
// typed date outside them when the field loses focus; a DateField accepts any real calendar date and
// leaves the range to the core, which refuses a date it does not allow with its reason, named where it
// was typed. It shows dates in the UI language's short format (four-digit year) and follows a language
// switch without being cut. A date can be typed as written, separators included ("02.01.2020"): Qt moves
// to the next section once a section is complete, and the separator typed after it does not skip
// another one.

#include <QDateEdit>

namespace taper::gui {

class DateField : public QDateEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void followLocale();
    bool m_justAdvanced = false; ///< the last key completed a section and moved to the next
};

} // namespace taper::gui
