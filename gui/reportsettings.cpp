// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace taper::gui {

ReportSettings ReportSettings::load()
{
    QSettings s;
    s.beginGroup(QStringLiteral("report"));
    return {s.value(QStringLiteral("author")).toString(), s.value(QStringLiteral("clinic")).toString(),
            s.value(QStringLiteral("phone")).toString(), s.value(QStringLiteral("out_of_hours")).toString()};
}

void ReportSettings::save() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("report"));
    s.setValue(QStringLiteral("author"), author.trimmed());
    s.setValue(QStringLiteral("clinic"), clinic.trimmed());
    s.setValue(QStringLiteral("phone"), phone.trimmed());
    s.setValue(QStringLiteral("out_of_hours"), outOfHours.trimmed());
}

ReportSettingsDialog::ReportSettingsDialog(QWidget *parent)
    : QDialog(parent), m_author(new QLineEdit(this)), m_clinic(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_outOfHours(new QLineEdit(this))
{
    setWindowTitle(tr("Details on printed documents"));
    auto *intro =
        new QLabel(tr("Printed on the patient handout and the review report. Stored on this computer, "
                      "not in the plan file."),
                   this);
    intro->setWordWrap(true);
    m_author->setPlaceholderText(tr("e.g. Læge Hanne Holm"));
    m_clinic->setPlaceholderText(tr("e.g. Lægehuset Nørregade"));
    m_phone->setPlaceholderText(tr("e.g. 12 34 56 78"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_outOfHours->setPlaceholderText(
        tr("e.g. 1813 (Akuttelefonen); empty: the regional out-of-hours doctor"));
    m_author->setAccessibleName(tr("Made by"));
    m_clinic->setAccessibleName(tr("Clinic"));
    m_phone->setAccessibleName(tr("Clinic phone"));
    m_outOfHours->setAccessibleName(tr("Out of hours"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Made by:"), m_author);
    form->addRow(tr("&Clinic:"), m_clinic);
    form->addRow(tr("Clinic &phone:"), m_phone);
    form->addRow(tr("&Out of hours:"), m_outOfHours);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setSettings(ReportSettings::load());
}

ReportSettings ReportSettingsDialog::settings() const
{
    return {m_author->text().trimmed(), m_clinic->text().trimmed(), m_phone->text().trimmed(),
            m_outOfHours->text().trimmed()};
}

void ReportSettingsDialog::setSettings(const ReportSettings &settings)
{
    m_author->setText(settings.author);
    m_clinic->setText(settings.clinic);
    m_phone->setText(settings.phone);
    m_outOfHours->setText(settings.outOfHours);
}

void ReportSettingsDialog::accept()
{
    settings().save();
    QDialog::accept();
}

} // namespace taper::gui
