#pragma once
// The formulary's products as an item model for choosers: display text is the Danish product name,
// IdRole the product id, SearchRole every word one may search by (brand, substance in Danish and
// English, ATC code, id).

#include "taper/formulary.h"

#include <QCoreApplication>
#include <QStandardItemModel>

namespace taper::gui {

class ProductCatalog {
    Q_DECLARE_TR_FUNCTIONS(ProductCatalog)
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SearchRole = Qt::UserRole + 2;

    static QStandardItemModel *create(const Formulary &formulary, QObject *parent);
};

} // namespace taper::gui
