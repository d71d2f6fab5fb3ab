#pragma once
// The regimen table with its Add/Remove buttons. Edits go through RegimenModel to the document;
// "Add" searches the formulary (AddLineDialog).

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
    /// Adds a line for `productId` (one unit, once a day); returns the core's message when refused.
    QString addProduct(const QString &productId);
    /// Adds a co-medication line by `kind` "substance" (non-opioid substance id) or "atc" (ATC code);
    /// returns the core's message when refused.
    QString addCoMedication(const QString &kind, const QString &id);

public slots:
    /// Opens the formulary search and adds the chosen product.
    void addLine();
    void removeCurrentLine();
    void selectLine(int row);

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    PlanDocument *m_document;
    RegimenModel *m_model;
    QLabel *m_title;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTableView *m_view;
};

} // namespace taper::gui
