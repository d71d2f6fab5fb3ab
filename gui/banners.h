// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two banners above the tabs of the main window, each hidden when it has nothing to say:
// - the version banner, while an earlier schedule version is shown ("Viser version 2 — ikke
//   gældende"), with a link back to the current plan;
// - the critical-findings banner: every critical finding of the regimen in one line each, with a link
//   to the findings tab.

#include <QLabel>

namespace taper::gui {

class PlanDocument;

class VersionBanner : public QLabel {
    Q_OBJECT
public:
    explicit VersionBanner(PlanDocument *document, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    PlanDocument *m_document;
};

class FindingsBanner : public QLabel {
    Q_OBJECT
public:
    explicit FindingsBanner(PlanDocument *document, QWidget *parent = nullptr);
    /// The number of critical findings shown.
    int count() const { return m_count; }

signals:
    void showFindingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    PlanDocument *m_document;
    int m_count = 0;
};

} // namespace taper::gui
