// SPDX-License-Identifier: GPL-3.0-or-later
// validateService, one table row (at least) per API server rule: the invalid case and a valid
// neighbour, compared by (severity, code, error type, path), never by translated text.

#include <algorithm>

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "model/io/manifest.h"
#include "model/validation/syntax.h"
#include "model/validation/validator.h"
#include "support/qtprinters.h"
#include "support/testnames.h"

using namespace Qt::StringLiterals;
using namespace sd;

namespace {

Service parse(const QByteArray &yaml)
{
    const Manifest m = Manifest::fromBytes(yaml);
    const std::vector<ServiceRef> refs = m.services();
    return refs.empty() ? Service() : m.service(refs.front());
}

// "error unknown-field UnknownField spec.ipFamily"
QStringList summary(const std::vector<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        out << severityName(f.severity) + u' ' + f.code + u' ' + errorTypeName(f.type) + u' '
                   + f.path.toString();
    }
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

struct Row
{
    const char *name;
    const char *yaml; ///< after `apiVersion: v1` / `kind: Service`
    std::vector<const char *> expected;
};

void PrintTo(const Row &row, std::ostream *os)
{
    *os << row.name;
}

class ValidatorRules : public ::testing::TestWithParam<Row>
{};

// The rules of ValidateService, on a described dual-stack cluster so that the cluster-dependent
// warnings (clusterrules_test) do not mix in.
Environment dualStackCluster()
{
    Environment env;
    env.cluster.serviceCidrs = {QStringLiteral("10.96.0.0/12"), QStringLiteral("fd00::/108")};
    return env;
}

TEST_P(ValidatorRules, FindsWhatTheApiServerSays)
{
    const Row &row = GetParam();
    const Service s = parse(QByteArray("apiVersion: v1\nkind: Service\n") + row.yaml);
    QStringList expected;
    for (const char *e : row.expected)
        expected << QString::fromUtf8(e);
    EXPECT_EQ(summary(validateService(s, dualStackCluster())), sorted(expected)) << row.yaml;
}

std::vector<const char *> none()
{
    return {};
}

// clang-format off
const Row kRows[] = {
    // Decode level
    {"Valid", "metadata: {name: web}\nspec: {selector: {app: web}, ports: [{port: 80}]}\n", none()},
    {"WrongTypeInt", "metadata: {name: web}\nspec: {ports: [{port: \"80\"}]}\n",
     {"error wrong-type TypeMismatch spec.ports[0].port"}},
    {"WrongTypeBool", "metadata: {name: web}\nspec: {type: LoadBalancer, allocateLoadBalancerNodePorts: \"false\", ports: [{port: 80}]}\n",
     {"error wrong-type TypeMismatch spec.allocateLoadBalancerNodePorts"}},
    {"WrongTypeLabelValue", "metadata: {name: web, labels: {tier: 1}}\nspec: {ports: [{port: 80}]}\n",
     {"error wrong-type TypeMismatch metadata.labels[tier]"}},
    {"WrongTypeSpec", "metadata: {name: web}\nspec: [80]\n",
     {"error wrong-type TypeMismatch spec"}},
    {"NullIsNotSet", "metadata: {name: web, labels: ~}\nspec: {clusterIP: null, selector: ~, ports: [{port: 80, protocol: null}]}\n", none()},
    {"P6ProtocolUnsupported", "metadata: {name: web}\nspec: {ports: [{port: 80, protocol: VHF}]}\n",
     {"error protocol-unsupported NotSupported spec.ports[0].protocol"}},
    {"P6ProtocolLowerCase", "metadata: {name: web}\nspec: {ports: [{port: 80, protocol: tcp}]}\n",
     {"error protocol-unsupported NotSupported spec.ports[0].protocol"}},
    {"P6EmptyProtocolDefaulted", "metadata: {name: web}\nspec: {ports: [{port: 80, protocol: \"\"}]}\n", none()},
    {"T2TypeUnsupported", "metadata: {name: web}\nspec: {type: Internal, ports: [{port: 80}]}\n",
     {"error type-unsupported NotSupported spec.type"}},
    {"T2EmptyTypeDefaulted", "metadata: {name: web}\nspec: {type: \"\", ports: [{port: 80}]}\n", none()},
    {"SA2AffinityUnsupported", "metadata: {name: web}\nspec: {sessionAffinity: clientIP, ports: [{port: 80}]}\n",
     {"error session-affinity-unsupported NotSupported spec.sessionAffinity"}},
    {"ETP3Unsupported", "metadata: {name: web}\nspec: {type: NodePort, externalTrafficPolicy: Global, ports: [{port: 80}]}\n",
     {"error external-traffic-policy-unsupported NotSupported spec.externalTrafficPolicy"}},
    {"ETP3Valid", "metadata: {name: web}\nspec: {type: NodePort, externalTrafficPolicy: Local, ports: [{port: 80}]}\n", none()},
    {"ITP2Unsupported", "metadata: {name: web}\nspec: {internalTrafficPolicy: \"\", ports: [{port: 80}]}\n",
     {"error internal-traffic-policy-unsupported NotSupported spec.internalTrafficPolicy"}},
    {"ITP2ValidOnExternalName", "metadata: {name: web}\nspec: {type: ExternalName, externalName: db.example.com, internalTrafficPolicy: Local}\n", none()},
    {"IP4FamilyUnsupported", "metadata: {name: web}\nspec: {ipFamilies: [IPv5], ports: [{port: 80}]}\n",
     {"error ip-families-unsupported NotSupported spec.ipFamilies[0]"}},
    {"IP6PolicyUnsupported", "metadata: {name: web}\nspec: {ipFamilyPolicy: DualStack, ports: [{port: 80}]}\n",
     {"error ip-family-policy-unsupported NotSupported spec.ipFamilyPolicy"}},
    {"UnknownSpecField", "metadata: {name: web}\nspec: {ipFamily: IPv6, ports: [{port: 80}]}\n",
     {"error unknown-field UnknownField spec.ipFamily"}},
    {"UnknownTopLevelField", "metadata: {name: web}\nspec: {ports: [{port: 80}]}\nextra: 1\n",
     {"error unknown-field UnknownField extra"}},
    {"UnknownPortField", "metadata: {name: web}\nspec: {ports: [{port: 80, hostPort: 80}]}\n",
     {"error unknown-field UnknownField spec.ports[0].hostPort"}},
    {"UnknownAffinityField", "metadata: {name: web}\nspec: {sessionAffinity: ClientIP, sessionAffinityConfig: {clientIP: {timeout: 5}}, ports: [{port: 80}]}\n",
     {"error unknown-field UnknownField spec.sessionAffinityConfig.clientIP.timeout"}},
    {"ServerMetadataIgnored", "metadata: {name: web, uid: 1-2-3, creationTimestamp: null, generation: 3, selfLink: /x}\nspec: {ports: [{port: 80}]}\n", none()},
    {"ResourceVersionSet", "metadata: {name: web, resourceVersion: \"12\"}\nspec: {ports: [{port: 80}]}\n",
     {"error resource-version-set None metadata.resourceVersion"}},
    {"RemovedMetadataField", "metadata: {name: web, clusterName: c1}\nspec: {ports: [{port: 80}]}\n",
     {"error unknown-field UnknownField metadata.clusterName"}},
    // Metadata
    {"M1GenerateNameInvalid", "metadata: {generateName: Web-}\nspec: {ports: [{port: 80}]}\n",
     {"error generate-name-invalid Invalid metadata.generateName"}},
    {"M1GenerateNameValid", "metadata: {generateName: web-}\nspec: {ports: [{port: 80}]}\n", none()},
    {"M2NameRequired", "metadata: {labels: {app: web}}\nspec: {ports: [{port: 80}]}\n",
     {"error name-required Required metadata.name"}},
    {"M2NoMetadata", "spec: {ports: [{port: 80}]}\n", {"error name-required Required metadata.name"}},
    {"M3NameStartsWithDigit", "metadata: {name: 1web}\nspec: {ports: [{port: 80}]}\n",
     {"error name-invalid Invalid metadata.name"}},
    {"M3NameUpperCase", "metadata: {name: Web}\nspec: {ports: [{port: 80}]}\n",
     {"error name-invalid Invalid metadata.name"}},
    {"M3NameTooLong", "metadata: {name: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}\nspec: {ports: [{port: 80}]}\n",
     {"error name-invalid Invalid metadata.name"}},
    {"M4NamespaceInvalid", "metadata: {name: web, namespace: My_NS}\nspec: {ports: [{port: 80}]}\n",
     {"error namespace-invalid Invalid metadata.namespace"}},
    {"M4NamespaceLeadingDigit", "metadata: {name: web, namespace: 1ns}\nspec: {ports: [{port: 80}]}\n", none()},
    {"M6LabelKeyInvalid", "metadata: {name: web, labels: {-bad: x, Example.com/Owner: v}}\nspec: {ports: [{port: 80}]}\n",
     {"error label-key-invalid Invalid metadata.labels", "error label-key-invalid Invalid metadata.labels"}},
    {"M6LabelKeyValid", "metadata: {name: web, labels: {example.com/My_Key.x: v}}\nspec: {ports: [{port: 80}]}\n", none()},
    {"M7LabelValueInvalid", "metadata: {name: web, labels: {app: a b}}\nspec: {ports: [{port: 80}]}\n",
     {"error label-value-invalid Invalid metadata.labels"}},
    {"M7EmptyLabelValue", "metadata: {name: web, labels: {app: \"\"}}\nspec: {ports: [{port: 80}]}\n", none()},
    {"M8AnnotationCaseIgnored", "metadata: {name: web, annotations: {Example.com/Owner: me}}\nspec: {ports: [{port: 80}]}\n", none()},
    {"M8AnnotationKeyInvalid", "metadata: {name: web, annotations: {a/b/c: x}}\nspec: {ports: [{port: 80}]}\n",
     {"error annotation-key-invalid Invalid metadata.annotations"}},
    {"M15TopologyMismatch", "metadata: {name: web, annotations: {service.kubernetes.io/topology-aware-hints: auto, service.kubernetes.io/topology-mode: Auto}}\nspec: {ports: [{port: 80}]}\n",
     {"error topology-mode-mismatch Invalid metadata.annotations[service.kubernetes.io/topology-mode]",
      "warning topology-aware-hints-deprecated None metadata.annotations[service.kubernetes.io/topology-aware-hints]"}},
    {"M15TopologyMatch", "metadata: {name: web, annotations: {service.kubernetes.io/topology-aware-hints: Auto, service.kubernetes.io/topology-mode: Auto}}\nspec: {ports: [{port: 80}]}\n",
     {"warning topology-aware-hints-deprecated None metadata.annotations[service.kubernetes.io/topology-aware-hints]"}},
    {"M10M11FinalizerNames", "metadata: {name: web, finalizers: [kubernetes, example.com/cleanup, cleanup, \"a/b/c\"]}\nspec: {ports: [{port: 80}]}\n",
     {"error finalizer-not-qualified Invalid metadata.finalizers[2]",
      "error finalizer-invalid Invalid metadata.finalizers", "error finalizer-invalid Invalid metadata.finalizers[3]"}},
    {"M12OrphanAndForeground", "metadata: {name: web, finalizers: [orphan, foregroundDeletion]}\nspec: {ports: [{port: 80}]}\n",
     {"error finalizers-conflict Invalid metadata.finalizers"}},
    {"M13OwnerReferenceFieldsEmpty", "metadata: {name: web, ownerReferences: [{apiVersion: \"\", kind: \"\", name: \"\"}]}\nspec: {ports: [{port: 80}]}\n",
     {"error owner-reference-api-version-required Invalid metadata.ownerReferences.apiVersion",
      "error owner-reference-kind-required Invalid metadata.ownerReferences.kind",
      "error owner-reference-name-required Invalid metadata.ownerReferences.name",
      "error owner-reference-uid-required Invalid metadata.ownerReferences.uid"}},
    {"M13OwnerReferenceTooManySlashes", "metadata: {name: web, ownerReferences: [{apiVersion: a/b/c, kind: Deployment, name: d, uid: \"1\"}]}\nspec: {ports: [{port: 80}]}\n",
     {"error owner-reference-api-version-required Invalid metadata.ownerReferences.apiVersion"}},
    {"M13OwnerReferenceEventBanned", "metadata: {name: web, ownerReferences: [{apiVersion: v1, kind: Event, name: e, uid: \"1\"}]}\nspec: {ports: [{port: 80}]}\n",
     {"error owner-reference-banned Invalid metadata.ownerReferences"}},
    {"M13OwnerReferenceEventsGroupAllowed", "metadata: {name: web, ownerReferences: [{apiVersion: events.k8s.io/v1, kind: Event, name: e, uid: \"1\"}]}\nspec: {ports: [{port: 80}]}\n", none()},
    {"M13OwnerReferenceTwoControllers", "metadata: {name: web, ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: a, uid: \"1\", controller: true}, {apiVersion: apps/v1, kind: StatefulSet, name: b, uid: \"2\", controller: true}]}\nspec: {ports: [{port: 80}]}\n",
     {"error owner-reference-controllers Invalid metadata.ownerReferences"}},
    {"M13OwnerReferenceOneController", "metadata: {name: web, ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: a, uid: \"1\", controller: true}, {apiVersion: apps/v1, kind: StatefulSet, name: b, uid: \"2\", controller: false}]}\nspec: {ports: [{port: 80}]}\n", none()},
    {"M14GenerationNegative", "metadata: {name: web, generation: -1}\nspec: {ports: [{port: 80}]}\n",
     {"error generation-negative Invalid metadata.generation"}},
    // Ports presence and type-specific rules
    {"S1PortsRequired", "metadata: {name: web}\nspec: {selector: {app: web}}\n",
     {"error ports-required Required spec.ports"}},
    {"S1EmptyPortsList", "metadata: {name: web}\nspec: {ports: []}\n",
     {"error ports-required Required spec.ports"}},
    {"S1HeadlessWithoutPorts", "metadata: {name: web}\nspec: {clusterIP: None}\n", none()},
    {"S2HeadlessLoadBalancer", "metadata: {name: web}\nspec: {type: LoadBalancer, clusterIP: None, ports: [{port: 80}]}\n",
     {"error headless-load-balancer Invalid spec.clusterIPs[0]"}},
    {"S3HeadlessNodePort", "metadata: {name: web}\nspec: {type: NodePort, clusterIP: None, ports: [{port: 80}]}\n",
     {"error headless-node-port Invalid spec.clusterIPs[0]"}},
    {"S4ClusterIPOnExternalName", "metadata: {name: web}\nspec: {type: ExternalName, externalName: db.example.com, clusterIP: None}\n",
     {"error cluster-ip-external-name Forbidden spec.clusterIPs"}},
    {"S5S6FamiliesOnExternalName", "metadata: {name: web}\nspec: {type: ExternalName, externalName: db.example.com, ipFamilies: [IPv9], ipFamilyPolicy: SingleStack}\n",
     {"error ip-families-external-name Forbidden spec.ipFamilies",
      "error ip-family-policy-external-name Forbidden spec.ipFamilyPolicy"}},
    {"S7ExternalNameRequired", "metadata: {name: web}\nspec: {type: ExternalName, externalName: .}\n",
     {"error external-name-required Required spec.externalName"}},
    {"S8ExternalNameInvalid", "metadata: {name: web}\nspec: {type: ExternalName, externalName: DB.example.com}\n",
     {"error external-name-invalid Invalid spec.externalName"}},
    {"S8ExternalNameValid", "metadata: {name: web}\nspec: {type: ExternalName, externalName: 10.1.2.3.}\n", none()},
    {"ExternalNameIgnoredWarning", "metadata: {name: web}\nspec: {externalName: db.example.com, ports: [{port: 80}]}\n",
     {"warning external-name-ignored None spec.externalName"}},
    {"ExternalIPsIgnoredWarning", "metadata: {name: web}\nspec: {type: ExternalName, externalName: db.example.com, externalIPs: [1.2.3.4]}\n",
     {"warning external-ips-ignored None spec.externalIPs"}},
    // Per-port rules
    {"P1PortNameRequired", "metadata: {name: web}\nspec: {ports: [{name: http, port: 80}, {port: 443}]}\n",
     {"error port-name-required Required spec.ports[1].name"}},
    {"P1SinglePortNeedsNoName", "metadata: {name: web}\nspec: {ports: [{port: 443}]}\n", none()},
    {"P2PortNameInvalid", "metadata: {name: web}\nspec: {ports: [{name: Web, port: 80}]}\n",
     {"error port-name-invalid Invalid spec.ports[0].name"}},
    {"P2PortNameDots", "metadata: {name: web}\nspec: {ports: [{name: a.b, port: 80}]}\n",
     {"error port-name-invalid Invalid spec.ports[0].name"}},
    {"P2PortNameDigits", "metadata: {name: web}\nspec: {ports: [{name: \"8080\", port: 80}, {name: 80-tcp, port: 81}]}\n", none()},
    {"P3PortNameDuplicate", "metadata: {name: web}\nspec: {ports: [{name: http, port: 80}, {name: http, port: 81}]}\n",
     {"error port-name-duplicate Duplicate spec.ports[1].name"}},
    {"P4PortMissing", "metadata: {name: web}\nspec: {ports: [{targetPort: 80}]}\n",
     {"error port-invalid Invalid spec.ports[0].port"}},
    {"P4PortTooLarge", "metadata: {name: web}\nspec: {ports: [{port: 65536}]}\n",
     {"error port-invalid Invalid spec.ports[0].port"}},
    {"P7TargetPortNegative", "metadata: {name: web}\nspec: {ports: [{port: 80, targetPort: -1}]}\n",
     {"error target-port-invalid Invalid spec.ports[0].targetPort"}},
    {"P7TargetPortZeroDefaulted", "metadata: {name: web}\nspec: {ports: [{port: 80, targetPort: 0}]}\n", none()},
    {"P8TargetPortQuotedNumber", "metadata: {name: web}\nspec: {ports: [{port: 80, targetPort: \"8080\"}]}\n",
     {"error target-port-name-invalid Invalid spec.ports[0].targetPort"}},
    {"P8TargetPortTooLongWithHyphens", "metadata: {name: web}\nspec: {ports: [{port: 80, targetPort: -very--long-name-x}]}\n",
     {"error target-port-name-invalid Invalid spec.ports[0].targetPort",
      "error target-port-name-invalid Invalid spec.ports[0].targetPort",
      "error target-port-name-invalid Invalid spec.ports[0].targetPort"}},
    {"P8TargetPortNamed", "metadata: {name: web}\nspec: {ports: [{port: 80, targetPort: http-server}, {name: b, port: 81, targetPort: \"\"}]}\n",
     {"error port-name-required Required spec.ports[0].name"}},
    {"P9AppProtocolInvalid", "metadata: {name: web}\nspec: {ports: [{port: 80, appProtocol: my proto}]}\n",
     {"error app-protocol-invalid Invalid spec.ports[0].appProtocol"}},
    {"P9AppProtocolEmpty", "metadata: {name: web}\nspec: {ports: [{port: 80, appProtocol: \"\"}]}\n",
     {"error app-protocol-invalid Invalid spec.ports[0].appProtocol",
      "error app-protocol-invalid Invalid spec.ports[0].appProtocol"}},
    {"P9AppProtocolValid", "metadata: {name: web}\nspec: {ports: [{port: 80, appProtocol: kubernetes.io/h2c}, {name: b, port: 81, appProtocol: my_proto}]}\n",
     {"error port-name-required Required spec.ports[0].name"}},
    {"NP1NodePortOnClusterIP", "metadata: {name: web}\nspec: {clusterIP: None, ports: [{port: 80, nodePort: 30080}]}\n",
     {"error node-port-cluster-ip Forbidden spec.ports[0].nodePort"}},
    {"NP2NodePortDuplicate", "metadata: {name: web}\nspec: {type: ExternalName, externalName: x.example, ports: [{name: a, port: 80, nodePort: 30080}, {name: b, port: 81, nodePort: 30080}]}\n",
     {"error node-port-duplicate Duplicate spec.ports[1].nodePort"}},
    {"NodePortAlreadyAllocated", "metadata: {name: web}\nspec: {type: NodePort, ports: [{name: a, port: 80, nodePort: 30080}, {name: b, port: 81, protocol: UDP, nodePort: 30080}]}\n",
     {"error node-port-allocated Invalid spec.ports[1].nodePort"}},
    {"NodePortSharedBySamePort", "metadata: {name: web}\nspec: {type: NodePort, ports: [{name: a, port: 53, nodePort: 30053}, {name: b, port: 53, protocol: UDP, nodePort: 30053}]}\n", none()},
    {"DUP1PortDuplicateAfterDefaulting", "metadata: {name: web}\nspec: {ports: [{name: a, port: 80}, {name: b, port: 80, protocol: TCP}]}\n",
     {"error port-duplicate Duplicate spec.ports[1]"}},
    {"DUP1OtherProtocol", "metadata: {name: web}\nspec: {ports: [{name: a, port: 53}, {name: b, port: 53, protocol: UDP}]}\n", none()},
    // Selector and affinity
    {"SEL1SelectorKeyInvalid", "metadata: {name: web}\nspec: {selector: {app/x/y: web}, ports: [{port: 80}]}\n",
     {"error selector-key-invalid Invalid spec.selector"}},
    {"SEL2SelectorValueInvalid", "metadata: {name: web}\nspec: {selector: {app: web!}, ports: [{port: 80}]}\n",
     {"error selector-value-invalid Invalid spec.selector"}},
    {"SA4TimeoutZero", "metadata: {name: web}\nspec: {sessionAffinity: ClientIP, sessionAffinityConfig: {clientIP: {timeoutSeconds: 0}}, ports: [{port: 80}]}\n",
     {"error session-affinity-timeout-invalid Invalid spec.sessionAffinityConfig.clientIP.timeoutSeconds"}},
    {"SA4TimeoutMaximum", "metadata: {name: web}\nspec: {sessionAffinity: ClientIP, sessionAffinityConfig: {clientIP: {timeoutSeconds: 86400}}, ports: [{port: 80}]}\n", none()},
    {"SA5NoneWithConfigDropped", "metadata: {name: web}\nspec: {sessionAffinity: None, sessionAffinityConfig: {clientIP: {timeoutSeconds: 0}}, ports: [{port: 80}]}\n", none()},
    // Load balancer fields, traffic policies
    {"LB1LB2SourceRangesOnClusterIP", "metadata: {name: web}\nspec: {loadBalancerSourceRanges: [10.0.0.0/8, 10.0.0.1, \" 10.1.0.0/16 \"], ports: [{port: 80}]}\n",
     {"error source-ranges-not-load-balancer Forbidden spec.LoadBalancerSourceRanges",
      "error source-range-invalid Invalid spec.LoadBalancerSourceRanges[1]"}},
    {"LB2SourceRangesValid", "metadata: {name: web}\nspec: {type: LoadBalancer, loadBalancerSourceRanges: [10.0.0.0/8, \"2001:db8::/64\"], ports: [{port: 80}]}\n", none()},
    {"LB2HostBitsAmbiguousIn133", "metadata: {name: web}\nspec: {type: LoadBalancer, loadBalancerSourceRanges: [10.0.0.1/8], ports: [{port: 80}]}\n",
     {"warning cidr-ambiguous None spec.loadBalancerSourceRanges[0]"}},
    {"LB3EmptyAnnotationOnClusterIP", "metadata: {name: web, annotations: {service.beta.kubernetes.io/load-balancer-source-ranges: \"\"}}\nspec: {ports: [{port: 80}]}\n",
     {"error source-ranges-not-load-balancer Forbidden metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]"}},
    {"LB4AnnotationEntryInvalid", "metadata: {name: web, annotations: {service.beta.kubernetes.io/load-balancer-source-ranges: \"10.0.0.0/8, 1.2.3.4/33\"}}\nspec: {type: LoadBalancer, ports: [{port: 80}]}\n",
     {"error source-range-invalid Invalid metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]"}},
    {"LB4AnnotationIgnoredWithField", "metadata: {name: web, annotations: {service.beta.kubernetes.io/load-balancer-source-ranges: garbage}}\nspec: {type: LoadBalancer, loadBalancerSourceRanges: [10.0.0.0/8], ports: [{port: 80}]}\n", none()},
    {"LB5AllocateNodePortsOnNodePort", "metadata: {name: web}\nspec: {type: NodePort, allocateLoadBalancerNodePorts: false, ports: [{port: 80}]}\n",
     {"error allocate-node-ports-not-load-balancer Forbidden spec.allocateLoadBalancerNodePorts"}},
    {"LB7ClassOnClusterIP", "metadata: {name: web}\nspec: {loadBalancerClass: example.com/lb, ports: [{port: 80}]}\n",
     {"error load-balancer-class-not-load-balancer Forbidden spec.loadBalancerClass"}},
    {"LB8ClassInvalid", "metadata: {name: web}\nspec: {type: LoadBalancer, loadBalancerClass: \"\", ports: [{port: 80}]}\n",
     {"error load-balancer-class-invalid Invalid spec.loadBalancerClass",
      "error load-balancer-class-invalid Invalid spec.loadBalancerClass"}},
    {"LB8ClassValid", "metadata: {name: web}\nspec: {type: LoadBalancer, loadBalancerClass: internal-vip, loadBalancerIP: not-an-ip, ports: [{port: 80}]}\n", none()},
    {"ETP1NotExternallyAccessible", "metadata: {name: web}\nspec: {externalTrafficPolicy: Local, ports: [{port: 80}]}\n",
     {"error external-traffic-policy-not-external Invalid spec.externalTrafficPolicy"}},
    {"ETP1GarbageNotExternallyAccessible", "metadata: {name: web}\nspec: {type: ExternalName, externalName: a.example, externalTrafficPolicy: Global}\n",
     {"error external-traffic-policy-not-external Invalid spec.externalTrafficPolicy"}},
    {"ETP1ClusterIPWithExternalIPs", "metadata: {name: web}\nspec: {externalIPs: [203.0.113.7], externalTrafficPolicy: Local, ports: [{port: 80}]}\n", none()},
    {"HC1NodePortLocal", "metadata: {name: web}\nspec: {type: NodePort, externalTrafficPolicy: Local, healthCheckNodePort: 30100, ports: [{port: 80}]}\n",
     {"error health-check-node-port-not-allowed Invalid spec.healthCheckNodePort"}},
    {"HC1LoadBalancerLocal", "metadata: {name: web}\nspec: {type: LoadBalancer, externalTrafficPolicy: Local, healthCheckNodePort: 30100, ports: [{port: 80}]}\n", none()},
    {"TD1PreferSameZone", "metadata: {name: web}\nspec: {trafficDistribution: PreferSameZone, ports: [{port: 80}]}\n",
     {"error traffic-distribution-unsupported NotSupported spec.trafficDistribution"}},
    {"TD1PreferClose", "metadata: {name: web}\nspec: {trafficDistribution: PreferClose, ports: [{port: 80}]}\n", none()},
    // Cluster IPs and families
    {"IP2FirstMustMatch", "metadata: {name: web}\nspec: {clusterIP: 10.96.0.10, clusterIPs: [10.96.0.11], ports: [{port: 80}]}\n",
     {"error cluster-ips-mismatch Invalid spec.clusterIPs"}},
    {"IP3ClusterIPsWithoutClusterIP", "metadata: {name: web}\nspec: {clusterIPs: [None], ports: [{port: 80}]}\n",
     {"error cluster-ips-without-cluster-ip Invalid spec.clusterIPs"}},
    {"IP5FamilyDuplicate", "metadata: {name: web}\nspec: {ipFamilyPolicy: PreferDualStack, ipFamilies: [IPv4, IPv4], ports: [{port: 80}]}\n",
     {"error ip-family-duplicate Duplicate spec.ipFamilies[1]"}},
    {"IP7NoneNotAlone", "metadata: {name: web}\nspec: {clusterIP: None, clusterIPs: [None, 10.96.0.10], ipFamilyPolicy: PreferDualStack, ports: [{port: 80}]}\n",
     {"error cluster-ips-none-not-alone Invalid spec.clusterIPs"}},
    {"IP8ClusterIPInvalid", "metadata: {name: web}\nspec: {clusterIP: 10.96.0.300, ports: [{port: 80}]}\n",
     {"error cluster-ip-invalid Invalid spec.clusterIPs[0]"}},
    {"IP8LeadingZerosAcceptedWithWarning", "metadata: {name: web}\nspec: {clusterIP: 010.096.000.010, ports: [{port: 80}]}\n",
     {"warning ip-non-standard None spec.clusterIPs[0]"}},
    {"IP9TooMany", "metadata: {name: web}\nspec: {clusterIP: 10.96.0.1, clusterIPs: [10.96.0.1, \"fd00::1\", 10.96.0.2], ipFamilyPolicy: RequireDualStack, ports: [{port: 80}]}\n",
     {"error cluster-ips-too-many Invalid spec.clusterIPs"}},
    {"IP10SameFamily", "metadata: {name: web}\nspec: {clusterIP: 10.96.0.1, clusterIPs: [10.96.0.1, 10.96.0.2], ipFamilyPolicy: RequireDualStack, ports: [{port: 80}]}\n",
     {"error cluster-ips-same-family Invalid spec.clusterIPs"}},
    {"IP11FamilyMismatch", "metadata: {name: web}\nspec: {clusterIP: 10.96.0.1, ipFamilies: [IPv6], ports: [{port: 80}]}\n",
     {"error cluster-ip-family-mismatch Invalid spec.clusterIPs[0]"}},
    {"DualStackValid", "metadata: {name: web}\nspec: {clusterIP: 10.96.0.10, clusterIPs: [10.96.0.10, \"fd00::1\"], ipFamilies: [IPv4, IPv6], ipFamilyPolicy: PreferDualStack, ports: [{port: 80}]}\n", none()},
    {"A2TwoClusterIPsNeedDualStackPolicy", "metadata: {name: web}\nspec: {clusterIP: 10.96.0.1, clusterIPs: [10.96.0.1, \"fd00::1\"], ports: [{port: 80}]}\n",
     {"error ip-family-policy-single-stack Invalid spec.ipFamilyPolicy"}},
    {"A3TwoFamiliesNeedDualStackPolicy", "metadata: {name: web}\nspec: {ipFamilies: [IPv4, IPv6], ports: [{port: 80}]}\n",
     {"error ip-family-policy-single-stack Invalid spec.ipFamilyPolicy"}},
    {"A3HeadlessSelectorlessDefaultsToDualStack", "metadata: {name: web}\nspec: {clusterIP: None, ipFamilies: [IPv4, IPv6]}\n", none()},
    {"A3HeadlessWithSelector", "metadata: {name: web}\nspec: {clusterIP: None, selector: {app: web}, ipFamilies: [IPv4, IPv6]}\n",
     {"error ip-family-policy-single-stack Invalid spec.ipFamilyPolicy"}},
    // External IPs
    {"EIP1NotAnIP", "metadata: {name: web}\nspec: {externalIPs: [example.com], ports: [{port: 80}]}\n",
     {"error external-ip-invalid Invalid spec.externalIPs[0]"}},
    {"EIP2To5SpecialRanges", "metadata: {name: web}\nspec: {externalIPs: [0.0.0.0, 127.0.0.2, 169.254.1.1, 224.0.0.5, \"fe80::1\", \"::1\", \"ff02::1\"], ports: [{port: 80}]}\n",
     {"error external-ip-invalid Invalid spec.externalIPs[0]", "error external-ip-invalid Invalid spec.externalIPs[1]",
      "error external-ip-invalid Invalid spec.externalIPs[2]", "error external-ip-invalid Invalid spec.externalIPs[3]",
      "error external-ip-invalid Invalid spec.externalIPs[4]", "error external-ip-invalid Invalid spec.externalIPs[5]",
      "error external-ip-invalid Invalid spec.externalIPs[6]"}},
    {"EIPOtherMulticastAndBroadcastPass", "metadata: {name: web}\nspec: {externalIPs: [239.1.1.1, 255.255.255.255, 203.0.113.9], ports: [{port: 80}]}\n", none()},
    // Node-port range, cluster unknown: a warning
    {"NodePortOutsideDefaultRange", "metadata: {name: web}\nspec: {type: NodePort, ports: [{port: 80, nodePort: 8080}]}\n",
     {"warning node-port-out-of-range None spec.ports[0].nodePort"}},
    {"NodePortNegative", "metadata: {name: web}\nspec: {type: LoadBalancer, ports: [{port: 80, nodePort: -1}]}\n",
     {"error node-port-out-of-range Invalid spec.ports[0].nodePort"}},
};
// clang-format on

INSTANTIATE_TEST_SUITE_P(Rules,
                         ValidatorRules,
                         ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<Row> &info) {
                             return std::string(info.param.name);
                         });

