// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/domain/defaults.h"

namespace sd {

namespace {

template<typename T>
void setIfAbsent(Field<T> &field, T value)
{
    if (!field.isSet() || field.isNull())
        field.set(std::move(value));
}

bool isHeadless(const ServiceSpec &spec)
{
    const QString *ip = spec.clusterIP.get();
    return ip && *ip == u"None";
}

} // namespace

Service withDefaults(const Service &service)
{
    Service s = service;
    if (!s.spec.hasValue())
        return s;
    ServiceSpec &spec = s.spec.value();

    setIfAbsent(spec.type, ServiceType::ClusterIP);
    setIfAbsent(spec.sessionAffinity, SessionAffinity::None);
    if (spec.sessionAffinity.hasValue()) {
        if (spec.sessionAffinity.value() == SessionAffinity::None) {
            spec.sessionAffinityConfig.clear();
        } else {
            setIfAbsent(spec.sessionAffinityConfig, SessionAffinityConfig{});
            if (SessionAffinityConfig *config = spec.sessionAffinityConfig.get()) {
                setIfAbsent(config->clientIP, ClientIPConfig{});
                if (ClientIPConfig *clientIP = config->clientIP.get())
                    setIfAbsent(clientIP->timeoutSeconds, 10800);
            }
        }
    }

    if (List<ServicePort> *ports = spec.ports.get()) {
        for (Field<ServicePort> &item : *ports) {
            ServicePort *port = item.get();
            if (!port)
                continue;
            setIfAbsent(port->protocol, Protocol::TCP);
            // targetPort 0, "" and absent all mean "the same as port".
            const IntOrString *target = port->targetPort.get();
            const bool unset = !port->targetPort.isSet() || port->targetPort.isNull()
                               || (target && target->isInt() && target->toInt() == 0)
                               || (target && target->isString() && target->toString().isEmpty());
            if (unset && port->port.hasValue())
                port->targetPort.set(IntOrString(port->port.value()));
        }
    }

    if (!spec.type.hasValue())
        return s;
    const ServiceType type = spec.type.value();
    const bool hasExternalIPs = spec.externalIPs.hasValue() && !spec.externalIPs.value().empty();
    const bool externallyAccessible = type == ServiceType::LoadBalancer
                                      || type == ServiceType::NodePort
                                      || (type == ServiceType::ClusterIP && hasExternalIPs);
    if (externallyAccessible)
        setIfAbsent(spec.externalTrafficPolicy, TrafficPolicy::Cluster);
    if (type != ServiceType::ExternalName) {
        setIfAbsent(spec.internalTrafficPolicy, TrafficPolicy::Cluster);
        // The registry's default: RequireDualStack only for headless Services without selector.
        const bool noSelector = !spec.selector.hasValue() || spec.selector.value().isEmpty();
        setIfAbsent(spec.ipFamilyPolicy,
                    isHeadless(spec) && noSelector ? IPFamilyPolicy::RequireDualStack
                                                   : IPFamilyPolicy::SingleStack);
    }
    if (type == ServiceType::LoadBalancer)
        setIfAbsent(spec.allocateLoadBalancerNodePorts, true);
    return s;
}

} // namespace sd
