// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingtext.h"

#include "linetext.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace taper::gui {

QString FindingText::code(const Finding &finding)
{
    return QString::fromStdString(std::string(toString(finding.code)));
}

QString FindingText::message(const Finding &f, const Formulary &formulary)
{
    return QString::fromStdString(text::findingMessage(f, LineText::language(), formulary));
}

QString FindingText::severity(Severity s)
{
    switch (s) {
    case Severity::Info:
        return tr("Info");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QIcon FindingText::icon(Severity s)
{
    QStyle *style = QApplication::style();
    switch (s) {
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Critical:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

} // namespace taper::gui
