// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Provider profiles built in code for the provider rule tests, shaped after
// resources/providers/*.yaml but independent of them, so that a change to the data files does not
// move those tests: AWS (classic ELB and NLB), the AWS Load Balancer Controller, Linode, GKE-like,
// Azure-like, MetalLB, generic and bare metal.

#include <memory>
#include <vector>

#include <QString>
#include <QStringList>

#include "model/providers/profile.h"
#include "model/validation/validator.h"

namespace sdtest::handmade {

using namespace sd;
using namespace Qt::StringLiterals;

inline Fact fact(Support support,
                 Outcome outcome = Outcome::Unknown,
                 std::vector<Selector> requires_ = {})
{
    Fact f;
    f.support = support;
    f.outcome = outcome;
    f.requires_ = std::move(requires_);
    f.provenance.source = u"[test]"_s;
    return f;
}

inline Selector annotationIs(const QString &key, QStringList values = {})
{
    Selector s;
    s.annotation = key;
    s.equals = std::move(values);
    return s;
}

inline const QString kAwsType = u"service.beta.kubernetes.io/aws-load-balancer-type"_s;
inline const QString kAwsProxy = u"service.beta.kubernetes.io/aws-load-balancer-proxy-protocol"_s;
inline const QString kAwsTgAttributes
    = u"service.beta.kubernetes.io/aws-load-balancer-target-group-attributes"_s;
inline const QString kAwsCert = u"service.beta.kubernetes.io/aws-load-balancer-ssl-cert"_s;
inline const QString kAwsSslPorts = u"service.beta.kubernetes.io/aws-load-balancer-ssl-ports"_s;
inline const QString kAwsBackend
    = u"service.beta.kubernetes.io/aws-load-balancer-backend-protocol"_s;
inline const QString kAwsTcpUdp
    = u"service.beta.kubernetes.io/aws-load-balancer-enable-tcp-udp-listener"_s;

inline ProxyProtocolAnnotation proxyAnnotation(const QString &key,
                                               QStringList values,
                                               QStringList enabling,
                                               int version)
{
    ProxyProtocolAnnotation a;
    a.key = key;
    a.values = std::move(values);
    a.enabling = std::move(enabling);
    a.version = version;
    return a;
}

inline Tls awsTls(bool trimmed, bool starMeansAll)
{
    Tls tls;
    tls.support = fact(Support::Yes);
    tls.certificateAnnotations = {kAwsCert};
    tls.portsAnnotation = kAwsSslPorts;
    tls.portsTrimmed = trimmed;
    tls.starMeansAll = starMeansAll;
    return tls;
}

// The legacy AWS controller: classic ELB by default, NLB with aws-load-balancer-type: nlb.
inline std::shared_ptr<ProviderProfile> aws()
{
    auto p = std::make_shared<ProviderProfile>();
    p->id = u"aws"_s;
    p->name.en = u"AWS"_s;
    p->kind = u"cloud"_s;
    p->ignoredWhen = {annotationIs(kAwsType, {u"external"_s, u"nlb-ip"_s})};
    p->annotationPrefixes = {u"service.beta.kubernetes.io/aws-load-balancer-"_s};

    Rejection affinity;
    affinity.code = u"session-affinity"_s;
    affinity.field = u"spec.sessionAffinity"_s;
    affinity.equals = {u"ClientIP"_s};
    affinity.message.en = u"unsupported load balancer affinity"_s;
    Rejection ip;
    ip.code = u"load-balancer-ip"_s;
    ip.field = u"spec.loadBalancerIP"_s;
    ip.whenPresent = true;

    BackendProtocol backend;
    backend.key = kAwsBackend;
    backend.values = {u"http"_s, u"https"_s, u"ssl"_s, u"tcp"_s};
    backend.httpValues = {u"http"_s};
    backend.tlsValues = {u"https"_s, u"ssl"_s};

    ProfileVariant clb;
    clb.id = u"clb"_s;
    clb.name.en = u"Classic ELB"_s;
    clb.isDefault = true;
    clb.tcp = fact(Support::Yes);
    clb.udp = fact(Support::No, Outcome::Rejected);
    clb.sctp = fact(Support::No, Outcome::Rejected);
    clb.mixed = fact(Support::No, Outcome::Rejected);
    clb.mixedSamePort = fact(Support::No, Outcome::Rejected);
    clb.proxyProtocol.support = fact(Support::Yes);
    clb.proxyProtocol.annotations = {proxyAnnotation(kAwsProxy, {u"*"_s}, {u"*"_s}, 1)};
    clb.tls = awsTls(false, true);
    clb.backendProtocol = backend;
    clb.appProtocol = fact(Support::No, Outcome::Ignored);
    clb.rejections = {affinity, ip};

    ProfileVariant nlb = clb;
    nlb.id = u"nlb"_s;
    nlb.name.en = u"NLB"_s;
    nlb.isDefault = false;
    nlb.when = {annotationIs(kAwsType, {u"nlb"_s})};
    nlb.udp = fact(Support::Yes);
    nlb.proxyProtocol.support = fact(Support::Conditional,
                                     Outcome::Unknown,
                                     {annotationIs(kAwsTgAttributes)});
    nlb.proxyProtocol.annotations = {
        proxyAnnotation(kAwsTgAttributes,
                        {u"proxy_protocol_v2.enabled=true"_s, u"proxy_protocol_v2.enabled=false"_s},
                        {u"proxy_protocol_v2.enabled=true"_s},
                        2)};
    nlb.backendProtocol->httpValues = {};
    nlb.backendProtocol->tlsValues = {u"ssl"_s};
    p->variants = {clb, nlb};

    AnnotationSpec type;
    type.key = kAwsType;
    type.type = u"enum"_s;
    type.values = {u"nlb"_s, u"external"_s, u"nlb-ip"_s};
    AnnotationSpec proxy;
    proxy.key = kAwsProxy;
    proxy.type = u"enum"_s;
    proxy.values = {u"*"_s};
    proxy.variants = {u"clb"_s};
    AnnotationSpec cert;
    cert.key = kAwsCert;
    cert.type = u"arn"_s;
    AnnotationSpec ports;
    ports.key = kAwsSslPorts;
    ports.type = u"list"_s;
    AnnotationSpec backendSpec;
    backendSpec.key = kAwsBackend;
    backendSpec.type = u"enum"_s;
    backendSpec.values = backend.values;
    AnnotationSpec attributes;
    attributes.key = kAwsTgAttributes;
    attributes.type = u"list"_s;
    attributes.variants = {u"nlb"_s};
    p->annotations = {type, proxy, cert, ports, backendSpec, attributes};
    return p;
}

// The AWS Load Balancer Controller: one NLB variant, class service.k8s.aws/nlb.
inline std::shared_ptr<ProviderProfile> awsLbc()
{
    auto p = std::make_shared<ProviderProfile>();
    p->id = u"aws-lbc"_s;
    p->name.en = u"AWS Load Balancer Controller"_s;
    p->kind = u"controller"_s;
    p->handlesClasses = {u"service.k8s.aws/nlb"_s};
    p->annotationPrefixes = {u"service.beta.kubernetes.io/aws-load-balancer-"_s};
    p->annotationAliases = {{u"service.kubernetes.io/"_s, u"service.beta.kubernetes.io/"_s, {}}};
    ProfileVariant nlb;
    nlb.id = u"nlb"_s;
    nlb.isDefault = true;
    nlb.tcp = fact(Support::Yes);
    nlb.udp = fact(Support::Yes);
    nlb.sctp = fact(Support::No, Outcome::Rejected);
    nlb.mixed = fact(Support::Yes);
    nlb.mixedSamePort = fact(Support::Conditional,
                             Outcome::Unknown,
                             {annotationIs(kAwsTcpUdp, {u"true"_s})});
    nlb.proxyProtocol.support = fact(Support::Yes);
    nlb.proxyProtocol.annotations = {proxyAnnotation(kAwsProxy, {u"*"_s}, {u"*"_s}, 2)};
    nlb.tls = awsTls(true, false);
    nlb.appProtocol = fact(Support::No, Outcome::Ignored);
    p->variants = {nlb};
    AnnotationSpec tcpUdp;
    tcpUdp.key = kAwsTcpUdp;
    tcpUdp.type = u"bool"_s;
    AnnotationSpec cert;
    cert.key = kAwsCert;
    AnnotationSpec ports;
    ports.key = kAwsSslPorts;
    AnnotationSpec proxy;
    proxy.key = kAwsProxy;
    p->annotations = {tcpUdp, cert, ports, proxy};
    return p;
}

inline const QString kLinodeProxy
    = u"service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol"_s;
inline const QString kLinodePort = u"service.beta.kubernetes.io/linode-loadbalancer-port-{port}"_s;

// Linode NodeBalancers: PROXY v1 or v2 by value, an error on UDP ports.
inline std::shared_ptr<ProviderProfile> linode()
{
    auto p = std::make_shared<ProviderProfile>();
    p->id = u"linode"_s;
    p->name.en = u"Linode"_s;
    p->annotationPrefixes = {u"service.beta.kubernetes.io/linode-loadbalancer-"_s};
    ProfileVariant v;
    v.id = u"nodebalancer"_s;
    v.isDefault = true;
    v.tcp = fact(Support::Yes);
    v.udp = fact(Support::Yes);
    v.sctp = fact(Support::No, Outcome::Rejected);
    v.mixed = fact(Support::Yes);
    v.proxyProtocol.support = fact(Support::Yes);
    ProxyProtocolAnnotation a
        = proxyAnnotation(kLinodeProxy, {u"none"_s, u"v1"_s, u"v2"_s}, {u"v1"_s, u"v2"_s}, 0);
    a.versionByValue = {{u"v1"_s, 1}, {u"v2"_s, 2}};
    a.onUdp = Outcome::Rejected;
    // Per port: port-<N> is a JSON object whose "proxy-protocol" field is the value.
    ProxyProtocolAnnotation perPort = a;
    perPort.key = kLinodePort;
    perPort.perPortJsonField = u"proxy-protocol"_s;
    v.proxyProtocol.annotations = {a, perPort};
    p->variants = {v};
    AnnotationSpec spec;
    spec.key = kLinodeProxy;
    spec.type = u"enum"_s;
    spec.values = {u"none"_s, u"v1"_s, u"v2"_s};
    AnnotationSpec port;
    port.key = kLinodePort;
    port.type = u"json"_s;
    p->annotations = {spec, port};
    return p;
}

inline const QString kGkeType = u"networking.gke.io/load-balancer-type"_s;
inline const QString kGkeGlobal = u"networking.gke.io/internal-load-balancer-allow-global-access"_s;
inline const QString kGkeDeprecatedType = u"cloud.google.com/load-balancer-type"_s;
inline const QString kGkeWeighted = u"networking.gke.io/weighted-load-balancing"_s;
inline const QString kGkeTimeout = u"networking.gke.io/test-timeout-seconds"_s;
inline const QString kGkeTestCertificate = u"networking.gke.io/test-certificate"_s; // not GKE's

// GKE-like: no PROXY protocol at all, a catalogue with each value type.
inline std::shared_ptr<ProviderProfile> gke()
{
    auto p = std::make_shared<ProviderProfile>();
    p->id = u"gke"_s;
    p->name.en = u"GKE"_s;
    p->handlesClasses = {u"networking.gke.io/l4-regional-external"_s};
    p->annotationPrefixes = {u"networking.gke.io/"_s, u"cloud.google.com/"_s};
    ProfileVariant v;
    v.id = u"l4"_s;
    v.isDefault = true;
    v.tcp = fact(Support::Yes);
    v.udp = fact(Support::Yes);
    v.sctp = fact(Support::No, Outcome::Dropped);
    v.mixed = fact(Support::No, Outcome::Ignored);
    v.proxyProtocol.support = fact(Support::No, Outcome::Ignored);
    v.appProtocol = fact(Support::No, Outcome::Ignored);
    v.tls.support = fact(Support::No, Outcome::Ignored);
    v.tls.certificateAnnotations = {kGkeTestCertificate};
    p->variants = {v};
    AnnotationSpec certificate;
    certificate.key = kGkeTestCertificate;
    AnnotationSpec type;
    type.key = kGkeType;
    type.type = u"enum"_s;
    type.values = {u"Internal"_s};
    type.caseInsensitive = false;
    AnnotationSpec global;
    global.key = kGkeGlobal;
    global.type = u"bool"_s;
    AnnotationSpec deprecated;
    deprecated.key = kGkeDeprecatedType;
    deprecated.type = u"enum"_s;
    deprecated.values = {u"Internal"_s};
    deprecated.deprecated = true;
    deprecated.replacedBy = kGkeType;
    AnnotationSpec weighted;
    weighted.key = kGkeWeighted;
    weighted.type = u"enum"_s;
    weighted.values = {u"pods-per-node"_s};
    weighted.caseInsensitive = true;
    AnnotationSpec timeout;
    timeout.key = kGkeTimeout;
    timeout.type = u"int"_s;
    timeout.minimum = 1;
    timeout.maximum = 30;
    p->annotations = {type, global, deprecated, weighted, timeout, certificate};
    return p;
}

inline const QString kAzureInternal = u"service.beta.kubernetes.io/azure-load-balancer-internal"_s;

// Azure-like: SCTP only on an internal load balancer.
inline std::shared_ptr<ProviderProfile> azure()
{
    auto p = std::make_shared<ProviderProfile>();
    p->id = u"azure"_s;
    p->name.en = u"Azure"_s;
    p->annotationPrefixes = {u"service.beta.kubernetes.io/azure-"_s};
    ProfileVariant v;
    v.id = u"standard"_s;
    v.isDefault = true;
    v.tcp = fact(Support::Yes);
    v.udp = fact(Support::Yes);
    v.sctp = fact(Support::Conditional,
                  Outcome::Rejected,
                  {annotationIs(kAzureInternal, {u"true"_s})});
    v.mixed = fact(Support::Yes);
    v.mixedSamePort = fact(Support::Yes);
    v.appProtocol = fact(Support::Conditional);
    p->variants = {v};
    AnnotationSpec internal;
    internal.key = kAzureInternal;
    internal.type = u"bool"_s;
    p->annotations = {internal};
    return p;
}

inline std::shared_ptr<ProviderProfile> metallb()
{
    auto p = std::make_shared<ProviderProfile>();
    p->id = u"metallb"_s;
    p->name.en = u"MetalLB"_s;
    p->kind = u"controller"_s;
    p->handlesClasses = {u"metallb"_s};
    p->handlesUnclassed = false;
    ProfileVariant v;
    v.id = u"l2"_s;
    v.isDefault = true;
    v.tcp = fact(Support::Yes);
    v.udp = fact(Support::Yes);
    v.sctp = fact(Support::Unknown);
    v.mixed = fact(Support::Yes);
    p->variants = {v};
    return p;
}

// Only what holds everywhere: most facts unknown, and a TCP fact left out on purpose.
inline std::shared_ptr<ProviderProfile> generic()
{
    auto p = std::make_shared<ProviderProfile>();
    p->id = u"generic"_s;
    p->name.en = u"Generic"_s;
    p->kind = u"generic"_s;
    ProfileVariant v;
    v.id = u"any"_s;
    v.isDefault = true;
    v.udp = fact(Support::Unknown);
    v.sctp = fact(Support::Unknown);
    v.mixed = fact(Support::Unknown);
    p->variants = {v};
    return p;
}

inline std::shared_ptr<ProviderProfile> bareMetal()
{
    auto p = std::make_shared<ProviderProfile>();
    p->id = u"none"_s;
    p->name.en = u"No load balancer"_s;
    p->kind = u"none"_s;
    ProfileVariant v;
    v.id = u"none"_s;
    v.isDefault = true;
    p->variants = {v};
    return p;
}

inline std::vector<std::shared_ptr<const ProviderProfile>> allProfiles()
{
    static const std::vector<std::shared_ptr<const ProviderProfile>>
        all{aws(), awsLbc(), linode(), gke(), azure(), metallb(), generic(), bareMetal()};
    return all;
}

inline Environment environment(const char *provider,
                               NodeOs nodeOs = NodeOs::Linux,
                               bool cniSctp = true,
                               bool cniMultihomed = false)
{
    Environment env;
    env.cluster.serviceCidrs = {u"10.96.0.0/12"_s, u"fd00::/108"_s};
    env.platform.knownProviders = allProfiles();
    for (const auto &p : env.platform.knownProviders) {
        if (provider && p->id == QLatin1String(provider))
            env.platform.provider = p;
    }
    env.platform.nodeOs = nodeOs;
    env.platform.cniSctp = cniSctp;
    env.platform.cniMultihomed = cniMultihomed;
    return env;
}

} // namespace sdtest::handmade
