// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled provider profiles against the capability matrix of providers.md, written out BY
// HAND below from its §2 (summary matrix) and §13 (derived checks), so that a wrong fact in a
// profile file fails here. For each provider and variant-selecting annotation or class: which
// variant the Service gets, and the verdict for a LoadBalancer Service with one TCP port, one UDP
// port, one SCTP port, and TCP + UDP on different ports. Then the same Services through
// validateService: the provider findings must agree with the verdicts.

#include <ostream>
#include <string>

#include <gtest/gtest.h>

#include "model/document/manifest.h"
#include "model/providers/profilematch.h"
#include "model/providers/providerregistry.h"
#include "model/validation/validator.h"
#include "resources/resources.h"
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
// providers.md §2 / §13, by hand. Legend: S supported, C conditional, X unsupported (rejected,
// dropped or no load balancer), Q unknown ("?").
const Row kRows[] = {
    // AWS legacy controller: CLB TCP only; NLB TCP+UDP; SCTP and mixed rejected on both (§3a).
    {"aws_clb", "aws", "", "", "clb", S, X, X, X},
    {"aws_nlb", "aws",
     "  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: nlb\n", "", "nlb",
     S, S, X, X},
    // AWS LBC: no SCTP listener; mixed on different ports supported (§3b).
    {"aws_lbc_class", "aws-lbc", "", "  loadBalancerClass: service.k8s.aws/nlb\n", "nlb",
     S, S, X, S},
    {"aws_lbc_external", "aws-lbc",
     "  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: external\n", "",
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
     "  annotations:\n    cloud.google.com/l4-rbs: enabled\n", "", "l4-rbs", S, S, X, C},
    // Azure: SCTP only on an internal Standard-SKU LB (§13.1: error unless internal "true").
    {"azure", "azure", "", "", "lb", S, S, X, S},
    {"azure_internal", "azure",
     "  annotations:\n"
     "    service.beta.kubernetes.io/azure-load-balancer-internal: \"true\"\n", "", "lb",
     S, S, C, S},
    // DigitalOcean: no SCTP; REGIONAL needs a TCP port for the UDP health check (§13.2: warn).
    {"digitalocean_regional_network", "digitalocean", "", "", "regional-network",
     S, S, X, S},
    {"digitalocean_regional", "digitalocean",
     "  annotations:\n    service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n", "",
     "regional", S, C, X, S},
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
                             << verdictName(got) << ", providers.md says " << verdictName(want);
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

// Who acts on what (§1, §13.7): cloud controllers skip classed Services, the AWS legacy
// controller hands type external / nlb-ip to the LBC, class-based controllers take their class.
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

} // namespace
