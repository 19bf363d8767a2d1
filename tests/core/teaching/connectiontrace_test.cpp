// SPDX-License-Identifier: GPL-3.0-or-later
// The connection tracer, rule by rule: one row per case of Service type, traffic policy, client,
// endpoint placement and kind of load balancer. Every row names the section of
// docs/connection-trace.md whose fact it checks, and the trace must cite that section too.

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "model/io/manifest.h"
#include "model/teaching/connectiontrace.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;
using sd::SeenSource;
using sd::TraceClient;

namespace {

// The kinds of load balancer a row traces through (§ F7, F8, F10, F17).
enum class Lb {
    None,         // no implementation
    Vip,          // passes packets through, still addressed to the load balancer (GKE)
    NodePort,     // passes packets through to a node port (AWS NLB, instance targets)
    NodePortSnat, // the same, without keeping the client's address
    Pods,         // to the pods (ip targets), without the client's address
    PodsKeep,     // to the pods, keeping the client's address
    Proxy,        // a TCP proxy (classic ELB)
    ProxyV1,      // a TCP proxy with PROXY protocol version 1
    ProxyHttp,    // an HTTP proxy (X-Forwarded-For)
    MetalLb,      // announces the address; no health check, no firewall of its own
};

sd::LoadBalancerBehaviour behaviour(Lb lb)
{
    using sd::LoadBalancerKind;
    using sd::LoadBalancerTarget;
    sd::LoadBalancerBehaviour b;
    switch (lb) {
    case Lb::None:
        b.kind = LoadBalancerKind::None;
        break;
    case Lb::Vip:
    case Lb::MetalLb:
        b.kind = LoadBalancerKind::PassThrough;
        b.target = LoadBalancerTarget::LoadBalancerAddress;
        b.healthChecksNodes = b.enforcesSourceRanges = lb == Lb::Vip;
        break;
    case Lb::NodePort:
    case Lb::NodePortSnat:
        b.kind = LoadBalancerKind::PassThrough;
        b.keepsClientAddress = lb == Lb::NodePort;
        break;
    case Lb::Pods:
    case Lb::PodsKeep:
        b.kind = LoadBalancerKind::PassThrough;
        b.target = LoadBalancerTarget::Pods;
        b.keepsClientAddress = lb == Lb::PodsKeep;
        break;
    case Lb::Proxy:
    case Lb::ProxyV1:
    case Lb::ProxyHttp:
        b.kind = LoadBalancerKind::Proxy;
        b.proxyProtocolVersion = lb == Lb::ProxyV1 ? 1 : 0;
        b.speaksHttp = lb == Lb::ProxyHttp;
        break;
    }
    return b;
}

sd::Service service(const char *specFields)
{
    const QByteArray yaml = "metadata: {name: web}\n"
                            "spec: {selector: {app: web}, "
                            "ports: [{name: http, port: 80, targetPort: 8080}], "
                            + QByteArray(specFields) + "}\n";
    const sd::Manifest m = sd::Manifest::fromBytes("apiVersion: v1\nkind: Service\n" + yaml);
    const std::vector<sd::ServiceRef> refs = m.services();
    return refs.empty() ? sd::Service() : m.service(refs.front());
}

// "node-a=2,node-c=1" over the default nodes; empty: the defaults (one on node-a and node-b).
sd::ClusterTopology topology(const char *endpoints)
{
    sd::ClusterTopology t = sd::ClusterTopology::defaults();
    const QString text = QString::fromLatin1(endpoints);
    if (text.isEmpty())
        return t;
    for (sd::TraceNode &n : t.nodes)
        n.endpoints = 0;
    for (const QString &item : text.split(u',')) {
        const int i = t.indexOf(item.section(u'=', 0, 0));
        EXPECT_GE(i, 0) << item.toStdString();
        if (i >= 0)
            t.nodes[size_t(i)].endpoints = item.section(u'=', 1).toInt();
    }
    return t;
}

// The translations of a trace, in order: "lb:snat lb:dnat node-c:dnat".
QString translations(const sd::TraceResult &r)
{
    QStringList out;
    for (const sd::TraceHop &h : r.hops) {
        if (h.nat == sd::TraceNat::None)
            continue;
        const QString at = h.from.kind == sd::TracePlace::Kind::LoadBalancer ? QStringLiteral("lb")
                                                                             : h.from.node;
        out << at + u':' + sd::traceNatName(h.nat);
    }
    return out.join(u' ');
}

struct Row
{
    const char *name;
    const char *fact; // the section of docs/connection-trace.md the row checks
    const char *spec; // more fields of spec, in YAML flow style
    TraceClient client;
    const char *node;      // the via node or the client pod's node; "" for the default
    const char *endpoints; // ready endpoints per node; "" for the default
    Lb lb;
    const char *outcome; // reasonCode
    const char *endpointNode;
    SeenSource seen;
    const char *nat; // translations(): where each DNAT and SNAT happens
};

void PrintTo(const Row &row, std::ostream *os)
{
    *os << row.name;
}

class TraceRules : public ::testing::TestWithParam<Row>
{};

TEST_P(TraceRules, FollowTheFact)
{
    const Row &row = GetParam();
    sd::TraceRequest request;
    request.client = row.client;
    request.topology = topology(row.endpoints);
    if (row.client == TraceClient::Pod)
        request.clientNode = QString::fromLatin1(row.node);
    else
        request.viaNode = QString::fromLatin1(row.node);
    request.loadBalancer = behaviour(row.lb);
    const sd::TraceResult r = sd::traceConnection(service(row.spec), request);
    ASSERT_FALSE(r.problem) << r.problem->message.toStdString();
    EXPECT_EQ(r.reasonCode, QString::fromLatin1(row.outcome)) << r.reason.toStdString();
    EXPECT_EQ(r.delivered, QByteArray(row.outcome) == "delivered");
    EXPECT_EQ(r.endpointNode, QString::fromLatin1(row.endpointNode));
    EXPECT_EQ(r.seenSource, row.seen) << sd::seenSourceName(r.seenSource).toStdString();
    EXPECT_EQ(translations(r), QString::fromLatin1(row.nat));
    EXPECT_TRUE(r.facts.contains(QString::fromLatin1(row.fact)))
        << row.fact << " not in " << r.facts.join(u", ").toStdString();
    EXPECT_FALSE(r.reason.isEmpty());
    for (const sd::TraceHop &h : r.hops) {
        EXPECT_FALSE(h.note.isEmpty());
        EXPECT_FALSE(h.fact.isEmpty());
        EXPECT_EQ(h.isStep(), h.nat != sd::TraceNat::None) << h.note.toStdString();
    }
}

constexpr SeenSource none = SeenSource::None;
constexpr SeenSource client = SeenSource::Client;
constexpr SeenSource node = SeenSource::Node;
constexpr SeenSource balancer = SeenSource::LoadBalancer;
constexpr SeenSource pod = SeenSource::Pod;
constexpr TraceClient fromLb = TraceClient::LoadBalancer;
constexpr TraceClient fromNodePort = TraceClient::NodePort;
constexpr TraceClient fromExternalIP = TraceClient::ExternalIP;
constexpr TraceClient fromPod = TraceClient::Pod;

// clang-format off
const Row kRows[] = {
    // A pod to the cluster IP.
    {"PodClusterIPAnyNode", "F1", "", fromPod, "node-c", "", Lb::None, "delivered", "node-a", pod, "node-c:dnat"},
    {"PodClusterIPSameNode", "F1", "", fromPod, "node-b", "node-b=1", Lb::None, "delivered", "node-b", pod, "node-b:dnat"},
    {"PodInternalLocalHasEndpoint", "F2", "internalTrafficPolicy: Local", fromPod, "node-b", "", Lb::None, "delivered", "node-b", pod, "node-b:dnat"},
    {"PodInternalLocalNoEndpoint", "F2", "internalTrafficPolicy: Local", fromPod, "node-c", "", Lb::None, "no-local-endpoint-internal", "", none, ""},
    {"PodNoEndpointsRejected", "F3", "", fromPod, "", "node-a=0", Lb::None, "no-endpoints", "", none, ""},
    {"PodIgnoresExternalLocal", "F5", "type: NodePort, externalTrafficPolicy: Local", fromPod, "node-c", "", Lb::None, "delivered", "node-a", pod, "node-c:dnat"},
    {"PodToLoadBalancerServiceUsesClusterIP", "F1", "type: LoadBalancer, externalTrafficPolicy: Local", fromPod, "node-c", "", Lb::Proxy, "delivered", "node-a", pod, "node-c:dnat"},
    {"PodAffinityClientIP", "F13", "sessionAffinity: ClientIP", fromPod, "", "", Lb::None, "delivered", "node-a", pod, "node-a:dnat"},
    {"PodHeadless", "F14", "clusterIP: None", fromPod, "node-c", "", Lb::None, "delivered", "node-a", pod, ""},
    {"PodHeadlessNoEndpoints", "F14", "clusterIP: None", fromPod, "", "node-b=0", Lb::None, "no-endpoints", "", none, ""},
    {"PodExternalName", "F15", "type: ExternalName, externalName: db.example.com", fromPod, "", "", Lb::None, "external-name", "", none, ""},
    // From outside to a node port.
    {"NodePortClusterRemoteEndpoint", "F4", "type: NodePort", fromNodePort, "node-c", "", Lb::None, "delivered", "node-a", node, "node-c:dnat node-c:snat"},
    {"NodePortClusterLocalEndpointStillSnat", "F4", "type: NodePort", fromNodePort, "node-b", "node-b=1", Lb::None, "delivered", "node-b", node, "node-b:dnat node-b:snat"},
    {"NodePortLocalNoEndpointDropped", "F5", "type: NodePort, externalTrafficPolicy: Local", fromNodePort, "node-c", "", Lb::None, "no-local-endpoint-external", "", none, ""},
    {"NodePortLocalKeepsClient", "F5", "type: NodePort, externalTrafficPolicy: Local", fromNodePort, "node-b", "", Lb::None, "delivered", "node-b", client, "node-b:dnat"},
    {"NodePortNoEndpointsRejected", "F3", "type: NodePort", fromNodePort, "", "node-a=0", Lb::None, "no-endpoints", "", none, ""},
    {"NodePortOfLoadBalancerService", "F4", "type: LoadBalancer", fromNodePort, "node-c", "", Lb::Proxy, "delivered", "node-a", node, "node-c:dnat node-c:snat"},
    {"NodePortIgnoresInternalLocal", "F2", "type: NodePort, internalTrafficPolicy: Local", fromNodePort, "node-c", "", Lb::None, "delivered", "node-a", node, "node-c:dnat node-c:snat"},
    {"NodePortIgnoresSourceRanges", "F11", "type: LoadBalancer, loadBalancerSourceRanges: [10.0.0.0/8]", fromNodePort, "node-a", "", Lb::Vip, "delivered", "node-a", node, "node-a:dnat node-a:snat"},
    {"NodePortAffinityPerNode", "F13", "type: NodePort, sessionAffinity: ClientIP", fromNodePort, "node-c", "", Lb::None, "delivered", "node-a", node, "node-c:dnat node-c:snat"},
    // From outside to an external IP.
    {"ExternalIPCluster", "F12", "externalIPs: [192.0.2.50]", fromExternalIP, "node-c", "", Lb::None, "delivered", "node-a", node, "node-c:dnat node-c:snat"},
    {"ExternalIPLocal", "F12", "externalIPs: [192.0.2.50], externalTrafficPolicy: Local", fromExternalIP, "node-a", "", Lb::None, "delivered", "node-a", client, "node-a:dnat"},
    {"ExternalIPLocalNoEndpoint", "F5", "externalIPs: [192.0.2.50], externalTrafficPolicy: Local", fromExternalIP, "node-c", "", Lb::None, "no-local-endpoint-external", "", none, ""},
    // Through the load balancer.
    {"LbNoImplementation", "F10", "type: LoadBalancer", fromLb, "", "", Lb::None, "no-load-balancer", "", none, ""},
    {"LbPassThroughCluster", "F7", "type: LoadBalancer", fromLb, "", "", Lb::Vip, "delivered", "node-a", node, "node-a:dnat node-a:snat"},
    {"LbPassThroughClusterToNodeWithout", "F4", "type: LoadBalancer", fromLb, "node-c", "", Lb::Vip, "delivered", "node-a", node, "node-c:dnat node-c:snat"},
    {"LbPassThroughLocal", "F5", "type: LoadBalancer, externalTrafficPolicy: Local", fromLb, "", "", Lb::Vip, "delivered", "node-a", client, "node-a:dnat"},
    {"LbPassThroughLocalOtherNode", "F6", "type: LoadBalancer, externalTrafficPolicy: Local", fromLb, "node-b", "", Lb::Vip, "delivered", "node-b", client, "node-b:dnat"},
    {"LbHealthCheckFails", "F6", "type: LoadBalancer, externalTrafficPolicy: Local", fromLb, "node-c", "", Lb::Vip, "health-check-fails", "", none, ""},
    {"LbNoHealthyNode", "F6", "type: LoadBalancer, externalTrafficPolicy: Local", fromLb, "", "node-a=0", Lb::Vip, "no-healthy-node", "", none, ""},
    {"LbClusterNoEndpointsRejectedAtNode", "F3", "type: LoadBalancer", fromLb, "", "node-a=0", Lb::Vip, "no-endpoints", "", none, ""},
    {"LbNlbToNodePortLocal", "F7", "type: LoadBalancer, externalTrafficPolicy: Local", fromLb, "node-b", "", Lb::NodePort, "delivered", "node-b", client, "lb:dnat node-b:dnat"},
    {"LbNlbToNodePortCluster", "F7", "type: LoadBalancer", fromLb, "node-c", "", Lb::NodePort, "delivered", "node-a", node, "lb:dnat node-c:dnat node-c:snat"},
    {"LbNlbWithoutClientAddress", "F7", "type: LoadBalancer, externalTrafficPolicy: Local", fromLb, "", "", Lb::NodePortSnat, "delivered", "node-a", balancer, "lb:snat lb:dnat node-a:dnat"},
    {"LbPodTargets", "F7", "type: LoadBalancer", fromLb, "", "node-c=1", Lb::Pods, "delivered", "node-c", balancer, "lb:snat lb:dnat"},
    {"LbPodTargetsKeepClient", "F7", "type: LoadBalancer, externalTrafficPolicy: Local", fromLb, "", "", Lb::PodsKeep, "delivered", "node-a", client, "lb:dnat"},
    {"LbPodTargetsNoEndpoints", "F7", "type: LoadBalancer", fromLb, "", "node-a=0", Lb::Pods, "no-endpoints", "", none, ""},
    {"LbProxyCluster", "F8", "type: LoadBalancer", fromLb, "", "", Lb::Proxy, "delivered", "node-a", node, "node-a:dnat node-a:snat"},
    {"LbProxyLocal", "F8", "type: LoadBalancer, externalTrafficPolicy: Local", fromLb, "node-b", "", Lb::Proxy, "delivered", "node-b", balancer, "node-b:dnat"},
    {"LbProxyHealthCheckFails", "F6", "type: LoadBalancer, externalTrafficPolicy: Local", fromLb, "node-c", "", Lb::Proxy, "health-check-fails", "", none, ""},
    {"LbProxyProtocol", "F9", "type: LoadBalancer", fromLb, "", "", Lb::ProxyV1, "delivered", "node-a", node, "node-a:dnat node-a:snat"},
    {"LbProxyHttp", "F9", "type: LoadBalancer, externalTrafficPolicy: Local", fromLb, "", "", Lb::ProxyHttp, "delivered", "node-a", balancer, "node-a:dnat"},
    {"LbProxyAffinityOneSource", "F13", "type: LoadBalancer, externalTrafficPolicy: Local, sessionAffinity: ClientIP", fromLb, "", "", Lb::Proxy, "delivered", "node-a", balancer, "node-a:dnat"},
    {"LbSourceRangeRefused", "F11", "type: LoadBalancer, loadBalancerSourceRanges: [10.0.0.0/8]", fromLb, "", "", Lb::Vip, "source-range", "", none, ""},
    {"LbSourceRangeAllowed", "F11", "type: LoadBalancer, loadBalancerSourceRanges: [10.0.0.0/8, 203.0.113.0/24]", fromLb, "", "", Lb::Proxy, "delivered", "node-a", node, "node-a:dnat node-a:snat"},
    {"LbSourceRangeByKubeProxy", "F11", "type: LoadBalancer, loadBalancerSourceRanges: [10.0.0.0/8]", fromLb, "node-b", "", Lb::MetalLb, "source-range", "", none, ""},
    {"LbMetalLbNotAnnounced", "F6", "type: LoadBalancer, externalTrafficPolicy: Local", fromLb, "node-c", "", Lb::MetalLb, "not-announced", "", none, ""},
    {"LbMetalLbLocal", "F7", "type: LoadBalancer, externalTrafficPolicy: Local", fromLb, "", "", Lb::MetalLb, "delivered", "node-a", client, "node-a:dnat"},
    {"LbWithoutNodePorts", "F16", "type: LoadBalancer, allocateLoadBalancerNodePorts: false", fromLb, "", "", Lb::Proxy, "no-node-port", "", none, ""},
    {"LbWithoutNodePortsVip", "F7", "type: LoadBalancer, allocateLoadBalancerNodePorts: false", fromLb, "", "", Lb::Vip, "delivered", "node-a", node, "node-a:dnat node-a:snat"},
};
// clang-format on

INSTANTIATE_TEST_SUITE_P(Rules,
                         TraceRules,
                         ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<Row> &info) {
                             return std::string(info.param.name);
                         });

