// SPDX-License-Identifier: GPL-3.0-or-later
// Findings that depend on the nodes and the network plugin, and the naming of appProtocol values
// (the platform-* codes of the table in providerrules_p.h).

#include "model/tr.h"
#include "model/validation/appprotocol.h"
#include "model/validation/providerrules_p.h"
#include "model/validation/syntax.h"

namespace sd::rules::platform {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// Node OS and CNI

void checkNodesAndCni(RuleContext &c)
{
    if (c.isType(ServiceType::ExternalName))
        return;
    const TargetPlatform &platform = c.environment.platform;
    const List<ServicePort> &ports = c.service.ports();
    bool noted = false;
    for (size_t i = 0; i < ports.size(); ++i) {
        const ServicePort *p = ports[i].get();
        if (!p || !p->protocol.hasValue() || p->protocol.value() != Protocol::SCTP)
            continue;
        const FieldPath path = portFieldPath(i, u"protocol");
        const SourcePos pos = portFieldPos(c, i, &ServicePort::protocol);
        if (platform.nodeOs == NodeOs::Windows) {
            c.warning(u"platform-sctp-windows"_s,
                      path,
                      pos,
                      ValidationTr::tr(
                          "SCTP is not supported on Windows nodes: this port carries no "
                          "traffic in a cluster of Windows nodes."));
        } else if (platform.nodeOs == NodeOs::Mixed) {
            c.warning(u"platform-sctp-windows-mixed"_s,
                      path,
                      pos,
                      ValidationTr::tr(
                          "SCTP is not supported on Windows nodes: schedule the pods behind "
                          "this Service on Linux nodes (nodeSelector kubernetes.io/os: "
                          "linux)."));
        }
        if (!platform.cniSctp) {
            c.warning(u"platform-sctp-cni"_s,
                      path,
                      pos,
                      ValidationTr::tr(
                          "The cluster's network plugin does not support SCTP: this port "
                          "carries no traffic."));
        }
        // The note is about the platform the user described; with no provider chosen the
        // validator keeps to the API server's view (and says nothing where nothing is wrong).
        if (!noted && platform.provider) {
            noted = true;
            const QString message = c.translated(
                platform.cniMultihomed
                    ? QT_TRANSLATE_NOOP(
                        "sd::validation",
                        "Multihomed SCTP (one association over several addresses) also "
                        "needs NAT support for multihomed associations in the kernel; "
                        "Services do not translate them, so reach multihomed pods by "
                        "their own addresses.")
                    : QT_TRANSLATE_NOOP(
                        "sd::validation",
                        "The network plugin gives each pod one interface, so SCTP "
                        "associations to these pods are single-homed. Multihoming needs "
                        "a plugin that adds interfaces (Multus and the like) and kernel "
                        "NAT support for multihomed associations, which Services do not "
                        "provide."));
            report(c,
                   Severity::Info,
                   u"platform-sctp-multihoming"_s,
                   path,
                   pos,
                   message,
                   std::nullopt);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// appProtocol names

void checkAppProtocolNames(RuleContext &c)
{
    const List<ServicePort> &ports = c.service.ports();
    for (size_t i = 0; i < ports.size(); ++i) {
        const ServicePort *p = ports[i].get();
        const QString *value = p ? p->appProtocol.get() : nullptr;
        if (!value || value->isEmpty())
            continue;
        const QString path = portPath(i) + u".appProtocol";
        const SourcePos pos = portFieldPos(c, i, &ServicePort::appProtocol);
        switch (appprotocol::classify(*value)) {
        case appprotocol::Kind::MissingPrefix: {
            const QString prefixed = u"kubernetes.io/"_s + *value;
            c.warning(u"platform-app-protocol-unprefixed"_s,
                      path,
                      pos,
                      ValidationTr::tr(
                          "appProtocol %1 is the Kubernetes name %2 without its prefix; "
                          "implementations look for %2.")
                          .arg(quoted(*value), prefixed),
                      Fix{ValidationTr::tr("Use %1").arg(prefixed), [i, prefixed](Service &s) {
                              if (ServicePort *port = portAt(s, i))
                                  port->appProtocol.set(prefixed);
                          }});
            break;
        }
        case appprotocol::Kind::KubernetesUnknown:
            c.warning(u"platform-app-protocol-kubernetes-unknown"_s,
                      path,
                      pos,
                      ValidationTr::tr(
                          "appProtocol %1 uses the reserved prefix kubernetes.io/ but is not "
                          "one of its names: kubernetes.io/h2c, kubernetes.io/ws, "
                          "kubernetes.io/wss.")
                          .arg(quoted(*value)));
            break;
        case appprotocol::Kind::NotAName:
            // Not a qualified name at all: the API server's error (app-protocol-invalid) says it.
            if (!syntax::qualifiedNameErrors(*value).isEmpty())
                break;
            [[fallthrough]];
        case appprotocol::Kind::Unregistered: {
            const bool http2 = value->compare(u"http2", Qt::CaseInsensitive) == 0
                               || value->compare(u"h2", Qt::CaseInsensitive) == 0;
            const QString message
                = http2 ? ValidationTr::tr(
                              "appProtocol %1 is not an IANA service name, and "
                              "implementations disagree on it (GKE reads HTTP2 as HTTP/2 "
                              "over TLS, Istio as cleartext HTTP/2). For cleartext HTTP/2 use "
                              "kubernetes.io/h2c.")
                              .arg(quoted(*value))
                        : ValidationTr::tr(
                              "appProtocol %1 is not a known IANA service name; unprefixed "
                              "values are reserved for IANA service names. Use a name with "
                              "a domain prefix (example.com/%2) or a standard one such as "
                              "http, https or kubernetes.io/h2c.")
                              .arg(quoted(*value), *value);
            c.warning(u"platform-app-protocol-unregistered"_s, path, pos, message);
            break;
        }
        case appprotocol::Kind::IanaServiceName:
        case appprotocol::Kind::KubernetesName:
        case appprotocol::Kind::DomainPrefixed:
            break;
        }
    }
}

} // namespace sd::rules::platform
