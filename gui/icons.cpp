// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QDir>
#include <QFile>

namespace taper::gui {

namespace {

QString bundledPath(const QString &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

} // namespace

QIcon actionIcon(const QString &themeName)
{
    const QString path = bundledPath(themeName);
    return QIcon::fromTheme(themeName, QFile::exists(path) ? QIcon(path) : QIcon());
}

QStringList bundledIconNames()
{
    QStringList names;
    for (const QString &file :
         QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")}, QDir::Files))
        names << file.chopped(4); // without ".svg"
    return names;
}

} // namespace taper::gui
