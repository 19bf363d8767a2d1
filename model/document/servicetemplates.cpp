// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/servicetemplates.h"

#include "model/tr.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

ServicePort port(const QString &name,
                 Protocol protocol,
                 int number,
                 std::optional<IntOrString> target = std::nullopt,
                 const QString &appProtocol = {})
{
    ServicePort p;
    p.name.set(name);
    p.protocol.set(protocol);
    p.port.set(number);
    if (target)
        p.targetPort.set(*target);
    if (!appProtocol.isEmpty())
        p.appProtocol.set(appProtocol);
    return p;
}

// A Service named `name` whose pods carry `app: <app>`; no selector when `app` is empty.
Service service(const QString &name,
                const QString &app,
                ServiceType type,
                std::vector<ServicePort> ports)
{
    Service s;
    s.apiVersion.set(QStringLiteral("v1"));
    s.kind.set(QStringLiteral("Service"));
    ObjectMeta meta;
    meta.name.set(name);
    s.metadata.set(std::move(meta));
    ServiceSpec spec;
    spec.type.set(type);
    if (!app.isEmpty()) {
        StringMap selector;
        selector.set(QStringLiteral("app"), app);
        spec.selector.set(std::move(selector));
    }
    if (!ports.empty()) {
        List<ServicePort> list;
        for (ServicePort &p : ports)
            list.emplace_back(std::move(p));
        spec.ports.set(std::move(list));
    }
    s.spec.set(std::move(spec));
    return s;
}

} // namespace

std::vector<ServiceTemplate> serviceTemplates()
{
    std::vector<ServiceTemplate> out;

    out.push_back(
        {QStringLiteral("web-http"),
         EditorTr::tr("Web over HTTP"),
         EditorTr::tr("A web application inside the cluster: port 80 to the container port "
                      "named http, with appProtocol http."),
         service(QStringLiteral("web"),
                 QStringLiteral("web"),
                 ServiceType::ClusterIP,
                 {port(QStringLiteral("http"),
                       Protocol::TCP,
                       80,
                       IntOrString(QStringLiteral("http")),
                       QStringLiteral("http"))})});

    out.push_back(
        {QStringLiteral("https-lb-tls"),
         EditorTr::tr("HTTPS at a load balancer"),
         EditorTr::tr(
             "A load balancer that terminates TLS on port 443 and speaks plain HTTP to the "
             "pods on 8080 (appProtocol http). The certificate is set with a provider "
             "annotation: AWS service.beta.kubernetes.io/aws-load-balancer-ssl-cert; "
             "DigitalOcean service.beta.kubernetes.io/do-loadbalancer-certificate-id with "
             "do-loadbalancer-protocol https; Linode the JSON annotation "
             "service.beta.kubernetes.io/linode-loadbalancer-port-443 with a TLS Secret; "
             "Hetzner load-balancer.hetzner.cloud/http-certificates; Oracle "
             "service.beta.kubernetes.io/oci-load-balancer-ssl-ports with "
             "oci-load-balancer-tls-secret. Google Cloud and Azure load balancers do not "
             "terminate TLS for a Service: use an Ingress or a Gateway there."),
         service(QStringLiteral("web-public"),
                 QStringLiteral("web"),
                 ServiceType::LoadBalancer,
                 {port(QStringLiteral("https"),
                       Protocol::TCP,
                       443,
                       IntOrString(8080),
                       QStringLiteral("http"))})});

    out.push_back(
        {QStringLiteral("dns"),
         EditorTr::tr("DNS over UDP and TCP"),
         EditorTr::tr("A DNS server on port 53: UDP for queries, TCP for large answers and "
                      "zone transfers. The two ports share the number and differ in "
                      "protocol, so each needs its own name."),
         service(QStringLiteral("dns"),
                 QStringLiteral("dns"),
                 ServiceType::ClusterIP,
                 {port(QStringLiteral("dns-udp"), Protocol::UDP, 53),
                  port(QStringLiteral("dns-tcp"), Protocol::TCP, 53)})});

    out.push_back(
        {QStringLiteral("sctp-diameter"),
         EditorTr::tr("SCTP signalling (Diameter)"),
         EditorTr::tr("Diameter over SCTP on port 3868 inside the cluster. The network plugin "
                      "must support SCTP, and Windows nodes do not; few cloud load "
                      "balancers carry SCTP."),
         service(QStringLiteral("diameter"),
                 QStringLiteral("diameter"),
                 ServiceType::ClusterIP,
                 {port(QStringLiteral("diameter"), Protocol::SCTP, 3868)})});

    out.push_back(
        {QStringLiteral("tcp-proxy-protocol"),
         EditorTr::tr("TCP behind PROXY protocol"),
         EditorTr::tr(
             "A load balancer that passes TCP on port 443 through and tells the pods the "
             "client's address with a PROXY protocol header. The header is turned on with a "
             "provider annotation: AWS service.beta.kubernetes.io/"
             "aws-load-balancer-proxy-protocol: \"*\"; DigitalOcean "
             "service.beta.kubernetes.io/do-loadbalancer-enable-proxy-protocol: \"true\"; "
             "Linode service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol: "
             "v2; Hetzner load-balancer.hetzner.cloud/uses-proxyprotocol: \"true\"; Oracle "
             "network load balancers oci-network-load-balancer.oraclecloud.com/"
             "is-ppv2-enabled: \"true\". The server in the pods must expect the header, or "
             "it reads it as garbage."),
         service(QStringLiteral("tcp-proxy"),
                 QStringLiteral("tcp-proxy"),
                 ServiceType::LoadBalancer,
                 {port(QStringLiteral("tls"), Protocol::TCP, 443, IntOrString(8443))})});

    Service headless = service(QStringLiteral("db"),
                               QStringLiteral("db"),
                               ServiceType::ClusterIP,
                               {port(QStringLiteral("postgres"), Protocol::TCP, 5432)});
    headless.spec.value().clusterIP.set(QStringLiteral("None"));
    headless.spec.value().publishNotReadyAddresses.set(true);
    out.push_back(
        {QStringLiteral("headless-statefulset"),
         EditorTr::tr("Headless Service for a StatefulSet"),
         EditorTr::tr("No cluster IP: DNS gives the address of each pod, and each pod of the "
                      "StatefulSet gets a name of its own (db-0.db). Set the StatefulSet's "
                      "serviceName to this Service's name. Pods are published before they "
                      "are ready (publishNotReadyAddresses), so that peers can find each "
                      "other while the cluster starts."),
         std::move(headless)});

    Service external = service(QStringLiteral("database"), {}, ServiceType::ExternalName, {});
    external.spec.value().externalName.set(QStringLiteral("db.example.com"));
    out.push_back(
        {QStringLiteral("external-name"),
         EditorTr::tr("External name"),
         EditorTr::tr("A DNS alias (CNAME) inside the cluster for a host outside it: "
                      "database resolves to db.example.com. No pods, no ports, no proxying."),
         std::move(external)});
    return out;
}

