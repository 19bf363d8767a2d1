// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled provider profiles against a capability matrix written out BY HAND below from the
// controllers' source, so that a wrong fact in a profile file fails here. For each provider and
// variant-selecting annotation or class: which variant the Service gets, and the verdict for a
// LoadBalancer Service with one TCP port, one UDP port, one SCTP port, and TCP + UDP on different
// ports. Then the same Services through validateService: the provider findings must agree with
// the verdicts. A second table holds the facts a first version of the profiles had wrong, each
// as a Service and the findings it must (and must not) get.

#include <ostream>
#include <string>

#include <gtest/gtest.h>

#include "model/io/manifest.h"
#include "model/providers/profilematch.h"
#include "model/providers/providerregistry.h"
#include "model/validation/validator.h"
#include "resources/resources.h"
#include "support/bundledproviders.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;
using namespace sd;

namespace {

enum class Verdict { Supported, Conditional, Unsupported, Unknown };

const char *verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Supported:
        return "Supported";
    case Verdict::Conditional:
        return "Conditional";
    case Verdict::Unsupported:
        return "Unsupported";
    case Verdict::Unknown:
        return "Unknown";
    }
    return "?";
}

constexpr Verdict S = Verdict::Supported;
constexpr Verdict C = Verdict::Conditional;
constexpr Verdict X = Verdict::Unsupported;
constexpr Verdict Q = Verdict::Unknown;

struct Row
{
    const char *name;          ///< test name
    const char *provider;      ///< profile id
    const char *metadataExtra; ///< YAML lines under metadata (annotations), may be empty
    const char *specExtra;     ///< YAML lines under spec (loadBalancerClass), may be empty
    const char *variant;       ///< the variant selectVariant must pick
    Verdict tcp;
    Verdict udp;
    Verdict sctp;
    Verdict mixed; ///< TCP and UDP on different port numbers
};

void PrintTo(const Row &row, std::ostream *os)
{
    *os << row.name;
}

// clang-format off
// By hand. Legend: S supported, C conditional, X unsupported (rejected, dropped or no load
// balancer), Q unknown ("?").
const Row kRows[] = {
    // AWS legacy controller: CLB TCP only; NLB TCP+UDP; SCTP and mixed rejected on both.
    {"aws_clb", "aws", "", "", "clb", S, X, X, X},
    {"aws_nlb", "aws",
     "  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: nlb\n", "", "nlb",
     S, S, X, X},
    // AWS LBC: no SCTP listener; mixed on different ports supported.
    {"aws_lbc_class", "aws-lbc", "", "  loadBalancerClass: service.k8s.aws/nlb\n", "nlb",
     S, S, X, S},
    // Without a class, only type nlb-ip, or external with a target type (service_utils.go:64-77).
    {"aws_lbc_external", "aws-lbc",
     "  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: external\n"
     "    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip\n", "",
     "nlb", S, S, X, S},
    // EKS Auto Mode: UDP ?, SCTP ✘ (inferred), mixed ?.
    {"eks_auto", "eks-auto", "", "  loadBalancerClass: eks.amazonaws.com/nlb\n", "nlb",
     S, Q, X, Q},
    // GKE legacy: TCP/UDP, SCTP ✘, mixed ✘ (condition set). L4: mixed ◐ (GKE version, class).
    {"gke_legacy", "gke", "", "", "legacy", S, S, X, X},
    {"gke_legacy_class", "gke", "",
     "  loadBalancerClass: networking.gke.io/l4-regional-internal-legacy\n", "legacy",
     S, S, X, X},
    {"gke_l4_class", "gke", "",
     "  loadBalancerClass: networking.gke.io/l4-regional-external\n", "l4", S, S, X, C},
    {"gke_l4_rbs", "gke",
     "  annotations:\n    cloud.google.com/l4-rbs: enabled\n", "", "l4", S, S, X, C},
    // Azure: SCTP only on an internal Standard-SKU LB (an error unless internal "true").
    {"azure", "azure", "", "", "lb", S, S, X, S},
    {"azure_internal", "azure",
     "  annotations:\n"
     "    service.beta.kubernetes.io/azure-load-balancer-internal: \"true\"\n", "", "lb",
     S, S, C, S},
    // DigitalOcean: no SCTP; UDP needs a TCP port only with override-health-check
    // (loadbalancers.go:1001-1024, 1363-1373), not on REGIONAL as such.
    {"digitalocean_regional_network", "digitalocean", "", "", "regional-network",
     S, S, X, S},
    {"digitalocean_regional", "digitalocean",
     "  annotations:\n    service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n", "",
     "regional", S, S, X, S},
    // Linode: no SCTP; TCP and UDP on different port numbers work.
    {"linode", "linode", "", "", "nodebalancer", S, S, X, S},
    // Hetzner: TCP only; UDP/SCTP ports dropped.
    {"hetzner", "hetzner", "", "", "lb", S, X, X, X},
    // OCI: lb rejects UDP; nlb TCP+UDP (same port merged).
    {"oci_lb", "oci", "", "", "lb", S, X, X, X},
    {"oci_nlb", "oci",
     "  annotations:\n    oci.oraclecloud.com/load-balancer-type: nlb\n", "", "nlb",
     S, S, X, S},
    // MetalLB: SCTP depends on kube-proxy/CNI; mixed validated in 0.13.6.
    {"metallb", "metallb", "", "", "metallb", S, S, C, S},
    // Generic: TCP only is certain.
    {"generic", "generic", "", "", "generic", S, Q, Q, Q},
    // No implementation: the Service stays pending.
    {"none", "none", "", "", "none", X, X, X, X},
};
// clang-format on

