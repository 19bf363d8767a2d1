// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tablesection.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

QWidget *tableSection(QTableView *view, const QString &objectName, bool movable)
{
    view->setObjectName(objectName);
    if (view->model() && view->model()->columnCount() == 2)
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    else
        view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 4);

    auto *add = new QToolButton;
    add->setObjectName(objectName + u"Add"_s);
    add->setText(u"+"_s);
    auto *remove = new QToolButton;
    remove->setObjectName(objectName + u"Remove"_s);
    remove->setText(u"−"_s);
    QObject::connect(add, &QToolButton::clicked, view, [view] {
        QAbstractItemModel *model = view->model();
        const int row = model->rowCount();
        if (model->insertRows(row, 1)) {
            view->setCurrentIndex(model->index(row, 0));
            view->edit(view->currentIndex());
        }
    });
    QObject::connect(remove, &QToolButton::clicked, view, [view] {
        QModelIndexList rows = view->selectionModel()->selectedRows();
        if (rows.isEmpty() && view->currentIndex().isValid())
            rows << view->currentIndex();
        std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
            return a.row() > b.row();
        });
        for (const QModelIndex &i : rows)
            view->model()->removeRows(i.row(), 1);
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    if (movable) {
        auto *up = new QToolButton;
        up->setObjectName(objectName + u"Up"_s);
        up->setArrowType(Qt::UpArrow);
        auto *down = new QToolButton;
        down->setObjectName(objectName + u"Down"_s);
        down->setArrowType(Qt::DownArrow);
        auto move = [view](int delta) {
            const int row = view->currentIndex().row();
            const int target = row + delta;
            if (row < 0 || target < 0 || target >= view->model()->rowCount())
                return;
            // moveRows' destination is the row before which the moved row lands.
            if (view->model()->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target))
                view->setCurrentIndex(view->model()->index(target, view->currentIndex().column()));
        };
        QObject::connect(up, &QToolButton::clicked, view, [move] { move(-1); });
        QObject::connect(down, &QToolButton::clicked, view, [move] { move(1); });
        buttons->addWidget(up);
        buttons->addWidget(down);
    }
    buttons->addStretch();
    auto *section = new QWidget;
    auto *layout = new QHBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    return section;
}

} // namespace sd
