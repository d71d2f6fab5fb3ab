// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The most recently opened or saved files (QSettings), shown as a menu of actions.

#include <QMenu>
#include <QStringList>

namespace taper::gui {

class RecentFilesMenu : public QMenu {
    Q_OBJECT
public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    static QStringList files();
    /// Moves `path` to the top of the list (at most kMax entries).
    void add(const QString &path);
    void retranslate();

signals:
    void fileChosen(const QString &path);

private:
    void rebuild();
    static constexpr int kMax = 8;
};

} // namespace taper::gui