const Finding *findCode(const std::vector<Finding> &findings, QStringView code)
{
    const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding &f) {
        return f.code == code;
    });
    return it == findings.end() ? nullptr : &*it;
}

TEST(Validator, AnnotationsOver256KiBAreTooLong)
{
    const QByteArray big(262144, 'x');
    Service s = parse(
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    a: " + big
        + "\nspec: {ports: [{port: 80}]}\n");
    EXPECT_EQ(summary(validateService(s, Environment())),
              QStringList{
                  QStringLiteral("error annotations-too-long TooLong metadata.annotations")});
    s = parse("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    a: "
              + big.left(262143) + "\nspec: {ports: [{port: 80}]}\n");
    EXPECT_TRUE(validateService(s, Environment()).empty());
}

// The same finding in the same words, for Service after Service, keeps one copy of its text;
// a finding that says something else has its own.
TEST(Validator, RepeatedFindingsShareTheirText)
{
    const Service a = parse("apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {}\n");
    const Service b = parse("apiVersion: v1\nkind: Service\nmetadata: {name: b}\nspec: {}\n");
    const Service c = parse(
        "apiVersion: v1\nkind: Service\nmetadata: {name: c}\nspec: {type: Bogus}\n");
    const std::vector<Finding> first = validateService(a, Environment());
    const std::vector<Finding> second = validateService(b, Environment());
    ASSERT_FALSE(first.empty());
    ASSERT_EQ(summary(first), summary(second));
    for (size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].message, second[i].message);
        EXPECT_EQ(first[i].message.constData(), second[i].message.constData())
            << first[i].code.toStdString();
    }
    const std::vector<Finding> third = validateService(c, Environment());
    ASSERT_FALSE(third.empty());
    EXPECT_NE(summary(third), summary(first));
    for (const Finding &f : third) {
        for (const Finding &g : first) {
            if (f.message != g.message) {
                EXPECT_NE(f.message.constData(), g.message.constData());
            }
        }
    }
}

