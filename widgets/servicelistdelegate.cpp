// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/servicelistdelegate.h"

#include <QApplication>
#include <QPainter>

#include "model/itemmodels/servicelistmodel.h"

namespace sd {

namespace {

constexpr int hMargin = 8;
constexpr int vMargin = 5;
constexpr int lineGap = 2;

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

bool isBroken(const QModelIndex &index)
{
    return index.data(ServiceListModel::RowKindRole).value<ServiceListModel::RowKind>()
           == ServiceListModel::RowKind::BrokenDocument;
}

} // namespace

ServiceListDelegate::ServiceListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ServiceListDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (isBroken(index)) {
        option->icon = styleOf(*option)->standardIcon(QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    const int side = option->fontMetrics.height() + 4;
    option->decorationSize = QSize(side, side);
}

void ServiceListDelegate::paint(QPainter *painter,
                                const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString summary = index.data(ServiceListModel::SummaryRole).toString();

    // The style draws the background, selection and focus; the icon and the two lines are ours,
    // since the style would lay the row out for one line of text.
    const QIcon icon = opt.icon;
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    QStyle *style = styleOf(opt);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QRect text = opt.rect.adjusted(hMargin, vMargin, -hMargin, -vMargin);
    if (!icon.isNull()) {
        const QSize size = opt.decorationSize;
        const QRect iconRect(text.left(),
                             text.top() + (text.height() - size.height()) / 2,
                             size.width(),
                             size.height());
        icon.paint(painter,
                   iconRect,
                   Qt::AlignCenter,
                   opt.state & QStyle::State_Enabled ? QIcon::Normal : QIcon::Disabled);
        text.setLeft(iconRect.right() + 1 + hMargin);
    }

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    painter->save();
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    painter->setFont(titleFont);
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->setPen(opt.palette.color(group, textRole));
    QRect line = text;
    line.setHeight(titleMetrics.height());
    painter->drawText(line,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, line.width()));

    painter->setFont(opt.font);
    const QColor quiet = opt.palette.color(group,
                                           selected ? QPalette::HighlightedText
                                                    : QPalette::PlaceholderText);
    painter->setPen(quiet);
    line.moveTop(line.bottom() + 1 + lineGap);
    line.setHeight(opt.fontMetrics.height());
    painter->drawText(line,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(summary, Qt::ElideRight, line.width()));
    painter->restore();
}

QSize ServiceListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const int height = QFontMetrics(titleFont).height() + lineGap + opt.fontMetrics.height()
                       + 2 * vMargin;
    // The width is what the list gives; text is elided to it.
    return {QStyledItemDelegate::sizeHint(option, index).width(), height};
}

} // namespace sd
