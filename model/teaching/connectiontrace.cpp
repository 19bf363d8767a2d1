// SPDX-License-Identifier: GPL-3.0-or-later
// The tracer's entry points, the builder that collects the hops, and the connections from a pod:
// to a cluster IP, to a headless Service, to an ExternalName. Sections cited as § Fn are those of
// docs/connection-trace.md.

#include "model/teaching/connectiontrace.h"

#include <algorithm>

#include "model/teaching/connectiontrace_p.h"
#include "model/validation/syntax.h"

namespace sd {

using namespace Qt::StringLiterals;

namespace trace {

QString nodeAddress(int node)
{
    return u"10.0.0.%1"_s.arg(node + 1);
}

QString podGatewayAddress(int node)
{
    return u"10.244.%1.1"_s.arg(node + 1);
}

QString endpointAddress(int node, int index)
{
    return u"10.244.%1.%2"_s.arg(node + 1).arg(10 + index);
}

QString clientPodAddress(int node)
{
    return u"10.244.%1.50"_s.arg(node + 1);
}

QString hostPort(const QString &address, const QString &port)
{
    if (address.contains(u':'))
        return u'[' + address + u"]:" + port;
    return address + u':' + port;
}

QString hostPort(const QString &address, int port)
{
    return hostPort(address, QString::number(port));
}

namespace {

bool isHeadless(const ServiceSpec &spec)
{
    if (spec.clusterIP.valueOr({}) == u"None")
        return true;
    const List<QString> *ips = spec.clusterIPs.get();
    return ips && !ips->empty() && ips->front().valueOr({}) == u"None";
}

// A written address that parses as one (the trace shows the Service's own where it can).
bool isAddress(const QString &text)
{
    return syntax::parseIP(text).has_value();
}

} // namespace

PortView portView(const Service &service, const TraceRequest &request)
{
    PortView v;
    const List<ServicePort> &ports = service.ports();
    if (request.portIndex < 0 || size_t(request.portIndex) >= ports.size()
        || !ports[size_t(request.portIndex)].hasValue())
        return v;
    const ServicePort &p = ports[size_t(request.portIndex)].value();
    v.name = p.name.valueOr({});
    v.protocol = p.protocol.valueOr(Protocol::TCP);
    v.port = p.port.valueOr(0);
    // § F16: an absent targetPort is the port; a name is looked up in the pods' container ports.
    if (!p.targetPort.hasValue()) {
        v.targetPort = QString::number(v.port);
    } else if (p.targetPort.value().isInt()) {
        v.targetPort = QString::number(p.targetPort.value().toInt());
    } else {
        v.targetPortName = true;
        const QString name = p.targetPort.value().toString();
        const auto found = request.containerPorts.find(name);
        v.targetPortResolved = found != request.containerPorts.end();
        v.targetPort = v.targetPortResolved ? QString::number(found->second) : name;
    }
    const ServiceSpec &spec = specOf(service);
    const ServiceType type = service.effectiveType();
    if (p.nodePort.valueOr(0) > 0) {
        v.nodePort = p.nodePort.value();
    } else if (type == ServiceType::NodePort
               || (type == ServiceType::LoadBalancer
                   && spec.allocateLoadBalancerNodePorts.valueOr(true))) {
        v.nodePort = exampleNodePort;
        v.nodePortExample = true;
    }
    return v;
}

Builder::Builder(const Service &s, const TraceRequest &r)
    : service(s)
    , spec(specOf(s))
    , request(r)
    , port(portView(s, r))
{}

QString Builder::clusterIP() const
{
    const QString ip = spec.clusterIP.valueOr({});
    return isAddress(ip) ? ip : exampleClusterIP();
}

QString Builder::loadBalancerAddress() const
{
    // An IPv4 loadBalancerIP only: the client is IPv4, and a PROXY header has one family.
    const QString ip = spec.loadBalancerIP.valueOr({});
    return isAddress(ip) && !ip.contains(u':') ? ip : exampleLoadBalancerAddress();
}

std::vector<Endpoint> Builder::endpoints() const
{
    std::vector<Endpoint> all;
    for (int n = 0; n < int(request.topology.nodes.size()); ++n) {
        for (const Endpoint &e : endpointsOn(n))
            all.push_back(e);
    }
    return all;
}

std::vector<Endpoint> Builder::endpointsOn(int node) const
{
    std::vector<Endpoint> out;
    if (node < 0 || node >= int(request.topology.nodes.size()))
        return out;
    for (int i = 0; i < request.topology.nodes[size_t(node)].endpoints; ++i)
        out.push_back({node, endpointAddress(node, i)});
    return out;
}

QString Builder::target(const Endpoint &endpoint) const
{
    return hostPort(endpoint.address, port.targetPort);
}

QString Builder::nodeName(int node) const
{
    return request.topology.nodes.at(size_t(node)).name;
}

int Builder::nodeIndex(const QString &name) const
{
    return name.isEmpty() ? 0 : std::max(0, request.topology.indexOf(name));
}

QStringList Builder::nodeNames(const std::vector<Endpoint> &endpoints) const
{
    QStringList names;
    for (const Endpoint &e : endpoints) {
        if (!names.contains(nodeName(e.node)))
            names << nodeName(e.node);
    }
    return names;
}

bool Builder::externalPolicyLocal() const
{
    return spec.externalTrafficPolicy.valueOr(TrafficPolicy::Cluster) == TrafficPolicy::Local;
}

bool Builder::internalPolicyLocal() const
{
    return spec.internalTrafficPolicy.valueOr(TrafficPolicy::Cluster) == TrafficPolicy::Local;
}

bool Builder::clientIPAffinity() const
{
    return spec.sessionAffinity.valueOr(SessionAffinity::None) == SessionAffinity::ClientIP;
}

int Builder::affinityTimeout() const
{
    const SessionAffinityConfig *config = spec.sessionAffinityConfig.get();
    const ClientIPConfig *clientIP = config ? config->clientIP.get() : nullptr;
    return clientIP ? clientIP->timeoutSeconds.valueOr(10800) : 10800;
}

TracePlace Builder::client()
{
    return {TracePlace::Kind::Client, {}, {}};
}

TracePlace Builder::loadBalancer()
{
    return {TracePlace::Kind::LoadBalancer, {}, {}};
}

TracePlace Builder::node(int n) const
{
    return {TracePlace::Kind::Node, nodeName(n), {}};
}

TracePlace Builder::pod(const Endpoint &endpoint) const
{
    return {TracePlace::Kind::Pod, nodeName(endpoint.node), endpoint.address};
}

TracePlace Builder::clientPod(int n) const
{
    return {TracePlace::Kind::ClientPod, nodeName(n), clientPodAddress(n)};
}

void Builder::fact(const QString &id)
{
    if (!id.isEmpty() && !result.facts.contains(id))
        result.facts << id;
}

void Builder::leg(const TracePlace &from,
                  const TracePlace &to,
                  const QString &source,
                  const QString &destination,
                  const QString &note,
                  const char *f)
{
    result.hops.push_back(
        {from, to, source, destination, TraceNat::None, note, QString::fromLatin1(f)});
    fact(QString::fromLatin1(f));
}

void Builder::step(const TracePlace &at,
                   TraceNat nat,
                   const QString &source,
                   const QString &destination,
                   const QString &note,
                   const char *f)
{
    result.hops.push_back({at, at, source, destination, nat, note, QString::fromLatin1(f)});
    fact(QString::fromLatin1(f));
}

void Builder::note(const QString &text, const char *f)
{
    result.notes << text;
    fact(QString::fromLatin1(f));
}

void Builder::fail(const QString &code, const QString &reason, const char *f)
{
    result.delivered = false;
    result.reasonCode = code;
    result.reason = reason;
    fact(QString::fromLatin1(f));
}

void Builder::deliver(const Endpoint &endpoint, SeenSource seen, const QString &seenAddress)
{
    result.delivered = true;
    result.reasonCode = u"delivered"_s;
    result.endpointNode = nodeName(endpoint.node);
    result.endpointAddress = target(endpoint);
    result.seenSource = seen;
    result.seenAddress = seenAddress;
    result.reason = TraceTr::tr("Delivered to the pod %1 on %2.")
                        .arg(result.endpointAddress, result.endpointNode);
}

namespace {

// The cluster DNS query that starts a connection to a headless or ExternalName Service.
void askDns(Builder &b, int at, const QString &note, const char *fact)
{
    b.leg(b.clientPod(at),
          {TracePlace::Kind::Dns, {}, {}},
          hostPort(clientPodAddress(at), 42000),
          hostPort(clusterDnsAddress(), 53),
          note,
          fact);
}

void traceExternalName(Builder &b, int at)
{
    const QString host = b.spec.externalName.valueOr({});
    askDns(b,
           at,
           TraceTr::tr("The client pod asks the cluster DNS for the Service's name. The answer is "
                       "a CNAME record: the name %1. The Service has no address of its own.")
               .arg(host),
           "F15");
    b.leg(b.clientPod(at),
          {TracePlace::Kind::ExternalHost, {}, host},
          hostPort(clientPodAddress(at), clientPort),
          hostPort(host, b.port.port),
          TraceTr::tr("The client looks up %1 and connects to it itself. No cluster IP, no "
                      "kube-proxy rule and no endpoint are involved; the Service's ports change "
                      "nothing (the client connects to the port it chose).")
              .arg(host),
          "F15");
    b.fail(u"external-name"_s,
           TraceTr::tr("An ExternalName Service is only a DNS alias: nothing proxies the "
                       "connection. It goes to %1, to whatever answers there, and no pod behind "
                       "the Service receives it.")
               .arg(host),
           "F15");
}

void traceHeadless(Builder &b, int at)
{
    const std::vector<Endpoint> all = b.endpoints();
    QStringList addresses;
    for (const Endpoint &e : all)
        addresses << e.address;
    b.result.candidateNodes = b.nodeNames(all);
    if (all.empty()) {
        askDns(b,
               at,
               TraceTr::tr("The client pod asks the cluster DNS for the Service's name. A headless "
                           "Service has no cluster IP, and no pod is ready: the name has no "
                           "address."),
               "F14");
        b.fail(u"no-endpoints"_s,
               TraceTr::tr("The headless Service has no ready pod, so its name resolves to no "
                           "address and there is nothing to connect to."),
               "F14");
        return;
    }
    askDns(b,
           at,
           TraceTr::tr("The client pod asks the cluster DNS for the Service's name. A headless "
                       "Service has no cluster IP: the answer lists the ready pods' own "
                       "addresses: %1.")
               .arg(addresses.join(u", ")),
           "F14");
    const Endpoint &chosen = all.front();
    b.leg(b.clientPod(at),
          b.pod(chosen),
          hostPort(clientPodAddress(at), clientPort),
          b.target(chosen),
          TraceTr::tr("The client picks one of the addresses (here the first) and connects to "
                      "the pod directly. kube-proxy does not handle headless Services: nothing "
                      "translates the addresses."),
          "F14");
    b.deliver(chosen, SeenSource::Pod, clientPodAddress(at));
    if (b.internalPolicyLocal() || b.clientIPAffinity()) {
        b.note(TraceTr::tr("internalTrafficPolicy and sessionAffinity have no effect on a "
                           "headless Service: no kube-proxy rule handles its connections."),
               "F14");
    }
}

void traceClusterIP(Builder &b, int at)
{
    const QString source = hostPort(clientPodAddress(at), clientPort);
    const QString vip = hostPort(b.clusterIP(), b.port.port);
    const TracePlace node = b.node(at);
    b.leg(b.clientPod(at),
          node,
          source,
          vip,
          TraceTr::tr("The client pod connects to the Service's name, which resolves to the "
                      "cluster IP %1. The packet leaves the pod for its node, %2, where "
                      "kube-proxy's rules catch it.")
              .arg(b.clusterIP(), b.nodeName(at)),
          "F1");
    const std::vector<Endpoint> all = b.endpoints();
    if (all.empty()) {
        b.fail(u"no-endpoints"_s,
               TraceTr::tr("The Service has no ready endpoint: kube-proxy on %1 rejects the "
                           "connection (REJECT), so the client gets \"connection refused\" at "
                           "once.")
                   .arg(b.nodeName(at)),
               "F3");
        return;
    }
    // § F2: Local keeps cluster-IP traffic on the client's own node.
    const std::vector<Endpoint> candidates = b.internalPolicyLocal() ? b.endpointsOn(at) : all;
    b.result.candidateNodes = b.nodeNames(candidates.empty() ? all : candidates);
    if (candidates.empty()) {
        b.fail(u"no-local-endpoint-internal"_s,
               TraceTr::tr("internalTrafficPolicy is Local and %1 has no ready endpoint of the "
                           "Service: kube-proxy drops the packet (DROP), so the connection times "
                           "out. Endpoints on other nodes are never used for this client.")
                   .arg(b.nodeName(at)),
               "F2");
        return;
    }
    const Endpoint &chosen = candidates.front();
    b.step(node,
           TraceNat::Dnat,
           source,
           b.target(chosen),
           b.internalPolicyLocal()
               ? TraceTr::tr("kube-proxy on %1 picks an endpoint on this node only "
                             "(internalTrafficPolicy: Local) and rewrites the destination %2 to "
                             "%3 (DNAT). The source stays the client pod's address.")
                     .arg(b.nodeName(at), vip, b.target(chosen))
               : TraceTr::tr("kube-proxy on %1 picks one of the Service's endpoints on any node "
                             "(at random; here the first) and rewrites the destination %2 to %3 "
                             "(DNAT). The source stays the client pod's address: there is no "
                             "SNAT.")
                     .arg(b.nodeName(at), vip, b.target(chosen)),
           b.internalPolicyLocal() ? "F2" : "F1");
    b.leg(node,
          b.pod(chosen),
          source,
          b.target(chosen),
          chosen.node == at
              ? TraceTr::tr("Delivered to the pod on the same node.")
              : TraceTr::tr("Routed over the pod network to %1 (the network plugin may "
                            "encapsulate it, but it translates no address).")
                    .arg(b.nodeName(chosen.node)),
          "F1");
    b.deliver(chosen, SeenSource::Pod, clientPodAddress(at));
    if (b.clientIPAffinity()) {
        b.note(TraceTr::tr("sessionAffinity: ClientIP: kube-proxy on %1 sends every connection "
                           "from %2 to the same endpoint for %3 seconds after the last one.")
                   .arg(b.nodeName(at), clientPodAddress(at))
                   .arg(b.affinityTimeout()),
               "F13");
    }
    if (b.externalPolicyLocal()) {
        b.note(TraceTr::tr("externalTrafficPolicy: Local does not apply here: this connection "
                           "comes from inside the cluster to the cluster IP, where "
                           "internalTrafficPolicy decides."),
               "F5");
    }
}

} // namespace

void tracePod(Builder &b)
{
    const int at = b.nodeIndex(b.request.clientNode);
    if (b.service.effectiveType() == ServiceType::ExternalName)
        traceExternalName(b, at);
    else if (isHeadless(b.spec))
        traceHeadless(b, at);
    else
        traceClusterIP(b, at);
}

bool serviceIsHeadless(const Service &service)
{
    return isHeadless(specOf(service));
}

} // namespace trace

ClusterTopology ClusterTopology::defaults()
{
    return withNodes({u"node-a"_s, u"node-b"_s, u"node-c"_s});
}

ClusterTopology ClusterTopology::withNodes(const QStringList &names)
{
    ClusterTopology t;
    for (const QString &name : names)
        t.nodes.push_back({name, t.nodes.size() < 2 ? 1 : 0});
    return t;
}

int ClusterTopology::indexOf(QStringView name) const
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].name == name)
            return int(i);
    }
    return -1;
}