TEST(Validator, NodePortRangeOfAKnownCluster)
{
    const Service s = parse("apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
                            "spec: {type: NodePort, ports: [{name: a, port: 80, nodePort: 8080},"
                            " {name: b, port: 81, nodePort: 30000}]}\n");
    Environment env;
    env.cluster.nodePortMin = 8000;
    env.cluster.nodePortMax = 9000;
    EXPECT_EQ(summary(validateService(s, env)),
              QStringList{
                  QStringLiteral("error node-port-out-of-range Invalid spec.ports[1].nodePort")});
}

// The API server's warnings: the same values, worded as each version's API server words them.
TEST(Validator, AddressWarningsFollowTheVersion)
{
    const Service s = parse(
        "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
        "spec: {type: LoadBalancer, clusterIP: 010.96.0.10, externalIPs: [\"2001:DB8::1\"],"
        " loadBalancerIP: not-an-ip, loadBalancerSourceRanges: [\"2001:db8:0:0::/64\", 10.0.0.1/8],"
        " ports: [{port: 80}]}\n");
    auto messages = [&](KubernetesVersion v) {
        Environment env = dualStackCluster();
        env.version = v;
        QStringList out;
        for (const Finding &f : validateService(s, env))
            out << f.message;
        return out;
    };
    EXPECT_EQ(messages(KubernetesVersion::V1_31),
              (QStringList{QStringLiteral(
                               "spec.clusterIPs[0]: IP address was accepted, but will be invalid "
                               "in a future Kubernetes release: ParseAddr(\"010.96.0.10\"): IPv4 "
                               "field has octet with leading zero"),
                           QStringLiteral(
                               "spec.externalIPs[0]: IPv6 address \"2001:DB8::1\" is not in RFC "
                               "5952 canonical format (\"2001:db8::1\"), which may cause "
                               "controller apply-loops"),
                           QStringLiteral(
                               "spec.loadBalancerIP: IP address was accepted, but will be invalid "
                               "in a future Kubernetes release: ParseAddr(\"not-an-ip\"): unable "
                               "to parse IP"),
                           QStringLiteral(
                               "spec.loadBalancerSourceRanges[0]: IPv6 prefix "
                               "\"2001:db8:0:0::/64\" is not in RFC 5952 canonical format "
                               "(\"2001:db8::/64\"), which may cause controller apply-loops")}));
    EXPECT_EQ(messages(KubernetesVersion::V1_33),
              (QStringList{
                  QStringLiteral("spec.clusterIPs[0]: non-standard IP address \"010.96.0.10\" will "
                                 "be considered invalid in a future Kubernetes release: use "
                                 "\"10.96.0.10\""),
                  QStringLiteral("spec.externalIPs[0]: IPv6 address \"2001:DB8::1\" should be in "
                                 "RFC 5952 canonical format (\"2001:db8::1\")"),
                  QStringLiteral("spec.loadBalancerSourceRanges[0]: IPv6 CIDR value "
                                 "\"2001:db8:0:0::/64\" should be in RFC 5952 canonical format "
                                 "(\"2001:db8::/64\")"),
                  QStringLiteral("spec.loadBalancerSourceRanges[1]: CIDR value \"10.0.0.1/8\" is "
                                 "ambiguous in this context (should be \"10.0.0.0/8\" or "
                                 "\"10.0.0.1/32\"?)")}));
}

