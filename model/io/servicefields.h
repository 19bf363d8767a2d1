// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one list of the fields of each Service object, with their API names, in kubectl's output
// order (byte order of the JSON names). The reader, the writer and anything else that walks a
// Service go through these functions, so a field is named in one place only.

#include "model/domain/service.h"

namespace sd::fields {

/** A field's API name as passed to the visitors: a view whose length is known when compiled
 *  (a QStringView made from a literal at run time measures it, on every field of every
 *  visit). */
template<qsizetype N>
constexpr QStringView apiName(const char16_t (&name)[N])
{
    return QStringView(name, N - 1);
}

template<typename Meta, typename V>
void visit(Meta &m, V &&v) requires std::is_same_v<std::remove_const_t<Meta>, ObjectMeta>
{
    v(apiName(u"annotations"), m.annotations);
    v(apiName(u"generateName"), m.generateName);
    v(apiName(u"labels"), m.labels);
    v(apiName(u"name"), m.name);
    v(apiName(u"namespace"), m.namespaceName);
}

template<typename Port, typename V>
void visit(Port &p, V &&v) requires std::is_same_v<std::remove_const_t<Port>, ServicePort>
{
    v(apiName(u"appProtocol"), p.appProtocol);
    v(apiName(u"name"), p.name);
    v(apiName(u"nodePort"), p.nodePort);
    v(apiName(u"port"), p.port);
    v(apiName(u"protocol"), p.protocol);
    v(apiName(u"targetPort"), p.targetPort);
}

template<typename C, typename V>
void visit(C &c, V &&v) requires std::is_same_v<std::remove_const_t<C>, ClientIPConfig>
{
    v(apiName(u"timeoutSeconds"), c.timeoutSeconds);
}

template<typename C, typename V>
void visit(C &c, V &&v) requires std::is_same_v<std::remove_const_t<C>, SessionAffinityConfig>
{
    v(apiName(u"clientIP"), c.clientIP);
}

template<typename Spec, typename V>
void visit(Spec &s, V &&v) requires std::is_same_v<std::remove_const_t<Spec>, ServiceSpec>
{
    v(apiName(u"allocateLoadBalancerNodePorts"), s.allocateLoadBalancerNodePorts);
    v(apiName(u"clusterIP"), s.clusterIP);
    v(apiName(u"clusterIPs"), s.clusterIPs);
    v(apiName(u"externalIPs"), s.externalIPs);
    v(apiName(u"externalName"), s.externalName);
    v(apiName(u"externalTrafficPolicy"), s.externalTrafficPolicy);
    v(apiName(u"healthCheckNodePort"), s.healthCheckNodePort);
    v(apiName(u"internalTrafficPolicy"), s.internalTrafficPolicy);
    v(apiName(u"ipFamilies"), s.ipFamilies);
    v(apiName(u"ipFamilyPolicy"), s.ipFamilyPolicy);
    v(apiName(u"loadBalancerClass"), s.loadBalancerClass);
    v(apiName(u"loadBalancerIP"), s.loadBalancerIP);
    v(apiName(u"loadBalancerSourceRanges"), s.loadBalancerSourceRanges);
    v(apiName(u"ports"), s.ports);
    v(apiName(u"publishNotReadyAddresses"), s.publishNotReadyAddresses);
    v(apiName(u"selector"), s.selector);
    v(apiName(u"sessionAffinity"), s.sessionAffinity);
    v(apiName(u"sessionAffinityConfig"), s.sessionAffinityConfig);
    v(apiName(u"trafficDistribution"), s.trafficDistribution);
    v(apiName(u"type"), s.type);
}

// Top-level: kubectl prints apiVersion, kind, metadata, spec, status, which is byte order too.
template<typename Svc, typename V>
void visit(Svc &s, V &&v) requires std::is_same_v<std::remove_const_t<Svc>, Service>
{
    v(apiName(u"apiVersion"), s.apiVersion);
    v(apiName(u"kind"), s.kind);
    v(apiName(u"metadata"), s.metadata);
    v(apiName(u"spec"), s.spec);
    v(apiName(u"status"), s.status);
}

} // namespace sd::fields
