// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/providercompatibilitymodel.h"

#include "model/document/manifestdocument.h"
#include "model/providers/profilematch.h"

namespace sd {

ProviderCompatibilityModel::Verdict ProviderCompatibilityModel::verdict(const Fact &fact,
                                                                        Protocol protocol,
                                                                        const Service &service)
{
    switch (fact.support) {
    case Support::Yes:
        return Verdict::Supported;
    case Support::Conditional:
        return conditionHolds(fact, service) ? Verdict::Supported : Verdict::Conditional;
    case Support::No:
        return Verdict::Unsupported;
    case Support::Unknown:
        break;
    }
    // A profile that says nothing about TCP means "the usual": every load balancer carries TCP.
    if (protocol == Protocol::TCP && fact.provenance.source.isEmpty())
        return Verdict::Supported;
    return Verdict::Conditional;
}

ProviderCompatibilityModel::ProviderCompatibilityModel(QObject *parent)
    : RecountingTableModel(parent)
{}

ProviderCompatibilityModel::~ProviderCompatibilityModel() = default;

void ProviderCompatibilityModel::setRegistry(ProviderRegistry registry)
{
    m_registry = std::move(registry);
    reset();
}

void ProviderCompatibilityModel::recount()
{
    const auto &profiles = m_registry.profiles();
    m_counts.assign(profiles.size(), Counts{});
    if (!document())
        return;
    const Manifest &manifest = document()->manifest();
    for (const ServiceRef ref : manifest.services()) {
        const Service &service = manifest.service(ref);
        if (service.effectiveType() != ServiceType::LoadBalancer)
            continue;
        for (const Field<ServicePort> &portField : service.ports()) {
            const ServicePort *port = portField.get();
            if (!port)
                continue;
            if (port->protocol.isSet() && !port->protocol.hasValue() && !port->protocol.isNull())
                continue; // not a protocol at all: the validator says so
            const Protocol protocol = port->protocol.valueOr(Protocol::TCP);
            for (size_t p = 0; p < profiles.size(); ++p) {
                const ProfileVariant &variant = selectVariant(*profiles[p], service);
                switch (verdict(variant.protocolFact(protocol), protocol, service)) {
                case Verdict::Supported:
                    ++m_counts[p].supported;
                    break;
                case Verdict::Conditional:
                    ++m_counts[p].conditional;
                    break;
                case Verdict::Unsupported:
                    ++m_counts[p].unsupported;
                    break;
                }
            }
        }
    }
}

int ProviderCompatibilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int ProviderCompatibilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderCompatibilityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProviderProfile &profile = *m_registry.profiles()[size_t(index.row())];
    if (role == ProviderIdRole)
        return profile.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const Counts &counts = m_counts[size_t(index.row())];
    switch (Column(index.column())) {
    case NameColumn: {
        const QString name = profile.name.text();
        return name.isEmpty() ? profile.id : name;
    }
    case SupportedColumn:
        return counts.supported;
    case ConditionalColumn:
        return counts.conditional;
    case UnsupportedColumn:
        return counts.unsupported;
    case IdColumn:
        return profile.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProviderCompatibilityModel::headerData(int section,
                                                Qt::Orientation orientation,
                                                int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Provider");
    case SupportedColumn:
        return tr("Supported");
    case ConditionalColumn:
        return tr("Conditional");
    case UnsupportedColumn:
        return tr("Not supported");
    case IdColumn:
        return tr("Provider id");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> ProviderCompatibilityModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProviderIdRole, "providerId");
    return names;
}

QString ProviderCompatibilityModel::providerId(int row) const
{
    if (row < 0 || row >= int(m_registry.profiles().size()))
        return {};
    return m_registry.profiles()[size_t(row)]->id;
}

int ProviderCompatibilityModel::rowOf(const QString &id) const
{
    const auto &profiles = m_registry.profiles();
    for (size_t i = 0; i < profiles.size(); ++i) {
        if (profiles[i]->id == id)
            return int(i);
    }
    return -1;
}

ProviderCompatibilityModel::Counts ProviderCompatibilityModel::counts(int row) const
{
    if (row < 0 || row >= int(m_counts.size()))
        return {};
    return m_counts[size_t(row)];
}

} // namespace sd
