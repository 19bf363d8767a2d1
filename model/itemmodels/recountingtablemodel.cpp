// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/recountingtablemodel.h"

#include <QTimer>

#include "model/document/manifestdocument.h"
#include "model/document/validationscheduler.h"

namespace sd {

RecountingTableModel::RecountingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

RecountingTableModel::~RecountingTableModel() = default;

ValidationScheduler *RecountingTableModel::scheduler() const
{
    return m_scheduler;
}

ManifestDocument *RecountingTableModel::document() const
{
    return m_scheduler ? m_scheduler->document() : nullptr;
}

void RecountingTableModel::setScheduler(ValidationScheduler *scheduler)
{
    if (m_scheduler == scheduler)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    // Counting a large file is work nobody sees while the charts are hidden: then the rows are
    // those of no document until the model is active again.
    m_stale = !m_active && scheduler;
    m_scheduler = m_stale ? nullptr : scheduler;
    reset();
    m_scheduler = scheduler;
    if (!scheduler)
        return;
    m_connections << connect(scheduler,
                             &ValidationScheduler::validated,
                             this,
                             &RecountingTableModel::recountLater);
    // Documents added, removed or moved, the file replaced or gone.
    m_connections << connect(scheduler,
                             &ValidationScheduler::servicesReset,
                             this,
                             &RecountingTableModel::recountLater);
    m_connections << connect(scheduler, &QObject::destroyed, this, [this] { reset(); });
}

void RecountingTableModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        recountLater();
}

void RecountingTableModel::recountLater()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    if (m_pending)
        return;
    m_pending = true;
    // After the slot that asked has returned: a pass's signal is not held up by the charts.
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        m_stale = false;
        reset();
    });
}

void RecountingTableModel::reset()
{
    beginResetModel();
    recount();
    endResetModel();
}

} // namespace sd
