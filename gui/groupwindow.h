// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Tapering group" (Nedtrapningshold): the nurse's view of a group meeting. Opens a folder of plan
// files (taper::readGroupFolder) and lists each patient's current step, next reduction, last session
// and attention flags as of the meeting date (GroupModel); files that cannot be read are rows too,
// files that are no plan are counted. Non-modal. Double-click or Enter on a plan asks for it to be
// opened (openPlanRequested); the window opens nothing itself.

#include "taper/dates.h"
#include "taper/formulary.h"
#include "taper/input_error.h"

#include <QWidget>

#include <memory>
#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace taper::gui {

class GroupModel;

class GroupWindow : public QWidget {
    Q_OBJECT
public:
    /// `today` is the default meeting date (read at the edge and passed in).
    GroupWindow(std::shared_ptr<const Formulary> formulary, Date today, QWidget *parent = nullptr);

    /// Reads the plan files of `folder` (again) and shows them; an unusable folder is said in the status
    /// line.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }

    GroupModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QDateEdit *dateEdit() const { return m_date; }
    /// The counts under the table ("2 plans · 1 file skipped: not a plan").
    QString statusText() const;
    /// The note shown when the folder holds more plans than a group has patients; empty otherwise.
    QString noteText() const;

signals:
    /// The plan file of the row the user double-clicked or pressed Enter on.
    void openPlanRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFolder();
    void reload();
    void openRow(const QModelIndex &index);
    void updateTexts();
    void fitColumns();

    std::shared_ptr<const Formulary> m_formulary;
    GroupModel *m_model;
    QString m_folder;
    std::optional<InputError> m_folderError; ///< why the folder could not be read
    QLabel *m_folderLabel;
    QLineEdit *m_folderPath;
    QPushButton *m_choose;
    QPushButton *m_reload;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_note;
    QTableView *m_view;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace taper::gui
