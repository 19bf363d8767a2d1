// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the parts of the tracer share: the example addresses (docs/connection-trace.md, "Example
// addresses"), the Service's port as the trace needs it, and the builder that collects the hops.

#include <vector>

#include "model/teaching/connectiontrace.h"

namespace sd::trace {

// The example addresses: documentation ranges for the outside (RFC 5737), a private range for the
// nodes and the conventional kubeadm ranges for pods and Services.
inline QString clientAddress()
{
    return QStringLiteral("203.0.113.7");
}
inline constexpr int clientPort = 51234;
inline QString exampleLoadBalancerAddress()
{
    return QStringLiteral("198.51.100.10");
}
/** The address a proxying load balancer connects from, inside the cluster's network. */
inline QString loadBalancerInsideAddress()
{
    return QStringLiteral("10.0.255.10");
}
inline constexpr int loadBalancerInsidePort = 40640;
/** The source port after kube-proxy's MASQUERADE --random-fully (§ F4). */
inline constexpr int masqueradePort = 40128;
inline QString exampleClusterIP()
{
    return QStringLiteral("10.96.0.10");
}
inline QString clusterDnsAddress()
{
    return QStringLiteral("10.96.0.2");
}
inline constexpr int exampleNodePort = 30080;
inline constexpr int exampleHealthCheckNodePort = 32100;

QString nodeAddress(int node);
/** The node's own address on its pod network (what a local endpoint sees after SNAT). */
QString podGatewayAddress(int node);
QString endpointAddress(int node, int index);
QString clientPodAddress(int node);
QString hostPort(const QString &address, const QString &port);
QString hostPort(const QString &address, int port);

/** One ready endpoint of the example cluster. */
struct Endpoint
{
    int node = -1;
    QString address;
};

/** The port of the Service as the trace uses it (§ F16). */
struct PortView
{
    QString name;
    Protocol protocol = Protocol::TCP;
    int port = 0;
    QString targetPort;          ///< a number, or a name that could not be resolved
    bool targetPortName = false; ///< targetPort was written as a name
    bool targetPortResolved = false;
    int nodePort = 0;             ///< 0 when there is none
    bool nodePortExample = false; ///< not set: the example stands for the allocated one
};

PortView portView(const Service &service, const TraceRequest &request);

/** Collects the hops and the result. */
class Builder
{
public:
    Builder(const Service &service, const TraceRequest &request);

    const Service &service;
    const ServiceSpec &spec;
    const TraceRequest &request;
    PortView port;
    TraceResult result;
    /** Sentences saying where the client's address still is (PROXY header, X-Forwarded-For). */
    QStringList carrierNotes;
    /** The sentence saying where the client's address was lost, when it was. */
    QString lostNote;

    QString clusterIP() const;
    QString loadBalancerAddress() const;
    /** Every endpoint, node by node. */
    std::vector<Endpoint> endpoints() const;
    std::vector<Endpoint> endpointsOn(int node) const;
    /** The target of the connection at `endpoint`: "10.244.1.10:8080". */
    QString target(const Endpoint &endpoint) const;
    QString nodeName(int node) const;
    /** The index of the named node; the first node for an empty name. */
    int nodeIndex(const QString &name) const;
    /** The names of the nodes of `endpoints`, each once, in order. */
    QStringList nodeNames(const std::vector<Endpoint> &endpoints) const;
    bool externalPolicyLocal() const;
    bool internalPolicyLocal() const;
    bool clientIPAffinity() const;
    /** sessionAffinityConfig.clientIP.timeoutSeconds, or the API's default 10800. */
    int affinityTimeout() const;

    static TracePlace client();
    static TracePlace loadBalancer();
    TracePlace node(int node) const;
    TracePlace pod(const Endpoint &endpoint) const;
    TracePlace clientPod(int node) const;

    void fact(const QString &id);
    void leg(const TracePlace &from,
             const TracePlace &to,
             const QString &source,
             const QString &destination,
             const QString &note,
             const char *fact);
    void step(const TracePlace &at,
              TraceNat nat,
              const QString &source,
              const QString &destination,
              const QString &note,
              const char *fact);
    void note(const QString &text, const char *fact);
    void fail(const QString &code, const QString &reason, const char *fact);
    void deliver(const Endpoint &endpoint, SeenSource seen, const QString &seenAddress);
};

/** clusterIP (or clusterIPs[0]) is None. */
bool serviceIsHeadless(const Service &service);

// The clients (connectiontrace.cpp, connectiontrace_external.cpp).
void tracePod(Builder &b);
void traceNodePort(Builder &b);
void traceExternalIP(Builder &b);
void traceLoadBalancer(Builder &b);

} // namespace sd::trace
