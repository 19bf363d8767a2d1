// SPDX-License-Identifier: GPL-3.0-or-later
// The provider-, node-OS- and CNI-dependent findings, one table row per rule that fires
// and one neighbour that does not, compared by (severity, code, path), never by translated text.
// The profiles are built in code (support/handmadeprofiles.h), independent of the data files.

#include <memory>

#include <gtest/gtest.h>

#include "model/io/manifest.h"
#include "model/providers/profilematch.h"
#include "model/validation/appprotocol.h"
#include "model/validation/validator.h"
#include "support/handmadeprofiles.h"
#include "support/qtprinters.h"

using namespace sd;

namespace {

using namespace Qt::StringLiterals;
using namespace sdtest::handmade;

// ---------------------------------------------------------------------------------------------
// Running the validator

Service parse(const QByteArray &yaml)
{
    const Manifest m = Manifest::fromBytes("apiVersion: v1\nkind: Service\n" + yaml);
    const std::vector<ServiceRef> refs = m.services();
    return refs.empty() ? Service() : m.service(refs.front());
}

bool isOurs(const Finding &f)
{
    return f.code.startsWith(u"provider-") || f.code.startsWith(u"platform-");
}

// "warning provider-udp-unsupported spec.ports[0].protocol", sorted; only this file's codes.
QStringList summary(const std::vector<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        if (isOurs(f))
            out << severityName(f.severity) + u' ' + f.code + u' ' + f.path.toString();
    }
    out.sort();
    return out;
}