sd::TraceRequest request(TraceClient c, const char *node = "")
{
    sd::TraceRequest r;
    r.client = c;
    (c == TraceClient::Pod ? r.clientNode : r.viaNode) = QString::fromLatin1(node);
    return r;
}

QStringList hopLines(const sd::TraceResult &r)
{
    QStringList out;
    for (const sd::TraceHop &h : r.hops) {
        out << h.from.id() + u' ' + h.to.id() + u' ' + h.source + u' ' + h.destination + u' '
                   + sd::traceNatName(h.nat);
    }
    return out;
}

} // namespace

// § F4: every address of a node-port connection with externalTrafficPolicy Cluster.
TEST(ConnectionTrace, NodePortClusterAddresses)
{
    const sd::TraceResult r = sd::traceConnection(service("type: NodePort"),
                                                  request(TraceClient::NodePort, "node-c"));
    EXPECT_EQ(hopLines(r),
              QStringList({
                  u"client node/node-c 203.0.113.7:51234 10.0.0.3:30080 "_s,
                  u"node/node-c node/node-c 203.0.113.7:51234 10.244.1.10:8080 dnat"_s,
                  u"node/node-c node/node-c 10.0.0.3:40128 10.244.1.10:8080 snat"_s,
                  u"node/node-c pod/10.244.1.10 10.0.0.3:40128 10.244.1.10:8080 "_s,
              }));
    EXPECT_EQ(r.seenAddress, u"10.0.0.3");
    EXPECT_EQ(r.endpointAddress, u"10.244.1.10:8080");
    EXPECT_EQ(r.candidateNodes, QStringList({u"node-a"_s, u"node-b"_s}));
    EXPECT_TRUE(r.clientAddressIn.empty());
    EXPECT_TRUE(r.clientAddressNote.contains(u"node-c")) << r.clientAddressNote.toStdString();
}