int ClusterTopology::endpointCount() const
{
    int n = 0;
    for (const TraceNode &node : nodes)
        n += node.endpoints;
    return n;
}

QString ClusterTopology::nodeAddress(int node)
{
    return trace::nodeAddress(node);
}

QString ClusterTopology::endpointAddress(int node, int index)
{
    return trace::endpointAddress(node, index);
}

int findServicePort(const Service &service, QStringView nameOrNumber)
{
    const List<ServicePort> &ports = service.ports();
    for (size_t i = 0; i < ports.size(); ++i) {
        if (ports[i].hasValue() && ports[i].value().name.valueOr({}) == nameOrNumber)
            return int(i);
    }
    bool ok = false;
    const int number = nameOrNumber.toInt(&ok);
    for (size_t i = 0; ok && i < ports.size(); ++i) {
        if (ports[i].hasValue() && ports[i].value().port.valueOr(-1) == number)
            return int(i);
    }
    return -1;
}

std::optional<TraceProblem> checkTraceRequest(const Service &service, const TraceRequest &request)
{
    auto problem = [](const char *code, const QString &message) {
        return std::optional<TraceProblem>(TraceProblem{QString::fromLatin1(code), message});
    };
    const List<ServicePort> &ports = service.ports();
    const ServiceType type = service.effectiveType();
    if (request.portIndex < 0 || size_t(request.portIndex) >= ports.size()
        || !ports[size_t(request.portIndex)].hasValue())
        return problem("no-port", TraceTr::tr("the Service has no port %1").arg(request.portIndex));
    if (type != ServiceType::ExternalName
        && ports[size_t(request.portIndex)].value().port.valueOr(0) <= 0)
        return problem("no-port",
                       TraceTr::tr("spec.ports[%1] has no port number").arg(request.portIndex));
    const ClusterTopology &t = request.topology;
    if (t.nodes.empty() || int(t.nodes.size()) > ClusterTopology::maxNodes)
        return problem("bad-topology",
                       TraceTr::tr("the cluster needs 1 to %1 nodes").arg(ClusterTopology::maxNodes));
    for (size_t i = 0; i < t.nodes.size(); ++i) {
        const TraceNode &n = t.nodes[i];
        if (n.name.isEmpty() || t.indexOf(n.name) != int(i))
            return problem("bad-topology",
                           TraceTr::tr("node names must be given and different: '%1'").arg(n.name));
        if (n.endpoints < 0 || n.endpoints > ClusterTopology::maxEndpointsPerNode)
            return problem("bad-topology",
                           TraceTr::tr("a node has 0 to %1 endpoints, not %2 (%3)")
                               .arg(ClusterTopology::maxEndpointsPerNode)
                               .arg(n.endpoints)
                               .arg(n.name));
    }
    for (const QString *name : {&request.viaNode, &request.clientNode}) {
        if (!name->isEmpty() && t.indexOf(*name) < 0)
            return problem("unknown-node", TraceTr::tr("there is no node '%1'").arg(*name));
    }
    if (request.client == TraceClient::Pod)
        return std::nullopt;
    if (type == ServiceType::ExternalName) {
        return problem("client-not-allowed",
                       TraceTr::tr("an ExternalName Service is only a DNS name: trace it from a "
                                   "pod"));
    }
    if (trace::serviceIsHeadless(service)) {
        return problem("client-not-allowed",
                       TraceTr::tr("a headless Service has no cluster IP, node port or load "
                                   "balancer: trace it from a pod"));
    }
    const trace::PortView view = trace::portView(service, request);
    switch (request.client) {
    case TraceClient::LoadBalancer:
        if (type != ServiceType::LoadBalancer) {
            return problem("client-not-allowed",
                           TraceTr::tr("only a Service of type LoadBalancer has a load balancer; "
                                       "this one is of type %1")
                               .arg(toString(type)));
        }
        break;
    case TraceClient::NodePort:
        if (type != ServiceType::NodePort && type != ServiceType::LoadBalancer) {
            return problem("client-not-allowed",
                           TraceTr::tr("a Service of type %1 has no node port: only types "
                                       "NodePort and LoadBalancer have one")
                               .arg(toString(type)));
        }
        if (view.nodePort == 0) {
            return problem("no-node-port",
                           TraceTr::tr("allocateLoadBalancerNodePorts is false and "
                                       "spec.ports[%1].nodePort is not set: the Service has no "
                                       "node port")
                               .arg(request.portIndex));
        }
        break;
    case TraceClient::ExternalIP:
        if (!specOf(service).externalIPs.hasValue() || specOf(service).externalIPs.value().empty()) {
            return problem("no-external-ip",
                           TraceTr::tr("the Service has no spec.externalIPs to connect to"));
        }
        break;
    case TraceClient::Pod:
        break;
    }
    return std::nullopt;
}