const Finding *findCode(const std::vector<Finding> &findings, QStringView code)
{
    for (const Finding &f : findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

struct Row
{
    const char *name;
    const char *provider; ///< profile id, or nullptr for none
    const char *yaml;     ///< after `apiVersion: v1` / `kind: Service`
    std::vector<const char *> expected;
    NodeOs nodeOs = NodeOs::Linux;
    bool cniSctp = true;
    bool cniMultihomed = false;
};

void PrintTo(const Row &row, std::ostream *os)
{
    *os << row.name;
}

class ProviderRules : public ::testing::TestWithParam<Row>
{};

TEST_P(ProviderRules, FindsWhatTheProfileSays)
{
    const Row &row = GetParam();
    const Service s = parse(row.yaml);
    QStringList expected;
    for (const char *e : row.expected)
        expected << QString::fromUtf8(e);
    expected.sort();
    const Environment env = environment(row.provider, row.nodeOs, row.cniSctp, row.cniMultihomed);
    EXPECT_EQ(summary(validateService(s, env)), expected) << row.yaml;
}

std::vector<const char *> none()
{
    return {};
}

#define LB "metadata:\n  name: web\n"
#define ANN(k, v) "metadata:\n  name: web\n  annotations:\n    " k ": " v "\n"
#define ANN2(k1, v1, k2, v2) \
    "metadata:\n  name: web\n  annotations:\n    " k1 ": " v1 "\n    " k2 ": " v2 "\n"
#define SPEC_LB(ports) "spec:\n  type: LoadBalancer\n  selector: {app: web}\n  ports: " ports "\n"
#define TCP80 "[{port: 80}]"
#define AWS "service.beta.kubernetes.io/aws-load-balancer-"

// clang-format off
const Row kRows[] = {
    // Node OS and CNI: SCTP, whatever the provider (none chosen here).
    {"SctpWindows", nullptr, LB "spec: {ports: [{port: 5000, protocol: SCTP}]}\n",
     {"warning platform-sctp-windows spec.ports[0].protocol"}, NodeOs::Windows},
    {"TcpOnWindows", nullptr, LB "spec: {ports: [{port: 5000}]}\n", none(), NodeOs::Windows},
    {"SctpMixedNodes", nullptr, LB "spec: {ports: [{port: 5000, protocol: SCTP}]}\n",
     {"warning platform-sctp-windows-mixed spec.ports[0].protocol"}, NodeOs::Mixed},
    {"SctpWithoutCni", nullptr, LB "spec: {ports: [{name: a, port: 80}, {name: b, port: 5000, protocol: SCTP}]}\n",
     {"warning platform-sctp-cni spec.ports[1].protocol"}, NodeOs::Linux, false},
    {"UdpWithoutSctpCni", nullptr, LB "spec: {ports: [{port: 53, protocol: UDP}]}\n", none(),
     NodeOs::Linux, false},
    {"SctpNoNoteWithoutProvider", nullptr, LB "spec: {ports: [{port: 5000, protocol: SCTP}]}\n", none()},
    {"SctpMultihomingNote", "generic", LB "spec: {ports: [{name: a, port: 5000, protocol: SCTP}, {name: b, port: 5001, protocol: SCTP}]}\n",
     {"info platform-sctp-multihoming spec.ports[0].protocol"}},
    {"SctpMultihomedCni", "generic", LB "spec: {ports: [{port: 5000, protocol: SCTP}]}\n",
     {"info platform-sctp-multihoming spec.ports[0].protocol"}, NodeOs::Linux, true, true},
    {"SctpExternalName", nullptr, LB "spec: {type: ExternalName, externalName: db.example.com, ports: [{port: 5000, protocol: SCTP}]}\n",
     none(), NodeOs::Windows},

    // appProtocol names (any type, once a provider is chosen).
    {"AppProtocolUnprefixed", "generic", LB "spec: {ports: [{port: 80, appProtocol: h2c}]}\n",
     {"warning platform-app-protocol-unprefixed spec.ports[0].appProtocol"}},
    {"AppProtocolPrefixed", "generic", LB "spec: {ports: [{port: 80, appProtocol: kubernetes.io/h2c}]}\n", none()},
    {"AppProtocolUnregistered", "generic", LB "spec: {ports: [{port: 80, appProtocol: grpc}]}\n",
     {"warning platform-app-protocol-unregistered spec.ports[0].appProtocol"}},
    {"AppProtocolUnderscore", "generic", LB "spec: {ports: [{port: 80, appProtocol: my_proto}]}\n",
     {"warning platform-app-protocol-unregistered spec.ports[0].appProtocol"}},
    {"AppProtocolIana", "generic", LB "spec: {ports: [{name: a, port: 80, appProtocol: http}, {name: b, port: 443, appProtocol: HTTPS}, {name: c, port: 5432, appProtocol: postgresql}]}\n", none()},
    {"AppProtocolDomainPrefixed", "generic", LB "spec: {ports: [{port: 80, appProtocol: example.com/grpc}]}\n", none()},
    {"AppProtocolKubernetesUnknown", "generic", LB "spec: {ports: [{port: 80, appProtocol: kubernetes.io/http}]}\n",
     {"warning platform-app-protocol-kubernetes-unknown spec.ports[0].appProtocol"}},
    {"AppProtocolInvalidIsTheApiServers", "generic", LB "spec: {ports: [{port: 80, appProtocol: my proto}]}\n", none()},
    {"AppProtocolWithoutProvider", nullptr, LB "spec: {ports: [{port: 80, appProtocol: grpc}]}\n", none()},

    // No load-balancer implementation.
    {"NoImplementation", "none", LB SPEC_LB(TCP80),
     {"warning provider-no-load-balancer spec.type"}},
    {"NoImplementationNodePort", "none", LB "spec: {type: NodePort, ports: [{port: 80}]}\n", none()},
    {"ClusterIPNeedsNoProvider", "aws", LB "spec: {ports: [{port: 53, protocol: UDP}]}\n", none()},

    // Classes and hand-offs.
    {"ClassIgnoredByCloud", "aws", LB SPEC_LB(TCP80) "  loadBalancerClass: service.k8s.aws/nlb\n",
     {"warning provider-class-ignored spec.loadBalancerClass"}},
    {"UnclassedOnCloud", "aws", LB SPEC_LB(TCP80), none()},
    {"ClassUnknown", "aws-lbc", LB SPEC_LB(TCP80) "  loadBalancerClass: example.com/other\n",
     {"warning provider-class-unknown spec.loadBalancerClass"}},
    {"ClassKnown", "aws-lbc", LB SPEC_LB(TCP80) "  loadBalancerClass: service.k8s.aws/nlb\n", none()},
    {"ClassRequired", "metallb", LB SPEC_LB(TCP80),
     {"warning provider-class-required spec.loadBalancerClass"}},
    {"ClassGiven", "metallb", LB SPEC_LB(TCP80) "  loadBalancerClass: metallb\n", none()},
    {"HandedOff", "aws", ANN(AWS "type", "external") SPEC_LB(TCP80),
     {"warning provider-handed-off metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-type]"}},
    {"NotHandedOff", "aws", ANN(AWS "type", "nlb") SPEC_LB(TCP80), none()},

    // The controller's own rejections.
    {"RejectsSessionAffinity", "aws", LB SPEC_LB(TCP80) "  sessionAffinity: ClientIP\n",
     {"error provider-session-affinity spec.sessionAffinity"}},
    {"AcceptsNoAffinity", "aws", LB SPEC_LB(TCP80) "  sessionAffinity: None\n", none()},
    {"RejectsLoadBalancerIP", "aws", LB SPEC_LB(TCP80) "  loadBalancerIP: 10.0.0.1\n",
     {"error provider-load-balancer-ip spec.loadBalancerIP"}},
    {"LoadBalancerIPElsewhere", "linode", LB SPEC_LB(TCP80) "  loadBalancerIP: 10.0.0.1\n", none()},

    // Protocols.
    {"UdpRejected", "aws", LB SPEC_LB("[{port: 53, protocol: UDP}]"),
     {"error provider-udp-unsupported spec.ports[0].protocol"}},
    {"UdpOnNlb", "aws", ANN(AWS "type", "nlb") SPEC_LB("[{port: 53, protocol: UDP}]"), none()},
    {"SctpRejected", "aws", LB SPEC_LB("[{port: 5000, protocol: SCTP}]"),
     {"error provider-sctp-unsupported spec.ports[0].protocol",
      "info platform-sctp-multihoming spec.ports[0].protocol"}},
    {"SctpDropped", "gke", LB SPEC_LB("[{port: 5000, protocol: SCTP}]"),
     {"warning provider-sctp-unsupported spec.ports[0].protocol",
      "info platform-sctp-multihoming spec.ports[0].protocol"}},
    {"SctpDependsOnImplementation", "metallb", LB SPEC_LB("[{port: 5000, protocol: SCTP}]") "  loadBalancerClass: metallb\n",
     {"warning provider-sctp-unsupported spec.ports[0].protocol",
      "info platform-sctp-multihoming spec.ports[0].protocol"}},
    // A testable condition that fails on a refusal is the controller's error.
    {"SctpConditionNotMet", "azure", LB SPEC_LB("[{port: 5000, protocol: SCTP}]"),
     {"error provider-sctp-unsupported spec.ports[0].protocol",
      "info platform-sctp-multihoming spec.ports[0].protocol"}},
    {"SctpConditionMet", "azure", ANN("service.beta.kubernetes.io/azure-load-balancer-internal", "\"true\"") SPEC_LB("[{port: 5000, protocol: SCTP}]"),
     {"info platform-sctp-multihoming spec.ports[0].protocol"}},
    {"UdpUnknownOnGeneric", "generic", LB SPEC_LB("[{port: 53, protocol: UDP}]"),
     {"warning provider-udp-unsupported spec.ports[0].protocol"}},
    {"TcpUnstatedOnGeneric", "generic", LB SPEC_LB(TCP80), none()},

    // Mixed protocols.
    {"MixedRejected", "aws", ANN(AWS "type", "nlb") SPEC_LB("[{name: a, port: 80}, {name: b, port: 53, protocol: UDP}]"),
     {"error provider-mixed-protocols spec.ports"}},
    {"MixedIgnored", "gke", LB SPEC_LB("[{name: a, port: 80}, {name: b, port: 53, protocol: UDP}]"),
     {"warning provider-mixed-protocols spec.ports"}},
    {"MixedSupported", "aws-lbc", LB SPEC_LB("[{name: a, port: 80}, {name: b, port: 53, protocol: UDP}]"), none()},
    {"MixedWithAnUnsupportedProtocol", "aws", LB SPEC_LB("[{name: a, port: 80}, {name: b, port: 53, protocol: UDP}]"),
     {"error provider-udp-unsupported spec.ports[1].protocol"}},
    {"SamePortNeedsAnnotation", "aws-lbc", LB SPEC_LB("[{name: a, port: 53}, {name: b, port: 53, protocol: UDP}]"),
     {"warning provider-mixed-same-port spec.ports[1].port"}},
    {"SamePortWithAnnotation", "aws-lbc", ANN(AWS "enable-tcp-udp-listener", "\"true\"") SPEC_LB("[{name: a, port: 53}, {name: b, port: 53, protocol: UDP}]"), none()},
    {"SamePortSupported", "azure", LB SPEC_LB("[{name: a, port: 53}, {name: b, port: 53, protocol: UDP}]"), none()},

    // PROXY protocol.
    {"ProxyAnnotationOfOtherVariant", "aws", ANN2(AWS "type", "nlb", AWS "proxy-protocol", "\"*\"") SPEC_LB(TCP80),
     {"warning provider-annotation-other-variant metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-proxy-protocol]"}},
    {"ProxyEnabled", "aws", ANN(AWS "proxy-protocol", "\"*\"") SPEC_LB(TCP80),
     {"info provider-proxy-protocol-enabled metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-proxy-protocol]"}},
    {"ProxyInvalidValue", "aws", ANN(AWS "proxy-protocol", "\"true\"") SPEC_LB(TCP80),
     {"warning provider-proxy-protocol-invalid metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-proxy-protocol]"}},
    {"ProxyInTargetGroupAttributes", "aws", ANN2(AWS "type", "nlb", AWS "target-group-attributes", "\"preserve_client_ip.enabled=true,proxy_protocol_v2.enabled=true\"") SPEC_LB(TCP80),
     {"info provider-proxy-protocol-enabled metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-target-group-attributes]"}},
    {"ProxyOffInTargetGroupAttributes", "aws", ANN2(AWS "type", "nlb", AWS "target-group-attributes", "\"preserve_client_ip.enabled=true\"") SPEC_LB(TCP80), none()},
    {"ProxyOnUdpRejected", "linode", ANN("service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol", "v2") SPEC_LB("[{name: a, port: 80}, {name: b, port: 53, protocol: UDP}]"),
     {"error provider-proxy-protocol-udp spec.ports[1].protocol",
      "info provider-proxy-protocol-enabled metadata.annotations[service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol]"}},
    {"ProxyPerPortOnUdp", "linode", ANN("service.beta.kubernetes.io/linode-loadbalancer-port-53", "'{\"proxy-protocol\": \"v2\"}'") SPEC_LB("[{name: a, port: 80}, {name: b, port: 53, protocol: UDP}]"),
     {"error provider-proxy-protocol-udp spec.ports[1].protocol",
      "info provider-proxy-protocol-enabled metadata.annotations[service.beta.kubernetes.io/linode-loadbalancer-port-53]"}},
    {"ProxyPerPortOnTcp", "linode", ANN("service.beta.kubernetes.io/linode-loadbalancer-port-80", "'{\"proxy-protocol\": \"v2\"}'") SPEC_LB("[{name: a, port: 80}, {name: b, port: 53, protocol: UDP}]"),
     {"info provider-proxy-protocol-enabled metadata.annotations[service.beta.kubernetes.io/linode-loadbalancer-port-80]"}},
    {"ProxyOffOnUdp", "linode", ANN("service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol", "none") SPEC_LB("[{name: a, port: 80}, {name: b, port: 53, protocol: UDP}]"), none()},
    {"ProxyUnsupportedByProvider", "gke", ANN(AWS "proxy-protocol", "\"*\"") SPEC_LB(TCP80),
     {"warning provider-proxy-protocol-unsupported metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-proxy-protocol]"}},
    {"ProxyKeyWhereSupported", "linode", ANN(AWS "proxy-protocol", "\"*\"") SPEC_LB(TCP80),
     {"warning provider-annotation-other-provider metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-proxy-protocol]"}},

    // TLS at the load balancer.
    {"TlsPortsWithSpaces", "aws", ANN2(AWS "ssl-cert", "arn:aws:acm:eu-west-1:1:certificate/x", AWS "ssl-ports", "\"443, 8443\"") SPEC_LB("[{name: a, port: 443}, {name: b, port: 8443}]"),
     {"warning provider-tls-ports-spaces metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-ssl-ports]"}},
    {"TlsSpacesLeaveNoPort", "aws", ANN2(AWS "ssl-cert", "arn:aws:acm:eu-west-1:1:certificate/x", AWS "ssl-ports", "\"443, 8443\"") SPEC_LB("[{port: 8443}]"),
     {"warning provider-tls-ports-spaces metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-ssl-ports]",
      "warning provider-tls-port-unknown metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-ssl-ports]"}},
    {"TlsUnsupported", "gke", ANN("networking.gke.io/test-certificate", "cert") SPEC_LB("[{port: 443}]"),
     {"warning provider-tls-unsupported metadata.annotations[networking.gke.io/test-certificate]"}},
    {"TlsPortsWithoutSpaces", "aws", ANN2(AWS "ssl-cert", "arn:aws:acm:eu-west-1:1:certificate/x", AWS "ssl-ports", "\"443,8443\"") SPEC_LB("[{name: a, port: 443}, {name: b, port: 8443}]"), none()},
    {"TlsSpacesTrimmed", "aws-lbc", ANN2(AWS "ssl-cert", "arn:aws:acm:eu-west-1:1:certificate/x", AWS "ssl-ports", "\"443, 8443\"") SPEC_LB("[{name: a, port: 443}, {name: b, port: 8443}]"), none()},
    {"TlsPortUnknown", "aws", ANN2(AWS "ssl-cert", "arn:aws:acm:eu-west-1:1:certificate/x", AWS "ssl-ports", "\"9443\"") SPEC_LB("[{port: 443}]"),
     {"warning provider-tls-port-unknown metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-ssl-ports]",
      "warning provider-tls-no-ports metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-ssl-cert]"}},
    {"TlsPortByName", "aws", ANN2(AWS "ssl-cert", "arn:aws:acm:eu-west-1:1:certificate/x", AWS "ssl-ports", "https") SPEC_LB("[{name: http, port: 80}, {name: https, port: 443}]"), none()},
    {"TlsStarMatchesNothing", "aws-lbc", ANN2(AWS "ssl-cert", "arn:aws:acm:eu-west-1:1:certificate/x", AWS "ssl-ports", "\"*\"") SPEC_LB("[{port: 443}]"),
     {"warning provider-tls-ports-star metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-ssl-ports]"}},
    {"TlsStarMeansAll", "aws", ANN2(AWS "ssl-cert", "arn:aws:acm:eu-west-1:1:certificate/x", AWS "ssl-ports", "\"*\"") SPEC_LB("[{port: 443}]"), none()},

    // Backend protocol and appProtocol.
    {"BackendContradictsAppProtocol", "aws", ANN(AWS "backend-protocol", "http") SPEC_LB("[{port: 443, appProtocol: https}]"),
     {"warning provider-backend-protocol-conflict spec.ports[0].appProtocol"}},
    {"BackendAgreesWithAppProtocol", "aws", ANN(AWS "backend-protocol", "https") SPEC_LB("[{port: 443, appProtocol: https}]"), none()},
    {"BackendTlsAgainstHttp", "aws", ANN(AWS "backend-protocol", "ssl") SPEC_LB("[{port: 80, appProtocol: http}]"),
     {"warning provider-backend-protocol-conflict spec.ports[0].appProtocol"}},
    {"BackendInvalid", "aws", ANN(AWS "backend-protocol", "h2") SPEC_LB(TCP80),
     {"warning provider-backend-protocol-invalid metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-backend-protocol]"}},
    {"AppProtocolNotRead", "aws", LB SPEC_LB("[{port: 443, appProtocol: https}]"),
     {"info provider-app-protocol-not-read spec.ports[0].appProtocol"}},
    {"AppProtocolNotReadNoAnnotation", "gke", LB SPEC_LB("[{port: 80, appProtocol: kubernetes.io/h2c}]"),
     {"info provider-app-protocol-not-read spec.ports[0].appProtocol"}},
    {"AppProtocolRead", "azure", LB SPEC_LB("[{port: 443, appProtocol: https}]"), none()},
    {"AppProtocolUnrelated", "aws", LB SPEC_LB("[{port: 5432, appProtocol: postgresql}]"), none()},

    // Whose annotations.
    {"AnnotationOfOtherProvider", "aws", ANN("networking.gke.io/load-balancer-type", "Internal") SPEC_LB(TCP80),
     {"warning provider-annotation-other-provider metadata.annotations[networking.gke.io/load-balancer-type]"}},
    {"AnnotationOfOtherProviderOnGeneric", "generic", ANN("networking.gke.io/load-balancer-type", "Internal") SPEC_LB(TCP80), none()},
    {"AnnotationOfNobody", "aws", ANN("example.com/owner", "me") SPEC_LB(TCP80), none()},
    {"AnnotationInOtherCatalogue", "aws-lbc", ANN(AWS "type", "nlb") SPEC_LB(TCP80),
     {"warning provider-annotation-other-provider metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-type]"}},

    // The chosen provider's catalogue.
    {"AnnotationUnknown", "gke", ANN("networking.gke.io/load-balancer-typ", "Internal") SPEC_LB(TCP80),
     {"warning provider-annotation-unknown metadata.annotations[networking.gke.io/load-balancer-typ]"}},
    {"AnnotationKnown", "gke", ANN("networking.gke.io/load-balancer-type", "Internal") SPEC_LB(TCP80), none()},
    {"AnnotationBoolInvalid", "gke", ANN("networking.gke.io/internal-load-balancer-allow-global-access", "\"yes\"") SPEC_LB(TCP80),
     {"warning provider-annotation-value-invalid metadata.annotations[networking.gke.io/internal-load-balancer-allow-global-access]"}},
    {"AnnotationBoolValid", "gke", ANN("networking.gke.io/internal-load-balancer-allow-global-access", "\"true\"") SPEC_LB(TCP80), none()},
    {"AnnotationIntOutOfRange", "gke", ANN("networking.gke.io/test-timeout-seconds", "\"31\"") SPEC_LB(TCP80),
     {"warning provider-annotation-value-invalid metadata.annotations[networking.gke.io/test-timeout-seconds]"}},
    {"AnnotationIntInRange", "gke", ANN("networking.gke.io/test-timeout-seconds", "\"30\"") SPEC_LB(TCP80), none()},
    {"AnnotationEnumInvalid", "gke", ANN("networking.gke.io/load-balancer-type", "internal") SPEC_LB(TCP80),
     {"warning provider-annotation-value-invalid metadata.annotations[networking.gke.io/load-balancer-type]"}},
    {"AnnotationEnumCaseInsensitive", "gke", ANN("networking.gke.io/weighted-load-balancing", "Pods-Per-Node") SPEC_LB(TCP80), none()},
    {"AnnotationDeprecated", "gke", ANN("cloud.google.com/load-balancer-type", "Internal") SPEC_LB(TCP80),
     {"info provider-annotation-deprecated metadata.annotations[cloud.google.com/load-balancer-type]"}},
    {"AnnotationArnInvalid", "aws", ANN(AWS "ssl-cert", "my-cert") SPEC_LB("[{port: 443}]"),
     {"warning provider-annotation-value-invalid metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-ssl-cert]"}},
};
// clang-format on

#undef LB
#undef ANN
#undef ANN2
#undef SPEC_LB
#undef TCP80
#undef AWS

INSTANTIATE_TEST_SUITE_P(Rules,
                         ProviderRules,
                         ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<Row> &info) {
                             return std::string(info.param.name);
                         });

// ---------------------------------------------------------------------------------------------
// Messages and fixes

std::vector<Finding> validate(const char *yaml, const char *provider)
{
    return validateService(parse(yaml), environment(provider));
}

// Applies the fix of the finding with `code` and validates the result again.
Service fixed(const char *yaml, const char *provider, QStringView code)
{
    Service s = parse(yaml);
    const std::vector<Finding> findings = validateService(s, environment(provider));
    const Finding *f = findCode(findings, code);
    EXPECT_TRUE(f && f->fix) << code.toString().toStdString();
    if (f && f->fix)
        f->fix->apply(s);
    return s;
}

TEST(ProviderRulesMessages, NameTheProviderAndVariant)
{
    const std::vector<Finding> f = validate("metadata:\n  name: web\n  annotations:\n"
                                            "    service.beta.kubernetes.io/aws-load-balancer-"
                                            "type: nlb\nspec: {type: LoadBalancer, ports: "
                                            "[{name: a, port: 80}, {name: b, port: 53, "
                                            "protocol: UDP}]}\n",
                                            "aws");
    const Finding *mixed = findCode(f, u"provider-mixed-protocols");
    ASSERT_TRUE(mixed);
    EXPECT_TRUE(mixed->message.contains(u"AWS, NLB")) << mixed->message.toStdString();
}

TEST(ProviderRulesMessages, ProxyVersionFollowsTheValue)
{
    auto message = [](const char *provider, const char *annotation) {
        const QByteArray yaml = QByteArray("metadata:\n  name: web\n  annotations:\n    ")
                                + annotation
                                + "\nspec: {type: LoadBalancer, ports: [{port: 80}]}\n";
        const Service s = parse(yaml);
        const std::vector<Finding> f = validateService(s, environment(provider));
        const Finding *info = findCode(f, u"provider-proxy-protocol-enabled");
        return info ? info->message : QString();
    };
    EXPECT_TRUE(message("aws", "service.beta.kubernetes.io/aws-load-balancer-proxy-protocol: \"*\"")
                    .contains(u"v1"));
    EXPECT_TRUE(
        message("aws-lbc", "service.beta.kubernetes.io/aws-load-balancer-proxy-protocol: \"*\"")
            .contains(u"v2"));
    EXPECT_TRUE(message("linode",
                        "service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol: v1")
                    .contains(u"v1"));
    EXPECT_TRUE(message("linode",
                        "service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol: v2")
                    .contains(u"v2"));
}

TEST(ProviderRulesMessages, MultihomingNoteDependsOnTheCni)
{
    const Service s = parse(
        "metadata: {name: web}\nspec: {ports: [{port: 5000, protocol: SCTP}]}\n");
    Environment single = environment("generic");
    Environment multi = environment("generic", NodeOs::Linux, true, true);
    const std::vector<Finding> a = validateService(s, single);
    const std::vector<Finding> b = validateService(s, multi);
    ASSERT_TRUE(findCode(a, u"platform-sctp-multihoming"));
    ASSERT_TRUE(findCode(b, u"platform-sctp-multihoming"));
    EXPECT_NE(findCode(a, u"platform-sctp-multihoming")->message,
              findCode(b, u"platform-sctp-multihoming")->message);
}

TEST(ProviderRulesMessages, UnknownAnnotationSuggestsTheNearestKey)
{
    const std::vector<Finding> f = validate(
        "metadata:\n  name: web\n  annotations:\n    networking.gke.io/load-balancer-typ: "
        "Internal\nspec: {type: LoadBalancer, ports: [{port: 80}]}\n",
        "gke");
    const Finding *unknown = findCode(f, u"provider-annotation-unknown");
    ASSERT_TRUE(unknown);
    EXPECT_TRUE(unknown->message.contains(u"networking.gke.io/load-balancer-type"));
}

TEST(ProviderRulesProvenance, FindingsCarryTheSourceOfTheirFact)
{
    auto profile = aws();
    profile->provenance = {u"[aws-ccm] main"_s, Confidence::Low, {}};
    profile->variants[0].udp.provenance = {u"[aws-ccm] aws.go checkProtocol"_s,
                                           Confidence::High,
                                           {}};
    Environment env = environment(nullptr, NodeOs::Windows);
    env.platform.provider = profile;
    const std::vector<Finding> f
        = validateService(parse("metadata:\n  name: web\n  annotations:\n"
                                "    service.beta.kubernetes.io/aws-load-balancer-foo: x\n"
                                "spec: {type: LoadBalancer, ports: [{port: 53, protocol: UDP}, "
                                "{port: 5000, protocol: SCTP}]}\n"),
                          env);

    // The fact the finding is based on.
    const Finding *udp = findCode(f, u"provider-udp-unsupported");
    ASSERT_TRUE(udp && udp->provenance);
    EXPECT_EQ(udp->provenance->source, u"[aws-ccm] aws.go checkProtocol");
    EXPECT_EQ(confidenceName(udp->provenance->confidence), u"high");
    // A fact without a source of its own (the test profile's SCTP says "[test]", M).
    const Finding *sctp = findCode(f, u"provider-sctp-unsupported");
    ASSERT_TRUE(sctp && sctp->provenance);
    EXPECT_EQ(sctp->provenance->source, u"[test]");
    EXPECT_EQ(sctp->provenance->confidence, Confidence::Medium);
    // No catalogue entry: the profile's own source.
    const Finding *unknown = findCode(f, u"provider-annotation-unknown");
    ASSERT_TRUE(unknown && unknown->provenance);
    EXPECT_EQ(unknown->provenance->source, u"[aws-ccm] main");
    EXPECT_EQ(unknown->provenance->confidence, Confidence::Low);
    // The node OS is not a profile fact.
    const Finding *windows = findCode(f, u"platform-sctp-windows");
    ASSERT_TRUE(windows);
    EXPECT_FALSE(windows->provenance);
}

TEST(ProviderRulesMessages, AliasPrefixReadsTheCatalogue)
{
    const std::vector<Finding> f
        = validate("metadata:\n  name: web\n  annotations:\n"
                   "    service.kubernetes.io/aws-load-balancer-ssl-ports: \"443\"\n"
                   "    service.kubernetes.io/aws-load-balancer-enable-tcp-udp-listener: \"yes\"\n"
                   "spec: {type: LoadBalancer, loadBalancerClass: service.k8s.aws/nlb,\n"
                   "       ports: [{port: 443}]}\n",
                   "aws-lbc");
    // Known under the alias: not unknown, and its value is checked against its entry (bool).
    EXPECT_FALSE(findCode(f, u"provider-annotation-unknown"))
        << summary(f).join(u"; ").toStdString();
    const Finding *value = findCode(f, u"provider-annotation-value-invalid");
    ASSERT_TRUE(value);
    EXPECT_EQ(value->path,
              u"metadata.annotations[service.kubernetes.io/aws-load-balancer-enable-tcp-udp-"
              u"listener]");

    // A misspelt key under the alias gets a suggestion under the alias.
    const std::vector<Finding> g
        = validate("metadata:\n  name: web\n  annotations:\n"
                   "    service.kubernetes.io/aws-load-balancer-ssl-cret: arn:aws:acm:x\n"
                   "spec: {type: LoadBalancer, loadBalancerClass: service.k8s.aws/nlb,\n"
                   "       ports: [{port: 443}]}\n",
                   "aws-lbc");
    const Finding *unknown = findCode(g, u"provider-annotation-unknown");
    ASSERT_TRUE(unknown);
    EXPECT_TRUE(unknown->message.contains(u"service.kubernetes.io/aws-load-balancer-ssl-cert"))
        << unknown->message.toStdString();
    // On a provider without the alias, the same spelling is not its key.
    const auto profile = awsLbc();
    EXPECT_TRUE(findAnnotationSpec(*profile, u"service.kubernetes.io/aws-load-balancer-ssl-cert"));
    EXPECT_FALSE(findAnnotationSpec(*aws(), u"service.kubernetes.io/aws-load-balancer-ssl-cert"));
}

TEST(ProviderRulesFixes, RemoveTheSpacesFromTheTlsPorts)
{
    const char *yaml = "metadata:\n  name: web\n  annotations:\n"
                       "    service.beta.kubernetes.io/aws-load-balancer-ssl-cert: arn:aws:x\n"
                       "    service.beta.kubernetes.io/aws-load-balancer-ssl-ports: \"443, 8443\"\n"
                       "spec: {type: LoadBalancer, ports: [{name: a, port: 443}, {name: b, port: "
                       "8443}]}\n";
    const Service s = fixed(yaml, "aws", u"provider-tls-ports-spaces");
    EXPECT_EQ(s.metadata.value()
                  .annotations.value()
                  .find(u"service.beta.kubernetes.io/aws-load-balancer-ssl-ports")
                  ->value(),
              u"443,8443"_s);
    EXPECT_EQ(summary(validateService(s, environment("aws"))), QStringList());
}

TEST(ProviderRulesFixes, AddTheKubernetesPrefix)
{
    const Service s = fixed("metadata: {name: web}\nspec: {ports: [{port: 80, appProtocol: ws}]}\n",
                            "generic",
                            u"platform-app-protocol-unprefixed");
    EXPECT_EQ(s.ports().front().value().appProtocol.value(), u"kubernetes.io/ws"_s);
}

TEST(ProviderRulesFixes, MeetTheCondition)
{
    const Service s = fixed("metadata: {name: web}\nspec: {type: LoadBalancer, ports: [{name: a, "
                            "port: 53}, {name: b, port: 53, protocol: UDP}]}\n",
                            "aws-lbc",
                            u"provider-mixed-same-port");
    EXPECT_EQ(summary(validateService(s, environment("aws-lbc"))), QStringList());
}

// The finding names the NLB for UDP: its fix switches to it, rather than giving UDP up.
TEST(ProviderRulesFixes, SwitchToTheLoadBalancerThatCarriesTheProtocol)
{
    const char *yaml
        = "metadata: {name: dns}\nspec: {type: LoadBalancer, ports: [{port: 53, protocol: UDP}]}\n";
    const std::vector<Finding> findings = validate(yaml, "aws");
    const Finding *f = findCode(findings, u"provider-udp-unsupported");
    ASSERT_TRUE(f && f->fix);
    EXPECT_TRUE(f->fix->label.contains(u"aws-load-balancer-type: nlb"_s))
        << f->fix->label.toStdString();
    const Service s = fixed(yaml, "aws", u"provider-udp-unsupported");
    EXPECT_EQ(s.ports().front().value().protocol.value(), Protocol::UDP);
    EXPECT_EQ(summary(validateService(s, environment("aws"))), QStringList());
    // Where no other load balancer of the provider carries it, the protocol is given up.
    const Service tcp
        = fixed("metadata: {name: s}\nspec: {type: LoadBalancer, ports: [{port: 5000, "
                "protocol: SCTP}]}\n",
                "aws",
                u"provider-sctp-unsupported");
    EXPECT_EQ(tcp.ports().front().value().protocol.value(), Protocol::TCP);
}

TEST(ProviderRulesFixes, NodePortWhenThereIsNoLoadBalancer)
{
    const Service s = fixed("metadata: {name: web}\nspec: {type: LoadBalancer, "
                            "loadBalancerSourceRanges: [10.0.0.0/8], ports: [{port: 80}]}\n",
                            "none",
                            u"provider-no-load-balancer");
    EXPECT_EQ(s.spec.value().type.value(), ServiceType::NodePort);
    EXPECT_TRUE(validateService(s, environment("none")).empty());
}

TEST(ProviderRulesFixes, RemoveTheRejectedField)
{
    const Service s = fixed("metadata: {name: web}\nspec: {type: LoadBalancer, sessionAffinity: "
                            "ClientIP, ports: [{port: 80}]}\n",
                            "aws",
                            u"provider-session-affinity");
    EXPECT_EQ(summary(validateService(s, environment("aws"))), QStringList());
}

TEST(ProviderRulesFixes, SetTheBackendProtocolInstead)
{
    const Service s = fixed("metadata: {name: web}\nspec: {type: LoadBalancer, ports: [{port: 443, "
                            "appProtocol: https}]}\n",
                            "aws",
                            u"provider-app-protocol-not-read");
    EXPECT_EQ(s.metadata.value()
                  .annotations.value()
                  .find(u"service.beta.kubernetes.io/aws-load-balancer-backend-protocol")
                  ->value(),
              u"https"_s);
    EXPECT_EQ(summary(validateService(s, environment("aws"))), QStringList());
}

TEST(ProviderRulesFixes, RenameToTheNearestKey)
{
    const Service s = fixed("metadata:\n  name: web\n  annotations:\n    networking.gke.io/"
                            "load-balancer-typ: Internal\nspec: {type: LoadBalancer, ports: "
                            "[{port: 80}]}\n",
                            "gke",
                            u"provider-annotation-unknown");
    EXPECT_EQ(summary(validateService(s, environment("gke"))), QStringList());
}

// ---------------------------------------------------------------------------------------------
// profilematch and appprotocol

TEST(ProfileMatch, SelectorsOnAnnotationsAndClass)
{
    const Service s = parse("metadata:\n  name: web\n  annotations:\n    a: x\n    b: Y\n    a: z\n"
                            "spec: {type: LoadBalancer, loadBalancerClass: example.com/lb, ports: "
                            "[{port: 80}]}\n");
    Selector last = annotationIs(u"a"_s, {u"z"_s});
    EXPECT_TRUE(matches(last, s)); // the last of duplicate keys wins
    EXPECT_FALSE(matches(annotationIs(u"a"_s, {u"x"_s}), s));
    EXPECT_TRUE(matches(annotationIs(u"b"_s), s));
    Selector caseless = annotationIs(u"b"_s, {u"y"_s});
    EXPECT_FALSE(matches(caseless, s));
    caseless.caseInsensitive = true;
    EXPECT_TRUE(matches(caseless, s));
    Selector absent;
    absent.annotation = u"c"_s;
    absent.absent = true;
    EXPECT_TRUE(matches(absent, s));
    Selector cls;
    cls.loadBalancerClass = {u"example.com/lb"_s};
    EXPECT_TRUE(matches(cls, s));
    cls.loadBalancerClass = {u"example.com/other"_s};
    EXPECT_FALSE(matches(cls, s));
}

TEST(ProfileMatch, VariantHandlesAndConditions)
{
    const auto profile = aws();
    const Service clb = parse(
        "metadata: {name: web}\nspec: {type: LoadBalancer, ports: [{port: 80}]}\n");
    const Service nlb = parse("metadata:\n  name: web\n  annotations:\n    "
                              "service.beta.kubernetes.io/aws-load-balancer-type: nlb\n"
                              "spec: {type: LoadBalancer, ports: [{port: 80}]}\n");
    const Service external = parse("metadata:\n  name: web\n  annotations:\n    "
                                   "service.beta.kubernetes.io/aws-load-balancer-type: external\n"
                                   "spec: {type: LoadBalancer, ports: [{port: 80}]}\n");
    const Service classed = parse("metadata: {name: web}\nspec: {type: LoadBalancer, "
                                  "loadBalancerClass: service.k8s.aws/nlb, ports: [{port: 80}]}\n");
    EXPECT_EQ(selectVariant(*profile, clb).id, u"clb"_s);
    EXPECT_EQ(selectVariant(*profile, nlb).id, u"nlb"_s);
    EXPECT_EQ(selectVariant(*profile, external).id, u"clb"_s);
    EXPECT_TRUE(handles(*profile, clb));
    EXPECT_FALSE(handles(*profile, external));
    EXPECT_FALSE(handles(*profile, classed));
    EXPECT_TRUE(handles(*awsLbc(), classed));
    const Fact samePort = awsLbc()->variants.front().mixedSamePort;
    EXPECT_FALSE(conditionHolds(samePort, clb));
    EXPECT_FALSE(conditionHolds(fact(Support::Conditional), clb)); // only in words
    EXPECT_TRUE(conditionHolds(fact(Support::Yes), clb));
    EXPECT_FALSE(conditionHolds(fact(Support::No), clb));
}

TEST(ProfileMatch, PatternKeys)
{
    int port = 0;
    EXPECT_TRUE(keyMatches(u"service.beta.kubernetes.io/port_{port}_no_lb_rule",
                           u"service.beta.kubernetes.io/port_443_no_lb_rule",
                           &port));
    EXPECT_EQ(port, 443);
    EXPECT_FALSE(keyMatches(u"a.{port}", u"a."));
    EXPECT_FALSE(keyMatches(u"a.{port}", u"a.x"));
    EXPECT_TRUE(keyMatches(u"exact", u"exact"));
    EXPECT_FALSE(keyMatches(u"exact", u"exactly"));
}

// The literal part of a key is compared eight letters at a time: a difference, the end of either
// key or a placeholder in every place of such a block (and past the last whole block) is seen.
TEST(ProfileMatch, KeysDifferingAnywhere)
{
    const QString key = u"service.beta.kubernetes.io/aws-load-balancer-proxy-protocol"_s;
    EXPECT_TRUE(keyMatches(key, key));
    for (qsizetype at = 0; at < key.size(); ++at) {
        QString other = key;
        other[at] = u'#';
        EXPECT_FALSE(keyMatches(key, other)) << at;
        EXPECT_FALSE(keyMatches(other, key)) << at;
        EXPECT_FALSE(keyMatches(key, key.left(at))) << at;
        EXPECT_FALSE(keyMatches(key.left(at), key)) << at;
        // A number placeholder where the key has digits instead of the rest.
        int number = -1;
        const QString pattern = key.left(at) + u"{port}"_s;
        EXPECT_TRUE(keyMatches(pattern, QString(key.left(at) + u"8443"), &number)) << at;
        EXPECT_EQ(number, 8443) << at;
        EXPECT_FALSE(keyMatches(pattern, QString(key.left(at) + u"x8443"))) << at;
        // The key written with the placeholder's own text is not a match.
        EXPECT_FALSE(keyMatches(pattern, pattern)) << at;
    }
}

// The catalogue is indexed on first use: exact keys before patterns, the first of two entries
// with one key, and a copy of a profile (changed before use) indexes its own catalogue.
TEST(ProfileMatch, CatalogueIndex)
{
    ProviderProfile profile;
    AnnotationSpec pattern;
    pattern.key = u"example.com/port-{port}"_s;
    AnnotationSpec first;
    first.key = u"example.com/port-80"_s;
    first.type = u"int"_s;
    AnnotationSpec second = first;
    second.type = u"bool"_s;
    profile.annotations = {pattern, first, second};
    EXPECT_EQ(findAnnotationSpec(profile, u"example.com/port-80"), &profile.annotations[1]);
    EXPECT_EQ(findAnnotationSpec(profile, u"example.com/port-81"), &profile.annotations[0]);
    EXPECT_EQ(findAnnotationSpec(profile, u"example.com/port-{port}"), &profile.annotations[0]);
    EXPECT_EQ(findAnnotationSpec(profile, u"example.com/other"), nullptr);

    ProviderProfile copy = profile;
    copy.annotations.erase(copy.annotations.begin());
    AnnotationSpec other;
    other.key = u"example.com/other"_s;
    copy.annotations.push_back(other);
    EXPECT_EQ(findAnnotationSpec(copy, u"example.com/port-80"), &copy.annotations[0]);
    EXPECT_EQ(findAnnotationSpec(copy, u"example.com/port-81"), nullptr);
    EXPECT_EQ(findAnnotationSpec(copy, u"example.com/other"), &copy.annotations[2]);
    EXPECT_EQ(findAnnotationSpec(profile, u"example.com/other"), nullptr);
}

TEST(ProfileMatch, CatalogueAndVariantKeys)
{
    const auto profile = aws();
    const ProfileVariant &clb = profile->variants[0];
    const ProfileVariant &nlb = profile->variants[1];
    EXPECT_EQ(otherVariantReading(*profile, nlb, kAwsProxy), &clb);
    EXPECT_EQ(otherVariantReading(*profile, clb, kAwsProxy), nullptr);
    EXPECT_EQ(otherVariantReading(*profile, clb, kAwsTgAttributes), &nlb);
    EXPECT_EQ(otherVariantReading(*profile, nlb, kAwsCert), nullptr); // read by both
    EXPECT_TRUE(hasAnnotationPrefix(*profile, u"service.beta.kubernetes.io/aws-load-balancer-x"));
    EXPECT_FALSE(hasAnnotationPrefix(*profile, u"networking.gke.io/x"));
    EXPECT_EQ(nearestAnnotationKey(*profile,
                                   u"service.beta.kubernetes.io/aws-load-balancer-ssl-cret"),
              kAwsCert);
    EXPECT_EQ(nearestAnnotationKey(*profile, u"service.beta.kubernetes.io/aws-load-balancer-foo"),
              QString());
}

TEST(ProfileMatch, ProxyValues)
{
    const ProxyProtocolAnnotation attributes = aws()->variants[1].proxyProtocol.annotations[0];
    EXPECT_TRUE(isAttributeList(attributes));
    ProxyValue v
        = readProxyValue(attributes,
                         u"preserve_client_ip.enabled=true, proxy_protocol_v2.enabled=true"_s);
    EXPECT_TRUE(v.valid);
    EXPECT_TRUE(v.enabling);
    EXPECT_EQ(v.version, 2);
    v = readProxyValue(attributes, u"proxy_protocol_v2.enabled=yes"_s);
    EXPECT_FALSE(v.valid);
    EXPECT_FALSE(v.enabling);
    const ProxyProtocolAnnotation byValue = linode()->variants[0].proxyProtocol.annotations[0];
    EXPECT_FALSE(isAttributeList(byValue));
    EXPECT_EQ(readProxyValue(byValue, u"v1"_s).version, 1);
    EXPECT_EQ(readProxyValue(byValue, u"v2"_s).version, 2);
    EXPECT_FALSE(readProxyValue(byValue, u"none"_s).enabling);
    EXPECT_FALSE(readProxyValue(byValue, u"v3"_s).valid);
}

TEST(AppProtocol, Classify)
{
    using appprotocol::Kind;
    EXPECT_EQ(appprotocol::classify(u"http"), Kind::IanaServiceName);
    EXPECT_EQ(appprotocol::classify(u"HTTPS"), Kind::IanaServiceName);
    EXPECT_EQ(appprotocol::classify(u"postgresql"), Kind::IanaServiceName);
    EXPECT_EQ(appprotocol::classify(u"kubernetes.io/h2c"), Kind::KubernetesName);
    EXPECT_EQ(appprotocol::classify(u"kubernetes.io/wss"), Kind::KubernetesName);
    EXPECT_EQ(appprotocol::classify(u"kubernetes.io/grpc"), Kind::KubernetesUnknown);
    EXPECT_EQ(appprotocol::classify(u"ws"), Kind::MissingPrefix);
    EXPECT_EQ(appprotocol::classify(u"example.com/ws"), Kind::DomainPrefixed);
    EXPECT_EQ(appprotocol::classify(u"grpc"), Kind::Unregistered);
    EXPECT_EQ(appprotocol::classify(u"http2"), Kind::Unregistered);
    EXPECT_EQ(appprotocol::classify(u"my_proto"), Kind::NotAName);
    EXPECT_EQ(appprotocol::classify(u"a-very-long-service-name"), Kind::NotAName);
    EXPECT_FALSE(appprotocol::hasServiceNameSyntax(u"a--b"));
    EXPECT_FALSE(appprotocol::hasServiceNameSyntax(u"-ab"));
    EXPECT_FALSE(appprotocol::hasServiceNameSyntax(u"123"));
    EXPECT_TRUE(appprotocol::hasServiceNameSyntax(u"x11-1"));
}

} // namespace