// § F4: a local endpoint sees the node's own address on the pod network.
TEST(ConnectionTrace, LocalEndpointSeesThePodNetworkAddress)
{
    const sd::TraceResult r = sd::traceConnection(service("type: NodePort, ports: [{port: 80, "
                                                          "nodePort: 31000}]"),
                                                  request(TraceClient::NodePort, "node-b"));
    EXPECT_EQ(r.endpointNode, u"node-a"); // the first candidate, whatever node it arrived at
    sd::TraceRequest onB = request(TraceClient::NodePort, "node-b");
    onB.topology = topology("node-b=1");
    const sd::TraceResult local = sd::traceConnection(service("type: NodePort"), onB);
    EXPECT_EQ(local.seenAddress, u"10.244.2.1");
    EXPECT_EQ(r.hops.front().destination, u"10.0.0.2:31000");
}

// § F1, F16: the Service's own cluster IP, and a port without targetPort.
TEST(ConnectionTrace, UsesTheServicesOwnAddressesAndPorts)
{
    const sd::Service s = service("clusterIP: 10.96.5.5, ports: [{port: 5432}]");
    const sd::TraceResult r = sd::traceConnection(s, request(TraceClient::Pod, "node-b"));
    ASSERT_GE(r.hops.size(), 2u);
    EXPECT_EQ(r.hops[0].source, u"10.244.2.50:51234");
    EXPECT_EQ(r.hops[0].destination, u"10.96.5.5:5432");
    EXPECT_EQ(r.endpointAddress, u"10.244.1.10:5432");
    EXPECT_EQ(r.seenAddress, u"10.244.2.50");
}

