#include "productcatalog.h"

namespace taper::gui {

QStandardItemModel *ProductCatalog::create(const Formulary &formulary, QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    for (const Product &p : formulary.products()) {
        QString text = QString::fromStdString(p.nameDa);
        if (p.marketStatus == MarketStatus::Withdrawn) text += tr(" (withdrawn)");
        auto *item = new QStandardItem(text);
        item->setData(QString::fromStdString(p.id), IdRole);
        QStringList words{QString::fromStdString(p.nameDa), QString::fromStdString(p.brand),
                          QString::fromStdString(p.substance), QString::fromStdString(p.atc), QString::fromStdString(p.id)};
        if (const Substance *s = formulary.substance(p.substance)) words << QString::fromStdString(s->nameDa);
        item->setData(words.join(QLatin1Char(' ')), SearchRole);
        if (!p.marketNote.empty()) item->setToolTip(QString::fromStdString(p.marketNote));
        item->setEditable(false);
        model->appendRow(item);
    }
    return model;
}

} // namespace taper::gui