TEST(Validator, ApiVersionAndKind)
{
    // The manifest reader takes only v1 Services; a Service built in code may be anything.
    Service s = parse("apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
                      "spec: {ports: [{port: 80}]}\n");
    s.apiVersion.set(QStringLiteral("v2"));
    s.kind.clear();
    EXPECT_EQ(summary(validateService(s, Environment())),
              sorted({QStringLiteral("error api-version-invalid Invalid apiVersion"),
                      QStringLiteral("error kind-required Required kind")}));
}

TEST(Validator, MessagesArePhrasedLikeTheApiServer)
{
    const Service s = parse("apiVersion: v1\nkind: Service\nmetadata: {name: Web}\n"
                            "spec: {ipFamily: IPv6, ports: [{port: 80, protocol: VHF}]}\n");
    const std::vector<Finding> findings = validateService(s, Environment());
    const Finding *name = findCode(findings, u"name-invalid");
    ASSERT_TRUE(name);
    EXPECT_EQ(name->message,
              QStringLiteral(
                  "Invalid value: \"Web\": a DNS-1035 label must consist of lower case "
                  "alphanumeric characters or '-', start with an alphabetic character, "
                  "and end with an alphanumeric character (e.g. 'my-name',  or "
                  "'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"));
    const Finding *protocol = findCode(findings, u"protocol-unsupported");
    ASSERT_TRUE(protocol);
    EXPECT_EQ(protocol->message,
              QStringLiteral("Unsupported value: \"VHF\": supported values: "
                             "\"SCTP\", \"TCP\", \"UDP\""));
    const Finding *unknown = findCode(findings, u"unknown-field");
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->message, QStringLiteral("unknown field \"spec.ipFamily\""));
    EXPECT_EQ(unknown->pos.line, 4);
}

