// SPDX-License-Identifier: GPL-3.0-or-later
// The registry's checks that depend on the cluster (alloc.go): IP families served, dual-stack,
// cluster IPs inside the Service CIDRs and free there, the health-check node port in the range.
// Without cluster settings they are warnings that say what the cluster must have; with them, the
// API server's errors.

#include <optional>
#include <utility>

#include <gtest/gtest.h>

#include "model/io/manifest.h"
#include "model/validation/validator.h"
#include "support/qtprinters.h"

using namespace sd;

namespace {

Service parse(const char *spec)
{
    const Manifest m = Manifest::fromBytes(
        QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n") + spec);
    return m.service(m.services().at(0));
}

// "severity code path" of each finding, in order.
QStringList findings(const char *spec, const QStringList &cidrs)
{
    Environment env;
    env.cluster.serviceCidrs = cidrs;
    QStringList out;
    for (const Finding &f : validateService(parse(spec), env))
        out << severityName(f.severity) + u' ' + f.code + u' ' + f.path.toString();
    return out;
}

const char *ports = "  selector: {app: a}\n  ports:\n  - port: 80\n";
const QStringList v4 = {QStringLiteral("10.96.0.0/12")};
const QStringList dual = {QStringLiteral("10.96.0.0/12"), QStringLiteral("fd00:10:96::/112")};

QByteArray spec(const char *extra)
{
    return QByteArray(ports) + extra;
}

} // namespace

TEST(ClusterRules, UnknownClusterGivesWarnings)
{
    EXPECT_EQ(findings(spec("  ipFamilies: [IPv6]\n").constData(), {}),
              QStringList{QStringLiteral("warning needs-ipv6-cluster spec.ipFamilies")});
    EXPECT_EQ(findings(spec("  ipFamilyPolicy: RequireDualStack\n").constData(), {}),
              QStringList{QStringLiteral("warning needs-dual-stack-cluster spec.ipFamilyPolicy")});
    EXPECT_EQ(findings(spec("  clusterIP: 10.0.0.100\n").constData(), {}),
              QStringList{QStringLiteral("warning cluster-ip-needs-range spec.clusterIPs")});
    // Nothing to say without cluster-dependent fields, or for PreferDualStack with IPv4 first.
    EXPECT_EQ(findings(ports, {}), QStringList());
    EXPECT_EQ(findings(spec("  ipFamilyPolicy: PreferDualStack\n  ipFamilies: [IPv4, IPv6]\n")
                           .constData(),
                       {}),
              QStringList());
}

TEST(ClusterRules, FamiliesTheClusterDoesNotServe)
{
    EXPECT_EQ(findings(spec("  ipFamilies: [IPv6]\n").constData(), v4),
              QStringList{QStringLiteral("error ip-family-not-configured spec.ipFamilies[0]")});
    EXPECT_EQ(findings(spec("  ipFamilies: [IPv6]\n").constData(), dual), QStringList());
    EXPECT_EQ(findings(spec("  clusterIP: fd00:10:96::10\n").constData(), v4),
              QStringList{QStringLiteral("error cluster-ip-family-not-served spec.clusterIPs[0]")});
    EXPECT_EQ(findings(spec("  ipFamilyPolicy: RequireDualStack\n").constData(), v4),
              QStringList{QStringLiteral("error dual-stack-not-configured spec.ipFamilyPolicy")});
    EXPECT_EQ(findings(spec("  ipFamilyPolicy: RequireDualStack\n").constData(), dual),
              QStringList());
    // Headless without selector may carry both families on a single-stack cluster.
    EXPECT_EQ(findings("  clusterIP: None\n  ipFamilyPolicy: RequireDualStack\n"
                       "  ipFamilies: [IPv4, IPv6]\n  ports:\n  - port: 80\n",
                       v4),
              QStringList());
}

TEST(ClusterRules, ClusterIPMustBeInsideAServiceCidr)
{
    EXPECT_EQ(findings(spec("  clusterIP: 10.96.0.10\n").constData(), v4), QStringList());
    EXPECT_EQ(findings(spec("  clusterIP: 10.0.0.100\n").constData(), v4),
              QStringList{QStringLiteral("error cluster-ip-out-of-range spec.clusterIPs")});
    EXPECT_EQ(findings(spec("  clusterIP: 10.111.255.254\n").constData(), v4), QStringList());
    EXPECT_EQ(findings(spec("  clusterIP: 10.112.0.0\n").constData(), v4),
              QStringList{QStringLiteral("error cluster-ip-out-of-range spec.clusterIPs")});
    EXPECT_EQ(findings(spec("  clusterIP: None\n").constData(), v4), QStringList());

    Environment env;
    env.cluster.serviceCidrs = v4;
    const std::vector<Finding> f
        = validateService(parse(spec("  clusterIP: 10.0.0.100\n").constData()), env);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].type, ErrorType::Invalid);
    EXPECT_EQ(f[0].message,
              u"Invalid value: []string{\"10.0.0.100\"}: failed to allocate IP "
              u"10.0.0.100: provided IP is not in the valid range. The range of valid "
              u"IPs is 10.96.0.0/12");
}