const ProviderRegistry &registry()
{
    static const ProviderRegistry r = ProviderRegistry::withBuiltIns(providerProfilesPath(),
                                                                     false,
                                                                     nullptr);
    return r;
}

enum class Ports { Tcp, Udp, Sctp, TcpUdp };

const char *portsName(Ports p)
{
    switch (p) {
    case Ports::Tcp:
        return "TCP";
    case Ports::Udp:
        return "UDP";
    case Ports::Sctp:
        return "SCTP";
    case Ports::TcpUdp:
        return "TCP+UDP";
    }
    return "?";
}

QByteArray portsYaml(Ports p)
{
    switch (p) {
    case Ports::Tcp:
        return "  - name: a\n    protocol: TCP\n    port: 80\n    targetPort: 8080\n";
    case Ports::Udp:
        return "  - name: a\n    protocol: UDP\n    port: 53\n    targetPort: 5353\n";
    case Ports::Sctp:
        return "  - name: a\n    protocol: SCTP\n    port: 3868\n    targetPort: 3868\n";
    case Ports::TcpUdp:
        return "  - name: a\n    protocol: TCP\n    port: 80\n    targetPort: 8080\n"
               "  - name: b\n    protocol: UDP\n    port: 53\n    targetPort: 5353\n";
    }
    return {};
}

Service makeService(const Row &row, Ports ports)
{
    QByteArray yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  namespace: ns\n";
    yaml += row.metadataExtra;
    yaml += "spec:\n  type: LoadBalancer\n  selector:\n    app: a\n";
    yaml += row.specExtra;
    yaml += "  ports:\n";
    yaml += portsYaml(ports);
    const Manifest m = Manifest::fromBytes(yaml);
    const std::vector<ServiceRef> refs = m.services();
    return refs.empty() ? Service() : m.service(refs.front());
}

// What a fact says for this Service. A conditional fact whose stated selectors do not all hold
// is unsupported for it (Azure SCTP without the internal annotation); one that only has a
// condition in words, or whose selectors hold but that has a further condition in its note
// (Azure: the Standard SKU), stays conditional.
Verdict verdictOf(const Fact &fact, const Service &service)
{
    switch (fact.support) {
    case Support::Yes:
        return Verdict::Supported;
    case Support::No:
        return Verdict::Unsupported;
    case Support::Unknown:
        return Verdict::Unknown;
    case Support::Conditional:
        if (!fact.requires_.empty() && !conditionHolds(fact, service))
            return Verdict::Unsupported;
        return Verdict::Conditional;
    }
    return Verdict::Unknown;
}

const Fact &factFor(const ProfileVariant &v, Ports p)
{
    switch (p) {
    case Ports::Tcp:
        return v.tcp;
    case Ports::Udp:
        return v.udp;
    case Ports::Sctp:
        return v.sctp;
    case Ports::TcpUdp:
        return v.mixed;
    }
    return v.tcp;
}

