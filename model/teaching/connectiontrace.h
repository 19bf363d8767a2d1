// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The connection tracer: it follows one connection to a port of a Service through a small example
// cluster, hop by hop, and names every address translation on the way, where the client's
// address is lost or kept, and why a connection does not arrive. The facts it rests on, each with
// its source, are in docs/connection-trace.md; the code and the hops cite that file's sections
// by their ids (F1 ... F18).

#include <map>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "model/domain/service.h"

namespace sd {

class Manifest;
struct ProviderProfile;

/** The tracer's texts (hop notes, reasons, the report): translation context `sd::trace`. */
struct TraceTr
{
    Q_DECLARE_TR_FUNCTIONS(sd::trace)
};

/** One node of the example cluster and the number of ready endpoints of the Service on it. */
struct TraceNode
{
    QString name;
    int endpoints = 0;

    friend bool operator==(const TraceNode &, const TraceNode &) = default;
};

/**
 * The example cluster. Node i (from 0) has the address 10.0.0.(i+1) and the pod range
 * 10.244.(i+1).0/24; its endpoints are 10.244.(i+1).10, .11, ...; a client pod on it is
 * 10.244.(i+1).50.
 */
struct ClusterTopology
{
    static constexpr int maxNodes = 20;
    static constexpr int maxEndpointsPerNode = 30;

    std::vector<TraceNode> nodes;

    /** node-a and node-b with one endpoint each, node-c with none. */
    static ClusterTopology defaults();
    /** These nodes; one endpoint on each of the first two, none elsewhere. */
    static ClusterTopology withNodes(const QStringList &names);
    /** The index of the node, or -1. */
    int indexOf(QStringView name) const;
    /** Every endpoint of every node. */
    int endpointCount() const;
    /** The address of node `node` (from 0): 10.0.0.(node+1). */
    static QString nodeAddress(int node);
    /** The address of endpoint `index` (from 0) of node `node`: 10.244.(node+1).(10+index). */
    static QString endpointAddress(int node, int index);

    friend bool operator==(const ClusterTopology &, const ClusterTopology &) = default;
};

/** Where the client is. */
enum class TraceClient {
    LoadBalancer, ///< outside the cluster, to the load balancer's address
    NodePort,     ///< outside the cluster, to a node's address and the node port
    ExternalIP,   ///< outside the cluster, to one of spec.externalIPs (routed to a node)
    Pod,          ///< a pod of the cluster, to the Service's name (its cluster IP)
};

/** What the load balancer does with a connection (docs/connection-trace.md § F7, F8, F10). */
enum class LoadBalancerKind {
    None,        ///< no implementation acts on the Service: it stays pending
    PassThrough, ///< forwards the client's packets (GKE, AWS NLB, Azure, MetalLB, ...)
    Proxy,       ///< ends the client's TCP connection and opens its own (classic ELB, ...)
};

/** Where a load balancer sends the packets (§ F7). */
enum class LoadBalancerTarget {
    NodePort,            ///< to a node's address and the node port
    LoadBalancerAddress, ///< to a node, still addressed to the load balancer's address
    Pods,                ///< straight to the pods' addresses (AWS "ip" targets): no kube-proxy
};

/** The load balancer of the chosen provider for one Service and port (§ F17). */
struct LoadBalancerBehaviour
{
    LoadBalancerKind kind = LoadBalancerKind::None;
    LoadBalancerTarget target = LoadBalancerTarget::NodePort;
    /** A pass-through load balancer keeps the client's address as the source (AWS NLB with
     *  preserve_client_ip.enabled=false does not). A proxy never does. */
    bool keepsClientAddress = true;
    /** The PROXY protocol header sent before the data: 0 none, 1 or 2, -1 on in a version the
     *  profile does not say. */
    int proxyProtocolVersion = 0;
    /** It speaks HTTP to the pods and adds X-Forwarded-For. */
    bool speaksHttp = false;
    /** It health-checks the nodes (healthCheckNodePort with externalTrafficPolicy Local); false
     *  for MetalLB, which instead announces the address only from nodes with an endpoint. */
    bool healthChecksNodes = true;
    /** Its own firewall applies loadBalancerSourceRanges; false: only kube-proxy on the node
     *  does (MetalLB). */
    bool enforcesSourceRanges = true;
    QString providerId;     ///< the profile's id ("aws"), empty without one
    QString variantId;      ///< the profile variant ("clb")
    QString implementation; ///< translated: the profile's name for it
    QString note;           ///< translated: why this kind, or why none
    QString reasonCode;     ///< for kind None: "no-load-balancer" or "not-handled"
    /** The implementation is not in the tracer's table (a profile of the user's): pass-through
     *  to a node port is assumed. */
    bool assumed = false;
};

/**
 * What the chosen provider's load balancer does with `port` of `service`, from the profile (its
 * kind, the variant the annotations select, its PROXY protocol and backend-protocol annotations)
 * and the tracer's table of providers (§ F17). `profile` nullptr, `none` and `generic` give
 * kind None (nothing builds the load balancer).
 */
LoadBalancerBehaviour loadBalancerBehaviour(const ProviderProfile *profile,
                                            const Service &service,
                                            const ServicePort &port);

/** What to trace. */
struct TraceRequest
{
    int portIndex = 0; ///< into spec.ports
    TraceClient client = TraceClient::Pod;
    ClusterTopology topology = ClusterTopology::defaults();
    /** LoadBalancer, NodePort, ExternalIP: the node the connection reaches; empty: the first
     *  node the load balancer sends to, or the first node. */
    QString viaNode;
    /** Pod: the node of the client pod; empty: the first node. */
    QString clientNode;
    /** For LoadBalancer clients. */
    LoadBalancerBehaviour loadBalancer;
    /** Named target ports resolved to numbers (namedContainerPorts()). */
    std::map<QString, int> containerPorts;
};

/** Why a request cannot be traced at all (the CLI exits with 2). */
struct TraceProblem
{
    QString code;    ///< stable: "no-port", "unknown-node", "client-not-allowed", ...
    QString message; ///< translated
};

/** A place a packet passes. */
struct TracePlace
{
    enum class Kind { Client, ClientPod, LoadBalancer, Dns, ExternalHost, Node, Pod };
    Kind kind = Kind::Client;
    QString node;    ///< Node, Pod, ClientPod: the node's name
    QString address; ///< Pod: its address; ExternalHost: the host name

