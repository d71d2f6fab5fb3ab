// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Compare profiles": the side-by-side MEQ table (CompareModel) with a check box per conversion
// profile. Non-modal; follows the regimen as it is edited.

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableView;

namespace taper::gui {

class CompareModel;
class PlanDocument;

class CompareDialog : public QDialog {
    Q_OBJECT
public:
    explicit CompareDialog(PlanDocument *document, QWidget *parent = nullptr);

    CompareModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyChoice();
    void retranslate();

    CompareModel *m_model;
    QLabel *m_intro;
    QList<QCheckBox *> m_boxes;
    QTableView *m_view;
};

} // namespace taper::gui