TEST(Validator, WrongTypeMessageIsTheReaders)
{
    const QByteArray yaml = "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
                            "spec: {ports: [{port: eighty}]}\n";
    const Manifest m = Manifest::fromBytes(yaml);
    const Resource &r = m.resource(m.services().front());
    const std::vector<Finding> findings = validateService(*r.service, Environment());
    ASSERT_EQ(findings.size(), 1u);
    ASSERT_EQ(r.issues.size(), 1u);
    EXPECT_EQ(findings[0].message, r.issues[0].message);
    EXPECT_EQ(findings[0].message,
              QStringLiteral("expected an integer, found the string \"eighty\""));
    EXPECT_EQ(findings[0].pos, r.issues[0].pos);
}

TEST(Validator, FixesResolveTheirFinding)
{
    const char *cases[] = {
        "metadata: {name: web}\nspec: {ports: [{name: tcp-80, port: 81}, {port: 80}, {port: 80, "
        "protocol: UDP}]}\n",
        "metadata: {name: web}\nspec: {ports: [{port: 80, nodePort: 30080}]}\n",
        "metadata: {name: web}\nspec: {ports: [{port: 80, protocol: VHF}]}\n",
        "metadata: {name: web, resourceVersion: \"1\"}\nspec: {ipFamily: IPv4, ports: [{port: "
        "80}]}\n",
        "metadata: {name: web}\nspec: {externalTrafficPolicy: Local, ports: [{port: 80}]}\n",
    };
    for (const char *yaml : cases) {
        Service s = parse(QByteArray("apiVersion: v1\nkind: Service\n") + yaml);
        for (int round = 0; round < 5; ++round) {
            const std::vector<Finding> findings = validateService(s, Environment());
            if (findings.empty())
                break;
            ASSERT_TRUE(findings.front().fix.has_value())
                << yaml << findings.front().code.toStdString();
            findings.front().fix->apply(s);
        }
        EXPECT_TRUE(validateService(s, Environment()).empty()) << yaml;
    }
}