// § F16: a named targetPort resolves through the pod templates of the file, or stays a name.
TEST(ConnectionTrace, NamedTargetPort)
{
    const sd::Manifest m = sd::Manifest::fromBytes(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n"
        "    metadata: {labels: {app: web, tier: front}}\n    spec:\n      containers:\n"
        "      - name: web\n        ports: [{name: web-http, containerPort: 8081}]\n---\n"
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: other}\nspec:\n  template:\n"
        "    metadata: {labels: {app: other}}\n    spec:\n      containers:\n"
        "      - name: x\n        ports: [{name: web-http, containerPort: 9999}]\n---\n"
        "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n"
        "  ports: [{port: 80, targetPort: web-http}, {name: b, port: 81, targetPort: other}]\n");
    const sd::Service &s = m.service(m.services().front());
    sd::TraceRequest r = request(TraceClient::Pod);
    r.containerPorts = sd::namedContainerPorts(m, s);
    EXPECT_EQ(r.containerPorts, (std::map<QString, int>{{u"web-http"_s, 8081}}));
    EXPECT_EQ(sd::traceConnection(s, r).endpointAddress, u"10.244.1.10:8081");
    r.portIndex = 1;
    const sd::TraceResult named = sd::traceConnection(s, r);
    EXPECT_EQ(named.endpointAddress, u"10.244.1.10:other");
    EXPECT_TRUE(named.facts.contains(u"F16"));
}

