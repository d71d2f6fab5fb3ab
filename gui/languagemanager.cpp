// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace taper::gui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QString LanguageManager::savedLanguage()
{
    const QString saved = QSettings().value(kLanguageKey).toString();
    return saved == QStringLiteral("en") ? saved : QStringLiteral("da");
}

bool LanguageManager::setLanguage(const QString &language, bool remember)
{
    if (language != QStringLiteral("da") && language != QStringLiteral("en")) return false;
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // Qt's own texts (file dialogs, standard buttons, context menus) from the Debian package
    // qt6-translations-l10n; installed first, so the program's own translations win where both translate.
    if (language != QStringLiteral("en") &&
        m_qtTranslator.load(QStringLiteral("qtbase_") + language,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    const bool loaded =
        m_translator.load(QStringLiteral(":/i18n/opioidtaper_") + language + QStringLiteral(".qm"));
    if (loaded) QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(language == QStringLiteral("da") ? QLocale(QLocale::Danish, QLocale::Denmark)
                                                         : QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_language = language;
    if (remember) QSettings().setValue(kLanguageKey, language);
    emit languageChanged(language);
    return loaded;
}

} // namespace taper::gui
