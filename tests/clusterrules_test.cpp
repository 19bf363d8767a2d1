// SPDX-License-Identifier: GPL-3.0-or-later
// The registry's checks that depend on the cluster (alloc.go): IP families served, dual-stack,
// cluster IPs inside the Service CIDRs. Without cluster settings they are warnings that say what
// the cluster must have; with them, the API server's errors.

#include "support/qtprinters.h"

#include "model/document/manifest.h"
#include "model/validation/validator.h"

#include <gtest/gtest.h>

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
    EXPECT_EQ(findings(spec("  ipFamilyPolicy: RequireDualStack\n").constData(), dual), QStringList());
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
    EXPECT_EQ(findings(spec("  clusterIP: 10.111.255.255\n").constData(), v4), QStringList());
    EXPECT_EQ(findings(spec("  clusterIP: 10.112.0.0\n").constData(), v4),
              QStringList{QStringLiteral("error cluster-ip-out-of-range spec.clusterIPs")});
    EXPECT_EQ(findings(spec("  clusterIP: None\n").constData(), v4), QStringList());

    Environment env;
    env.cluster.serviceCidrs = v4;
    const std::vector<Finding> f = validateService(parse(spec("  clusterIP: 10.0.0.100\n").constData()),
                                                   env);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].type, ErrorType::Invalid);
    EXPECT_EQ(f[0].message, u"Invalid value: []string{\"10.0.0.100\"}: failed to allocate IP "
                            u"10.0.0.100: provided IP is not in the valid range. The range of valid "
                            u"IPs is 10.96.0.0/12");
}
