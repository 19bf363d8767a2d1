// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/providercompatibilitymodel.h"

#include "model/document/manifestdocument.h"
#include "model/document/validationscheduler.h"
#include "model/providers/profilematch.h"
#include "model/validation/validator.h"

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
    m_remembered.clear();
    reset();
}

namespace {

// Whether two environments give the same provider findings for the same provider.
bool sameChecks(const Environment &a, const Environment &b)
{
    return a.version == b.version && a.cluster.serviceCidrs == b.cluster.serviceCidrs
           && a.cluster.nodePortMin == b.cluster.nodePortMin
           && a.cluster.nodePortMax == b.cluster.nodePortMax
           && a.platform.nodeOs == b.platform.nodeOs && a.platform.cniSctp == b.platform.cniSctp
           && a.platform.cniMultihomed == b.platform.cniMultihomed;
}

} // namespace

std::vector<std::optional<ProviderCompatibilityModel::Verdict>>
ProviderCompatibilityModel::portVerdicts(const Service &service, const Environment &environment)
{
    std::vector<std::optional<Verdict>> verdicts(service.ports().size());
    const ProviderProfile *profile = environment.platform.provider.get();
    if (!profile || service.effectiveType() != ServiceType::LoadBalancer)
        return verdicts;
    const ProfileVariant &variant = selectVariant(*profile, service);
    for (size_t i = 0; i < verdicts.size(); ++i) {
        const ServicePort *port = service.ports()[i].get();
        if (!port)
            continue;
        if (port->protocol.isSet() && !port->protocol.hasValue() && !port->protocol.isNull())
            continue; // not a protocol at all: the validator says so
        const Protocol protocol = port->protocol.valueOr(Protocol::TCP);
        verdicts[i] = verdict(variant.protocolFact(protocol), protocol, service);
    }
    bool refused = false;
    for (const Finding &f : validatePlatform(service, environment)) {
        if (!f.code.startsWith(u"provider-"))
            continue;
        if (f.severity == Severity::Error || f.code == u"provider-no-load-balancer") {
            refused = true;
            continue;
        }
        const std::optional<int> port = f.path.portIndex();
        if (f.severity == Severity::Warning && port && size_t(*port) < verdicts.size()
            && verdicts[size_t(*port)] == Verdict::Supported)
            verdicts[size_t(*port)] = Verdict::Conditional;
    }
    if (refused) {
        for (std::optional<Verdict> &v : verdicts) {
            if (v)
                v = Verdict::Unsupported;
        }
    }
    return verdicts;
}

void ProviderCompatibilityModel::recount()
{
    const auto &profiles = m_registry.profiles();
    m_counts.assign(profiles.size(), Counts{});
    if (!document() || !scheduler()) {
        m_remembered.clear();
        return;
    }
    Environment environment = scheduler()->environment();
    if (!sameChecks(environment, m_rememberedFor)) {
        m_remembered.clear();
        m_rememberedFor = environment;
    }
    const Manifest &manifest = document()->manifest();
    const auto &refs = manifest.services();
    m_remembered.resize(refs.size());
    for (size_t s = 0; s < refs.size(); ++s) {
        const Service &service = manifest.service(refs[s]);
        Remembered &r = m_remembered[s];
        if (r.verdicts.size() != profiles.size() || !(r.service == service)) {
            r.service = service;
            r.verdicts.assign(profiles.size(), {});
            if (service.effectiveType() == ServiceType::LoadBalancer) {
                for (size_t p = 0; p < profiles.size(); ++p) {
                    environment.platform.provider = profiles[p];
                    r.verdicts[p] = portVerdicts(service, environment);
                }
            }
        }
        for (size_t p = 0; p < profiles.size(); ++p) {
            for (const std::optional<Verdict> &v : r.verdicts[p]) {
                if (!v)
                    continue;
                switch (*v) {
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
