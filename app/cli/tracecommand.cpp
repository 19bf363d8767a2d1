// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "model/providers/providerregistry.h"
#include "model/teaching/connectiontrace.h"

namespace sd::cli {

namespace {

int usageError(const QString &message)
{
    err() << message << Qt::endl;
    return ExitUnreadable;
}

// --nodes a,b,c and --endpoints a=2,b=0: the example cluster. Nodes --endpoints does not name
// have no endpoint; without --endpoints the first two nodes have one each.
std::optional<ClusterTopology> topologyFrom(const QCommandLineParser &parser,
                                            const QCommandLineOption &nodesOption,
                                            const QCommandLineOption &endpointsOption)
{
    ClusterTopology t = ClusterTopology::defaults();
    if (parser.isSet(nodesOption)) {
        QStringList names;
        for (const QString &n : parser.value(nodesOption).split(u',', Qt::SkipEmptyParts))
            names << n.trimmed();
        t = ClusterTopology::withNodes(names);
    }
    if (!parser.isSet(endpointsOption))
        return t;
    for (TraceNode &n : t.nodes)
        n.endpoints = 0;
    for (const QString &item : parser.value(endpointsOption).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        bool ok = false;
        const int count = eq > 0 ? item.mid(eq + 1).trimmed().toInt(&ok) : 0;
        if (!ok) {
            usageError(
                Tr::tr("invalid --endpoints item '%1': write NODE=COUNT, e.g. node-a=2").arg(item));
            return std::nullopt;
        }
        const QString node = item.left(eq).trimmed();
        const int index = t.indexOf(node);
        if (index < 0) {
            QStringList names;
            for (const TraceNode &n : t.nodes)
                names << n.name;
            usageError(Tr::tr("--endpoints names the node '%1', which is not one of %2")
                           .arg(node, names.join(QLatin1String(", "))));
            return std::nullopt;
        }
        t.nodes[size_t(index)].endpoints = count;
    }
    return t;
}

} // namespace

int runTrace(const QStringList &arguments)
{
    QCommandLineParser parser;
    // One message per paragraph: translators get no line breaks to keep.
    const QString program = QCoreApplication::applicationName();
    parser.setApplicationDescription(
        Tr::tr("Follows one connection to a port of a Service through a small example cluster and "
               "prints every hop: the source and destination address and port, where DNAT and "
               "SNAT happen and why, which node's endpoint gets the connection, what source "
               "address the pod sees, where the client's own address is still to be had (PROXY "
               "header, X-Forwarded-For), and, when the connection does not arrive, why.")
        + QLatin1String("\n\n")
        + Tr::tr("The cluster has the nodes node-a, node-b and node-c (--nodes), with one ready "
                 "endpoint on node-a and one on node-b (--endpoints: nodes it does not name have "
                 "none). The client is outside the cluster (203.0.113.7) connecting through the "
                 "load balancer (--from lb), to a node port (--from nodeport) or to an external "
                 "IP (--from external-ip), or a pod (--from pod). kube-proxy's iptables and IPVS "
                 "modes behave alike here; the notes say where nftables and eBPF data planes "
                 "differ.")
        + QLatin1String("\n\n") + Tr::tr("Examples:") + QLatin1String("\n  ") + program
        + QLatin1String(" trace web.yaml --port http --from lb --provider aws\n  ") + program
        + QLatin1String(" trace web.yaml --service shop/web --port 80 --from nodeport "
                        "--via-node node-c --endpoints node-a=2\n\n")
        + Tr::tr("Exit status: 0 when the connection was traced, whether it arrives or not; 2 "
                 "for no such Service, port or node, a --from the Service's type does not allow, "
                 "or an unreadable file."));
    parser.addHelpOption();
    const QCommandLineOption serviceOption(QStringLiteral("service"),
                                           Tr::tr("The Service: NAME or NAMESPACE/NAME (not "
                                                  "needed when the file holds one)."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        Tr::tr("The port of the Service: its name or number."),
                                        QStringLiteral("NAME|NUMBER"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Tr::tr("Where the client is: lb, nodeport, external-ip "
                                               "or pod."),
                                        QStringLiteral("CLIENT"));
    const QCommandLineOption viaOption(QStringLiteral("via-node"),
                                       Tr::tr("For lb, nodeport and external-ip: the node the "
                                              "connection reaches (default: the first one the "
                                              "load balancer sends to, or the first node)."),
                                       QStringLiteral("NODE"));
    const QCommandLineOption clientNodeOption(QStringLiteral("client-node"),
                                              Tr::tr("For pod: the node of the client pod "
                                                     "(default: the first node)."),
                                              QStringLiteral("NODE"));
    const QCommandLineOption nodesOption(QStringLiteral("nodes"),
                                         Tr::tr("The nodes of the example cluster, in order "
                                                "(default: node-a,node-b,node-c)."),
                                         QStringLiteral("NODE,..."));
    const QCommandLineOption endpointsOption(QStringLiteral("endpoints"),
                                             Tr::tr("Ready endpoints per node, e.g. "
                                                    "node-a=2,node-c=1; nodes not named have "
                                                    "none."),
                                             QStringLiteral("NODE=COUNT,..."));
    const QCommandLineOption providerOption(QStringLiteral("provider"),
                                            Tr::tr("Whose load balancer: a provider id (see the "
                                                   "'providers' command; default: generic, "
                                                   "which means none)."),
                                            QStringLiteral("ID"),
                                            QStringLiteral("generic"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Tr::tr("Load this provider profile too (repeatable)."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringList{QStringLiteral("format"), QStringLiteral("f")},
                                          Tr::tr("Output format: text (default) or json."),
                                          QStringLiteral("format"),
                                          QStringLiteral("text"));
    parser.addOptions({serviceOption,
                       portOption,
                       fromOption,
                       viaOption,
                       clientNodeOption,
                       nodesOption,
                       endpointsOption,
                       providerOption,
                       profileOption,
                       formatOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("The manifest file (YAML or JSON); '-' reads standard "
                                        "input."));
    if (const std::optional<int> done = parseOrHelp(parser, arguments))
        return *done;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(Tr::tr("name one file to trace a Service of"));
    for (const QCommandLineOption *required : {&portOption, &fromOption}) {
        if (!parser.isSet(*required))
            return usageError(Tr::tr("--%1 is required").arg(required->names().constFirst()));
    }
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json")
        return usageError(Tr::tr("unknown format '%1': use text or json").arg(format));
    TraceRequest request;
    const std::optional<TraceClient> client = parseTraceClient(parser.value(fromOption));
    if (!client) {
        return usageError(Tr::tr("unknown --from '%1': use lb, nodeport, external-ip or pod")
                              .arg(parser.value(fromOption)));
    }
    request.client = *client;
    if (parser.isSet(viaOption) && request.client == TraceClient::Pod)
        return usageError(Tr::tr("--via-node is for --from lb, nodeport and external-ip; use "
                                 "--client-node with --from pod"));
    if (parser.isSet(clientNodeOption) && request.client != TraceClient::Pod)
        return usageError(Tr::tr("--client-node is for --from pod; use --via-node with --from "
                                 "%1")
                              .arg(parser.value(fromOption)));
    request.viaNode = parser.value(viaOption);
    request.clientNode = parser.value(clientNodeOption);
    const std::optional<ClusterTopology> topology = topologyFrom(parser,
                                                                 nodesOption,
                                                                 endpointsOption);
    if (!topology)
        return ExitUnreadable;
    request.topology = *topology;

    const std::optional<ProviderRegistry> registry = loadProviders(parser.values(profileOption));
    if (!registry)
        return ExitUnreadable;
    const QString providerId = parser.value(providerOption);
    const std::shared_ptr<const ProviderProfile> profile = registry->find(providerId);
    if (!profile) {
        return usageError(Tr::tr("unknown provider '%1': use one of %2")
                              .arg(providerId, registry->ids().join(QLatin1String(", "))));
    }

    const QString file = files.front();
    const QString shown = file == u"-" ? Tr::tr("<stdin>") : file;
    const ReadResult read = readNamed(file);
    if (diagnoseReadErrors(shown, read))
        return ExitUnreadable;
    const std::optional<ServiceRef> ref = chooseService(read.manifest,
                                                        parser.value(serviceOption),
                                                        false);
    if (!ref)
        return ExitUnreadable;
    const Service &service = read.manifest.service(*ref);
    const Resource &resource = read.manifest.resource(*ref);
    const QString title = (resource.namespaceName.isEmpty() ? QStringLiteral("default")
                                                            : resource.namespaceName)
                          + u'/' + resource.name;

    request.portIndex = findServicePort(service, parser.value(portOption));
    if (request.portIndex < 0) {
        QStringList ports;
        for (const Field<ServicePort> &p : service.ports()) {
            if (p.hasValue()) {
                const QString name = p.value().name.valueOr({});
                const QString number = QString::number(p.value().port.valueOr(0));
                ports << (name.isEmpty() ? number : name + u'/' + number);
            }
        }
        return usageError(
            Tr::tr("%1 has no port '%2' (its ports: %3)")
                .arg(title,
                     parser.value(portOption),
                     ports.isEmpty() ? Tr::tr("none") : ports.join(QLatin1String(", "))));
    }
    request.containerPorts = namedContainerPorts(read.manifest, service);
    if (request.client == TraceClient::LoadBalancer) {
        request.loadBalancer
            = loadBalancerBehaviour(profile.get(),
                                    service,
                                    service.ports()[size_t(request.portIndex)].value());
    }

    const TraceResult result = traceConnection(service, request);
    if (result.problem)
        return usageError(title + QLatin1String(": ") + result.problem->message);
    const QByteArray out = format == u"json" ? traceJson(title, service, request, result)
                                             : traceText(title, service, request, result).toUtf8();
    return writeStandardOutput(out) ? ExitOk : ExitUnreadable;
}

} // namespace sd::cli
