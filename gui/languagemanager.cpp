#include "languagemanager.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace taper::gui {

namespace {
const QString kKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QString LanguageManager::savedLanguage()
{
    const QString saved = QSettings().value(kKey).toString();
    return saved == QStringLiteral("en") ? saved : QStringLiteral("da");
}

bool LanguageManager::setLanguage(const QString &language, bool remember)
{
    if (language != QStringLiteral("da") && language != QStringLiteral("en")) return false;
    QCoreApplication::removeTranslator(&m_translator);
    const bool loaded =
        m_translator.load(QStringLiteral(":/i18n/opioidtaper_") + language + QStringLiteral(".qm"));
    if (loaded) QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(language == QStringLiteral("da") ? QLocale(QLocale::Danish, QLocale::Denmark)
                                                         : QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_language = language;
    if (remember) QSettings().setValue(kKey, language);
    emit languageChanged(language);
    return loaded;
}

} // namespace taper::gui
