// SPDX-License-Identifier: GPL-3.0-or-later
// The typed Service model read from and written to YAML: every field, "not set" versus "set to
// the default", wrong types kept and reported, unknown fields kept in place.

#include <gtest/gtest.h>

#include "model/io/manifest.h"
#include "model/io/servicereader.h"
#include "model/io/servicewriter.h"
#include "model/io/yamlemitter.h"
#include "model/io/yamlparser.h"
#include "support/modelprinters.h"
#include "support/qtprinters.h"

using namespace sd;

namespace {

Node parseOne(const char *yaml)
{
    std::vector<YamlDocument> docs = parseYaml(QByteArrayView(yaml));
    for (YamlDocument &d : docs) {
        EXPECT_FALSE(d.error.has_value()) << d.error->message.toStdString();
        if (d.hasContent)
            return d.root;
    }
    ADD_FAILURE() << "no document";
    return {};
}

Service read(const char *yaml, std::vector<ReadIssue> *issues = nullptr)
{
    return readService(parseOne(yaml), issues);
}

QByteArray roundTrip(const char *yaml)
{
    return emitYaml(writeService(read(yaml)));
}

const char *allFields = R"(apiVersion: v1
kind: Service
metadata:
  name: web
  generateName: web-
  namespace: shop
  labels:
    app: web
    tier: front
  annotations:
    example.com/note: "yes"
  uid: 1234
spec:
  type: LoadBalancer
  selector:
    app: web
  ports:
  - name: http
    protocol: TCP
    appProtocol: http
    port: 80
    targetPort: http
    nodePort: 30080
  - name: dns
    protocol: UDP
    port: 53
    targetPort: 5353
  clusterIP: 10.96.0.10
  clusterIPs: [10.96.0.10, "fd00::10"]
  externalIPs: [192.0.2.1]
  externalName: example.com
  sessionAffinity: ClientIP
  sessionAffinityConfig:
    clientIP:
      timeoutSeconds: 600
  loadBalancerIP: 192.0.2.10
  loadBalancerSourceRanges: [10.0.0.0/8]
  loadBalancerClass: example.com/lb
  externalTrafficPolicy: Local
  internalTrafficPolicy: Cluster
  healthCheckNodePort: 30999
  publishNotReadyAddresses: true
  ipFamilies: [IPv4, IPv6]
  ipFamilyPolicy: PreferDualStack
  allocateLoadBalancerNodePorts: false
  trafficDistribution: PreferClose
status:
  loadBalancer: {}
)";

} // namespace

TEST(ServiceModel, ReadsEveryField)
{
    std::vector<ReadIssue> issues;
    const Service s = read(allFields, &issues);
    EXPECT_TRUE(issues.empty());
    EXPECT_EQ(s.apiVersion.value(), u"v1");
    const ObjectMeta &m = s.metadata.value();
    EXPECT_EQ(m.name.value(), u"web");
    EXPECT_EQ(m.generateName.value(), u"web-");
    EXPECT_EQ(m.namespaceName.value(), u"shop");
    ASSERT_EQ(m.labels.value().size(), 2);
    EXPECT_EQ(m.labels.value().entries[1].key, u"tier");
    EXPECT_EQ(m.annotations.value().find(u"example.com/note")->value(), u"yes");
    ASSERT_EQ(m.extras.size(), 1u);
    EXPECT_EQ(m.extras[0].key, u"uid");

    const ServiceSpec &spec = s.spec.value();
    EXPECT_EQ(spec.type.value(), ServiceType::LoadBalancer);
    ASSERT_EQ(spec.ports.value().size(), 2u);
    const ServicePort &http = spec.ports.value()[0].value();
    EXPECT_EQ(http.name.value(), u"http");
    EXPECT_EQ(http.protocol.value(), Protocol::TCP);
    EXPECT_EQ(http.appProtocol.value(), u"http");
    EXPECT_EQ(http.port.value(), 80);
    EXPECT_EQ(http.targetPort.value(), IntOrString(QStringLiteral("http")));
    EXPECT_EQ(http.nodePort.value(), 30080);
    const ServicePort &dns = spec.ports.value()[1].value();
    EXPECT_EQ(dns.protocol.value(), Protocol::UDP);
    EXPECT_EQ(dns.targetPort.value(), IntOrString(5353));
    EXPECT_FALSE(dns.nodePort.isSet());
    EXPECT_EQ(spec.clusterIP.value(), u"10.96.0.10");
    EXPECT_EQ(spec.clusterIPs.value()[1].value(), u"fd00::10");
    EXPECT_EQ(spec.externalIPs.value()[0].value(), u"192.0.2.1");
    EXPECT_EQ(spec.externalName.value(), u"example.com");
    EXPECT_EQ(spec.sessionAffinity.value(), SessionAffinity::ClientIP);
    EXPECT_EQ(spec.sessionAffinityConfig.value().clientIP.value().timeoutSeconds.value(), 600);
    EXPECT_EQ(spec.loadBalancerIP.value(), u"192.0.2.10");
    EXPECT_EQ(spec.loadBalancerSourceRanges.value()[0].value(), u"10.0.0.0/8");
    EXPECT_EQ(spec.loadBalancerClass.value(), u"example.com/lb");
    EXPECT_EQ(spec.externalTrafficPolicy.value(), TrafficPolicy::Local);
    EXPECT_EQ(spec.internalTrafficPolicy.value(), TrafficPolicy::Cluster);
    EXPECT_EQ(spec.healthCheckNodePort.value(), 30999);
    EXPECT_TRUE(spec.publishNotReadyAddresses.value());
    EXPECT_EQ(spec.ipFamilies.value()[1].value(), IPFamily::IPv6);
    EXPECT_EQ(spec.ipFamilyPolicy.value(), IPFamilyPolicy::PreferDualStack);
    EXPECT_FALSE(spec.allocateLoadBalancerNodePorts.value());
    EXPECT_EQ(spec.trafficDistribution.value(), u"PreferClose");
    EXPECT_TRUE(s.status.hasValue());
}

