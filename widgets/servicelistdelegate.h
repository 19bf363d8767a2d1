// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace sd {

/**
 * Paints a ServiceListModel row on two lines: the name (DisplayRole) and, quieter below it,
 * ServiceListModel::SummaryRole ("ClusterIP · 2 ports · namespace web"). Rows of documents that
 * could not be read get the style's warning icon: the model says what a row is, the view decides
 * how that looks.
 */
class ServiceListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ServiceListDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace sd