// § F9: the PROXY header carries the client's address past a proxy and past SNAT.
TEST(ConnectionTrace, ProxyHeaderLine)
{
    sd::TraceRequest r = request(TraceClient::LoadBalancer);
    r.loadBalancer = behaviour(Lb::ProxyV1);
    const sd::TraceResult t = sd::traceConnection(service("type: LoadBalancer"), r);
    EXPECT_EQ(t.proxyHeader, u"PROXY TCP4 203.0.113.7 198.51.100.10 51234 80");
    EXPECT_EQ(t.clientAddressIn, std::vector{sd::ClientAddressCarrier::ProxyHeader});
    r.loadBalancer = behaviour(Lb::ProxyHttp);
    const sd::TraceResult http = sd::traceConnection(service("type: LoadBalancer"), r);
    EXPECT_EQ(http.clientAddressIn, std::vector{sd::ClientAddressCarrier::XForwardedFor});
    EXPECT_TRUE(http.proxyHeader.isEmpty());
    // A UDP port carries neither.
    const sd::TraceResult udp
        = sd::traceConnection(service("type: LoadBalancer, ports: [{port: 53, protocol: UDP}]"), r);
    EXPECT_TRUE(udp.clientAddressIn.empty());
}

// § F11: the annotation counts when the field is empty.
TEST(ConnectionTrace, SourceRangesFromTheAnnotation)
{
    const sd::Manifest m = sd::Manifest::fromBytes(
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n"
        "    service.beta.kubernetes.io/load-balancer-source-ranges: \"10.0.0.0/8, "
        "192.0.2.0/24\"\nspec: {type: LoadBalancer, ports: [{port: 80}]}\n");
    sd::TraceRequest r = request(TraceClient::LoadBalancer);
    r.loadBalancer = behaviour(Lb::Vip);
    const sd::TraceResult t = sd::traceConnection(m.service(m.services().front()), r);
    EXPECT_EQ(t.reasonCode, u"source-range");
    EXPECT_TRUE(t.reason.contains(u"192.0.2.0/24")) << t.reason.toStdString();
}

