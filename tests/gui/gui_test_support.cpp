#include "gui_test_support.h"

#include "languagemanager.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace taper::guitest {

std::shared_ptr<const Formulary> formulary()
{
    static const auto loaded = std::make_shared<const Formulary>(Formulary::load(TAPER_FORMULARY_DIR));
    return loaded;
}

Date today()
{
    return *parseIsoDate("2026-11-21");
}

QString sourcePath(const char *relative)
{
    return QStringLiteral(TAPER_SOURCE_DIR "/") + QString::fromUtf8(relative);
}

gui::LanguageManager &setUpApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OpioidTaperTests"));
    QCoreApplication::setApplicationName(QStringLiteral("OpioidTaperTests"));
    QSettings().clear();
    static gui::LanguageManager language;
    language.setLanguage(QStringLiteral("da"), false);
    return language;
}

} // namespace taper::guitest