Service blankService(const QString &name)
{
    return service(name,
                   name,
                   ServiceType::ClusterIP,
                   {port(u"http"_s, Protocol::TCP, 80, IntOrString(80))});
}

std::optional<TlsRecipe> tlsRecipe(const QString &providerId)
{
    // Each recipe is checked against the provider's profile by the tests: the Service it makes
    // is clean on that provider, and the profile says TLS ends at the load balancer on 443.
    const QString certificate = QStringLiteral("{certificate}");
    const QString acm = EditorTr::tr("The ARN of the certificate in AWS Certificate Manager:");
    const QString arn = u"arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c"_s;
    if (providerId == u"aws") {
        return TlsRecipe{acm,
                         arn,
                         {{u"service.beta.kubernetes.io/aws-load-balancer-ssl-cert"_s, certificate},
                          {u"service.beta.kubernetes.io/aws-load-balancer-ssl-ports"_s, u"443"_s},
                          {u"service.beta.kubernetes.io/aws-load-balancer-backend-protocol"_s,
                           u"http"_s}}};
    }
    if (providerId == u"aws-lbc") {
        return TlsRecipe{acm,
                         arn,
                         {{u"service.beta.kubernetes.io/aws-load-balancer-type"_s, u"external"_s},
                          {u"service.beta.kubernetes.io/aws-load-balancer-nlb-target-type"_s,
                           u"ip"_s},
                          {u"service.beta.kubernetes.io/aws-load-balancer-ssl-cert"_s, certificate},
                          {u"service.beta.kubernetes.io/aws-load-balancer-ssl-ports"_s, u"443"_s}}};
    }
    if (providerId == u"eks-auto") {
        return TlsRecipe{acm,
                         arn,
                         {{u"service.beta.kubernetes.io/aws-load-balancer-ssl-cert"_s, certificate},
                          {u"service.beta.kubernetes.io/aws-load-balancer-ssl-ports"_s, u"443"_s}}};
    }
    if (providerId == u"digitalocean") {
        return TlsRecipe{EditorTr::tr("The id of the certificate in DigitalOcean:"),
                         u"3c8d2a15-6e7f-4b90-a1c2-d3e4f5a6b7c8"_s,
                         {{u"service.beta.kubernetes.io/do-loadbalancer-type"_s, u"REGIONAL"_s},
                          {u"service.beta.kubernetes.io/do-loadbalancer-protocol"_s, u"http"_s},
                          {u"service.beta.kubernetes.io/do-loadbalancer-tls-ports"_s, u"443"_s},
                          {u"service.beta.kubernetes.io/do-loadbalancer-certificate-id"_s,
                           certificate}}};
    }
    if (providerId == u"hetzner") {
        return TlsRecipe{EditorTr::tr("The id of the certificate in Hetzner Cloud:"),
                         u"1234567"_s,
                         {{u"load-balancer.hetzner.cloud/protocol"_s, u"https"_s},
                          {u"load-balancer.hetzner.cloud/http-certificates"_s, certificate}}};
    }
    if (providerId == u"oci") {
        return TlsRecipe{EditorTr::tr("The name of the TLS Secret with the certificate and key:"),
                         u"web-tls"_s,
                         {{u"service.beta.kubernetes.io/oci-load-balancer-ssl-ports"_s, u"443"_s},
                          {u"service.beta.kubernetes.io/oci-load-balancer-tls-secret"_s,
                           certificate}}};
    }
    return std::nullopt;
}

Service withTls(Service service, const TlsRecipe &recipe, const QString &certificate)
{
    ObjectMeta *meta = service.metadata.get();
    if (!meta)
        return service;
    StringMap annotations = meta->annotations.valueOr(StringMap());
    for (const auto &[key, value] : recipe.annotations) {
        QString v = value;
        annotations.set(key, v.replace(QStringLiteral("{certificate}"), certificate));
    }
    meta->annotations.set(std::move(annotations));
    return service;
}

} // namespace sd