Verdict expectedFor(const Row &row, Ports p)
{
    switch (p) {
    case Ports::Tcp:
        return row.tcp;
    case Ports::Udp:
        return row.udp;
    case Ports::Sctp:
        return row.sctp;
    case Ports::TcpUdp:
        return row.mixed;
    }
    return row.tcp;
}

constexpr Ports kAllPorts[] = {Ports::Tcp, Ports::Udp, Ports::Sctp, Ports::TcpUdp};

class ProviderMatrix : public ::testing::TestWithParam<Row>
{};

TEST(ProviderMatrixSetup, EveryProfileOfTheTableIsBundled)
{
    std::vector<ProfileError> errors;
    const ProviderRegistry r = ProviderRegistry::withBuiltIns(providerProfilesPath(),
                                                              false,
                                                              &errors);
    EXPECT_TRUE(errors.empty()) << (errors.empty() ? std::string()
                                                   : errors.front().toString().toStdString());
    for (const Row &row : kRows)
        EXPECT_NE(r.find(QString::fromLatin1(row.provider)), nullptr) << row.provider;
}

TEST_P(ProviderMatrix, ProfileMatchesTheTable)
{
    const Row &row = GetParam();
    const std::shared_ptr<const ProviderProfile> profile = registry().find(
        QString::fromLatin1(row.provider));
    ASSERT_NE(profile, nullptr) << row.provider;
    for (Ports p : kAllPorts) {
        SCOPED_TRACE(portsName(p));
        const Service service = makeService(row, p);
        ASSERT_TRUE(service.spec.hasValue());
        EXPECT_TRUE(handles(*profile, service)) << "the provider does not act on the Service";
        const ProfileVariant &variant = selectVariant(*profile, service);
        EXPECT_EQ(variant.id, QString::fromLatin1(row.variant));
        const Verdict got = verdictOf(factFor(variant, p), service);
        const Verdict want = expectedFor(row, p);
        EXPECT_EQ(got, want) << row.name << " " << portsName(p) << ": profile says "
                             << verdictName(got) << ", the table says " << verdictName(want);
    }
}

// The provider codes of validateService for the ports of a cell: the per-protocol codes of the
// protocols involved, the mixed-protocol code, and "no load balancer".
QStringList relevantCodes(Ports p, Verdict want)
{
    QStringList codes{u"provider-no-load-balancer"_s};
    switch (p) {
    case Ports::Tcp:
        codes << u"provider-tcp-unsupported"_s;
        break;
    case Ports::Udp:
        codes << u"provider-udp-unsupported"_s;
        break;
    case Ports::Sctp:
        codes << u"provider-sctp-unsupported"_s;
        break;
    case Ports::TcpUdp:
        codes << u"provider-mixed-protocols"_s;
        // A protocol the provider cannot carry at all is reported on its port instead (the
        // mixed question does not arise).
        if (want == Verdict::Unsupported)
            codes << u"provider-tcp-unsupported"_s << u"provider-udp-unsupported"_s;
        break;
    }
    return codes;
}

