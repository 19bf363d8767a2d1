// SPDX-License-Identifier: GPL-3.0-or-later
// What the chosen provider's load balancer does with a connection: pass the packets through or
// proxy them, where it sends them, whether it adds a PROXY header or X-Forwarded-For. The profiles
// say which variant a Service gets and which annotations turn PROXY protocol on; whether a variant
// proxies or passes packets through is not in the profile format, so it is the table below
// (docs/connection-trace.md § F17, which gives the source of each row).

#include <QJsonDocument>
#include <QJsonObject>

#include "model/providers/profile.h"
#include "model/providers/profilematch.h"
#include "model/teaching/connectiontrace.h"

namespace sd {

using namespace Qt::StringLiterals;

namespace {

struct ProviderRow
{
    const char16_t *provider;
    const char16_t *variant; ///< nullptr: every variant of the provider
    LoadBalancerKind kind;
    LoadBalancerTarget target;
    bool healthChecksNodes;
    bool enforcesSourceRanges;
    const char *why; ///< context sd::trace
};

// § F17. One row per load-balancer implementation the bundled profiles know.
const ProviderRow providerRows[] = {
    {u"aws",
     u"clb",
     LoadBalancerKind::Proxy,
     LoadBalancerTarget::NodePort,
     true,
     true,
     QT_TRANSLATE_NOOP("sd::trace",
                       "The classic ELB is a TCP proxy: it ends the client's connection and "
                       "opens its own to a node port.")},
    {u"aws",
     u"nlb",
     LoadBalancerKind::PassThrough,
     LoadBalancerTarget::NodePort,
     true,
     true,
     QT_TRANSLATE_NOOP("sd::trace",
                       "The cloud controller's NLB registers the nodes (instance targets): it "
                       "forwards the client's packets to a node port and keeps the client's "
                       "address.")},
    {u"aws-lbc",
     nullptr,
     LoadBalancerKind::PassThrough,
     LoadBalancerTarget::NodePort,
     true,
     true,
     QT_TRANSLATE_NOOP("sd::trace",
                       "The AWS Load Balancer Controller's NLB forwards packets: to a node port "
                       "with instance targets (its default), to the pods with ip targets.")},
    {u"eks-auto",
     nullptr,
     LoadBalancerKind::PassThrough,
     LoadBalancerTarget::Pods,
     true,
     true,
     QT_TRANSLATE_NOOP("sd::trace",
                       "EKS Auto Mode's NLB forwards packets: to the pods with ip targets (its "
                       "default), to a node port with instance targets.")},
    {u"gke",
     nullptr,
     LoadBalancerKind::PassThrough,
     LoadBalancerTarget::LoadBalancerAddress,
     true,
     true,
     QT_TRANSLATE_NOOP("sd::trace",
                       "GKE's Service load balancers pass packets through: they reach a node "
                       "still addressed to the load balancer, from the client's address.")},
    {u"azure",
     nullptr,
     LoadBalancerKind::PassThrough,
     LoadBalancerTarget::LoadBalancerAddress,
     true,
     true,
     QT_TRANSLATE_NOOP("sd::trace",
                       "Azure Load Balancer passes packets through (with floating IP, as the "
                       "cloud controller sets its rules up): they reach a node still addressed "
                       "to the load balancer, from the client's address.")},
    {u"digitalocean",
     u"regional-network",
     LoadBalancerKind::PassThrough,
     LoadBalancerTarget::LoadBalancerAddress,
     true,
     true,
     QT_TRANSLATE_NOOP("sd::trace",
                       "DigitalOcean's regional network load balancer passes packets through to "
                       "the Service's port on the nodes, from the client's address.")},
    {u"digitalocean",
     u"regional",
     LoadBalancerKind::Proxy,
     LoadBalancerTarget::NodePort,
     true,
     true,
     QT_TRANSLATE_NOOP("sd::trace",
                       "DigitalOcean's regional load balancer ends the client's connection and "
                       "opens its own to a node port.")},
    {u"linode",
     nullptr,
     LoadBalancerKind::Proxy,
     LoadBalancerTarget::NodePort,
     true,
     true,
     QT_TRANSLATE_NOOP("sd::trace",
                       "A NodeBalancer is a proxy: it ends the client's connection and opens its "
                       "own to a node port.")},
    {u"hetzner",
     nullptr,
     LoadBalancerKind::Proxy,
     LoadBalancerTarget::NodePort,
     true,
     true,
     QT_TRANSLATE_NOOP("sd::trace",
                       "The Hetzner Cloud load balancer is a proxy: it ends the client's "
                       "connection and opens its own to a node port.")},
    {u"oci",
     u"lb",
     LoadBalancerKind::Proxy,
     LoadBalancerTarget::NodePort,
     true,
     true,
     QT_TRANSLATE_NOOP("sd::trace",
                       "The OCI load balancer is a proxy: it ends the client's connection and "
                       "opens its own to a node port.")},
    {u"oci",
     u"nlb",
     LoadBalancerKind::PassThrough,
     LoadBalancerTarget::NodePort,
     true,
     true,
     QT_TRANSLATE_NOOP("sd::trace",
                       "The OCI network load balancer forwards packets to a node port; it keeps "
                       "the client's address only with externalTrafficPolicy: Local "
                       "(is-preserve-source).")},
    {u"metallb",
     nullptr,
     LoadBalancerKind::PassThrough,
     LoadBalancerTarget::LoadBalancerAddress,
     false,
     false,
     QT_TRANSLATE_NOOP("sd::trace",
                       "MetalLB builds no load balancer: it announces the address from the "
                       "nodes (ARP or BGP), and packets arrive at a node unchanged.")},
};

const ProviderRow *rowFor(const QString &provider, const QString &variant)
{
    for (const ProviderRow &row : providerRows) {
        if (provider == QStringView(row.provider)
            && (!row.variant || variant == QStringView(row.variant)))
            return &row;
    }
    return nullptr;
}

QString annotation(const Service &service, QStringView key)
{
    return annotationValue(service, key).value_or(QString());
}

// The items of a comma-separated key=value list, trimmed (AWS target-group attributes).
bool hasAttribute(const QString &list, QStringView item)
{
    for (const QString &raw : list.split(u',')) {
        if (raw.trimmed().compare(item, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The version of the PROXY header the variant adds to this port (as the profile's annotations
// say): 0 none, -1 on in an undocumented version.
int proxyVersion(const ProfileVariant &variant, const Service &service, const ServicePort &port)
{
    const QString number = QString::number(port.port.valueOr(0));
    for (const ProxyProtocolAnnotation &a : variant.proxyProtocol.annotations) {
        QString key = a.key;
        key.replace(u"{port}"_s, number).replace(u"{N}"_s, number);
        std::optional<QString> value = annotationValue(service, key);
        if (!value)
            continue;
        if (!a.perPortJsonField.isEmpty())
            value = QJsonDocument::fromJson(value->toUtf8())
                        .object()
                        .value(a.perPortJsonField)
                        .toString();
        const ProxyValue read = readProxyValue(a, *value);
        if (read.valid && read.enabling)
            return read.version > 0 ? read.version : -1;
    }
    return 0;
}

// Whether the load balancer speaks HTTP to the pods (and so adds X-Forwarded-For): the profile's
// backend-protocol values for plain HTTP, and the values that terminate TLS and then speak HTTP
// (§ F9, F17).
bool speaksHttp(const ProviderProfile &profile,
                const ProfileVariant &variant,
                const Service &service,
                const ServicePort &port)
{
    QString value;
    if (profile.id == u"linode") {
        // A port's own JSON annotation wins over the default (loadbalancers_helpers.go).
        const QString key = u"service.beta.kubernetes.io/linode-loadbalancer-port-"_s
                            + QString::number(port.port.valueOr(0));
        const QString json = annotation(service, key);
        value = QJsonDocument::fromJson(json.toUtf8()).object().value(u"protocol").toString();
    }
    if (value.isEmpty() && variant.backendProtocol)
        value = annotationValue(service, variant.backendProtocol->key).value_or(QString());
    if (value.isEmpty())
        return false;
    if (variant.backendProtocol) {
        const Qt::CaseSensitivity cs = variant.backendProtocol->caseInsensitive
                                           ? Qt::CaseInsensitive
                                           : Qt::CaseSensitive;
        if (variant.backendProtocol->httpValues.contains(value, cs))
            return true;
    }
    if (profile.id == u"aws" && variant.id == u"clb")
        return value == u"https"; // an HTTPS listener: HTTP after TLS
    if (profile.id == u"digitalocean" && variant.id == u"regional") {
        if (annotation(service, u"service.beta.kubernetes.io/do-loadbalancer-tls-passthrough")
            == u"true")
            return false;
        return value == u"https" || value == u"http2" || value == u"http3";
    }
    if (profile.id == u"linode")
        return value.compare(u"http", Qt::CaseInsensitive) == 0
               || value.compare(u"https", Qt::CaseInsensitive) == 0;
    return false;
}

LoadBalancerBehaviour none(const QString &providerId, const QString &note, const char *code)
{
    LoadBalancerBehaviour b;
    b.kind = LoadBalancerKind::None;
    b.providerId = providerId;
    b.note = note;
    b.reasonCode = QString::fromLatin1(code);
    return b;
}

// The AWS NLB target type and whether it keeps the client's address (§ F17).
void awsTargets(LoadBalancerBehaviour &b, const Service &service, const ServicePort &port)
{
    const QString type
        = annotation(service, u"service.beta.kubernetes.io/aws-load-balancer-nlb-target-type");
    if (type == u"ip")
        b.target = LoadBalancerTarget::Pods;
    else if (type == u"instance")
        b.target = LoadBalancerTarget::NodePort;
    const QString attributes
        = annotation(service,
                     u"service.beta.kubernetes.io/aws-load-balancer-target-group-attributes");
    if (hasAttribute(attributes, u"preserve_client_ip.enabled=false"))
        b.keepsClientAddress = false;
    else if (hasAttribute(attributes, u"preserve_client_ip.enabled=true"))
        b.keepsClientAddress = true;
    else // the default: on for instance targets, and for ip targets with UDP only
        b.keepsClientAddress = b.target != LoadBalancerTarget::Pods
                               || port.protocol.valueOr(Protocol::TCP) == Protocol::UDP;
}

} // namespace

LoadBalancerBehaviour loadBalancerBehaviour(const ProviderProfile *profile,
                                            const Service &service,
                                            const ServicePort &port)
{
    if (!profile || profile->kind == u"none") {
        return none(profile ? profile->id : QString(),
                    TraceTr::tr("There is no load-balancer implementation (bare metal without "
                                "MetalLB or the like): LoadBalancer Services stay pending."),
                    "no-load-balancer");
    }
    if (profile->kind == u"generic") {
        return none(profile->id,
                    TraceTr::tr("The generic provider names no load-balancer implementation; "
                                "the trace assumes none, as on bare metal. Choose your provider "
                                "to trace its load balancer."),
                    "no-load-balancer");
    }
    const ProviderProfile *acting = profile;
    QString handedOver;
    if (const Selector *ignoring = ignoringSelector(*profile, service)) {
        // The AWS cloud controller leaves `external` and `nlb-ip` to the AWS Load Balancer
        // Controller, which builds an NLB (§ F17).
        if (profile->id != u"aws") {
            return none(profile->id,
                        TraceTr::tr("%1 leaves this Service to another controller (annotation "
                                    "%2): the trace cannot tell what that one builds.")
                            .arg(profile->name.text(), ignoring->annotation),
                        "not-handled");
        }
        handedOver = annotation(service, u"service.beta.kubernetes.io/aws-load-balancer-type");
        acting = nullptr;
    } else if (!handles(*profile, service)) {
        return none(profile->id,
                    TraceTr::tr("%1 does not act on this Service (loadBalancerClass %2): no load "
                                "balancer is built unless a controller of that class runs.")
                        .arg(profile->name.text(),
                             specOf(service).loadBalancerClass.valueOr(TraceTr::tr("(none)"))),
                    "not-handled");
    }

    LoadBalancerBehaviour b;
    b.providerId = profile->id;
    const ProfileVariant *variant = acting ? &selectVariant(*acting, service) : nullptr;
    b.variantId = variant ? variant->id : u"nlb"_s;
    const QString rowProvider = acting ? acting->id : u"aws-lbc"_s;
    if (const ProviderRow *row = rowFor(rowProvider, b.variantId)) {
        b.kind = row->kind;
        b.target = row->target;
        b.healthChecksNodes = row->healthChecksNodes;
        b.enforcesSourceRanges = row->enforcesSourceRanges;
        b.note = TraceTr::tr(row->why);
    } else {
        // A profile of the user's: nothing says how it forwards.
        b.kind = LoadBalancerKind::PassThrough;
        b.target = LoadBalancerTarget::NodePort;
        b.assumed = true;
        b.note = TraceTr::tr("The trace does not know how this implementation forwards; it "
                             "assumes that it passes packets through to a node port.");
    }
    if (!handedOver.isEmpty()) {
        b.note = TraceTr::tr("The AWS cloud controller leaves this Service "
                             "(aws-load-balancer-type: %1) to the AWS Load Balancer Controller, "
                             "traced here; without that controller it stays pending.")
                     .arg(handedOver)
                 + u' ' + b.note;
    }
    if (rowProvider == u"aws-lbc" || rowProvider == u"eks-auto"
        || (rowProvider == u"aws" && b.variantId == u"nlb"))
        awsTargets(b, service, port);
    if (rowProvider == u"aws" && b.variantId == u"nlb")
        b.target = LoadBalancerTarget::NodePort; // the cloud controller registers instances only
    if (rowProvider == u"oci" && b.variantId == u"nlb") {
        const bool local = specOf(service).externalTrafficPolicy.valueOr(TrafficPolicy::Cluster)
                           == TrafficPolicy::Local;
        const QString preserve
            = annotation(service, u"oci-network-load-balancer.oraclecloud.com/is-preserve-source");
        b.keepsClientAddress = local && preserve.compare(u"false", Qt::CaseInsensitive) != 0;
    }
    if (variant) {
        b.implementation = variant->name.isEmpty() ? acting->name.text() : variant->name.text();
        b.proxyProtocolVersion = proxyVersion(*variant, service, port);
        b.speaksHttp = b.kind == LoadBalancerKind::Proxy
                       && speaksHttp(*acting, *variant, service, port);
    } else {
        b.implementation = TraceTr::tr("AWS Load Balancer Controller (NLB)");
        const QString proxy
            = annotation(service, u"service.beta.kubernetes.io/aws-load-balancer-proxy-protocol");
        const QString attributes
            = annotation(service,
                         u"service.beta.kubernetes.io/aws-load-balancer-target-group-attributes");
        if (proxy == u"*" || hasAttribute(attributes, u"proxy_protocol_v2.enabled=true"))
            b.proxyProtocolVersion = 2;
    }
    return b;
}

} // namespace sd
