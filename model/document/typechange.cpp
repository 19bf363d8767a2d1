// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/typechange.h"

namespace sd {

namespace {

template<typename T>
void drop(Field<T> &field, const QString &path, QStringList &removed)
{
    if (field.isSet()) {
        field.clear();
        removed << path;
    }
}

bool isHeadless(const ServiceSpec &spec)
{
    if (spec.clusterIPs.hasValue() && !spec.clusterIPs.value().empty())
        return spec.clusterIPs.value().front().valueOr({}) == u"None";
    return spec.clusterIP.valueOr({}) == u"None";
}

} // namespace

TypeChange changeServiceType(const Service &service, ServiceType type)
{
    TypeChange change{service, {}};
    Service &s = change.service;
    if (!s.spec.hasValue())
        s.spec.set(ServiceSpec());
    ServiceSpec &spec = s.spec.value();
    spec.type.set(type);
    QStringList &removed = change.removed;

    if (type == ServiceType::ClusterIP || type == ServiceType::ExternalName) {
        if (spec.ports.hasValue()) {
            List<ServicePort> &ports = spec.ports.value();
            for (size_t i = 0; i < ports.size(); ++i) {
                if (ServicePort *p = ports[i].get())
                    drop(p->nodePort, u"spec.ports[" + QString::number(i) + u"].nodePort", removed);
            }
        }
        const bool hasExternalIPs = spec.externalIPs.hasValue() && !spec.externalIPs.value().empty();
        if (type == ServiceType::ExternalName || !hasExternalIPs)
            drop(spec.externalTrafficPolicy, QStringLiteral("spec.externalTrafficPolicy"), removed);
    }
    if (type != ServiceType::LoadBalancer) {
        drop(spec.healthCheckNodePort, QStringLiteral("spec.healthCheckNodePort"), removed);
        drop(spec.loadBalancerClass, QStringLiteral("spec.loadBalancerClass"), removed);
        drop(spec.allocateLoadBalancerNodePorts,
             QStringLiteral("spec.allocateLoadBalancerNodePorts"),
             removed);
        drop(spec.loadBalancerSourceRanges, QStringLiteral("spec.loadBalancerSourceRanges"), removed);
        drop(spec.loadBalancerIP, QStringLiteral("spec.loadBalancerIP"), removed);
    }
    if (type == ServiceType::ExternalName) {
        drop(spec.clusterIP, QStringLiteral("spec.clusterIP"), removed);
        drop(spec.clusterIPs, QStringLiteral("spec.clusterIPs"), removed);
        drop(spec.ipFamilies, QStringLiteral("spec.ipFamilies"), removed);
        drop(spec.ipFamilyPolicy, QStringLiteral("spec.ipFamilyPolicy"), removed);
    } else {
        drop(spec.externalName, QStringLiteral("spec.externalName"), removed);
    }
    if ((type == ServiceType::NodePort || type == ServiceType::LoadBalancer) && isHeadless(spec)) {
        drop(spec.clusterIP, QStringLiteral("spec.clusterIP"), removed);
        drop(spec.clusterIPs, QStringLiteral("spec.clusterIPs"), removed);
    }
    return change;
}

} // namespace sd