TEST(ServiceModel, RemembersPositions)
{
    const Service s = read(allFields);
    EXPECT_EQ(s.pos, (SourcePos{1, 1}));
    const ServicePort &http = s.spec.value().ports.value()[0].value();
    EXPECT_EQ(http.port.pos(), (SourcePos{21, 11}));
    EXPECT_EQ(s.spec.value().ports.value()[1].pos(), (SourcePos{24, 5}));
    EXPECT_EQ(s.metadata.value().labels.value().entries[1].keyPos, (SourcePos{9, 5}));
}

TEST(ServiceModel, NotSetIsNotTheDefault)
{
    const Service s = read("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n"
                           "  ports:\n  - port: 80\n");
    const ServicePort &p = s.ports()[0].value();
    EXPECT_FALSE(p.protocol.isSet());
    EXPECT_FALSE(p.targetPort.isSet());
    EXPECT_FALSE(s.spec.value().type.isSet());
    EXPECT_EQ(s.effectiveType(), ServiceType::ClusterIP);
    // Writing it back invents nothing.
    EXPECT_EQ(roundTrip("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n"
                        "  ports:\n  - port: 80\n"),
              QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n"
                         "  ports:\n  - port: 80\n"));
}

TEST(ServiceModel, SetToTheDefaultStaysSet)
{
    const Service s = read("apiVersion: v1\nkind: Service\nspec:\n  type: ClusterIP\n"
                           "  ports:\n  - port: 80\n    protocol: TCP\n");
    EXPECT_TRUE(s.spec.value().type.isSet());
    EXPECT_TRUE(s.ports()[0].value().protocol.isSet());
}

struct WrongType
{
    const char *yaml;
    const char *path;
    SourcePos pos;
    const char *message;
};

class ServiceModelWrongType : public testing::TestWithParam<WrongType>
{};

TEST_P(ServiceModelWrongType, IsReportedAndKept)
{
    const WrongType &c = GetParam();
    const QByteArray yaml = QByteArray("apiVersion: v1\nkind: Service\n") + c.yaml;
    std::vector<ReadIssue> issues;
    const Node root = parseOne(yaml.constData());
    const Service s = readService(root, &issues);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].path, QString::fromUtf8(c.path));
    EXPECT_EQ(issues[0].pos, c.pos);
    EXPECT_EQ(issues[0].message, QString::fromUtf8(c.message));
    // Still loaded, and the wrong value is written back as it was.
    EXPECT_EQ(writeService(s), root);
}

