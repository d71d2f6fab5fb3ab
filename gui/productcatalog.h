// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The formulary's products as an item model for choosers: display text is the Danish product name,
// IdRole the product id, SearchRole every word one may search by (brand, substance in Danish and
// English, ATC code, id). The line-adding dialog also lists the non-opioid substances of the formulary
// as co-medications (KindRole tells them apart).

#include "taper/formulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardItemModel>

namespace taper::gui {

class ProductCatalog {
    Q_DECLARE_TR_FUNCTIONS(ProductCatalog)
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SearchRole = Qt::UserRole + 2;
    /// "product", "substance" (a co-medication named by substance id) or "atc" (by ATC code).
    static constexpr int KindRole = Qt::UserRole + 3;
    /// True for what a chooser may pick by itself (the first match of a search): marketed products and
    /// co-medications; false for withdrawn and permit-only products, which must be chosen explicitly.
    static constexpr int DefaultRole = Qt::UserRole + 4;

    static QStandardItemModel *create(const Formulary &formulary, QObject *parent);
    /// Appends the formulary's non-opioid substances (co-medications) to `model`.
    static void addCoMedications(QStandardItemModel *model, const Formulary &formulary);

    /// What a typed search matches in SearchRole, case-insensitively: every word typed, in any order
    /// ("contalgin 30", "30 contalgin"); a word of letters anywhere ("conta", "oxycodon"), a number only
    /// as a whole number ("5" finds 5 mg, not 15 or 50 mg).
    static QRegularExpression searchExpression(const QString &typed);
};

} // namespace taper::gui
