// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/protocolmixmodel.h"

#include <map>

#include "model/document/manifestdocument.h"

namespace sd {

ProtocolMixModel::ProtocolMixModel(QObject *parent)
    : RecountingTableModel(parent)
{
    recount();
}

ProtocolMixModel::~ProtocolMixModel() = default;

void ProtocolMixModel::recount()
{
    m_rows.clear();
    for (size_t p = 0; p < enumCount<Protocol>(); ++p)
        m_rows.push_back({Group::Protocol, toString(Protocol(p)), 0});
    std::map<QString, int> appProtocols; // sorted; "" (none) sorts first
    appProtocols[QString()] = 0;
    if (document()) {
        const Manifest &manifest = document()->manifest();
        for (const ServiceRef ref : manifest.services()) {
            for (const Field<ServicePort> &portField : manifest.service(ref).ports()) {
                const ServicePort *port = portField.get();
                if (!port)
                    continue;
                if (port->protocol.hasValue() || !port->protocol.isSet()
                    || port->protocol.isNull()) {
                    ++m_rows[size_t(port->protocol.valueOr(Protocol::TCP))].count;
                }
                if (port->appProtocol.hasValue() && !port->appProtocol.value().isEmpty())
                    ++appProtocols[port->appProtocol.value()];
                else if (!port->appProtocol.isSet() || port->appProtocol.isNull()
                         || port->appProtocol.hasValue())
                    ++appProtocols[QString()];
            }
        }
    }
    for (const auto &[key, count] : appProtocols)
        m_rows.push_back({Group::AppProtocol, key, count});
}

int ProtocolMixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProtocolMixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProtocolMixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case GroupRole:
        return QVariant::fromValue(row.group);
    case KeyRole:
        return row.key;
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == CountColumn)
            return row.count;
        if (row.group == Group::AppProtocol && row.key.isEmpty())
            return tr("no appProtocol");
        return row.key;
    default:
        return {};
    }
}

QVariant ProtocolMixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LabelColumn:
        return tr("Protocol");
    case CountColumn:
        return tr("Ports");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> ProtocolMixModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(GroupRole, "group");
    names.insert(KeyRole, "key");
    return names;
}

int ProtocolMixModel::count(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return 0;
    return m_rows[size_t(row)].count;
}

int ProtocolMixModel::rowOf(Group group, const QString &key) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].group == group && m_rows[i].key == key)
            return int(i);
    }
    return -1;
}

} // namespace sd