TraceResult traceConnection(const Service &service, const TraceRequest &request)
{
    if (std::optional<TraceProblem> p = checkTraceRequest(service, request)) {
        TraceResult r;
        r.problem = std::move(p);
        return r;
    }
    trace::Builder b(service, request);
    switch (request.client) {
    case TraceClient::Pod:
        trace::tracePod(b);
        break;
    case TraceClient::NodePort:
        trace::traceNodePort(b);
        break;
    case TraceClient::ExternalIP:
        trace::traceExternalIP(b);
        break;
    case TraceClient::LoadBalancer:
        trace::traceLoadBalancer(b);
        break;
    }
    TraceResult &r = b.result;
    // § F9: where the client's own address is at the pod.
    if (r.delivered) {
        QStringList sentences;
        if (r.seenSource == SeenSource::Client || r.seenSource == SeenSource::Pod) {
            r.clientAddressIn.insert(r.clientAddressIn.begin(), ClientAddressCarrier::Source);
            sentences << (r.seenSource == SeenSource::Client
                              ? TraceTr::tr("The client's own address %1 reaches the pod "
                                            "unchanged.")
                                    .arg(r.seenAddress)
                              : TraceTr::tr("The client pod's own address %1 reaches the pod "
                                            "unchanged.")
                                    .arg(r.seenAddress));
        }
        sentences << b.carrierNotes;
        if (r.clientAddressIn.empty() && !b.lostNote.isEmpty())
            sentences << b.lostNote;
        r.clientAddressNote = sentences.join(u' ');
    }
    // § F18: what other data planes do differently, where kube-proxy took part.
    const bool kubeProxy = std::any_of(r.facts.begin(), r.facts.end(), [](const QString &f) {
        return f == u"F1" || f == u"F2" || f == u"F3" || f == u"F4" || f == u"F5";
    });
    if (kubeProxy) {
        // The source the node saw before its own SNAT, if it made one, and where.
        QString beforeSnat;
        QString snatNode;
        for (size_t i = 1; i < r.hops.size(); ++i) {
            const TraceHop &h = r.hops[i];
            if (h.nat == TraceNat::Snat && h.from.kind == TracePlace::Kind::Node) {
                beforeSnat = r.hops[i - 1].source.section(u':', 0, 0);
                snatNode = h.from.node;
            }
        }
        b.note(TraceTr::tr("kube-proxy's iptables and IPVS modes give this same trace. Its "
                           "nftables mode makes the same translations, but by default opens node "
                           "ports only on the node's primary addresses, and never on 127.0.0.1."),
               "F18");
        QString ebpf;
        if (beforeSnat.isEmpty()) {
            ebpf = TraceTr::tr("eBPF data planes such as Cilium's kube-proxy replacement make "
                               "these translations in eBPF programs instead of netfilter rules; "
                               "with DSR (loadBalancer.mode=dsr) replies go from the endpoint's "
                               "node straight to the client.");
        } else if (snatNode == r.endpointNode) {
            ebpf = TraceTr::tr("eBPF data planes differ here: Cilium's kube-proxy replacement "
                               "applies SNAT only when it forwards to an endpoint on another "
                               "node, so with it the pod would see %1.")
                       .arg(beforeSnat);
        } else {
            ebpf = TraceTr::tr("eBPF data planes differ here: Cilium's kube-proxy replacement "
                               "also applies SNAT by default, but not in DSR mode "
                               "(loadBalancer.mode=dsr): then the pod sees %1, and the reply "
                               "goes from the endpoint's node straight to the client.")
                       .arg(beforeSnat);
        }
        b.note(ebpf, "F18");
    }
    // § F16: what the ports of the trace stand for.
    if (b.port.targetPortName && b.result.delivered) {
        const QString name
            = service.ports()[size_t(request.portIndex)].value().targetPort.value().toString();
        b.note(b.port.targetPortResolved
                   ? TraceTr::tr("targetPort %1 is the container port of that name in the pods "
                                 "the selector matches: %2.")
                         .arg(name, b.port.targetPort)
                   : TraceTr::tr("targetPort %1 names a container port; no pod template in the "
                                 "file gives its number, so the trace shows the name.")
                         .arg(name),
               "F16");
    }
    const bool usedNodePort
        = std::any_of(b.result.hops.begin(), b.result.hops.end(), [&](const TraceHop &h) {
              return h.destination.endsWith(u':' + QString::number(b.port.nodePort));
          });
    if (b.port.nodePortExample && usedNodePort) {
        b.note(TraceTr::tr("nodePort is not set: %1 stands for the port the API server "
                           "allocates from the node-port range.")
                   .arg(b.port.nodePort),
               "F16");
    }
    return std::move(b.result);
}

} // namespace sd
