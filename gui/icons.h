// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Icons for the toolbar and menus: the desktop's icon theme where it has the name, else an SVG bundled
// under :/icons (gui/icons/, needs Qt's SVG icon engine: libqt6svg6, installed by scripts/bootstrap).

#include <QIcon>
#include <QStringList>

namespace taper::gui {

/// The theme's icon `themeName` (freedesktop icon naming spec: "document-open", "edit-undo", …), or the
/// bundled :/icons/<themeName>.svg when the theme has none or no theme is set. Names of the program's
/// own actions ("taper-plan", "taper-session", "taper-group", "taper-compare") are never in a theme,
/// so they always come from the bundle. A name with no bundled SVG gives the theme's icon or a null icon.
QIcon actionIcon(const QString &themeName);

/// Every name with a bundled SVG, i.e. every name actionIcon never answers with a null icon.
QStringList bundledIconNames();

} // namespace taper::gui