// The allocator never hands out a range's network address, nor an IPv4 range's broadcast address
// (ipallocator: "not in the valid range"), and the first address after the network address of
// the primary range is the kubernetes Service's on every cluster ("already allocated").
TEST(ClusterRules, AddressesTheAllocatorNeverGives)
{
    const QStringList outOfRange{QStringLiteral("error cluster-ip-out-of-range spec.clusterIPs")};
    const QStringList allocated{QStringLiteral("error cluster-ip-allocated spec.clusterIPs")};
    EXPECT_EQ(findings(spec("  clusterIP: 10.96.0.0\n").constData(), v4), outOfRange);
    EXPECT_EQ(findings(spec("  clusterIP: 10.111.255.255\n").constData(), v4), outOfRange);
    EXPECT_EQ(findings(spec("  clusterIP: 10.96.0.1\n").constData(), v4), allocated);
    EXPECT_EQ(findings(spec("  clusterIP: 10.96.0.2\n").constData(), v4), QStringList());
    // The second range of a dual-stack cluster: its first address is free; IPv6 has no broadcast.
    const char *dualSpec = "  ipFamilyPolicy: PreferDualStack\n  ipFamilies: [IPv4, IPv6]\n";
    EXPECT_EQ(
        findings(QByteArray(
                     QByteArray(ports) + dualSpec
                     + "  clusterIP: 10.96.0.10\n  clusterIPs: [10.96.0.10, \"fd00:10:96::1\"]\n")
                     .constData(),
                 dual),
        QStringList());
    EXPECT_EQ(findings(QByteArray(QByteArray(ports) + dualSpec
                                  + "  clusterIP: 10.96.0.10\n  clusterIPs: [10.96.0.10, "
                                    "\"fd00:10:96::ffff\"]\n")
                           .constData(),
                       dual),
              QStringList());
    EXPECT_EQ(
        findings(QByteArray(
                     QByteArray(ports) + dualSpec
                     + "  clusterIP: 10.96.0.10\n  clusterIPs: [10.96.0.10, \"fd00:10:96::\"]\n")
                     .constData(),
                 dual),
        outOfRange);
    // An IPv6 primary range: its first address is the kubernetes Service's.
    EXPECT_EQ(findings(spec("  clusterIP: fd00:10:96::1\n  ipFamilies: [IPv6]\n").constData(),
                       {QStringLiteral("fd00:10:96::/112")}),
              allocated);

    Environment env;
    env.cluster.serviceCidrs = v4;
    const std::vector<Finding> f
        = validateService(parse(spec("  clusterIP: 10.96.0.1\n").constData()), env);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].type, ErrorType::Invalid);
    EXPECT_EQ(f[0].message,
              u"Invalid value: []string{\"10.96.0.1\"}: failed to allocate IP "
              u"10.96.0.1: provided IP is already allocated");
}

namespace {

QStringList healthCheckFindings(int healthCheckNodePort, std::optional<std::pair<int, int>> range)
{
    Environment env;
    if (range) {
        env.cluster.nodePortMin = range->first;
        env.cluster.nodePortMax = range->second;
    }
    QByteArray yaml(ports);
    yaml += "  type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: ";
    yaml += QByteArray::number(healthCheckNodePort);
    yaml += '\n';
    QStringList out;
    for (const Finding &f : validateService(parse(yaml.constData()), env)) {
        if (f.path == u"spec.healthCheckNodePort")
            out << severityName(f.severity) + u' ' + f.code;
    }
    return out;
}

} // namespace

// The allocator reserves healthCheckNodePort in the node-port range, as it does nodePort.
TEST(ClusterRules, HealthCheckNodePortInTheNodePortRange)
{
    const std::pair<int, int> range{30000, 32767};
    EXPECT_EQ(healthCheckFindings(31000, range), QStringList());
    EXPECT_EQ(healthCheckFindings(32768, range),
              QStringList{QStringLiteral("error health-check-node-port-out-of-range")});
    EXPECT_EQ(healthCheckFindings(8080, std::pair<int, int>{8000, 9000}), QStringList());
    // Without the cluster's range, a warning against the default one.
    EXPECT_EQ(healthCheckFindings(31000, std::nullopt), QStringList());
    EXPECT_EQ(healthCheckFindings(8080, std::nullopt),
              QStringList{QStringLiteral("warning health-check-node-port-out-of-range")});

    Environment env;
    env.cluster.nodePortMin = 30000;
    env.cluster.nodePortMax = 32767;
    const std::vector<Finding> f = validateService(
        parse("  type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: 40000\n"
              "  selector: {app: a}\n  ports:\n  - port: 80\n"),
        env);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_EQ(f[0].message,
              u"Internal error occurred: failed to allocate requested HealthCheck "
              u"NodePort 40000: provided port is not in the valid range. The range "
              u"of valid ports is 30000-32767");
}
