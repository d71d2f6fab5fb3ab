// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who made the documents: author, clinic and clinic phone printed on the patient handout and the review
// report. Kept in QSettings (group "report"), never in the plan file. ReportSettingsDialog edits them.

#include <QDialog>
#include <QString>

class QLineEdit;

namespace taper::gui {

struct ReportSettings {
    QString author; ///< name and role, e.g. "Læge Hanne Holm"
    QString clinic;
    QString phone;      ///< empty: the documents leave a line to fill in by hand
    QString outOfHours; ///< who to call outside opening hours, e.g. "1813 (Akuttelefonen)"; empty: lægevagten

    static ReportSettings load();
    void save() const;
};

class ReportSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportSettingsDialog(QWidget *parent = nullptr);
    ReportSettings settings() const;
    void setSettings(const ReportSettings &settings);

public slots:
    /// Saves the fields to QSettings and closes.
    void accept() override;

private:
    QLineEdit *m_author;
    QLineEdit *m_clinic;
    QLineEdit *m_phone;
    QLineEdit *m_outOfHours;
};

} // namespace taper::gui