    /** Stable: "client", "client-pod", "load-balancer", "dns", "external-host",
     *  "node/NAME", "pod/ADDRESS". */
    QString id() const;
    /** Translated: "client", "load balancer", "node-a", "pod 10.244.1.10 on node-a", ... */
    QString label() const;

    friend bool operator==(const TracePlace &, const TracePlace &) = default;
};

enum class TraceNat { None, Dnat, Snat };

/**
 * One hop: a packet travelling from `from` to `to` (nat None), or a translation at one place
 * (`from == to`, nat Dnat or Snat) showing the packet after it. Addresses are "ip:port" ("[ip]:port"
 * for IPv6); a named target port that cannot be resolved stays a name ("10.244.1.10:http").
 */
struct TraceHop
{
    TracePlace from;
    TracePlace to;
    QString source;
    QString destination;
    TraceNat nat = TraceNat::None;
    QString note; ///< translated: what happens and why
    QString fact; ///< the section of docs/connection-trace.md: "F4"

    bool isStep() const { return from == to; }
};

/** Whose address the pod sees as the source of the connection. */
enum class SeenSource { None, Client, Node, LoadBalancer, Pod };

/** Where the client's own address is still to be had at the pod. */
enum class ClientAddressCarrier { Source, ProxyHeader, XForwardedFor };

/** The trace of one connection. */
struct TraceResult
{
    /** Set when the request cannot be traced (no such port or node, a client the Service's type
     *  does not allow); nothing else is then. */
    std::optional<TraceProblem> problem;
    bool delivered = false; ///< it reaches a pod behind the Service
    /** Stable: "delivered", "no-endpoints", "no-local-endpoint-internal",
     *  "no-local-endpoint-external", "health-check-fails", "not-announced", "no-healthy-node",
     *  "source-range", "no-load-balancer", "not-handled", "no-node-port", "external-name". */
    QString reasonCode;
    QString reason;          ///< translated: why it arrives, or why not
    QString endpointNode;    ///< the chosen endpoint's node; empty when none
    QString endpointAddress; ///< "10.244.1.10:8080"; empty when none
    /** Delivered: the nodes whose endpoints could have been chosen. Not delivered: the nodes
     *  with a ready endpoint that the connection could have reached (none when there is no
     *  endpoint, or nothing decides between nodes). */
    QStringList candidateNodes;
    SeenSource seenSource = SeenSource::None;
    QString seenAddress; ///< the source address the pod sees
    std::vector<ClientAddressCarrier> clientAddressIn;
    QString clientAddressNote; ///< translated: where the client's address is, or where it was lost
    /** The PROXY header sent, when one is: the version 1 line without its CR LF, or the version 2
     *  bytes in hex. */
    QString proxyHeader;
    /** In order. When the connection is not delivered, the last hop ends where it stops. */
    std::vector<TraceHop> hops;
    QStringList facts; ///< every fact the trace rests on, in order of first use
    QStringList notes; ///< translated: what else the reader should know
};

/** The index of the port named `nameOrNumber`, or with that port number; -1 when none. */
int findServicePort(const Service &service, QStringView nameOrNumber);

/** The first problem that keeps `request` from being traced, or nullopt. */
std::optional<TraceProblem> checkTraceRequest(const Service &service, const TraceRequest &request);

/** Traces the connection (checkTraceRequest() first: a problem is returned in `problem`). */
TraceResult traceConnection(const Service &service, const TraceRequest &request);

/**
 * The numbers of the container ports that a named targetPort of the Service can mean: the named
 * ports of the pod templates of the manifest (Deployments, StatefulSets, DaemonSets, ReplicaSets,
 * Jobs, CronJobs, Pods) that the Service's selector matches, in the same namespace. The first
 * template that names a port wins.
 */
std::map<QString, int> namedContainerPorts(const Manifest &manifest, const Service &service);

/** `lb`, `nodeport`, `external-ip`, `pod`. */
QString traceClientName(TraceClient client);
std::optional<TraceClient> parseTraceClient(QStringView name);
/** `client`, `node`, `load-balancer`, `pod`; empty for None. */
QString seenSourceName(SeenSource source);
/** `dnat`, `snat`; empty for None. */
QString traceNatName(TraceNat nat);
/** `pass-through`, `proxy`, `none`. */
QString loadBalancerKindName(LoadBalancerKind kind);

/** The trace as text for a terminal: a heading, the hops as a numbered list, the result and the
 *  notes. `title` names the Service ("shop/web"). Ends with a newline. */
QString traceText(const QString &title,
                  const Service &service,
                  const TraceRequest &request,
                  const TraceResult &result);

/** The trace as an indented JSON object (the CLI's `--format json`; README "trace"). */
QByteArray traceJson(const QString &title,
                     const Service &service,
                     const TraceRequest &request,
                     const TraceResult &result);

} // namespace sd
