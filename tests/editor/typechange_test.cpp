// SPDX-License-Identifier: GPL-3.0-or-later
// Changing a Service's type in one step: what goes, and that nothing the new type forbids stays.

#include <gtest/gtest.h>

#include "model/document/typechange.h"
#include "model/io/manifest.h"
#include "model/validation/validator.h"
#include "support/qtprinters.h"

using namespace sd;

namespace {

Service parse(const QByteArray &yaml)
{
    const Manifest m = Manifest::fromBytes("apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
                                           + yaml);
    const std::vector<ServiceRef> refs = m.services();
    return refs.empty() ? Service() : m.service(refs.front());
}

// The codes of the findings that say a field is not allowed with the Service's type.
QStringList typeConflicts(const Service &s)
{
    static const QStringList conflicts = {
        QStringLiteral("node-port-cluster-ip"),
        QStringLiteral("external-traffic-policy-not-external"),
        QStringLiteral("health-check-node-port-not-allowed"),
        QStringLiteral("headless-load-balancer"),
        QStringLiteral("headless-node-port"),
    };
    QStringList out;
    for (const Finding &f : validateService(s, Environment())) {
        if (f.type == ErrorType::Forbidden || conflicts.contains(f.code))
            out << f.code + u' ' + f.path.toString();
    }
    return out;
}

const char *const kSamples[] = {
    "spec:\n  type: NodePort\n  selector: {app: web}\n  externalTrafficPolicy: Local\n"
    "  ports:\n  - {name: http, port: 80, nodePort: 30080}\n  - {name: https, port: 443, nodePort: "
    "30443}\n",
    "spec:\n  type: LoadBalancer\n  selector: {app: web}\n  loadBalancerClass: example.com/lb\n"
    "  loadBalancerSourceRanges: [10.0.0.0/8]\n  allocateLoadBalancerNodePorts: false\n"
    "  loadBalancerIP: 192.0.2.10\n  externalTrafficPolicy: Local\n  healthCheckNodePort: 30999\n"
    "  ports:\n  - {port: 80, nodePort: 30080}\n",
    "spec:\n  clusterIP: None\n  selector: {app: db}\n  ports:\n  - {port: 5432}\n",
    "spec:\n  clusterIP: 10.96.0.10\n  ipFamilies: [IPv4]\n  ipFamilyPolicy: SingleStack\n"
    "  externalIPs: [192.0.2.1]\n  externalTrafficPolicy: Local\n  ports:\n  - {port: 53, "
    "protocol: UDP}\n",
    "spec:\n  type: ExternalName\n  externalName: db.example.com\n",
};

} // namespace

// Every sample to every type: the result has no field its type forbids.
TEST(TypeChange, LeavesNothingTheNewTypeForbids)
{
    for (const char *yaml : kSamples) {
        for (ServiceType type : {ServiceType::ClusterIP,
                                 ServiceType::NodePort,
                                 ServiceType::LoadBalancer,
                                 ServiceType::ExternalName}) {
            const TypeChange change = changeServiceType(parse(yaml), type);
            EXPECT_EQ(change.service.effectiveType(), type);
            EXPECT_EQ(typeConflicts(change.service), QStringList())
                << yaml << toString(type).toStdString();
        }
    }
}

TEST(TypeChange, SaysWhatWent)
{
    TypeChange c = changeServiceType(parse(kSamples[0]), ServiceType::ClusterIP);
    EXPECT_EQ(c.removed,
              (QStringList{QStringLiteral("spec.ports[0].nodePort"),
                           QStringLiteral("spec.ports[1].nodePort"),
                           QStringLiteral("spec.externalTrafficPolicy")}));
    c = changeServiceType(parse(kSamples[1]), ServiceType::NodePort);
    // In the order of the form.
    EXPECT_EQ(c.removed,
              (QStringList{QStringLiteral("spec.loadBalancerClass"),
                           QStringLiteral("spec.loadBalancerSourceRanges"),
                           QStringLiteral("spec.allocateLoadBalancerNodePorts"),
                           QStringLiteral("spec.healthCheckNodePort"),
                           QStringLiteral("spec.loadBalancerIP")}));
    // NodePort keeps its node ports and the traffic policy.
    EXPECT_EQ(c.service.ports().front().value().nodePort.valueOr(0), 30080);
    EXPECT_TRUE(c.service.spec.value().externalTrafficPolicy.hasValue());
    c = changeServiceType(parse(kSamples[2]), ServiceType::LoadBalancer);
    EXPECT_EQ(c.removed, QStringList{QStringLiteral("spec.clusterIP")});
    // A ClusterIP Service with externalIPs may keep externalTrafficPolicy.
    c = changeServiceType(parse(kSamples[3]), ServiceType::ClusterIP);
    EXPECT_EQ(c.removed, QStringList());
    c = changeServiceType(parse(kSamples[4]), ServiceType::ClusterIP);
    EXPECT_EQ(c.removed, QStringList{QStringLiteral("spec.externalName")});
}

TEST(TypeChange, ToTheSameTypeChangesNothingButTheField)
{
    const Service s = parse(kSamples[0]);
    const TypeChange c = changeServiceType(s, ServiceType::NodePort);
    EXPECT_TRUE(c.removed.isEmpty());
    EXPECT_EQ(c.service, s);
}
