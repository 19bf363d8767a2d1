// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tablesection.h"

#include <algorithm>

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

/** The table and its buttons; names the buttons in the user's language. */
class TableSection final : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(sd::TableSection)

public:
    TableSection(QTableView *view, const QString &objectName, int rows);

protected:
    void changeEvent(QEvent *event) override
    {
        QWidget::changeEvent(event);
        if (event->type() == QEvent::LanguageChange)
            retranslateUi();
    }

private:
    QToolButton *button(const QString &name, const QList<QKeySequence> &keys);
    void retranslateUi();
    void removeSelected();
    void move(int delta);

    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
};

TableSection::TableSection(QTableView *view, const QString &objectName, int rows)
    : m_view(view)
{
    view->setObjectName(objectName);
    if (view->model() && view->model()->columnCount() == 2)
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    else
        view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Arrow keys move between cells; a cell is edited on F2, typing, a double click, or a click
    // on the cell that is already current. Tab leaves the table for its buttons.
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                          | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    view->setTabKeyNavigation(false);
    // Five rows without scrolling (a Service seldom has more ports), four for a map.
    view->setMinimumHeight(view->horizontalHeader()->sizeHint().height()
                           + view->verticalHeader()->defaultSectionSize() * rows
                           + 2 * view->frameWidth());

    m_add = button(objectName + u"Add"_s,
                   {QKeySequence(Qt::Key_Insert),
                    QKeySequence(Qt::CTRL | Qt::Key_Return),
                    QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_add->setText(u"+"_s);
    m_remove = button(objectName + u"Remove"_s, {QKeySequence(Qt::Key_Delete)});
    m_remove->setText(u"−"_s);
    connect(m_add, &QToolButton::clicked, view, [view] {
        QAbstractItemModel *model = view->model();
        const int row = model->rowCount();
        if (model->insertRows(row, 1)) {
            view->setCurrentIndex(model->index(row, 0));
            view->edit(view->currentIndex());
        }
    });
    connect(m_remove, &QToolButton::clicked, this, &TableSection::removeSelected);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    m_up = button(objectName + u"Up"_s, {QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_up->setArrowType(Qt::UpArrow);
    m_down = button(objectName + u"Down"_s, {QKeySequence(Qt::ALT | Qt::Key_Down)});
    m_down->setArrowType(Qt::DownArrow);
    connect(m_up, &QToolButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { move(1); });
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    retranslateUi();
}

// A button, and its keys on the table (while the table, not a cell editor, has focus).
QToolButton *TableSection::button(const QString &name, const QList<QKeySequence> &keys)
{
    auto *b = new QToolButton;
    b->setObjectName(name);
    auto *action = new QAction(m_view);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    connect(action, &QAction::triggered, b, &QToolButton::click);
    m_view->addAction(action);
    return b;
}

void TableSection::retranslateUi()
{
    const auto name = [](QToolButton *b, const QString &text, const QString &keys) {
        if (!b)
            return;
        b->setAccessibleName(text);
        b->setToolTip(tr("%1 (%2)").arg(text, keys));
    };
    name(m_add, tr("Add a row"), tr("Insert"));
    name(m_remove, tr("Remove the selected rows"), tr("Delete"));
    name(m_up, tr("Move the row up"), tr("Alt+Up"));
    name(m_down, tr("Move the row down"), tr("Alt+Down"));
}

void TableSection::removeSelected()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() > b.row();
    });
    for (const QModelIndex &i : rows)
        m_view->model()->removeRows(i.row(), 1);
}

void TableSection::move(int delta)
{
    const int row = m_view->currentIndex().row();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_view->model()->rowCount())
        return;
    // moveRows' destination is the row before which the moved row lands.
    if (m_view->model()->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target))
        m_view->setCurrentIndex(m_view->model()->index(target, m_view->currentIndex().column()));
}

} // namespace

QWidget *tableSection(QTableView *view, const QString &objectName, int rows)
{
    return new TableSection(view, objectName, rows);
}

} // namespace sd