TEST_P(ProviderMatrix, ValidatorAgreesWithTheTable)
{
    const Row &row = GetParam();
    const std::shared_ptr<const ProviderProfile> profile = registry().find(
        QString::fromLatin1(row.provider));
    ASSERT_NE(profile, nullptr) << row.provider;
    Environment env;
    env.platform.provider = profile;
    env.platform.knownProviders = registry().profiles();
    env.platform.cniSctp = true; // the CNI is not what this table is about
    for (Ports p : kAllPorts) {
        SCOPED_TRACE(portsName(p));
        const Service service = makeService(row, p);
        const Verdict want = expectedFor(row, p);
        const QStringList codes = relevantCodes(p, want);
        QStringList found;
        for (const Finding &f : validateService(service, env)) {
            if (codes.contains(f.code))
                found << severityName(f.severity) + u' ' + f.code;
        }
        const ProfileVariant &variant = selectVariant(*profile, service);
        const Fact &fact = factFor(variant, p);
        bool expectFinding = false;
        switch (want) {
        case Verdict::Supported:
            expectFinding = false;
            break;
        case Verdict::Unsupported:
        case Verdict::Unknown:
            expectFinding = true;
            break;
        case Verdict::Conditional:
            // A condition the validator can test and that holds (Azure internal) gives no
            // finding; one given only in words always gives a warning.
            expectFinding = !conditionHolds(fact, service);
            break;
        }
        if (expectFinding) {
            EXPECT_FALSE(found.isEmpty())
                << row.name << " " << portsName(p) << " (" << verdictName(want)
                << "): no provider finding among " << codes.join(u", ").toStdString();
        } else {
            EXPECT_TRUE(found.isEmpty())
                << row.name << " " << portsName(p) << " (" << verdictName(want) << "): unexpected "
                << found.join(u", ").toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Bundled,
                         ProviderMatrix,
                         ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<Row> &info) {
                             return std::string(info.param.name);
                         });

// Who acts on what: cloud controllers skip classed Services, the AWS legacy controller hands type
// external / nlb-ip to the LBC, class-based controllers take their class.
TEST(ProviderHandling, ClassesAndHandOffs)
{
    struct Case
    {
        const char *provider;
        const char *metadataExtra;
        const char *specExtra;
        bool handled;
    };
    const Case cases[] = {
        {"aws",
         "  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: external\n",
         "",
         false},
        {"aws",
         "  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: nlb-ip\n",
         "",
         false},
        {"aws", "", "  loadBalancerClass: service.k8s.aws/nlb\n", false},
        {"azure", "", "  loadBalancerClass: example.com/lb\n", false},
        {"digitalocean", "", "  loadBalancerClass: example.com/lb\n", false},
        {"linode", "", "  loadBalancerClass: example.com/lb\n", false},
        {"hetzner", "", "  loadBalancerClass: example.com/lb\n", false},
        {"oci", "", "  loadBalancerClass: example.com/lb\n", false},
        {"metallb", "", "  loadBalancerClass: example.com/lb\n", false},
        {"aws-lbc", "", "  loadBalancerClass: eks.amazonaws.com/nlb\n", false},
        // The LBC takes a Service without a class only by its type annotation.
        {"aws-lbc", "", "", false},
        {"aws-lbc",
         "  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: external\n",
         "",
         false},
        {"aws-lbc",
         "  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: nlb-ip\n",
         "",
         true},
        {"aws-lbc",
         "  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: external\n"
         "    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: instance\n",
         "",
         true},
        {"eks-auto", "", "  loadBalancerClass: service.k8s.aws/nlb\n", false},
        {"gke", "", "  loadBalancerClass: networking.gke.io/l4-regional-internal\n", true},
        {"gke", "", "  loadBalancerClass: networking.gke.io/l4-regional-external-legacy\n", true},
        {"gke", "", "  loadBalancerClass: example.com/lb\n", false},
    };
    for (const Case &c : cases) {
        const Row row{"", c.provider, c.metadataExtra, c.specExtra, "", S, S, S, S};
        const std::shared_ptr<const ProviderProfile> profile = registry().find(
            QString::fromLatin1(c.provider));
        ASSERT_NE(profile, nullptr) << c.provider;
        const Service service = makeService(row, Ports::Tcp);
        EXPECT_EQ(handles(*profile, service), c.handled) << c.provider << " with\n"
                                                         << c.metadataExtra << c.specExtra;
    }
}

// ---------------------------------------------------------------------------------------------
// Facts a first version of the profiles had wrong, each checked again at the controller's code
// (the source is in the profile): a Service, the findings it must get ("severity code") and the
// codes it must not get.

struct CorrectedFact
{
    const char *name;
    const char *provider;
    const char *annotations; ///< `key: value` lines, or nullptr
    const char *spec;        ///< lines under spec, or nullptr
    const char *ports;       ///< port list items, one a line; nullptr: TCP 80 and 443
    std::vector<const char *> wanted;
    std::vector<const char *> unwanted;
};

void PrintTo(const CorrectedFact &row, std::ostream *os)
{
    *os << row.name;
}

const char *const kLbcClass = "loadBalancerClass: service.k8s.aws/nlb";
const char *const kDoRegional = "service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n";

// clang-format off
const CorrectedFact kCorrectedFacts[] = {
    // aws: the classic ELB reads the health-check keys (aws_loadbalancer.go:1575-1597).
    {"aws_clb_reads_health_check", "aws",
     "service.beta.kubernetes.io/aws-load-balancer-healthcheck-path: /healthz\n"
     "service.beta.kubernetes.io/aws-load-balancer-healthcheck-protocol: HTTP",
     nullptr, nullptr, {}, {"provider-annotation-other-variant", "provider-annotation-unknown"}},
    // aws: target-group attributes on a classic ELB are refused (aws_validations.go:84-88).
    {"aws_clb_refuses_target_group_attributes", "aws",
     "service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: proxy_protocol_v2.enabled=true",
     nullptr, nullptr, {"error provider-target-group-attributes-clb"}, {}},
    // aws: extra security groups on an NLB are refused (aws_validations.go:76-82).
    {"aws_nlb_refuses_extra_security_groups", "aws",
     "service.beta.kubernetes.io/aws-load-balancer-type: nlb\n"
     "service.beta.kubernetes.io/aws-load-balancer-extra-security-groups: sg-1",
     nullptr, nullptr, {"error provider-extra-security-groups-nlb"}, {}},
    // aws: the NLB reads the access-log keys (aws_loadbalancer.go:462-480).
    {"aws_nlb_reads_access_logs", "aws",
     "service.beta.kubernetes.io/aws-load-balancer-type: nlb\n"
     "service.beta.kubernetes.io/aws-load-balancer-access-log-enabled: \"true\"\n"
     "service.beta.kubernetes.io/aws-load-balancer-access-log-s3-bucket-name: logs",
     nullptr, nullptr, {}, {"provider-annotation-other-variant", "provider-annotation-unknown"}},
    // aws-lbc: "*" and entries naming no port are errors (model_build_listener.go:269-290).
    {"lbc_ssl_ports_star_refused", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-ssl-cert: arn:aws:acm:us-east-1:1:certificate/a\n"
     "service.beta.kubernetes.io/aws-load-balancer-ssl-ports: \"*\"",
     kLbcClass, nullptr, {"error provider-tls-ports-star"}, {}},
    // aws-lbc: QUIC on a TCP port is an error (model_build_listener.go:115-127).
    {"lbc_quic_on_tcp_refused", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-quic-enabled-ports: \"443\"",
     kLbcClass, nullptr, {"error provider-quic-on-tcp-port"}, {}},
    // aws-lbc: no service.kubernetes.io/ alias; the parser has one prefix (parser.go:186-202).
    {"lbc_no_alias_prefix", "aws-lbc",
     "service.kubernetes.io/aws-load-balancer-ssl-cert: arn:aws:acm:us-east-1:1:certificate/a",
     kLbcClass, nullptr, {}, {"provider-tls-no-ports", "provider-annotation-value-invalid"}},
    // aws-lbc: the health-check protocol is upper-cased (model_build_target_group.go:455-468).
    {"lbc_health_check_protocol_any_case", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-healthcheck-protocol: http",
     kLbcClass, nullptr, {}, {"provider-annotation-value-invalid"}},
    // aws-lbc: type external alone does not make the controller act (service_utils.go).
    {"lbc_external_without_target_type", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-type: external", nullptr, nullptr,
     {"error provider-not-handled"}, {}},
    // eks-auto: the health-check keys are in the guide.
    {"eks_health_check_keys", "eks-auto",
     "service.beta.kubernetes.io/aws-load-balancer-healthcheck-path: /healthz\n"
     "service.beta.kubernetes.io/aws-load-balancer-healthcheck-port: traffic-port",
     "loadBalancerClass: eks.amazonaws.com/nlb", nullptr, {}, {"provider-annotation-unknown"}},
    // eks-auto: aws-load-balancer-proxy-protocol is not supported.
    {"eks_proxy_protocol_not_supported", "eks-auto",
     "service.beta.kubernetes.io/aws-load-balancer-proxy-protocol: \"*\"",
     "loadBalancerClass: eks.amazonaws.com/nlb", nullptr,
     {"warning provider-proxy-protocol-not-supported"}, {"provider-annotation-unknown"}},
    // gke: any value but Internal is an external load balancer (gce_annotations.go:39).
    {"gke_load_balancer_type_external", "gke", "networking.gke.io/load-balancer-type: External",
     nullptr, nullptr, {}, {"provider-annotation-value-invalid"}},
    // azure: a Private Link Service needs an internal LB or floating IP disabled
    // (azure_privatelinkservice.go:93-95).
    {"azure_pls_without_floating_ip", "azure",
     "service.beta.kubernetes.io/azure-pls-create: \"true\"\n"
     "service.beta.kubernetes.io/azure-disable-load-balancer-floating-ip: \"true\"",
     nullptr, nullptr, {}, {"provider-pls-needs-internal"}},
    // digitalocean: the port lists are split without trimming (loadbalancers.go:1512-1531).
    {"do_tls_ports_not_trimmed", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n"
     "service.beta.kubernetes.io/do-loadbalancer-certificate-id: c1\n"
     "service.beta.kubernetes.io/do-loadbalancer-tls-ports: \"443, 80\"",
     nullptr, nullptr, {"error provider-annotation-value-invalid"}, {}},
    // digitalocean: override-health-check counts by its presence (loadbalancers.go:1010).
    {"do_override_health_check_any_value", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-override-health-check: \"false\"", nullptr,
     "- {name: dns, port: 53, protocol: UDP}",
     {"error provider-health-check-without-tcp-port"}, {"provider-annotation-value-invalid"}},
    // digitalocean: UDP on REGIONAL needs no TCP port with the default health check
    // (loadbalancers.go:1397-1405).
    {"do_regional_udp_default_health_check", "digitalocean", kDoRegional, nullptr,
     "- {name: dns, port: 53, protocol: UDP}", {},
     {"provider-udp-unsupported", "provider-health-check-without-tcp-port"}},
    // linode: the controller lower-cases protocol, PROXY and algorithm (service_helpers.go:32,56,84).
    {"linode_values_any_case", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-default-protocol: TCP\n"
     "service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol: V2\n"
     "service.beta.kubernetes.io/linode-loadbalancer-default-algorithm: LeastConn",
     nullptr, nullptr, {}, {"provider-annotation-value-invalid", "provider-proxy-protocol-invalid"}},
    // linode: ring_hash is for UDP only (loadbalancers.go:52-63).
    {"linode_ring_hash_on_tcp", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-default-algorithm: ring_hash", nullptr,
     nullptr, {"error provider-algorithm-for-udp-on-tcp"}, {}},
    // linode: booleans are strconv.ParseBool.
    {"linode_parse_bool", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-preserve: \"1\"\n"
     "service.beta.kubernetes.io/linode-loadbalancer-hostname-only-ingress: T",
     nullptr, nullptr, {}, {"provider-annotation-value-invalid"}},
    // hetzner: the key is http-status-codes (internal/annotation/load_balancer.go:275).
    {"hetzner_http_status_codes", "hetzner",
     "load-balancer.hetzner.cloud/http-status-codes: \"2??,3??\"", nullptr, nullptr, {},
     {"provider-annotation-unknown"}},
    {"hetzner_old_status_codes_key", "hetzner",
     "load-balancer.hetzner.cloud/health-check-http-status-codes: \"2??\"", nullptr, nullptr,
     {"warning provider-annotation-unknown"}, {}},
    // oci: backend-protocol is compared with EqualFold (load_balancer_spec.go:1102).
    {"oci_backend_protocol_any_case", "oci",
     "service.beta.kubernetes.io/oci-load-balancer-backend-protocol: http", nullptr, nullptr, {},
     {"provider-backend-protocol-invalid", "provider-annotation-value-invalid"}},
    // oci: a TLS secret without a namespace is in the Service's (load_balancer_spec.go:1252-1261).
    {"oci_tls_secret_without_namespace", "oci",
     "service.beta.kubernetes.io/oci-load-balancer-tls-secret: web-tls\n"
     "service.beta.kubernetes.io/oci-load-balancer-ssl-ports: \"443\"",
     nullptr, nullptr, {}, {"provider-annotation-value-invalid"}},
    // oci: session affinity other than None is refused (load_balancer_spec.go:684-686).
    {"oci_session_affinity_refused", "oci", nullptr, "sessionAffinity: ClientIP", nullptr,
     {"error provider-session-affinity"}, {}},
    // metallb: the pool annotation is the controller's own (controller/service.go:36, 215): set
    // by hand it is an info, never unknown.
    {"metallb_written_pool", "metallb", "metallb.io/ip-allocated-from-pool: default",
     nullptr, nullptr, {"info provider-annotation-written"}, {"provider-annotation-unknown"}},
};
// clang-format on

class CorrectedFacts : public ::testing::TestWithParam<CorrectedFact>
{};

QByteArray indented(const char *lines, const QByteArray &indent)
{
    QByteArray out;
    if (!lines)
        return out;
    for (const QByteArray &line : QByteArray(lines).split('\n')) {
        if (!line.isEmpty())
            out += indent + line + '\n';
    }
    return out;
}

TEST_P(CorrectedFacts, AsTheControllerDoes)
{
    const CorrectedFact &row = GetParam();
    QByteArray yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n";
    if (row.annotations)
        yaml += "  annotations:\n" + indented(row.annotations, "    ");
    yaml += "spec:\n  type: LoadBalancer\n  selector: {app: a}\n" + indented(row.spec, "  ");
    yaml += "  ports:\n"
            + indented(row.ports ? row.ports
                                 : "- {name: http, port: 80}\n- {name: https, port: 443}",
                       "  ");
    const Service service = sdtest::serviceFromYaml(yaml);
    const QStringList found = sdtest::providerFindings(
        sdtest::validateOn(QString::fromLatin1(row.provider), service));
    QStringList codes;
    for (const QString &f : found)
        codes << f.section(u' ', 0, 1);
    for (const char *w : row.wanted) {
        EXPECT_TRUE(codes.contains(QString::fromLatin1(w)))
            << row.name << ": wanted " << w << ", found\n  " << found.join(u"\n  ").toStdString();
    }
    for (const char *u : row.unwanted) {
        for (const QString &f : found) {
            EXPECT_NE(f.section(u' ', 1, 1), QString::fromLatin1(u))
                << row.name << ": " << f.toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Bundled,
                         CorrectedFacts,
                         ::testing::ValuesIn(kCorrectedFacts),
                         [](const ::testing::TestParamInfo<CorrectedFact> &info) {
                             return std::string(info.param.name);
                         });

// A Service read back from a cluster carries what the controllers wrote: no finding at all.
TEST(CorrectedFactsCatalogue, WrittenAnnotationsOfAnExportedService)
{
    const struct
    {
        const char *provider;
        const char *annotations;
    } exported[] = {
        {"metallb", "    metallb.io/ip-allocated-from-pool: default\n"},
        {"gke",
         "    service.kubernetes.io/backend-service: k8s2-abc\n"
         "    service.kubernetes.io/tcp-forwarding-rule: a1b2\n"
         "    service.kubernetes.io/firewall-rule: k8s2-abc\n"
         "    service.kubernetes.io/healthcheck: k8s2-abc\n"},
    };
    for (const auto &e : exported) {
        const QByteArray yaml = QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n"
                                           "  uid: 0b9c1b2e-0000-4000-8000-000000000001\n"
                                           "  resourceVersion: \"42\"\n  annotations:\n")
                                + e.annotations
                                + "spec:\n  type: LoadBalancer\n  selector: {app: a}\n"
                                  "  ports:\n  - {name: http, port: 80}\n"
                                  "status:\n  loadBalancer:\n    ingress:\n    - ip: 192.0.2.10\n";
        const QStringList found = sdtest::providerFindings(
            sdtest::validateOn(QString::fromLatin1(e.provider), sdtest::serviceFromYaml(yaml)));
        for (const QString &f : found)
            EXPECT_FALSE(f.contains(u"metadata.annotations"_s))
                << e.provider << ": " << f.toStdString();
    }
}

// The alias the first LBC profile had: the controller's parser knows one prefix.
TEST(CorrectedFactsCatalogue, LoadBalancerControllerHasNoAliasPrefix)
{
    const auto lbc = sdtest::bundledProfile(u"aws-lbc"_s);
    ASSERT_NE(lbc, nullptr);
    EXPECT_TRUE(lbc->annotationAliases.empty());
    EXPECT_EQ(findAnnotationSpec(*lbc, u"service.kubernetes.io/aws-load-balancer-ssl-cert"),
              nullptr);
}

} // namespace
