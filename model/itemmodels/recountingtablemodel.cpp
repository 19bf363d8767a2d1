// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/recountingtablemodel.h"

#include "model/document/manifestdocument.h"

namespace sd {

RecountingTableModel::RecountingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

RecountingTableModel::~RecountingTableModel() = default;

ManifestDocument *RecountingTableModel::document() const
{
    return m_document;
}

void RecountingTableModel::setDocument(ManifestDocument *document)
{
    if (m_document == document)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    reset();
    m_connections = onAnyChange(document, this, [this] { reset(); });
}

void RecountingTableModel::reset()
{
    beginResetModel();
    recount();
    endResetModel();
}

} // namespace sd