TEST(Validator, NameThePortMakesUniqueNames)
{
    Service s = parse("apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
                      "spec: {ports: [{name: tcp-80, port: 81}, {port: 80}]}\n");
    const std::vector<Finding> findings = validateService(s, Environment());
    ASSERT_EQ(findings.size(), 1u);
    findings[0].fix->apply(s);
    EXPECT_EQ(s.ports()[1].value().name.value(), QStringLiteral("tcp-80-2"));
}

TEST(Validator, ANearMissOfAKnownFieldIsRenamed)
{
    Service s = parse(
        "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
        "spec: {publishNotReadyAddress: true, ports: [{port: 80, tagetPort: 8080}]}\n");
    std::vector<Finding> findings = validateService(s, Environment());
    ASSERT_EQ(findings.size(), 2u);
    for (const Finding &f : findings) {
        EXPECT_EQ(f.code, QStringLiteral("unknown-field"));
        ASSERT_TRUE(f.fix.has_value());
        EXPECT_TRUE(f.fix->label.startsWith(QStringLiteral("Rename it to ")))
            << f.fix->label.toStdString();
    }
    findings[0].fix->apply(s);
    findings = validateService(s, Environment());
    ASSERT_EQ(findings.size(), 1u);
    findings[0].fix->apply(s);
    EXPECT_TRUE(validateService(s, Environment()).empty());
    EXPECT_TRUE(s.spec.value().publishNotReadyAddresses.value());
    EXPECT_EQ(s.ports()[0].value().targetPort.value(), IntOrString(8080));
    // A long first part shared with one field only: that field.
    const Service longer = parse("apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
                                 "spec: {publishNotReadyEndpoints: true, ports: [{port: 80}]}\n");
    findings = validateService(longer, Environment());
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].fix->label, QStringLiteral("Rename it to publishNotReadyAddresses"));
    // Far from every field: removed.
    const Service far = parse("apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
                              "spec: {colour: red, ports: [{port: 80}]}\n");
    findings = validateService(far, Environment());
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].fix->label, QStringLiteral("Remove the field"));
}

