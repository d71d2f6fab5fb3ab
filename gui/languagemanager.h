// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The UI language: Danish (default) or English. Installs the embedded translation (:/i18n), sets the
// default QLocale (Danish number and date formats in Danish) and remembers the choice in QSettings.
// Widgets react through QEvent::LanguageChange; models through languageChanged().

#include <QObject>
#include <QString>
#include <QTranslator>

namespace taper::gui {

class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    /// "da" or "en".
    QString language() const { return m_language; }
    /// The saved choice, else "da".
    static QString savedLanguage();
    /// Switches to "da" or "en" (anything else is ignored); returns false when the translation is missing.
    bool setLanguage(const QString &language, bool remember = true);
    /// True when Qt's own texts are translated into the current language (Danish: qtbase_da.qm).
    bool hasQtTranslation() const { return !m_qtTranslator.isEmpty(); }

signals:
    void languageChanged(const QString &language);

private:
    QString m_language;
    QTranslator m_translator;
    QTranslator m_qtTranslator; ///< Qt's own texts (qtbase_da.qm)
};

} // namespace taper::gui