INSTANTIATE_TEST_SUITE_P(
    Cases,
    ServiceModelWrongType,
    testing::Values(
        WrongType{"spec:\n  ports:\n  - port: \"eighty\"\n",
                  "spec.ports[0].port",
                  {5, 11},
                  "expected an integer, found the string \"eighty\""},
        WrongType{"spec:\n  ports:\n  - port: \"80\"\n",
                  "spec.ports[0].port",
                  {5, 11},
                  "expected an integer, found the string \"80\""},
        WrongType{"spec:\n  allocateLoadBalancerNodePorts: \"yes\"\n",
                  "spec.allocateLoadBalancerNodePorts",
                  {4, 34},
                  "expected true or false, found the string \"yes\""},
        WrongType{"metadata:\n  labels:\n    version: 1.0\n",
                  "metadata.labels[version]",
                  {5, 14},
                  "expected a string, found the number 1.0"},
        WrongType{"metadata:\n  annotations:\n    enabled: yes\n",
                  "metadata.annotations[enabled]",
                  {5, 14},
                  "expected a string, found the boolean yes"},
        WrongType{"metadata:\n  name: [a]\n",
                  "metadata.name",
                  {4, 9},
                  "expected a string, found a list"},
        WrongType{"spec:\n  ports:\n  - 80\n",
                  "spec.ports[0]",
                  {5, 5},
                  "expected an object, found the number 80"},
        WrongType{"spec:\n  ports:\n  - port: 99999999999\n",
                  "spec.ports[0].port",
                  {5, 11},
                  "99999999999 does not fit in a 32-bit integer"},
        WrongType{"spec:\n  ports:\n  - targetPort: true\n",
                  "spec.ports[0].targetPort",
                  {5, 17},
                  "expected an integer or a string, found the boolean true"},
        WrongType{"spec:\n  type: {}\n", "spec.type", {4, 9}, "expected a string, found an object"},
        WrongType{"spec:\n  selector: [app]\n",
                  "spec.selector",
                  {4, 13},
                  "expected an object, found a list"}));

TEST(ServiceModel, UnsupportedEnumValuesAreKeptForTheValidator)
{
    std::vector<ReadIssue> issues;
    const Service s = read("apiVersion: v1\nkind: Service\nspec:\n  ports:\n  - port: 80\n"
                           "    protocol: VHF\n",
                           &issues);
    EXPECT_TRUE(issues.empty());
    const Field<Protocol> &protocol = s.ports()[0].value().protocol;
    EXPECT_TRUE(protocol.isRaw());
    EXPECT_EQ(protocol.raw()->text(), u"VHF");
}

TEST(ServiceModel, YamlOneOneNumbersAreWhatKubectlReads)
{
    // kubectl reads YAML 1.1: 0x50 is 80, 0123 is octal 83.
    const Service s = read("apiVersion: v1\nkind: Service\nspec:\n  ports:\n  - port: 0x50\n"
                           "    targetPort: 0123\n");
    EXPECT_EQ(s.ports()[0].value().port.value(), 80);
    EXPECT_EQ(s.ports()[0].value().targetPort.value(), IntOrString(83));
    // A quoted number is a name, not a number.
    const Service q = read("apiVersion: v1\nkind: Service\nspec:\n  ports:\n  - port: 80\n"
                           "    targetPort: \"8080\"\n");
    EXPECT_EQ(q.ports()[0].value().targetPort.value(), IntOrString(QStringLiteral("8080")));
}

TEST(ServiceModel, NullMeansNotSetAndIsKept)
{
    std::vector<ReadIssue> issues;
    const Node root = parseOne("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n"
                               "  namespace:\nspec:\n  selector: ~\n");
    const Service s = readService(root, &issues);
    EXPECT_TRUE(issues.empty());
    EXPECT_TRUE(s.metadata.value().namespaceName.isNull());
    EXPECT_FALSE(s.metadata.value().namespaceName.hasValue());
    EXPECT_TRUE(s.spec.value().selector.isNull());
    EXPECT_EQ(writeService(s), root);
}

TEST(ServiceModel, UnknownFieldsAreKeptInTheirObject)
{
    const Service s = read("apiVersion: v1\nkind: Service\nx-team: blue\nmetadata:\n  name: a\n"
                           "spec:\n  ipFamily: IPv6\n  ports:\n  - port: 80\n    x-note: keep\n"
                           "  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 5\n"
                           "      future: 1\n");
    ASSERT_EQ(s.extras.size(), 1u);
    EXPECT_EQ(s.extras[0].key, u"x-team");
    EXPECT_EQ(s.spec.value().extras[0].key, u"ipFamily");
    EXPECT_EQ(s.ports()[0].value().extras[0].key, u"x-note");
    EXPECT_EQ(s.spec.value().sessionAffinityConfig.value().clientIP.value().extras[0].key,
              u"future");
    // Written back inside the same object, in kubectl's (sorted) order.
    EXPECT_EQ(emitYaml(writeService(s)),
              QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n"
                         "  ipFamily: IPv6\n  ports:\n  - port: 80\n    x-note: keep\n"
                         "  sessionAffinityConfig:\n    clientIP:\n      future: 1\n"
                         "      timeoutSeconds: 5\nx-team: blue\n"));
}

