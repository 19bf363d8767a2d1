// SPDX-License-Identifier: GPL-3.0-or-later
// Connections from outside the cluster: to a node port, to an external IP, through the load
// balancer; and what kube-proxy on the receiving node does with them. Sections cited as § Fn are
// those of docs/connection-trace.md.

#include <algorithm>

#include "model/teaching/connectiontrace.h"
#include "model/teaching/connectiontrace_p.h"
#include "model/teaching/proxyheader.h"
#include "model/validation/syntax.h"

namespace sd::trace {

using namespace Qt::StringLiterals;

namespace {

QString clientSource()
{
    return hostPort(clientAddress(), clientPort);
}

// § F13: kube-proxy keys ClientIP affinity on the source it sees, in its own node's table.
void affinityNote(Builder &b, int at, const QString &seenByKubeProxy, bool behindProxy)
{
    if (!b.clientIPAffinity())
        return;
    b.note(behindProxy
               ? TraceTr::tr("sessionAffinity: ClientIP: kube-proxy on %1 keys the choice on the "
                             "source it sees, %2, the load balancer's address. Every client that "
                             "comes through it from that address sticks to the same endpoint for "
                             "%3 seconds.")
                     .arg(b.nodeName(at), seenByKubeProxy)
                     .arg(b.affinityTimeout())
               : TraceTr::tr("sessionAffinity: ClientIP: kube-proxy on %1 keys the choice on the "
                             "source it sees, %2, for %3 seconds. Each node keeps its own choices: "
                             "a connection that arrives at another node may get another "
                             "endpoint.")
                     .arg(b.nodeName(at), seenByKubeProxy)
                     .arg(b.affinityTimeout()),
           "F13");
}

void internalPolicyNote(Builder &b)
{
    if (b.internalPolicyLocal()) {
        b.note(TraceTr::tr("internalTrafficPolicy: Local does not apply here: it is for "
                           "connections from inside the cluster to the cluster IP."),
               "F2");
    }
}

// What kube-proxy on node `at` does with a connection from outside (a node port, an external IP
// or the load balancer's address): `source` as it arrives, `destination` as addressed. `kept` is
// whom the pod sees when the source is not translated.
void kubeProxyExternal(Builder &b,
                       int at,
                       const QString &source,
                       const QString &destination,
                       SeenSource kept,
                       const QString &keptAddress)
{
    const TracePlace node = b.node(at);
    const QString name = b.nodeName(at);
    const std::vector<Endpoint> all = b.endpoints();
    const QString seenByKubeProxy = source.section(u':', 0, 0);
    if (all.empty()) {
        b.fail(u"no-endpoints"_s,
               TraceTr::tr("The Service has no ready endpoint: kube-proxy on %1 rejects the "
                           "connection (REJECT), so the client gets \"connection refused\".")
                   .arg(name),
               "F3");
        return;
    }
    if (b.externalPolicyLocal()) {
        // § F5: only this node's endpoints; none means DROP, and the source is kept.
        const std::vector<Endpoint> local = b.endpointsOn(at);
        b.result.candidateNodes = b.nodeNames(local.empty() ? all : local);
        if (local.empty()) {
            b.fail(u"no-local-endpoint-external"_s,
                   TraceTr::tr("externalTrafficPolicy is Local and %1 has no ready endpoint of "
                               "the Service: kube-proxy drops the packet (DROP), so the "
                               "connection times out. Only nodes with an endpoint answer.")
                       .arg(name),
                   "F5");
            return;
        }
        const Endpoint &chosen = local.front();
        b.step(node,
               TraceNat::Dnat,
               source,
               b.target(chosen),
               TraceTr::tr("kube-proxy on %1 picks an endpoint on this node only "
                           "(externalTrafficPolicy: Local) and rewrites the destination %2 to %3 "
                           "(DNAT). It leaves the source alone: no SNAT.")
                   .arg(name, destination, b.target(chosen)),
               "F5");
        b.leg(node,
              b.pod(chosen),
              source,
              b.target(chosen),
              TraceTr::tr("Delivered to the pod on the same node, with the source %1.")
                  .arg(seenByKubeProxy),
              "F5");
        b.deliver(chosen, kept, keptAddress);
        affinityNote(b, at, seenByKubeProxy, kept == SeenSource::LoadBalancer);
        internalPolicyNote(b);
        return;
    }
    // § F4: any node's endpoints, and SNAT so that the reply comes back this way.
    b.result.candidateNodes = b.nodeNames(all);
    const Endpoint &chosen = all.front();
    b.step(node,
           TraceNat::Dnat,
           source,
           b.target(chosen),
           TraceTr::tr("kube-proxy on %1 picks one of the Service's endpoints on any node "
                       "(externalTrafficPolicy: Cluster; at random, here the first) and rewrites "
                       "the destination %2 to %3 (DNAT).")
               .arg(name, destination, b.target(chosen)),
           "F4");
    const QString snatAddress = chosen.node == at ? podGatewayAddress(at) : nodeAddress(at);
    const QString snatSource = hostPort(snatAddress, masqueradePort);
    b.step(node,
           TraceNat::Snat,
           snatSource,
           b.target(chosen),
           TraceTr::tr("With externalTrafficPolicy: Cluster, kube-proxy also masquerades the "
                       "packet: the source %1 becomes %2, an address of %3 (SNAT, with a random "
                       "source port), so that the reply comes back through %3, which undoes "
                       "both translations.")
               .arg(seenByKubeProxy, snatAddress, name),
           "F4");
    b.leg(node,
          b.pod(chosen),
          snatSource,
          b.target(chosen),
          chosen.node == at
              ? TraceTr::tr("Delivered to the pod on the same node.")
              : TraceTr::tr("Routed over the pod network to %1 (the network plugin may "
                            "encapsulate it, but it translates no address).")
                    .arg(b.nodeName(chosen.node)),
          "F4");
    b.deliver(chosen, SeenSource::Node, snatAddress);
    if (b.lostNote.isEmpty()) {
        b.lostNote = TraceTr::tr("The client's address %1 does not reach the pod: kube-proxy on "
                                 "%2 replaced it (SNAT). externalTrafficPolicy: Local keeps it.")
                         .arg(clientAddress(), name);
    }
    affinityNote(b, at, seenByKubeProxy, kept == SeenSource::LoadBalancer);
    internalPolicyNote(b);
}

QStringList sourceRanges(const Builder &b)
{
    QStringList ranges;
    if (const List<QString> *list = b.spec.loadBalancerSourceRanges.get()) {
        for (const Field<QString> &f : *list) {
            if (f.hasValue())
                ranges << f.value().trimmed();
        }
    }
    // The annotation counts only when the field is empty, as in the API server.
    const ObjectMeta &meta = metaOf(b.service);
    if (ranges.isEmpty() && meta.annotations.hasValue()) {
        const Field<QString> *a = meta.annotations.value().find(
            u"service.beta.kubernetes.io/load-balancer-source-ranges");
        if (a && a->hasValue()) {
            for (const QString &r : a->value().split(u',', Qt::SkipEmptyParts))
                ranges << r.trimmed();
        }
    }
    return ranges;
}

bool contains(const QString &cidrText, const QString &addressText)
{
    const std::optional<syntax::Cidr> cidr = syntax::parseCidr(cidrText);
    const std::optional<syntax::IPAddress> ip = syntax::parseIP(addressText);
    if (!cidr || !ip || cidr->address.v4 != ip->v4)
        return false;
    // Both are kept in 16 bytes; an IPv4 address in the last 4.
    const int offset = ip->v4 ? 12 : 0;
    for (int bit = 0; bit < cidr->bits; ++bit) {
        const int byte = offset + bit / 8;
        const int mask = 0x80 >> (bit % 8);
        if ((cidr->address.bytes[size_t(byte)] & mask) != (ip->bytes[size_t(byte)] & mask))
            return false;
    }
    return true;
}

// § F9: the PROXY header the load balancer sends, and X-Forwarded-For.
void clientAddressCarriers(Builder &b, const QString &loadBalancerAddress)
{
    const LoadBalancerBehaviour &lb = b.request.loadBalancer;
    if (b.port.protocol != Protocol::TCP)
        return;
    if (lb.proxyProtocolVersion != 0) {
        const int version = lb.proxyProtocolVersion > 0 ? lb.proxyProtocolVersion : 1;
        const std::optional<ProxyEndpoint> src = parseProxyEndpoint(clientSource());
        const std::optional<ProxyEndpoint> dst = parseProxyEndpoint(
            hostPort(loadBalancerAddress, b.port.port));
        QString header;
        if (src && dst) {
            const ProxyHeaderResult h = buildProxyHeader(version, *src, *dst, ProxyTransport::Tcp);
            if (h.header) {
                header = version == 1 ? QString::fromLatin1(h.header->bytes).trimmed()
                                      : hexBytes(h.header->bytes);
            }
        }
        b.result.proxyHeader = header;
        b.result.clientAddressIn.push_back(ClientAddressCarrier::ProxyHeader);
        b.carrierNotes << (lb.proxyProtocolVersion > 0
                               ? TraceTr::tr("The client's address %1 is in the PROXY protocol "
                                             "header (version %2) that the load balancer sends "
                                             "before the first byte of data: the pod must read it "
                                             "on every connection.")
                                     .arg(clientAddress())
                                     .arg(lb.proxyProtocolVersion)
                               : TraceTr::tr("The client's address %1 is in the PROXY protocol "
                                             "header that the load balancer sends before the "
                                             "first byte of data (the profile does not say which "
                                             "version): the pod must read it on every "
                                             "connection.")
                                     .arg(clientAddress()));
        b.fact(u"F9"_s);
    }
    if (lb.speaksHttp) {
        b.result.clientAddressIn.push_back(ClientAddressCarrier::XForwardedFor);
        b.carrierNotes << TraceTr::tr("The load balancer speaks HTTP to the pods and adds the "
                                      "client's address %1 to each request in the "
                                      "X-Forwarded-For header.")
                              .arg(clientAddress());
        b.fact(u"F9"_s);
    }
}

// AWS "ip" targets: the load balancer sends to the pods themselves (§ F7, F17).
void tracePodTargets(Builder &b, const QString &vip)
{
    const LoadBalancerBehaviour &lb = b.request.loadBalancer;
    const std::vector<Endpoint> all = b.endpoints();
    b.result.candidateNodes = b.nodeNames(all);
    if (all.empty()) {
        b.fail(u"no-endpoints"_s,
               TraceTr::tr("The Service has no ready endpoint: the load balancer has no healthy "
                           "target to send the connection to."),
               "F7");
        return;
    }
    const Endpoint &chosen = all.front();
    QString source = clientSource();
    if (!lb.keepsClientAddress) {
        source = hostPort(loadBalancerInsideAddress(), loadBalancerInsidePort);
        b.step(Builder::loadBalancer(),
               TraceNat::Snat,
               source,
               vip,
               TraceTr::tr("The load balancer does not keep the client's address for these "
                           "targets: it replaces the source with its own address %1 (SNAT).")
                   .arg(loadBalancerInsideAddress()),
               "F7");
        b.lostNote = TraceTr::tr("The client's address %1 does not reach the pod: the load "
                                 "balancer replaced it with its own.")
                         .arg(clientAddress());
    }
    b.step(Builder::loadBalancer(),
           TraceNat::Dnat,
           source,
           b.target(chosen),
           TraceTr::tr("The load balancer sends to the pods' own addresses (target type ip) and "
                       "rewrites the destination to %1 (DNAT). kube-proxy is not involved: "
                       "externalTrafficPolicy and the node ports do not apply.")
               .arg(b.target(chosen)),
           "F7");
    b.leg(Builder::loadBalancer(),
          b.pod(chosen),
          source,
          b.target(chosen),
          TraceTr::tr("The network routes the packet straight to the pod on %1.")
              .arg(b.nodeName(chosen.node)),
          "F7");
    b.deliver(chosen,
              lb.keepsClientAddress ? SeenSource::Client : SeenSource::LoadBalancer,
              lb.keepsClientAddress ? clientAddress() : loadBalancerInsideAddress());
    if (b.clientIPAffinity()) {
        b.note(TraceTr::tr("sessionAffinity has no effect here: kube-proxy does not handle "
                           "this connection."),
               "F13");
    }
}

// Which nodes the load balancer sends to (§ F6): with externalTrafficPolicy Local only those
// that pass the health check, or, for MetalLB, that announce the address.
std::vector<int> eligibleNodes(const Builder &b)
{
    std::vector<int> nodes;
    for (int n = 0; n < int(b.request.topology.nodes.size()); ++n) {
        if (!b.externalPolicyLocal() || !b.endpointsOn(n).empty())
            nodes.push_back(n);
    }
    return nodes;
}

QStringList namesOf(const Builder &b, const std::vector<int> &nodes)
{
    QStringList names;
    for (int n : nodes)
        names << b.nodeName(n);
    return names;
}

QString healthCheckPort(const Builder &b)
{
    const int port = b.spec.healthCheckNodePort.valueOr(0);
    return QString::number(port > 0 ? port : exampleHealthCheckNodePort);
}

} // namespace

void traceNodePort(Builder &b)
{
    const int at = b.nodeIndex(b.request.viaNode);
    const QString destination = hostPort(nodeAddress(at), b.port.nodePort);
    b.leg(Builder::client(),
          b.node(at),
          clientSource(),
          destination,
          TraceTr::tr("The client connects to the address of %1 and the node port %2; every "
                      "node opens the node port.")
              .arg(b.nodeName(at))
              .arg(b.port.nodePort),
          "F4");
    if (!sourceRanges(b).isEmpty()) {
        b.note(TraceTr::tr("loadBalancerSourceRanges do not restrict node ports: kube-proxy "
                           "applies them only to traffic for the load balancer's address."),
               "F11");
    }
    kubeProxyExternal(b, at, clientSource(), destination, SeenSource::Client, clientAddress());
}

void traceExternalIP(Builder &b)
{
    const int at = b.nodeIndex(b.request.viaNode);
    const QString ip = b.spec.externalIPs.value().front().valueOr({});
    const QString destination = hostPort(ip, b.port.port);
    b.leg(Builder::client(),
          b.node(at),
          clientSource(),
          destination,
          TraceTr::tr("The client connects to the external IP %1. Kubernetes does not route "
                      "it: the network must bring it to a node, here %2, where kube-proxy has a "
                      "rule for %1 and port %3.")
              .arg(ip, b.nodeName(at))
              .arg(b.port.port),
          "F12");
    kubeProxyExternal(b, at, clientSource(), destination, SeenSource::Client, clientAddress());
}

void traceLoadBalancer(Builder &b)
{
    const LoadBalancerBehaviour &lb = b.request.loadBalancer;
    const QString lbAddress = b.loadBalancerAddress();
    const QString vip = hostPort(lbAddress, b.port.port);
    if (!lb.note.isEmpty())
        b.note(lb.note, "F17");
    if (lb.kind == LoadBalancerKind::None) {
        b.leg(Builder::client(),
              Builder::loadBalancer(),
              clientSource(),
              TraceTr::tr("(pending)"),
              TraceTr::tr("The Service's status.loadBalancer stays empty: there is no address "
                          "to connect to."),
              "F10");
        b.fail(lb.reasonCode.isEmpty() ? u"no-load-balancer"_s : lb.reasonCode,
               TraceTr::tr("No load-balancer implementation acts on this Service, so its load "
                           "balancer is never built and stays pending. The node ports still "
                           "work on every node."),
               "F10");
        return;
    }
    const bool proxy = lb.kind == LoadBalancerKind::Proxy;
    b.leg(Builder::client(),
          Builder::loadBalancer(),
          clientSource(),
          vip,
          proxy
              ? TraceTr::tr("The client connects to the load balancer's address %1. The load "
                            "balancer is a proxy: this TCP connection ends there.")
                    .arg(lbAddress)
              : TraceTr::tr("The client connects to the load balancer's address %1.").arg(lbAddress),
          proxy ? "F8" : "F7");

    // § F11: loadBalancerSourceRanges.
    const QStringList ranges = sourceRanges(b);
    if (!ranges.isEmpty()) {
        const bool allowed = std::any_of(ranges.begin(), ranges.end(), [](const QString &r) {
            return contains(r, clientAddress());
        });
        if (!allowed && lb.enforcesSourceRanges) {
            b.fail(u"source-range"_s,
                   TraceTr::tr("%1 is not in loadBalancerSourceRanges (%2): the load balancer's "
                               "firewall, which the provider builds from that list, drops the "
                               "connection.")
                       .arg(clientAddress(), ranges.join(u", ")),
                   "F11");
            return;
        }
        if (allowed) {
            b.note(TraceTr::tr("%1 is in loadBalancerSourceRanges (%2), so it may connect.")
                       .arg(clientAddress(), ranges.join(u", ")),
                   "F11");
        } else {
            const int at = b.nodeIndex(b.request.viaNode);
            b.leg(Builder::loadBalancer(),
                  b.node(at),
                  clientSource(),
                  vip,
                  TraceTr::tr("The address is announced from %1; the packet arrives there "
                              "unchanged.")
                      .arg(b.nodeName(at)),
                  "F7");
            b.fail(u"source-range"_s,
                   TraceTr::tr("%1 is not in loadBalancerSourceRanges (%2): kube-proxy on %3 "
                               "drops the packet (its firewall rules for the load balancer's "
                               "address), so the connection times out.")
                       .arg(clientAddress(), ranges.join(u", "), b.nodeName(at)),
                   "F11");
            return;
        }
    }

    if (lb.target == LoadBalancerTarget::Pods) {
        tracePodTargets(b, vip);
        if (b.result.delivered)
            clientAddressCarriers(b, lbAddress);
        return;
    }

    // § F6: which nodes get traffic.
    const std::vector<int> eligible = eligibleNodes(b);
    const QStringList eligibleNames = namesOf(b, eligible);
    if (eligible.empty()) {
        b.fail(u"no-healthy-node"_s,
               lb.healthChecksNodes
                   ? TraceTr::tr("externalTrafficPolicy is Local and no node has a ready "
                                 "endpoint: every node answers the health check on port %1 with "
                                 "503, so the load balancer has no node to send to.")
                         .arg(healthCheckPort(b))
                   : TraceTr::tr("externalTrafficPolicy is Local and no node has a ready "
                                 "endpoint, so no node announces the address: nothing "
                                 "answers."),
               "F6");
        return;
    }
    const int via = b.request.viaNode.isEmpty() ? -1
                                                : b.request.topology.indexOf(b.request.viaNode);
    if (via >= 0 && std::find(eligible.begin(), eligible.end(), via) == eligible.end()) {
        b.result.candidateNodes = eligibleNames;
        b.fail(lb.healthChecksNodes ? u"health-check-fails"_s : u"not-announced"_s,
               lb.healthChecksNodes
                   ? TraceTr::tr("externalTrafficPolicy is Local and %1 has no ready endpoint: "
                                 "its health check on port %2 (healthCheckNodePort, path "
                                 "/healthz) answers 503, so the load balancer sends it nothing. "
                                 "It sends to %3 instead.")
                         .arg(b.nodeName(via), healthCheckPort(b), eligibleNames.join(u", "))
                   : TraceTr::tr("externalTrafficPolicy is Local and %1 has no ready endpoint, "
                                 "so it does not announce the address: traffic goes to %2 "
                                 "instead.")
                         .arg(b.nodeName(via), eligibleNames.join(u", ")),
               "F6");
        return;
    }
    const int at = via >= 0 ? via : eligible.front();
    if (b.externalPolicyLocal()) {
        b.note(lb.healthChecksNodes
                   ? TraceTr::tr("The load balancer health-checks every node on port %1 "
                                 "(healthCheckNodePort, path /healthz): nodes with a ready "
                                 "endpoint answer 200, the others 503 and get no traffic. Here: "
                                 "%2.")
                         .arg(healthCheckPort(b), eligibleNames.join(u", "))
                   : TraceTr::tr("Only nodes with a ready endpoint announce the address. Here: "
                                 "%1.")
                         .arg(eligibleNames.join(u", ")),
               "F6");
    }

    const bool needsNodePort = proxy || lb.target == LoadBalancerTarget::NodePort;
    if (needsNodePort && b.port.nodePort == 0) {
        b.fail(u"no-node-port"_s,
               TraceTr::tr("This load balancer sends to node ports, but "
                           "allocateLoadBalancerNodePorts is false and the port has no "
                           "nodePort: it has nowhere to send."),
               "F16");
        return;
    }
    const QString nodePortAddress = hostPort(nodeAddress(at), b.port.nodePort);
    if (proxy) {
        const QString source = hostPort(loadBalancerInsideAddress(), loadBalancerInsidePort);
        b.leg(Builder::loadBalancer(),
              b.node(at),
              source,
              nodePortAddress,
              TraceTr::tr("The load balancer opens a new connection from its own address %1 to "
                          "the node port of %2. This is not NAT: the client's connection ended "
                          "at the load balancer, and this one starts there.")
                  .arg(loadBalancerInsideAddress(), b.nodeName(at)),
              "F8");
        b.lostNote = TraceTr::tr("The client's address %1 does not reach the pod: the load "
                                 "balancer connects from its own address. PROXY protocol or "
                                 "HTTP with X-Forwarded-For would pass it on.")
                         .arg(clientAddress());
        kubeProxyExternal(b,
                          at,
                          source,
                          nodePortAddress,
                          SeenSource::LoadBalancer,
                          loadBalancerInsideAddress());
    } else {
        QString source = clientSource();
        QString destination = vip;
        if (!lb.keepsClientAddress) {
            source = hostPort(loadBalancerInsideAddress(), loadBalancerInsidePort);
            b.step(Builder::loadBalancer(),
                   TraceNat::Snat,
                   source,
                   vip,
                   TraceTr::tr("The load balancer does not keep the client's address: it "
                               "replaces the source with its own address %1 (SNAT).")
                       .arg(loadBalancerInsideAddress()),
                   "F7");
            b.lostNote = TraceTr::tr("The client's address %1 does not reach the pod: the load "
                                     "balancer replaced it with its own.")
                             .arg(clientAddress());
        }
        if (lb.target == LoadBalancerTarget::NodePort) {
            destination = nodePortAddress;
            b.step(Builder::loadBalancer(),
                   TraceNat::Dnat,
                   source,
                   destination,
                   TraceTr::tr("The load balancer rewrites the destination to the address of %1 "
                               "and the node port (DNAT).")
                       .arg(b.nodeName(at)),
                   "F7");
            b.leg(Builder::loadBalancer(),
                  b.node(at),
                  source,
                  destination,
                  TraceTr::tr("It forwards the packet to %1.").arg(b.nodeName(at)),
                  "F7");
        } else {
            b.leg(Builder::loadBalancer(),
                  b.node(at),
                  source,
                  destination,
                  TraceTr::tr("The load balancer passes the packet to %1 unchanged: it is still "
                              "addressed to the load balancer's address, which kube-proxy on %1 "
                              "has a rule for.")
                      .arg(b.nodeName(at)),
                  "F7");
        }
        kubeProxyExternal(b,
                          at,
                          source,
                          destination,
                          lb.keepsClientAddress ? SeenSource::Client : SeenSource::LoadBalancer,
                          lb.keepsClientAddress ? clientAddress() : loadBalancerInsideAddress());
    }
    if (b.result.delivered)
        clientAddressCarriers(b, lbAddress);
}

} // namespace sd::trace
