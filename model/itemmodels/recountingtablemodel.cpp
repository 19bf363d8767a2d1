// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/recountingtablemodel.h"

#include "model/document/manifestdocument.h"
#include "model/validation/validationscheduler.h"

namespace sd {

RecountingTableModel::RecountingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

RecountingTableModel::~RecountingTableModel() = default;

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
    m_scheduler = scheduler;
    reset();
    if (!scheduler)
        return;
    m_connections << connect(scheduler, &ValidationScheduler::validated, this, [this] { reset(); });
    // Documents added, removed or moved, the file replaced or gone: counted again at once.
    m_connections << connect(scheduler, &ValidationScheduler::servicesReset, this, [this] {
        reset();
    });
    m_connections << connect(scheduler, &QObject::destroyed, this, [this] { reset(); });
}

void RecountingTableModel::reset()
{
    beginResetModel();
    recount();
    endResetModel();
}

} // namespace sd