TEST(ServiceModel, WritesInKubectlOrderAndKeepsMapOrder)
{
    const QByteArray out = roundTrip(
        "kind: Service\napiVersion: v1\nspec:\n  selector:\n    zeta: z\n    alpha: a\n"
        "  ports:\n  - targetPort: 8080\n    port: 80\n    name: web\n  type: NodePort\n"
        "metadata:\n  labels:\n    z: \"1\"\n    a: \"true\"\n  name: s\n");
    EXPECT_EQ(out,
              QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  labels:\n    z: \"1\"\n"
                         "    a: \"true\"\n  name: s\nspec:\n  ports:\n  - name: web\n"
                         "    port: 80\n    targetPort: 8080\n  selector:\n    zeta: z\n"
                         "    alpha: a\n  type: NodePort\n"));
}

TEST(ServiceModel, DuplicateKeysKeepTheLastAndAreReported)
{
    std::vector<ReadIssue> issues;
    const Service s = read("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  annotations:\n"
                           "    k: one\n    k: two\n",
                           &issues);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].path, u"metadata.annotations[k]");
    EXPECT_EQ(s.metadata.value().annotations.value().find(u"k")->value(), u"two");
    EXPECT_EQ(emitYaml(writeService(s)),
              QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  annotations:\n    k: two\n"
                         "  name: a\n"));
}

TEST(ServiceModel, EqualityIgnoresPositions)
{
    const Service a = read(allFields);
    const Service b = readService(parseOne(emitYaml(writeService(a)).constData()));
    EXPECT_EQ(a, b);
    Service c = b;
    c.spec.value().ports.value()[0].value().port.set(81);
    EXPECT_FALSE(a == c);
}

// "Write defaults": what the API server stores after v1 defaulting, and nothing it would allocate.

#include "model/domain/defaults.h"

TEST(ServiceDefaults, FillsWhatTheApiServerDefaults)
{
    const Service s = withDefaults(read(
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n  type: LoadBalancer\n"
        "  sessionAffinity: ClientIP\n  ports:\n  - port: 80\n  - port: 53\n    protocol: UDP\n"
        "    targetPort: 0\n"));
    EXPECT_EQ(emitYaml(writeService(s)),
              QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n"
                         "  allocateLoadBalancerNodePorts: true\n  externalTrafficPolicy: Cluster\n"
                         "  internalTrafficPolicy: Cluster\n  ipFamilyPolicy: SingleStack\n"
                         "  ports:\n  - port: 80\n    protocol: TCP\n    targetPort: 80\n"
                         "  - port: 53\n    protocol: UDP\n    targetPort: 53\n"
                         "  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n"
                         "      timeoutSeconds: 10800\n  type: LoadBalancer\n"));
}

TEST(ServiceDefaults, KeepsWhatTheAuthorSetAndFollowsTheType)
{
    const Service clusterIP = withDefaults(
        read("apiVersion: v1\nkind: Service\nspec:\n  ports:\n  - port: 80\n    targetPort: http\n"
             "  sessionAffinity: None\n  sessionAffinityConfig:\n    clientIP:\n      "
             "timeoutSeconds: 5\n"));
    const ServiceSpec &spec = clusterIP.spec.value();
    EXPECT_EQ(spec.type.value(), ServiceType::ClusterIP);
    EXPECT_EQ(clusterIP.ports()[0].value().targetPort.value(), IntOrString(QStringLiteral("http")));
    EXPECT_FALSE(spec.externalTrafficPolicy.isSet()); // not externally accessible
    EXPECT_FALSE(spec.allocateLoadBalancerNodePorts.isSet());
    EXPECT_FALSE(spec.sessionAffinityConfig.isSet()); // dropped with affinity None
    EXPECT_FALSE(spec.clusterIPs.isSet());            // allocated, never invented

    const Service headless = withDefaults(
        read("apiVersion: v1\nkind: Service\nspec:\n  clusterIP: None\n  ports:\n  - port: 80\n"));
    EXPECT_EQ(headless.spec.value().ipFamilyPolicy.value(), IPFamilyPolicy::RequireDualStack);

    const Service external = withDefaults(
        read("apiVersion: v1\nkind: Service\nspec:\n  type: ExternalName\n  externalName: x.io\n"));
    EXPECT_FALSE(external.spec.value().internalTrafficPolicy.isSet());
    EXPECT_FALSE(external.spec.value().ipFamilyPolicy.isSet());
}
