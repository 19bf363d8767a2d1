// SPDX-License-Identifier: GPL-3.0-or-later
// What the tracer makes of each bundled provider profile: the kind of load balancer, where it
// sends packets, PROXY protocol and HTTP, as the Service's annotations choose them
// (docs/connection-trace.md § F17, F9, F10).

#include <gtest/gtest.h>

#include "model/teaching/connectiontrace.h"
#include "support/bundledproviders.h"
#include "support/qtprinters.h"

namespace {

using sd::LoadBalancerKind;
using sd::LoadBalancerTarget;

struct Row
{
    const char *name;
    const char *provider;
    const char *metadata; // more of metadata (annotations), YAML flow style
    const char *spec;     // more of spec, YAML flow style
    LoadBalancerKind kind;
    LoadBalancerTarget target;
    bool keepsClient;
    int proxyVersion;
    bool http;
    const char *code; // reasonCode for kind None
};

void PrintTo(const Row &row, std::ostream *os)
{
    *os << row.name;
}

class ProviderBehaviour : public ::testing::TestWithParam<Row>
{};

constexpr LoadBalancerKind none = LoadBalancerKind::None;
constexpr LoadBalancerKind pass = LoadBalancerKind::PassThrough;
constexpr LoadBalancerKind proxy = LoadBalancerKind::Proxy;
constexpr LoadBalancerTarget nodePort = LoadBalancerTarget::NodePort;
constexpr LoadBalancerTarget vip = LoadBalancerTarget::LoadBalancerAddress;
constexpr LoadBalancerTarget pods = LoadBalancerTarget::Pods;

#define ANNOTATION(key, value) "annotations: {service.beta.kubernetes.io/" key ": \"" value "\"}"

// clang-format off
const Row kRows[] = {
    // § F10: nothing builds it.
    {"NoneStaysPending", "none", "", "", none, nodePort, true, 0, false, "no-load-balancer"},
    {"GenericMeansNone", "generic", "", "", none, nodePort, true, 0, false, "no-load-balancer"},
    {"AwsSkipsAClass", "aws", "", "loadBalancerClass: example.com/lb", none, nodePort, true, 0, false, "not-handled"},
    // § F17, F9: AWS.
    {"AwsClassicElbProxies", "aws", "", "", proxy, nodePort, true, 0, false, ""},
    {"AwsClassicElbProxyProtocol", "aws", ANNOTATION("aws-load-balancer-proxy-protocol", "*"), "", proxy, nodePort, true, 1, false, ""},
    {"AwsClassicElbHttp", "aws", ANNOTATION("aws-load-balancer-backend-protocol", "http"), "", proxy, nodePort, true, 0, true, ""},
    {"AwsClassicElbHttps", "aws", ANNOTATION("aws-load-balancer-backend-protocol", "https"), "", proxy, nodePort, true, 0, true, ""},
    {"AwsNlbPassesThrough", "aws", ANNOTATION("aws-load-balancer-type", "nlb"), "", pass, nodePort, true, 0, false, ""},
    {"AwsNlbProxyProtocolV2", "aws", "annotations: {service.beta.kubernetes.io/aws-load-balancer-type: nlb, service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: \"proxy_protocol_v2.enabled=true\"}", "", pass, nodePort, true, 2, false, ""},
    {"AwsNlbWithoutClientIP", "aws", "annotations: {service.beta.kubernetes.io/aws-load-balancer-type: nlb, service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: \"preserve_client_ip.enabled=false\"}", "", pass, nodePort, false, 0, false, ""},
    {"AwsExternalIsTheLbc", "aws", ANNOTATION("aws-load-balancer-type", "external"), "", pass, nodePort, true, 0, false, ""},
    {"AwsLbcInstance", "aws-lbc", "", "loadBalancerClass: service.k8s.aws/nlb", pass, nodePort, true, 0, false, ""},
    {"AwsLbcIpTargets", "aws-lbc", ANNOTATION("aws-load-balancer-nlb-target-type", "ip"), "loadBalancerClass: service.k8s.aws/nlb", pass, pods, false, 0, false, ""},
    {"AwsLbcIpTargetsKeepClient", "aws-lbc", "annotations: {service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip, service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: \"preserve_client_ip.enabled=true\"}", "loadBalancerClass: service.k8s.aws/nlb", pass, pods, true, 0, false, ""},
    {"AwsLbcProxyProtocol", "aws-lbc", ANNOTATION("aws-load-balancer-proxy-protocol", "*"), "loadBalancerClass: service.k8s.aws/nlb", pass, nodePort, true, 2, false, ""},
    {"EksAutoIpByDefault", "eks-auto", "", "loadBalancerClass: eks.amazonaws.com/nlb", pass, pods, false, 0, false, ""},
    // § F17: the others.
    {"GkePassesThrough", "gke", "", "", pass, vip, true, 0, false, ""},
    {"AzurePassesThrough", "azure", "", "", pass, vip, true, 0, false, ""},
    {"DigitalOceanNetwork", "digitalocean", "", "", pass, vip, true, 0, false, ""},
    {"DigitalOceanRegionalProxies", "digitalocean", ANNOTATION("do-loadbalancer-type", "REGIONAL"), "", proxy, nodePort, true, 0, false, ""},
    {"DigitalOceanRegionalHttp", "digitalocean", "annotations: {service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL, service.beta.kubernetes.io/do-loadbalancer-protocol: http}", "", proxy, nodePort, true, 0, true, ""},
    {"LinodeProxies", "linode", "", "", proxy, nodePort, true, 0, false, ""},
    {"LinodeProxyProtocolV2", "linode", ANNOTATION("linode-loadbalancer-default-proxy-protocol", "v2"), "", proxy, nodePort, true, 2, false, ""},
    {"LinodeHttpPerPort", "linode", "annotations: {service.beta.kubernetes.io/linode-loadbalancer-port-80: '{\"protocol\": \"http\"}'}", "", proxy, nodePort, true, 0, true, ""},
    {"HetznerProxies", "hetzner", "", "", proxy, nodePort, true, 0, false, ""},
    {"HetznerHttp", "hetzner", "annotations: {load-balancer.hetzner.cloud/protocol: http}", "", proxy, nodePort, true, 0, true, ""},
    {"OciLoadBalancerProxies", "oci", "", "", proxy, nodePort, true, 0, false, ""},
    {"OciNlbClusterLosesClient", "oci", "annotations: {oci.oraclecloud.com/load-balancer-type: nlb}", "", pass, nodePort, false, 0, false, ""},
    {"OciNlbLocalKeepsClient", "oci", "annotations: {oci.oraclecloud.com/load-balancer-type: nlb}", "externalTrafficPolicy: Local", pass, nodePort, true, 0, false, ""},
    {"MetalLbAnnounces", "metallb", "", "", pass, vip, true, 0, false, ""},
};
// clang-format on

TEST_P(ProviderBehaviour, FromTheProfile)
{
    const Row &row = GetParam();
    const QByteArray yaml = "apiVersion: v1\nkind: Service\nmetadata: {name: web"
                            + QByteArray(*row.metadata ? ", " : "") + row.metadata
                            + "}\nspec: {type: LoadBalancer, ports: [{port: 80}]"
                            + QByteArray(*row.spec ? ", " : "") + row.spec + "}\n";
    const sd::Service service = sdtest::serviceFromYaml(yaml);
    ASSERT_FALSE(service.ports().empty()) << yaml.constData();
    const auto profile = sdtest::bundledProfile(QString::fromLatin1(row.provider));
    ASSERT_TRUE(profile) << row.provider;
    const sd::LoadBalancerBehaviour b = sd::loadBalancerBehaviour(profile.get(),
                                                                  service,
                                                                  service.ports().front().value());
    EXPECT_EQ(b.kind, row.kind) << sd::loadBalancerKindName(b.kind).toStdString();
    EXPECT_FALSE(b.note.isEmpty());
    EXPECT_EQ(b.reasonCode, QString::fromLatin1(row.code));
    if (row.kind == none)
        return;
    EXPECT_EQ(b.target, row.target);
    EXPECT_EQ(b.keepsClientAddress, row.keepsClient);
    EXPECT_EQ(b.proxyProtocolVersion, row.proxyVersion);
    EXPECT_EQ(b.speaksHttp, row.http);
    EXPECT_FALSE(b.implementation.isEmpty());
    EXPECT_EQ(b.healthChecksNodes, QByteArray(row.provider) != "metallb");
    EXPECT_EQ(b.enforcesSourceRanges, QByteArray(row.provider) != "metallb");
}

INSTANTIATE_TEST_SUITE_P(Bundled,
                         ProviderBehaviour,
                         ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<Row> &info) {
                             return std::string(info.param.name);
                         });

// Every bundled profile has a row in the tracer's table (§ F17): none falls back to a guess.
// (Variants other than the default are covered by the rows above.)
TEST(ProviderBehaviourTable, EveryBundledProfileIsKnown)
{
    const sd::Service service = sdtest::serviceFromYaml(
        "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
        "spec: {type: LoadBalancer, ports: [{port: 80}]}\n");
    for (const QString &id : sdtest::controllerProviderIds()) {
        const auto profile = sdtest::bundledProfile(id);
        ASSERT_TRUE(profile) << id.toStdString();
        const sd::LoadBalancerBehaviour b
            = sd::loadBalancerBehaviour(profile.get(), service, service.ports().front().value());
        EXPECT_FALSE(b.assumed) << id.toStdString();
    }
}

} // namespace
