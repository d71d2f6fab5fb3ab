// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The regimen table with its Add/Remove buttons. Edits go through RegimenModel to the document;
// "Add" searches the formulary (AddLineDialog). Once the taper is under way it shows the step in effect
// today (read-only), with the starting regimen one click away (PlanDocument::showsStep).

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace taper::gui {

class PlanDocument;
class RegimenModel;

class RegimenPanel : public QWidget {
    Q_OBJECT
public:
    explicit RegimenPanel(PlanDocument *document, QWidget *parent = nullptr);

    RegimenModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Switches between the step in effect and the starting regimen (shown during a taper only).
    QPushButton *switchButton() const { return m_switch; }
    QString titleText() const;
    /// Adds a line for `productId` (one unit, once a day); returns the core's message when refused.
    QString addProduct(const QString &productId);
    /// Adds a co-medication line by `kind` "substance" (non-opioid substance id) or "atc" (ATC code);
    /// returns the core's message when refused.
    QString addCoMedication(const QString &kind, const QString &id);

public slots:
    /// Opens the formulary search and adds the chosen product.
    void addLine();
    void removeCurrentLine();
    void selectLine(int row) { selectCell(row, 0); }
    /// Selects line `row` with the cell of `column` (LineEditor::Column) current and the table focused.
    void selectCell(int row, int column);

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void confirmDose(const QPersistentModelIndex &index, const QVariant &value, const QString &question);

    PlanDocument *m_document;
    RegimenModel *m_model;
    QLabel *m_title;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_switch;
    QTableView *m_view;
};

} // namespace taper::gui