// § F18: the note on other data planes comes wherever kube-proxy took part.
TEST(ConnectionTrace, DataPlaneNote)
{
    const sd::TraceResult r = sd::traceConnection(service("type: NodePort"),
                                                  request(TraceClient::NodePort, "node-c"));
    EXPECT_TRUE(r.facts.contains(u"F18"));
    EXPECT_TRUE(r.notes.join(u' ').contains(u"nftables"));
    EXPECT_TRUE(r.notes.join(u' ').contains(u"DSR"));
    const sd::TraceResult headless = sd::traceConnection(service("clusterIP: None"),
                                                         request(TraceClient::Pod));
    EXPECT_FALSE(headless.facts.contains(u"F18"));
}

TEST(ConnectionTrace, Problems)
{
    struct Case
    {
        const char *spec;
        TraceClient client;
        const char *node;
        const char *code;
    };
    // clang-format off
    const Case cases[] = {
        {"", TraceClient::NodePort, "", "client-not-allowed"},
        {"", TraceClient::LoadBalancer, "", "client-not-allowed"},
        {"type: NodePort", TraceClient::LoadBalancer, "", "client-not-allowed"},
        {"clusterIP: None", TraceClient::NodePort, "", "client-not-allowed"},
        {"type: ExternalName, externalName: a.example", TraceClient::LoadBalancer, "", "client-not-allowed"},
        {"", TraceClient::ExternalIP, "", "no-external-ip"},
        {"type: LoadBalancer, allocateLoadBalancerNodePorts: false", TraceClient::NodePort, "", "no-node-port"},
        {"type: NodePort", TraceClient::NodePort, "node-x", "unknown-node"},
        {"", TraceClient::Pod, "node-x", "unknown-node"},
    };
    // clang-format on
    for (const Case &c : cases) {
        const sd::TraceResult r = sd::traceConnection(service(c.spec), request(c.client, c.node));
        ASSERT_TRUE(r.problem) << c.spec;
        EXPECT_EQ(r.problem->code, QString::fromLatin1(c.code)) << c.spec;
        EXPECT_FALSE(r.problem->message.isEmpty());
        EXPECT_TRUE(r.hops.empty());
    }
    sd::TraceRequest bad = request(TraceClient::Pod);
    bad.portIndex = 3;
    EXPECT_EQ(sd::checkTraceRequest(service(""), bad)->code, u"no-port");
    bad = request(TraceClient::Pod);
    bad.topology.nodes.push_back({u"node-a"_s, 0});
    EXPECT_EQ(sd::checkTraceRequest(service(""), bad)->code, u"bad-topology");
    bad.topology = sd::ClusterTopology::defaults();
    bad.topology.nodes[0].endpoints = sd::ClusterTopology::maxEndpointsPerNode + 1;
    EXPECT_EQ(sd::checkTraceRequest(service(""), bad)->code, u"bad-topology");
}

