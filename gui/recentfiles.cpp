// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace taper::gui {

namespace {
const QString kRecentKey = QStringLiteral("files/recent");
}

RecentFilesMenu::RecentFilesMenu(QWidget *parent) : QMenu(parent)
{
    retranslate();
}

QStringList RecentFilesMenu::files()
{
    return QSettings().value(kRecentKey).toStringList();
}

void RecentFilesMenu::add(const QString &path)
{
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMax)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
    rebuild();
}

void RecentFilesMenu::retranslate()
{
    setTitle(tr("Recent files"));
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        QAction *action = addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
    }
    if (list.isEmpty())
        addAction(tr("(none)"))->setEnabled(false);
    else {
        addSeparator();
        connect(addAction(tr("Clear list")), &QAction::triggered, this, [this] {
            QSettings().remove(kRecentKey);
            rebuild();
        });
    }
}

} // namespace taper::gui
