// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_test_support.h"

#include "languagemanager.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

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
    // Each test process keeps its settings in its own folder: ctest runs test binaries (and the same
    // binary at several scale factors) in parallel, and one clearing or saving the report settings must
    // not change what another reads.
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("OpioidTaperTests"));
    QCoreApplication::setApplicationName(QStringLiteral("OpioidTaperTests"));
    QSettings().clear();
    static gui::LanguageManager language;
    language.setLanguage(QStringLiteral("da"), false);
    return language;
}

} // namespace taper::guitest
