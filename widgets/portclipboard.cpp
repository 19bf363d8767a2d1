// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/portclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QTableView>

#include "model/itemmodels/porttablemodel.h"

namespace sd {

PortClipboard::PortClipboard(QTableView *view, PortTableModel *model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
{
    view->installEventFilter(this);
}

bool PortClipboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Copy)) {
        QList<int> rows;
        for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes()) {
            if (!rows.contains(i.row()))
                rows << i.row();
        }
        std::sort(rows.begin(), rows.end());
        if (!rows.isEmpty())
            QGuiApplication::clipboard()->setText(QString::fromUtf8(m_model->copyRows(rows)));
        return true;
    }
    if (key->matches(QKeySequence::Paste)) {
        const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1
                                                         : m_model->rowCount();
        if (!m_model->pasteRows(row, QGuiApplication::clipboard()->text().toUtf8()))
            Q_EMIT statusMessage(tr("The clipboard holds no ports."));
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sd
