// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one list of the fields of each Service object, with their API names, in kubectl's output
// order (byte order of the JSON names). The reader, the writer and anything else that walks a
// Service go through these functions, so a field is named in one place only.

#include "model/domain/service.h"

namespace sd::fields {

template<typename Meta, typename V>
void visit(Meta &m, V &&v) requires std::is_same_v<std::remove_const_t<Meta>, ObjectMeta>
{
    v(u"annotations", m.annotations);
    v(u"generateName", m.generateName);
    v(u"labels", m.labels);
    v(u"name", m.name);
    v(u"namespace", m.namespaceName);
}

template<typename Port, typename V>
void visit(Port &p, V &&v) requires std::is_same_v<std::remove_const_t<Port>, ServicePort>
{
    v(u"appProtocol", p.appProtocol);
    v(u"name", p.name);
    v(u"nodePort", p.nodePort);
    v(u"port", p.port);
    v(u"protocol", p.protocol);
    v(u"targetPort", p.targetPort);
}

template<typename C, typename V>
void visit(C &c, V &&v) requires std::is_same_v<std::remove_const_t<C>, ClientIPConfig>
{
    v(u"timeoutSeconds", c.timeoutSeconds);
}

template<typename C, typename V>
void visit(C &c, V &&v) requires std::is_same_v<std::remove_const_t<C>, SessionAffinityConfig>
{
    v(u"clientIP", c.clientIP);
}

template<typename Spec, typename V>
void visit(Spec &s, V &&v) requires std::is_same_v<std::remove_const_t<Spec>, ServiceSpec>
{
    v(u"allocateLoadBalancerNodePorts", s.allocateLoadBalancerNodePorts);
    v(u"clusterIP", s.clusterIP);
    v(u"clusterIPs", s.clusterIPs);
    v(u"externalIPs", s.externalIPs);
    v(u"externalName", s.externalName);
    v(u"externalTrafficPolicy", s.externalTrafficPolicy);
    v(u"healthCheckNodePort", s.healthCheckNodePort);
    v(u"internalTrafficPolicy", s.internalTrafficPolicy);
    v(u"ipFamilies", s.ipFamilies);
    v(u"ipFamilyPolicy", s.ipFamilyPolicy);
    v(u"loadBalancerClass", s.loadBalancerClass);
    v(u"loadBalancerIP", s.loadBalancerIP);
    v(u"loadBalancerSourceRanges", s.loadBalancerSourceRanges);
    v(u"ports", s.ports);
    v(u"publishNotReadyAddresses", s.publishNotReadyAddresses);
    v(u"selector", s.selector);
    v(u"sessionAffinity", s.sessionAffinity);
    v(u"sessionAffinityConfig", s.sessionAffinityConfig);
    v(u"trafficDistribution", s.trafficDistribution);
    v(u"type", s.type);
}

// Top-level: kubectl prints apiVersion, kind, metadata, spec, status, which is byte order too.
template<typename Svc, typename V>
void visit(Svc &s, V &&v) requires std::is_same_v<std::remove_const_t<Svc>, Service>
{
    v(u"apiVersion", s.apiVersion);
    v(u"kind", s.kind);
    v(u"metadata", s.metadata);
    v(u"spec", s.spec);
    v(u"status", s.status);
}

} // namespace sd::fields
