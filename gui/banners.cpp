// SPDX-License-Identifier: GPL-3.0-or-later
#include "banners.h"

#include "findingtext.h"
#include "linetext.h"
#include "plandocument.h"
#include "plantext.h"

#include <QEvent>

namespace taper::gui {

namespace {

void styleBanner(QLabel *label, const char *background, const char *border)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid %2; padding: 4px 8px; "
                                        "color: black; }")
                             .arg(QLatin1String(background), QLatin1String(border)));
    label->hide();
}

} // namespace

VersionBanner::VersionBanner(PlanDocument *document, QWidget *parent) : QLabel(parent), m_document(document)
{
    styleBanner(this, "#fff4c8", "#c9a400");
    setAccessibleName(tr("Version shown"));
    connect(this, &QLabel::linkActivated, this, [this] { m_document->showVersion(-1); });
    connect(document, &PlanDocument::shownVersionChanged, this, &VersionBanner::update);
    connect(document, &PlanDocument::planChanged, this, &VersionBanner::update);
    update();
}

void VersionBanner::update()
{
    const int version = m_document->shownVersion();
    const auto &history = m_document->planRecord().scheduleHistory;
    if (version < 0 || version >= static_cast<int>(history.size())) {
        hide();
        return;
    }
    const ScheduleVersion &v = history[std::size_t(version)];
    setText(tr("<b>Showing version %1 — not in effect</b> (replaced %2: %3). "
               "<a href=\"current\">Show the plan in effect (version %4)</a>")
                .arg(v.revision)
                .arg(LineText::date(v.replaced), PlanText::versionReason(v.reason).toHtmlEscaped())
                .arg(m_document->planRecord().revision));
    show();
}

void VersionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) update();
    QLabel::changeEvent(event);
}

FindingsBanner::FindingsBanner(PlanDocument *document, QWidget *parent) : QLabel(parent), m_document(document)
{
    styleBanner(this, "#fde7e9", "#b00020");
    setAccessibleName(tr("Critical findings"));
    connect(this, &QLabel::linkActivated, this, &FindingsBanner::showFindingsRequested);
    connect(document, &PlanDocument::resultsChanged, this, &FindingsBanner::update);
    update();
}

void FindingsBanner::update()
{
    QStringList lines;
    for (const Finding &f : m_document->findings())
        if (f.severity == Severity::Critical)
            lines << FindingText::message(f, m_document->formulary()).toHtmlEscaped();
    m_count = static_cast<int>(lines.size());
    if (lines.isEmpty()) {
        hide();
        return;
    }
    setText(tr("<b>Critical:</b> %1 <a href=\"findings\">See the findings</a>")
                .arg(lines.join(QStringLiteral("<br>"))));
    show();
}

void FindingsBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) update();
    QLabel::changeEvent(event);
}

} // namespace taper::gui
