// SPDX-License-Identifier: GPL-3.0-or-later
// The trace for people and for scripts: the text report, the JSON object, the names of the places
// a packet passes; and the container ports a named targetPort can mean.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "model/io/manifest.h"
#include "model/teaching/connectiontrace.h"
#include "model/teaching/connectiontrace_p.h"

namespace sd {

using namespace Qt::StringLiterals;

namespace {

const QString arrow = u" \u2192 "_s;

// Word-wraps `text` at `width` columns, every line indented by `indent` spaces.
QString wrapped(const QString &text, int indent, int width = 100)
{
    const QString pad(indent, u' ');
    QString out;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            out += pad + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        out += pad + line + u'\n';
    return out;
}

QString portTitle(const trace::PortView &p)
{
    const QString numbers = u"%1/%2"_s.arg(p.port).arg(toString(p.protocol));
    return p.name.isEmpty() ? numbers : u"%1 (%2)"_s.arg(p.name, numbers);
}

QString clientTitle(const TraceRequest &r)
{
    const QString first = r.topology.nodes.empty() ? QString() : r.topology.nodes.front().name;
    switch (r.client) {
    case TraceClient::LoadBalancer:
        return TraceTr::tr("from outside the cluster through the load balancer");
    case TraceClient::NodePort:
        return TraceTr::tr("from outside the cluster to the node port of %1")
            .arg(r.viaNode.isEmpty() ? first : r.viaNode);
    case TraceClient::ExternalIP:
        return TraceTr::tr("from outside the cluster to an external IP, routed to %1")
            .arg(r.viaNode.isEmpty() ? first : r.viaNode);
    case TraceClient::Pod:
        return TraceTr::tr("from a pod on %1").arg(r.clientNode.isEmpty() ? first : r.clientNode);
    }
    return {};
}

QString kindText(LoadBalancerKind kind)
{
    switch (kind) {
    case LoadBalancerKind::None:
        return TraceTr::tr("none");
    case LoadBalancerKind::PassThrough:
        return TraceTr::tr("passes packets through");
    case LoadBalancerKind::Proxy:
        return TraceTr::tr("a proxy");
    }
    return {};
}

QString seenText(SeenSource source)
{
    switch (source) {
    case SeenSource::None:
        return {};
    case SeenSource::Client:
        return TraceTr::tr("the client's own address");
    case SeenSource::Node:
        return TraceTr::tr("an address of a node");
    case SeenSource::LoadBalancer:
        return TraceTr::tr("the load balancer's address");
    case SeenSource::Pod:
        return TraceTr::tr("the client pod's address");
    }
    return {};
}

QString carrierName(ClientAddressCarrier c)
{
    switch (c) {
    case ClientAddressCarrier::Source:
        return u"source"_s;
    case ClientAddressCarrier::ProxyHeader:
        return u"proxy-header"_s;
    case ClientAddressCarrier::XForwardedFor:
        return u"x-forwarded-for"_s;
    }
    return {};
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

// --- named container ports -------------------------------------------------------------------

QString scalarText(const Node *n)
{
    return n && n->isScalar() ? n->text() : QString();
}

const Node *child(const Node *object, QStringView key)
{
    return object && object->isMapping() ? object->find(key) : nullptr;
}

// The pod template of a workload object: the object itself for a Pod.
const Node *podTemplateOf(const QString &kind, const Node &object)
{
    static const QStringList withTemplate = {u"Deployment"_s,
                                             u"StatefulSet"_s,
                                             u"DaemonSet"_s,
                                             u"ReplicaSet"_s,
                                             u"ReplicationController"_s,
                                             u"Job"_s};
    if (kind == u"Pod")
        return &object;
    if (withTemplate.contains(kind))
        return child(child(&object, u"spec"), u"template");
    if (kind == u"CronJob")
        return child(child(child(child(&object, u"spec"), u"jobTemplate"), u"spec"), u"template");
    return nullptr;
}

bool selects(const StringMap &selector, const Node *labels)
{
    if (!labels || !labels->isMapping())
        return false;
    for (const StringMapEntry &e : selector.effectiveEntries()) {
        if (scalarText(labels->find(e.key)) != e.value.valueOr({}))
            return false;
    }
    return true;
}

void collectPorts(const Node *containers, std::map<QString, int> &out)
{
    if (!containers || !containers->isSequence())
        return;
    for (const Node &container : containers->items()) {
        const Node *ports = child(&container, u"ports");
        if (!ports || !ports->isSequence())
            continue;
        for (const Node &port : ports->items()) {
            const QString name = scalarText(child(&port, u"name"));
            bool ok = false;
            const int number = scalarText(child(&port, u"containerPort")).toInt(&ok);
            if (!name.isEmpty() && ok && number > 0)
                out.emplace(name, number); // the first one named so wins
        }
    }
}

} // namespace

QString traceClientName(TraceClient client)
{
    switch (client) {
    case TraceClient::LoadBalancer:
        return u"lb"_s;
    case TraceClient::NodePort:
        return u"nodeport"_s;
    case TraceClient::ExternalIP:
        return u"external-ip"_s;
    case TraceClient::Pod:
        return u"pod"_s;
    }
    return {};
}

std::optional<TraceClient> parseTraceClient(QStringView name)
{
    for (TraceClient c : {TraceClient::LoadBalancer,
                          TraceClient::NodePort,
                          TraceClient::ExternalIP,
                          TraceClient::Pod}) {
        if (traceClientName(c) == name)
            return c;
    }
    return std::nullopt;
}

QString seenSourceName(SeenSource source)
{
    switch (source) {
    case SeenSource::None:
        return {};
    case SeenSource::Client:
        return u"client"_s;
    case SeenSource::Node:
        return u"node"_s;
    case SeenSource::LoadBalancer:
        return u"load-balancer"_s;
    case SeenSource::Pod:
        return u"pod"_s;
    }
    return {};
}

QString traceNatName(TraceNat nat)
{
    switch (nat) {
    case TraceNat::None:
        return {};
    case TraceNat::Dnat:
        return u"dnat"_s;
    case TraceNat::Snat:
        return u"snat"_s;
    }
    return {};
}

QString loadBalancerKindName(LoadBalancerKind kind)
{
    switch (kind) {
    case LoadBalancerKind::None:
        return u"none"_s;
    case LoadBalancerKind::PassThrough:
        return u"pass-through"_s;
    case LoadBalancerKind::Proxy:
        return u"proxy"_s;
    }
    return {};
}

QString TracePlace::id() const
{
    switch (kind) {
    case Kind::Client:
        return u"client"_s;
    case Kind::ClientPod:
        return u"client-pod"_s;
    case Kind::LoadBalancer:
        return u"load-balancer"_s;
    case Kind::Dns:
        return u"dns"_s;
    case Kind::ExternalHost:
        return u"external-host"_s;
    case Kind::Node:
        return u"node/"_s + node;
    case Kind::Pod:
        return u"pod/"_s + address;
    }
    return {};
}

QString TracePlace::label() const
{
    switch (kind) {
    case Kind::Client:
        return TraceTr::tr("client");
    case Kind::ClientPod:
        return TraceTr::tr("client pod on %1").arg(node);
    case Kind::LoadBalancer:
        return TraceTr::tr("load balancer");
    case Kind::Dns:
        return TraceTr::tr("cluster DNS");
    case Kind::ExternalHost:
        return address;
    case Kind::Node:
        return node;
    case Kind::Pod:
        return TraceTr::tr("pod %1 on %2").arg(address, node);
    }
    return {};
}

std::map<QString, int> namedContainerPorts(const Manifest &manifest, const Service &service)
{
    std::map<QString, int> ports;
    const StringMap *selector = specOf(service).selector.get();
    if (!selector || selector->isEmpty())
        return ports;
    const QString namespaceName = service.namespaceName();
    for (const SourceDocument &doc : manifest.documents) {
        for (const Resource &r : doc.resources) {
            if (r.isService())
                continue;
            // Where either leaves the namespace out, kubectl's decides: they count as one.
            if (!namespaceName.isEmpty() && !r.namespaceName.isEmpty()
                && r.namespaceName != namespaceName)
                continue;
            const Node *tmpl = podTemplateOf(r.kind, r.node());
            if (!tmpl || !selects(*selector, child(child(tmpl, u"metadata"), u"labels")))
                continue;
            const Node *podSpec = child(tmpl, u"spec");
            collectPorts(child(podSpec, u"containers"), ports);
            collectPorts(child(podSpec, u"initContainers"), ports);
        }
    }
    return ports;
}

QString traceText(const QString &title,
                  const Service &service,
                  const TraceRequest &request,
                  const TraceResult &result)
{
    const trace::PortView port = trace::portView(service, request);
    QString out
        = TraceTr::tr("Trace of %1, port %2, %3").arg(title, portTitle(port), clientTitle(request))
          + u'\n';
    QStringList nodes;
    for (const TraceNode &n : request.topology.nodes)
        nodes << u"%1 %2"_s.arg(n.name).arg(n.endpoints);
    out += TraceTr::tr("Ready endpoints per node: %1").arg(nodes.join(u", ")) + u'\n';
    if (request.client == TraceClient::LoadBalancer) {
        const LoadBalancerBehaviour &lb = request.loadBalancer;
        const QString who = lb.implementation.isEmpty()
                                ? lb.providerId
                                : u"%1 (%2)"_s.arg(lb.implementation, lb.providerId);
        out += TraceTr::tr("Load balancer: %1, %2").arg(who, kindText(lb.kind)) + u'\n';
    }
    out += u'\n';
    int number = 0;
    for (const TraceHop &hop : result.hops) {
        const QString where = hop.isStep() ? u"%1: %2"_s.arg(hop.from.label(),
                                                             traceNatName(hop.nat).toUpper())
                                           : hop.from.label() + arrow + hop.to.label();
        out += u"%1. %2\n"_s.arg(++number, 2).arg(where);
        out += u"    "_s + hop.source + arrow + hop.destination + u'\n';
        out += wrapped(hop.note, 4);
    }
    out += u'\n';
    out += wrapped(result.delivered ? TraceTr::tr("Result: %1").arg(result.reason)
                                    : TraceTr::tr("Result: not delivered. %1").arg(result.reason),
                   0);
    if (!result.candidateNodes.isEmpty()) {
        const QString nodes = result.candidateNodes.join(u", ");
        out += wrapped(result.delivered
                           ? TraceTr::tr("Nodes whose endpoints could be chosen: %1.").arg(nodes)
                           : TraceTr::tr("Nodes with a ready endpoint: %1.").arg(nodes),
                       0);
    }
    if (result.seenSource != SeenSource::None) {
        out += wrapped(TraceTr::tr("The pod sees the source address %1: %2.")
                           .arg(result.seenAddress, seenText(result.seenSource)),
                       0);
    }
    if (!result.clientAddressNote.isEmpty())
        out += wrapped(result.clientAddressNote, 0);
    if (!result.proxyHeader.isEmpty())
        out += TraceTr::tr("PROXY header: %1").arg(result.proxyHeader) + u'\n';
    if (!result.notes.isEmpty()) {
        out += u'\n' + TraceTr::tr("Notes:") + u'\n';
        for (const QString &n : result.notes) {
            const QString text = wrapped(n, 2);
            out += u"- "_s + text.mid(2);
        }
    }
    out += u'\n' + TraceTr::tr("Facts (docs/connection-trace.md): %1").arg(result.facts.join(u", "))
           + u'\n';
    return out;
}

QByteArray traceJson(const QString &title,
                     const Service &service,
                     const TraceRequest &request,
                     const TraceResult &result)
{
    const trace::PortView port = trace::portView(service, request);
    QJsonObject root;
    root[u"service"] = title;
    root[u"port"] = QJsonObject{
        {u"name"_s, stringOrNull(port.name)},
        {u"port"_s, port.port},
        {u"protocol"_s, toString(port.protocol)},
        {u"targetPort"_s, port.targetPort},
        {u"nodePort"_s, port.nodePort > 0 ? QJsonValue(port.nodePort) : QJsonValue()},
    };
    root[u"from"] = traceClientName(request.client);
    root[u"viaNode"] = stringOrNull(request.viaNode);
    root[u"clientNode"] = stringOrNull(request.clientNode);
    QJsonArray nodes;
    for (const TraceNode &n : request.topology.nodes)
        nodes.append(QJsonObject{{u"name"_s, n.name}, {u"endpoints"_s, n.endpoints}});
    root[u"nodes"] = nodes;
    if (request.client == TraceClient::LoadBalancer) {
        const LoadBalancerBehaviour &lb = request.loadBalancer;
        root[u"loadBalancer"] = QJsonObject{
            {u"kind"_s, loadBalancerKindName(lb.kind)},
            {u"provider"_s, stringOrNull(lb.providerId)},
            {u"variant"_s, stringOrNull(lb.variantId)},
            {u"implementation"_s, stringOrNull(lb.implementation)},
            {u"proxyProtocol"_s,
             lb.proxyProtocolVersion != 0 ? QJsonValue(lb.proxyProtocolVersion) : QJsonValue()},
            {u"xForwardedFor"_s, lb.speaksHttp},
        };
    } else {
        root[u"loadBalancer"] = QJsonValue();
    }
    root[u"delivered"] = result.delivered;
    root[u"reasonCode"] = result.reasonCode;
    root[u"reason"] = result.reason;
    root[u"endpointNode"] = stringOrNull(result.endpointNode);
    root[u"endpoint"] = stringOrNull(result.endpointAddress);
    root[u"candidateNodes"] = stringArray(result.candidateNodes);
    root[u"seenSource"] = stringOrNull(seenSourceName(result.seenSource));
    root[u"seenAddress"] = stringOrNull(result.seenAddress);
    QJsonArray carriers;
    for (ClientAddressCarrier c : result.clientAddressIn)
        carriers.append(carrierName(c));
    root[u"clientAddressIn"] = carriers;
    root[u"clientAddress"] = stringOrNull(result.clientAddressNote);
    root[u"proxyHeader"] = stringOrNull(result.proxyHeader);
    QJsonArray hops;
    for (const TraceHop &h : result.hops) {
        hops.append(QJsonObject{
            {u"from"_s, h.from.id()},
            {u"to"_s, h.to.id()},
            {u"src"_s, h.source},
            {u"dst"_s, h.destination},
            {u"nat"_s, stringOrNull(traceNatName(h.nat))},
            {u"note"_s, h.note},
            {u"fact"_s, h.fact},
        });
    }
    root[u"hops"] = hops;
    root[u"facts"] = stringArray(result.facts);
    root[u"notes"] = stringArray(result.notes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sd
