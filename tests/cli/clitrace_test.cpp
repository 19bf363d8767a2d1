// SPDX-License-Identifier: GPL-3.0-or-later
// service-designer-cli trace: the text report against golden files, the JSON a script reads, and
// the exit codes (0 traced, delivered or not; 2 for input it cannot trace).

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "support/clirun.h"
#include "support/qtprinters.h"

namespace {

CliRun trace(QStringList args)
{
    args.prepend(QStringLiteral("trace"));
    args << QStringLiteral("--lang") << QStringLiteral("en");
    return cli(args);
}

QString input()
{
    return data("input/trace.yaml");
}

} // namespace

// docs/connection-trace.md § F8, F4, F9: a classic ELB with PROXY protocol, to a node without an
// endpoint.
TEST(CliTrace, ProxyingLoadBalancerGolden)
{
    const CliRun r = trace({input(),
                            QStringLiteral("--service"),
                            QStringLiteral("shop/web"),
                            QStringLiteral("--port"),
                            QStringLiteral("http"),
                            QStringLiteral("--from"),
                            QStringLiteral("lb"),
                            QStringLiteral("--provider"),
                            QStringLiteral("aws"),
                            QStringLiteral("--via-node"),
                            QStringLiteral("node-c")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(r.err, QByteArray());
    EXPECT_EQ(r.out, readBytes(data("golden/trace-lb-aws.txt")));
}

// § F5: a node port with externalTrafficPolicy Local on a node without an endpoint times out.
TEST(CliTrace, NodePortLocalGolden)
{
    const CliRun r = trace({input(),
                            QStringLiteral("--service"),
                            QStringLiteral("metrics"),
                            QStringLiteral("--port"),
                            QStringLiteral("9100"),
                            QStringLiteral("--from"),
                            QStringLiteral("nodeport"),
                            QStringLiteral("--via-node"),
                            QStringLiteral("node-b"),
                            QStringLiteral("--nodes"),
                            QStringLiteral("node-a,node-b,node-c"),
                            QStringLiteral("--endpoints"),
                            QStringLiteral("node-a=2,node-c=1")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(r.out, readBytes(data("golden/trace-nodeport-local.txt")));
}

// § F1: a pod to the cluster IP, as JSON.
TEST(CliTrace, JsonShape)
{
    const CliRun r = trace({input(),
                            QStringLiteral("--service"),
                            QStringLiteral("shop/web"),
                            QStringLiteral("--port"),
                            QStringLiteral("80"),
                            QStringLiteral("--from"),
                            QStringLiteral("pod"),
                            QStringLiteral("--client-node"),
                            QStringLiteral("node-c"),
                            QStringLiteral("--format"),
                            QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.constData();
    EXPECT_TRUE(o[u"delivered"].toBool());
    EXPECT_EQ(o[u"reasonCode"].toString(), u"delivered");
    EXPECT_TRUE(o[u"reason"].isString());
    EXPECT_EQ(o[u"endpointNode"].toString(), u"node-a");
    EXPECT_EQ(o[u"seenSource"].toString(), u"pod");
    const QJsonArray hops = o[u"hops"].toArray();
    ASSERT_EQ(hops.size(), 3);
    for (const QJsonValue &v : hops) {
        const QJsonObject hop = v.toObject();
        for (const char *key : {"from", "to", "src", "dst", "nat", "note", "fact"})
            EXPECT_TRUE(hop.contains(QString::fromLatin1(key))) << key;
        EXPECT_TRUE(hop[u"src"].isString());
        EXPECT_TRUE(hop[u"nat"].isNull() || hop[u"nat"].toString() == u"dnat"
                    || hop[u"nat"].toString() == u"snat");
    }
    EXPECT_EQ(hops[0].toObject()[u"from"].toString(), u"client-pod");
    EXPECT_EQ(hops[1].toObject()[u"nat"].toString(), u"dnat");
    EXPECT_EQ(hops[1].toObject()[u"dst"].toString(), u"10.244.1.10:8080");
    EXPECT_EQ(hops[2].toObject()[u"to"].toString(), u"pod/10.244.1.10");

    // Not delivered: null endpoint and source, a reason.
    const CliRun lost = trace({input(),
                               QStringLiteral("--service"),
                               QStringLiteral("shop/web"),
                               QStringLiteral("--port"),
                               QStringLiteral("http"),
                               QStringLiteral("--from"),
                               QStringLiteral("lb"),
                               QStringLiteral("--format"),
                               QStringLiteral("json")});
    EXPECT_EQ(lost.exitCode, 0) << lost.err.constData();
    const QJsonObject l = QJsonDocument::fromJson(lost.out).object();
    EXPECT_FALSE(l[u"delivered"].toBool());
    EXPECT_EQ(l[u"reasonCode"].toString(), u"no-load-balancer"); // --provider generic: none
    EXPECT_TRUE(l[u"endpointNode"].isNull());
    EXPECT_TRUE(l[u"seenSource"].isNull());
}

TEST(CliTrace, BadInputExitsTwo)
{
    const QString svc = QStringLiteral("--service");
    const QString port = QStringLiteral("--port");
    const QString from = QStringLiteral("--from");
    struct Case
    {
        QStringList args;
        const char *message;
    };
    const Case cases[] = {
        // Several Services and no --service.
        {{input(), port, QStringLiteral("80"), from, QStringLiteral("pod")},
         "choose one with --service"},
        {{input(),
          svc,
          QStringLiteral("nope"),
          port,
          QStringLiteral("80"),
          from,
          QStringLiteral("pod")},
         "no Service named 'nope'"},
        {{input(),
          svc,
          QStringLiteral("shop/web"),
          port,
          QStringLiteral("8443"),
          from,
          QStringLiteral("pod")},
         "has no port '8443'"},
        {{input(),
          svc,
          QStringLiteral("metrics"),
          port,
          QStringLiteral("scrape"),
          from,
          QStringLiteral("lb")},
         "only a Service of type LoadBalancer has a load balancer"},
        {{input(),
          svc,
          QStringLiteral("shop/web"),
          port,
          QStringLiteral("http"),
          from,
          QStringLiteral("nodeport"),
          QStringLiteral("--via-node"),
          QStringLiteral("node-x")},
         "there is no node 'node-x'"},
        {{input(),
          svc,
          QStringLiteral("shop/web"),
          port,
          QStringLiteral("http"),
          from,
          QStringLiteral("pod"),
          QStringLiteral("--endpoints"),
          QStringLiteral("node-z=1")},
         "--endpoints names the node 'node-z'"},
        {{input(),
          svc,
          QStringLiteral("shop/web"),
          port,
          QStringLiteral("http"),
          from,
          QStringLiteral("lb"),
          QStringLiteral("--provider"),
          QStringLiteral("acme")},
         "unknown provider 'acme'"},
        {{input(),
          svc,
          QStringLiteral("shop/web"),
          port,
          QStringLiteral("http"),
          from,
          QStringLiteral("bus")},
         "unknown --from 'bus'"},
        {{input(), svc, QStringLiteral("shop/web"), from, QStringLiteral("pod")},
         "--port is required"},
        {{input(),
          svc,
          QStringLiteral("shop/web"),
          port,
          QStringLiteral("http"),
          from,
          QStringLiteral("pod"),
          QStringLiteral("--format"),
          QStringLiteral("xml")},
         "unknown format 'xml'"},
    };
    for (const Case &c : cases) {
        const CliRun r = trace(c.args);
        EXPECT_EQ(r.exitCode, 2) << c.message;
        EXPECT_TRUE(r.out.isEmpty()) << c.message;
        EXPECT_TRUE(r.err.contains(c.message)) << r.err.constData();
    }
    // A ClusterIP Service has no node port.
    const CliRun clusterIP = trace(
        {QStringLiteral("-"), port, QStringLiteral("80"), from, QStringLiteral("nodeport")});
    EXPECT_EQ(clusterIP.exitCode, 2);
    const CliRun stdinRun = cli({QStringLiteral("trace"),
                                 QStringLiteral("--lang"),
                                 QStringLiteral("en"),
                                 QStringLiteral("-"),
                                 port,
                                 QStringLiteral("80"),
                                 from,
                                 QStringLiteral("nodeport")},
                                "apiVersion: v1\nkind: Service\nmetadata: {name: a}\n"
                                "spec: {ports: [{port: 80}]}\n");
    EXPECT_EQ(stdinRun.exitCode, 2);
    EXPECT_TRUE(stdinRun.err.contains("default/a: a Service of type ClusterIP has no node port"))
        << stdinRun.err.constData();
}

TEST(CliTrace, OneServiceNeedsNoServiceOption)
{
    const CliRun r = cli({QStringLiteral("trace"),
                          QStringLiteral("-"),
                          QStringLiteral("--port"),
                          QStringLiteral("80"),
                          QStringLiteral("--from"),
                          QStringLiteral("pod"),
                          QStringLiteral("--endpoints"),
                          QStringLiteral("node-a=0"),
                          QStringLiteral("--format"),
                          QStringLiteral("json")},
                         "apiVersion: v1\nkind: Service\nmetadata: {name: a}\n"
                         "spec: {ports: [{port: 80}]}\n");
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o[u"reasonCode"].toString(), u"no-endpoints"); // traced: refused, exit 0
}

TEST(CliTrace, HelpListsTrace)
{
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains("trace")) << help.out.constData();
    const CliRun traceHelp = cli({QStringLiteral("trace"), QStringLiteral("--help")});
    EXPECT_EQ(traceHelp.exitCode, 0);
    for (const char *option : {"--port",
                               "--from",
                               "--via-node",
                               "--client-node",
                               "--nodes",
                               "--endpoints",
                               "--provider",
                               "--format"})
        EXPECT_TRUE(traceHelp.out.contains(option)) << option;
}