TEST(Validator, AFixIsOfferedOnlyWhenItLeavesNoNewError)
{
    // 53/UDP and 53/TCP: making the UDP port TCP would make two equal ports.
    const Service s = parse("apiVersion: v1\nkind: Service\nmetadata: {name: dns}\n"
                            "spec: {ports: [{name: udp, port: 53, protocol: UDP},\n"
                            "               {name: tcp, port: 53, protocol: TCP}]}\n");
    ASSERT_TRUE(validateService(s, Environment()).empty());
    const Fix toTcp{QStringLiteral("Set protocol to TCP"), [](Service &svc) {
                        svc.spec.value().ports.value()[0].value().protocol.set(Protocol::TCP);
                    }};
    EXPECT_FALSE(fixHelps(s, toTcp, Environment()));
    const Fix rename{QStringLiteral("Rename"), [](Service &svc) {
                         svc.spec.value().ports.value()[0].value().name.set(QStringLiteral("dns"));
                     }};
    EXPECT_TRUE(fixHelps(s, rename, Environment()));
    const Fix nothing{QStringLiteral("Nothing"), [](Service &) {}};
    EXPECT_FALSE(fixHelps(s, nothing, Environment()));
}

// The syntax functions, for what the rows above do not reach.
TEST(Syntax, SloppyIPAsGoOneSixteen)
{
    EXPECT_TRUE(syntax::ipErrors(u"10.0.0.1").isEmpty());
    EXPECT_TRUE(syntax::ipErrors(u"010.000.0.001").isEmpty());
    EXPECT_TRUE(syntax::ipErrors(u"2001:db8::ffff").isEmpty());
    EXPECT_TRUE(syntax::ipErrors(u"::ffff:1.2.3.4").isEmpty());
    EXPECT_TRUE(syntax::ipErrors(u"::").isEmpty());
    EXPECT_EQ(syntax::ipErrors(u"256.0.0.1").size(), 1);
    EXPECT_EQ(syntax::ipErrors(u"1.2.3").size(), 1);
    EXPECT_EQ(syntax::ipErrors(u"fe80::1%eth0").size(), 1);
    EXPECT_EQ(syntax::ipErrors(u"10.0.0.1/8").size(), 1);
    EXPECT_EQ(syntax::ipErrors(u" 10.0.0.1").size(), 1);
    EXPECT_EQ(syntax::ipErrors(u"1::2::3").size(), 1);
    EXPECT_EQ(syntax::ipErrors(u"1:2:3:4:5:6:7:8::").size(), 1);
    EXPECT_EQ(syntax::ipErrors(u"").size(), 1);
}

TEST(Syntax, SloppyCidr)
{
    EXPECT_TRUE(syntax::cidrErrors(u"10.0.0.1/24").isEmpty());
    EXPECT_TRUE(syntax::cidrErrors(u"0.0.0.0/0").isEmpty());
    EXPECT_TRUE(syntax::cidrErrors(u"2001:db8::/128").isEmpty());
    EXPECT_EQ(syntax::cidrErrors(u"10.0.0.0/33").size(), 1);
    EXPECT_EQ(syntax::cidrErrors(u"10.0.0.0").size(), 1);
    EXPECT_EQ(syntax::cidrErrors(u"example.com/8").size(), 1);
    EXPECT_EQ(syntax::cidrErrors(u"10.0.0.0/").size(), 1);
    EXPECT_EQ(syntax::cidrErrors(u"2001:db8::/129").size(), 1);
}

TEST(Syntax, NamesAndLabels)
{
    EXPECT_EQ(syntax::dns1123LabelErrors(u"a.b"),
              QStringList{QStringLiteral("must not contain dots")});
    EXPECT_TRUE(syntax::dns1123LabelErrors(u"8080").isEmpty());
    EXPECT_EQ(syntax::dns1035LabelErrors(QString(64, u'a')),
              QStringList{QStringLiteral("must be no more than 63 characters")});
    EXPECT_EQ(syntax::qualifiedNameErrors(u"/x"),
              QStringList{QStringLiteral("prefix part must be non-empty")});
    EXPECT_EQ(syntax::qualifiedNameErrors(u"Example.com/x").size(), 1);
    EXPECT_TRUE(syntax::qualifiedNameErrors(u"example.com/My_Name").isEmpty());
    EXPECT_TRUE(syntax::labelValueErrors(u"").isEmpty());
    EXPECT_EQ(syntax::portNameErrors(u"8080"),
              QStringList{QStringLiteral("must contain at least one letter (a-z)")});
    EXPECT_TRUE(syntax::portNameErrors(u"http-server").isEmpty());
    EXPECT_EQ(syntax::maskTrailingDash(u"web-"), QStringLiteral("wea"));
}