TEST(ConnectionTrace, TopologyAndPorts)
{
    const sd::ClusterTopology t = sd::ClusterTopology::defaults();
    ASSERT_EQ(t.nodes.size(), 3u);
    EXPECT_EQ(t.nodes[2], (sd::TraceNode{u"node-c"_s, 0}));
    EXPECT_EQ(t.endpointCount(), 2);
    EXPECT_EQ(sd::ClusterTopology::withNodes({u"x"_s}).endpointCount(), 1);
    const sd::Service s = service("ports: [{name: http, port: 80}, {name: https, port: 443}]");
    EXPECT_EQ(sd::findServicePort(s, u"https"), 1);
    EXPECT_EQ(sd::findServicePort(s, u"80"), 0);
    EXPECT_EQ(sd::findServicePort(s, u"8080"), -1);
    EXPECT_EQ(sd::parseTraceClient(u"external-ip"), TraceClient::ExternalIP);
    EXPECT_FALSE(sd::parseTraceClient(u"LB"));
}

// The JSON the CLI prints: the keys a script reads.
TEST(ConnectionTrace, JsonShape)
{
    sd::TraceRequest r = request(TraceClient::LoadBalancer, "node-c");
    r.loadBalancer = behaviour(Lb::Vip);
    const sd::Service s = service("type: LoadBalancer, externalTrafficPolicy: Local");
    const sd::TraceResult t = sd::traceConnection(s, r);
    const QJsonObject o = QJsonDocument::fromJson(sd::traceJson(u"default/web"_s, s, r, t)).object();
    EXPECT_EQ(o[u"delivered"], QJsonValue(false));
    EXPECT_EQ(o[u"reasonCode"].toString(), u"health-check-fails");
    EXPECT_TRUE(o[u"endpointNode"].isNull());
    EXPECT_TRUE(o[u"seenSource"].isNull());
    EXPECT_EQ(o[u"candidateNodes"].toArray(), QJsonArray({u"node-a"_s, u"node-b"_s}));
    const QJsonArray hops = o[u"hops"].toArray();
    ASSERT_EQ(hops.size(), 1);
    const QJsonObject hop = hops[0].toObject();
    for (const char *key : {"from", "to", "src", "dst", "nat", "note", "fact"})
        EXPECT_TRUE(hop.contains(QString::fromLatin1(key))) << key;
    EXPECT_EQ(hop[u"to"].toString(), u"load-balancer");
    EXPECT_TRUE(hop[u"nat"].isNull());
    EXPECT_EQ(o[u"loadBalancer"].toObject()[u"kind"].toString(), u"pass-through");
}
