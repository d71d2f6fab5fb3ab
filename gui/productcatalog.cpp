// SPDX-License-Identifier: GPL-3.0-or-later
#include "productcatalog.h"

#include "linetext.h"

namespace taper::gui {

QStandardItemModel *ProductCatalog::create(const Formulary &formulary, QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    for (const Product *product : formulary.productsForListing()) { // withdrawn last, never first
        const Product &p = *product;
        auto *item = new QStandardItem(LineText::productName(p));
        item->setData(p.marketStatus == MarketStatus::Marketed, DefaultRole);
        item->setData(QString::fromStdString(p.id), IdRole);
        item->setData(QStringLiteral("product"), KindRole);
        QStringList words{QString::fromStdString(p.nameDa), QString::fromStdString(p.brand),
                          QString::fromStdString(p.substance), QString::fromStdString(p.atc),
                          QString::fromStdString(p.id)};
        if (const Substance *s = formulary.substance(p.substance)) words << QString::fromStdString(s->nameDa);
        item->setData(words.join(QLatin1Char(' ')), SearchRole);
        if (!p.marketNote.empty()) item->setToolTip(QString::fromStdString(p.marketNote));
        item->setEditable(false);
        model->appendRow(item);
    }
    return model;
}

void ProductCatalog::addCoMedications(QStandardItemModel *model, const Formulary &formulary)
{
    for (const Substance &s : formulary.substances()) {
        if (s.kind != SubstanceKind::NonOpioid) continue;
        const AtcGroup *group = formulary.atcGroup(s.group);
        const QString groupName =
            group ? QString::fromStdString(LineText::language() == text::Lang::Da ? group->nameDa
                                                                                  : group->nameEn)
                  : QString();
        auto *item = new QStandardItem(
            groupName.isEmpty()
                ? tr("%1 (co-medication)").arg(QString::fromStdString(s.nameDa))
                : tr("%1 (co-medication: %2)").arg(QString::fromStdString(s.nameDa), groupName));
        item->setData(QString::fromStdString(s.id), IdRole);
        item->setData(QStringLiteral("substance"), KindRole);
        item->setData(true, DefaultRole);
        item->setData(QStringList{QString::fromStdString(s.nameDa), QString::fromStdString(s.id),
                                  QString::fromStdString(s.atc), groupName}
                          .join(QLatin1Char(' ')),
                      SearchRole);
        item->setEditable(false);
        model->appendRow(item);
    }
}

QRegularExpression ProductCatalog::searchExpression(const QString &typed)
{
    static const QRegularExpression number(QStringLiteral("^[0-9]+([.,][0-9]+)?$"));
    QString pattern = QStringLiteral("^");
    for (const QString &word : typed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString escaped = QRegularExpression::escape(word);
        pattern += number.match(word).hasMatch() ? QStringLiteral("(?=.*(?<![0-9.,])") + escaped +
                                                       QStringLiteral("(?![0-9]|[.,][0-9]))")
                                                 : QStringLiteral("(?=.*") + escaped + QLatin1Char(')');
    }
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

} // namespace taper::gui