// The name checks against the API's own regexes and byte limits, on every string of up to four
// characters of an alphabet that reaches every branch, and on strings at the limits: a value
// has no error exactly when it matches.
TEST(Syntax, NameChecksAgreeWithTheApiRegexes)
{
    const auto regex = [](const QString &pattern) {
        return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
    };
    const auto bytes = [](const QString &value) { return value.toUtf8().size(); };
    const QString labelPattern = u"[a-z0-9]([-a-z0-9]*[a-z0-9])?"_s;
    const QRegularExpression label = regex(labelPattern);
    const QRegularExpression label1035 = regex(u"[a-z]([-a-z0-9]*[a-z0-9])?"_s);
    const QRegularExpression subdomain = regex(labelPattern + u"(\\." + labelPattern + u")*");
    const QRegularExpression namePart = regex(u"([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"_s);
    const QRegularExpression portChars = regex(u"[-a-z0-9]*[a-z][-a-z0-9]*"_s);
    const auto matches = [](const QRegularExpression &re, const QString &value) {
        return re.match(value).hasMatch();
    };
    const auto isSubdomain = [&](const QString &v) {
        return bytes(v) <= 253 && matches(subdomain, v);
    };
    const auto isQualified = [&](const QString &v) {
        const QStringList parts = v.split(u'/');
        if (parts.size() > 2)
            return false;
        const QString name = parts.back();
        if (parts.size() == 2 && !isSubdomain(parts[0]))
            return false;
        return bytes(name) <= 63 && matches(namePart, name);
    };
    const auto isPortName = [&](const QString &v) {
        return bytes(v) <= 15 && matches(portChars, v) && !v.contains(u"--") && !v.startsWith(u'-')
               && !v.endsWith(u'-');
    };

    QStringList values{QString()};
    const QString alphabet = u"aZ0-._/\u00e9"_s;
    for (int length = 1, from = 0; length <= 4; ++length) {
        const qsizetype to = values.size();
        for (qsizetype i = from; i < to; ++i) {
            for (const QChar ch : alphabet)
                values << values[i] + ch;
        }
        from = int(to);
    }
    for (const int n : {15, 16, 62, 63, 64, 252, 253, 254}) {
        values << QString(n, u'a') << QString(n - 1, u'a') + u"\u00e9"_s
               << QString(n - 2, u'a') + u"\U0001F600"_s << QString(n / 3, u'\u00e9')
               << QString(n - 1, u'a') + u'-';
        values << QString(n, u'a') + u"/b"_s << u"a/"_s + QString(n, u'b')
               << QString(n - 1, u'a') + u"\u00e9/b"_s << u"a."_s + QString(n - 2, u'b');
    }
    for (const QString &v : values) {
        const std::string shown = v.toStdString();
        EXPECT_EQ(syntax::dns1123LabelErrors(v).isEmpty(), bytes(v) <= 63 && matches(label, v))
            << shown;
        EXPECT_EQ(syntax::dns1035LabelErrors(v).isEmpty(), bytes(v) <= 63 && matches(label1035, v))
            << shown;
        EXPECT_EQ(syntax::dns1123SubdomainErrors(v).isEmpty(), isSubdomain(v)) << shown;
        EXPECT_EQ(syntax::qualifiedNameErrors(v).isEmpty(), isQualified(v)) << shown;
        EXPECT_EQ(syntax::labelValueErrors(v).isEmpty(),
                  bytes(v) <= 63 && (v.isEmpty() || matches(namePart, v)))
            << shown;
        EXPECT_EQ(syntax::portNameErrors(v).isEmpty(), isPortName(v)) << shown;
    }
}

} // namespace

namespace {

QString realworldDir()
{
    return QString::fromUtf8(SD_REALWORLD_DIR);
}

// Every finding of every Service of a file, prefixed with the Service's index.
// INDEX.tsv's baseline: a single-stack IPv4 cluster, Service CIDR 10.96.0.0/12, node ports
// 30000-32767.
Environment baselineCluster()
{
    Environment env;
    env.cluster.serviceCidrs = {QStringLiteral("10.96.0.0/12")};
    env.cluster.nodePortMin = 30000;
    env.cluster.nodePortMax = 32767;
    return env;
}

QStringList findingsOfFile(const QString &file)
{
    QFile f(realworldDir() + u'/' + file);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot open")};
    const Manifest m = Manifest::fromBytes(f.readAll());
    QStringList out;
    int index = 0;
    for (const ServiceRef &ref : m.services()) {
        for (const QString &line : summary(validateService(m.service(ref), baselineCluster())))
            out << QString::number(index) + u' ' + line;
        ++index;
    }
    return out;
}

// What INDEX.tsv's verdicts mean on its baseline cluster, each line checked by hand.
const std::map<std::string, std::vector<const char *>> kRealworldFindings = {
    {"002-k8sweb-dual-stack-ipfamilies-ipv6.yaml",
     {"0 error ip-family-not-configured Invalid spec.ipFamilies[0]"}},
    {"006-k8sweb-dual-stack-preferred-ipfamilies-svc.yaml",
     {"0 error ip-family-not-configured Invalid spec.ipFamilies[0]"}},
    {"032-metallb-tutorial-1-static-clusterip.yaml",
     {"0 error cluster-ip-out-of-range Invalid spec.clusterIPs"}},
    {"046-k8s-hack-kubernetes-service-static-clusterip.yaml",
     {"0 error cluster-ip-out-of-range Invalid spec.clusterIPs"}},
    {"004-k8sweb-dual-stack-ipv6-svc-legacy-ipFamily.yaml",
     {"0 error unknown-field UnknownField spec.ipFamily"}},
    {"064-kubectl-edit-testcase-list-dump-List.yaml",
     {"0 error cluster-ip-out-of-range Invalid spec.clusterIPs",
      "0 error resource-version-set None metadata.resourceVersion"}},
    {"066-kubectl-edit-list-errors-invalid-protocol-VHF.yaml",
     {"0 error cluster-ip-out-of-range Invalid spec.clusterIPs",
      "0 error protocol-unsupported NotSupported spec.ports[0].protocol",
      "0 error resource-version-set None metadata.resourceVersion"}},
    // Garbage everywhere; each line checked by hand against the reference.
    {"084-k8s-api-testdata-core-v1-Service-allfields-unicode.yaml",
     {"0 error allocate-node-ports-not-load-balancer Forbidden spec.allocateLoadBalancerNodePorts",
      "0 error cluster-ip-invalid Invalid spec.clusterIPs[0]",
      "0 error cluster-ips-mismatch Invalid spec.clusterIPs",
      "0 error external-ip-invalid Invalid spec.externalIPs[0]",
      "0 error external-traffic-policy-not-external Invalid spec.externalTrafficPolicy",
      "0 error finalizer-not-qualified Invalid metadata.finalizers[0]",
      "0 error generate-name-invalid Invalid metadata.generateName",
      "0 error health-check-node-port-not-allowed Invalid spec.healthCheckNodePort",
      "0 error internal-traffic-policy-unsupported NotSupported spec.internalTrafficPolicy",
      "0 error ip-families-unsupported NotSupported spec.ipFamilies[0]",
      "0 error ip-family-policy-unsupported NotSupported spec.ipFamilyPolicy",
      "0 error load-balancer-class-not-load-balancer Forbidden spec.loadBalancerClass",
      "0 error name-invalid Invalid metadata.name",
      "0 error port-invalid Invalid spec.ports[0].port",
      "0 error protocol-unsupported NotSupported spec.ports[0].protocol",
      "0 error resource-version-set None metadata.resourceVersion",
      "0 error session-affinity-unsupported NotSupported spec.sessionAffinity",
      "0 error source-range-invalid Invalid spec.LoadBalancerSourceRanges[0]",
      "0 error source-ranges-not-load-balancer Forbidden spec.LoadBalancerSourceRanges",
      "0 error target-port-name-invalid Invalid spec.ports[0].targetPort",
      "0 error type-unsupported NotSupported spec.type",
      "0 error unknown-field UnknownField metadata.clusterName",
      "0 error unknown-field UnknownField spec.topologyKeys",
      "0 warning external-name-ignored None spec.externalName"}},
    {"088-k8sinaction2-quote-topology-aware-hints-annotation.yaml",
     {"0 warning topology-aware-hints-deprecated None "
      "metadata.annotations[service.kubernetes.io/topology-aware-hints]"}},
    {"098-k8sinaction1-kubia-publish-not-ready-typo-unknown-field.yaml",
     {"0 error unknown-field UnknownField spec.publishNotReadyEndpoints"}},
};

TEST(ValidatorRealworld, FindsWhatIndexTsvSays)
{
    const QStringList files
        = QDir(realworldDir()).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &file : files) {
        QStringList expected;
        if (const auto it = kRealworldFindings.find(file.toStdString());
            it != kRealworldFindings.end()) {
            for (const char *e : it->second)
                expected << QString::fromUtf8(e);
        }
        EXPECT_EQ(findingsOfFile(file), sorted(expected)) << file.toStdString();
    }
}

} // namespace
