// SPDX-License-Identifier: GPL-3.0-or-later
// validateInManifest: the checks of a Service against the pod templates of its file (selector,
// named target ports, protocols, declared container ports), one invalid and one valid row each,
// compared by (severity, code, path); the real-world files give the findings listed at the end.

#include <gtest/gtest.h>

#include <QFile>

#include "model/io/manifest.h"
#include "model/validation/validator.h"
#include "support/qtprinters.h"

using namespace sd;

namespace {

const QStringList kCrossCodes = {QStringLiteral("selector-matches-no-pods"),
                                 QStringLiteral("target-port-name-unresolved"),
                                 QStringLiteral("target-port-protocol-mismatch"),
                                 QStringLiteral("target-port-not-declared")};

// The cross-document findings of every Service of a file: "warning code path" (sorted).
QStringList crossFindings(const QByteArray &yaml, std::vector<Finding> *all = nullptr)
{
    const Manifest m = Manifest::fromBytes(yaml);
    QStringList out;
    for (const ServiceRef ref : m.services()) {
        for (const Finding &f : validateInManifest(m, ref, Environment())) {
            if (!kCrossCodes.contains(f.code))
                continue;
            out << severityName(f.severity) + u' ' + f.code + u' ' + f.path.toString();
            if (all)
                all->push_back(f);
        }
    }
    out.sort();
    return out;
}

struct Row
{
    const char *name;
    const char *yaml;
    std::vector<const char *> expected;
};

void PrintTo(const Row &row, std::ostream *os)
{
    *os << row.name;
}

class CrossDocRules : public ::testing::TestWithParam<Row>
{};

TEST_P(CrossDocRules, FindsWhatTheEndpointsControllerWouldNot)
{
    const Row &row = GetParam();
    QStringList expected;
    for (const char *e : row.expected)
        expected << QString::fromUtf8(e);
    expected.sort();
    EXPECT_EQ(crossFindings(row.yaml), expected) << row.yaml;
}

#define SVC(ports) \
    "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  " \
    "ports: " ports "\n---\n"

// clang-format off
const Row kRows[] = {
    // 1. The selector
    {"SelectorMatchesDeployment", SVC("[{port: 80, targetPort: 8080}]") R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: web, version: v1}}
    spec:
      containers:
      - {name: a, image: x, ports: [{name: metrics, containerPort: 9090}]}
      - {name: b, image: y, ports: [{name: http, containerPort: 8080}]}
)", {}},
    {"SelectorMatchesNothing", R"(apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {app: web}, ports: [{port: 80}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: webapp}}
    spec: {containers: [{name: c, image: nginx, ports: [{containerPort: 80}]}]}
)", {"warning selector-matches-no-pods spec.selector"}},
    {"NoWorkloadsInFile", R"(apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {app: web}, ports: [{port: 80, targetPort: http}]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: web}
data: {a: b}
)", {}},
    {"SelectorlessService", R"(apiVersion: v1
kind: Service
metadata: {name: web}
spec: {ports: [{port: 80}]}
---
apiVersion: v1
kind: Pod
metadata: {name: p, labels: {app: other}}
spec: {containers: [{name: c, image: nginx}]}
)", {}},
    {"EmptySelector", R"(apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {}, ports: [{port: 80}]}
---
apiVersion: v1
kind: Pod
metadata: {name: p, labels: {app: other}}
spec: {containers: [{name: c, image: nginx}]}
)", {}},
    {"ExternalNameIgnored", R"(apiVersion: v1
kind: Service
metadata: {name: web}
spec: {type: ExternalName, externalName: example.com, selector: {app: web}}
---
apiVersion: v1
kind: Pod
metadata: {name: p, labels: {app: other}}
spec: {containers: [{name: c, image: nginx}]}
)", {}},
    {"PodMatches", R"(apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {app: web}, ports: [{port: 80}]}
---
apiVersion: v1
kind: Pod
metadata: {name: p, labels: {app: web, extra: x}}
spec: {containers: [{name: c, image: nginx, ports: [{containerPort: 80}]}]}
)", {}},
    {"PodMissesOneKey", R"(apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {app: web, tier: front}, ports: [{port: 80}]}
---
apiVersion: v1
kind: Pod
metadata: {name: p, labels: {app: web}}
spec: {containers: [{name: c, image: nginx, ports: [{containerPort: 80}]}]}
)", {"warning selector-matches-no-pods spec.selector"}},
    {"OtherNamespaceDoesNotCount", R"(apiVersion: v1
kind: Service
metadata: {name: web, namespace: a}
spec: {selector: {app: web}, ports: [{port: 80}]}
---
apiVersion: v1
kind: Pod
metadata: {name: p, namespace: b, labels: {app: web}}
spec: {containers: [{name: c, image: nginx}]}
)", {}},
    {"ListItemMatches", R"(apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec: {selector: {app: web}, ports: [{port: 80, targetPort: http}]}
- apiVersion: apps/v1
  kind: StatefulSet
  metadata: {name: db}
  spec:
    template:
      metadata: {labels: {app: web}}
      spec: {containers: [{name: c, image: x, ports: [{name: http, containerPort: 8080}]}]}
)", {}},
    {"ListItemMisses", R"(apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec: {selector: {app: web}, ports: [{port: 80}]}
- apiVersion: apps/v1
  kind: DaemonSet
  metadata: {name: agent}
  spec:
    template:
      metadata: {labels: {app: agent}}
      spec: {containers: [{name: c, image: x}]}
)", {"warning selector-matches-no-pods spec.selector"}},
    {"CronJobTemplate", SVC("[{port: 80}]") R"(apiVersion: batch/v1
kind: CronJob
metadata: {name: cron}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}
)", {}},

    // 2. Named target ports
    {"NamedPortInSecondContainer", SVC("[{port: 80, targetPort: http}]") R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: web, version: v1}}
    spec:
      containers:
      - {name: a, image: x, ports: [{name: metrics, containerPort: 9090}]}
      - {name: b, image: y, ports: [{name: http, containerPort: 8080}]}
)", {}},
    {"NamedPortMissing", SVC("[{port: 80, targetPort: web}]") R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - {name: a, image: x, ports: [{name: metrics, containerPort: 9090}]}
      - {name: b, image: y, ports: [{name: http, containerPort: 8080}]}
)", {"warning target-port-name-unresolved spec.ports[0].targetPort"}},
    {"NamedPortMissingInOneOfTwo", SVC("[{port: 80, targetPort: http}]") R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: a, image: x, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web-canary}
spec:
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: a, image: x, ports: [{containerPort: 8080}]}]}
)", {"warning target-port-name-unresolved spec.ports[0].targetPort"}},
    {"NamedPortInSidecar", SVC("[{port: 80, targetPort: proxy}]") R"(apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: web}}
    spec:
      initContainers:
      - {name: envoy, image: e, restartPolicy: Always, ports: [{name: proxy, containerPort: 15001}]}
      containers: [{name: a, image: x}]
)", {}},
    {"NamedPortInPlainInitContainer", SVC("[{port: 80, targetPort: proxy}]") R"(apiVersion: batch/v1
kind: Job
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: web}}
    spec:
      initContainers:
      - {name: setup, image: e, ports: [{name: proxy, containerPort: 15001}]}
      containers: [{name: a, image: x}]
)", {"warning target-port-name-unresolved spec.ports[0].targetPort"}},
    {"UnmatchedTemplateIgnored", SVC("[{port: 80, targetPort: http}]") R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: a, image: x, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: other}
spec:
  template:
    metadata: {labels: {app: other}}
    spec: {containers: [{name: a, image: x}]}
)", {}},

    // 3. Protocols
    {"UdpServiceToTcpNamedPort", SVC("[{port: 53, targetPort: dns, protocol: UDP}]") R"(apiVersion: v1
kind: Pod
metadata: {name: dns, labels: {app: web}}
spec: {containers: [{name: a, image: x, ports: [{name: dns, containerPort: 53}]}]}
)", {"warning target-port-protocol-mismatch spec.ports[0].targetPort"}},
    {"UdpServiceToUdpNamedPort", SVC("[{port: 53, targetPort: dns, protocol: UDP}]") R"(apiVersion: v1
kind: Pod
metadata: {name: dns, labels: {app: web}}
spec: {containers: [{name: a, image: x, ports: [{name: dns, containerPort: 53, protocol: UDP}]}]}
)", {}},
    {"UdpServiceToTcpNumericPort", SVC("[{port: 53, protocol: UDP}]") R"(apiVersion: v1
kind: Pod
metadata: {name: dns, labels: {app: web}}
spec: {containers: [{name: a, image: x, ports: [{containerPort: 53, protocol: TCP}]}]}
)", {"warning target-port-protocol-mismatch spec.ports[0].port"}},
    {"NumericPortBothProtocols", SVC("[{name: u, port: 53, protocol: UDP}, {name: t, port: 53}]") R"(apiVersion: v1
kind: Pod
metadata: {name: dns, labels: {app: web}}
spec:
  containers:
  - name: a
    image: x
    ports: [{containerPort: 53, protocol: TCP}, {containerPort: 53, protocol: UDP}]
)", {}},

    // 4. Numeric target ports
    {"NumericTargetDeclared", SVC("[{port: 80, targetPort: 8080}]") R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - {name: a, image: x}
      - {name: b, image: y, ports: [{containerPort: 8080}]}
)", {}},
    {"NumericTargetNotDeclared", SVC("[{port: 80, targetPort: 8081}]") R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: a, image: x, ports: [{containerPort: 8080}]}]}
)", {"info target-port-not-declared spec.ports[0].targetPort"}},
    {"NoPortsDeclaredAtAll", SVC("[{port: 80, targetPort: 8080}]") R"(apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web}}
spec: {containers: [{name: a, image: x}]}
)", {}},
    {"DefaultedTargetNotDeclared", SVC("[{port: 80, targetPort: 0}]") R"(apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web}}
spec: {containers: [{name: a, image: x, ports: [{containerPort: 8080}]}]}
)", {"info target-port-not-declared spec.ports[0].port"}},
};
// clang-format on

INSTANTIATE_TEST_SUITE_P(Rows,
                         CrossDocRules,
                         ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<Row> &info) {
                             return std::string(info.param.name);
                         });

TEST(CrossDoc, NamesTheNearestMiss)
{
    std::vector<Finding> findings;
    crossFindings(R"(apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {app: web}, ports: [{port: 80}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  template:
    metadata: {labels: {tier: api}}
    spec: {containers: [{name: c, image: x}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: webapp}}
    spec: {containers: [{name: c, image: x}]}
)",
                  &findings);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_TRUE(findings[0].message.startsWith(
        u"no pod template in this file has the labels app=web; the nearest is Deployment \"web\" "
        u"with app=webapp"))
        << findings[0].message.toStdString();
    EXPECT_EQ(findings[0].pos.line, 4);
}

TEST(CrossDoc, NamesTheMissingKey)
{
    std::vector<Finding> findings;
    crossFindings("apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
                  "spec: {selector: {app: web, tier: front}, ports: [{port: 80}]}\n---\n"
                  "apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {app: web}}\n"
                  "spec: {containers: [{name: c, image: x}]}\n",
                  &findings);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_TRUE(findings[0].message.contains(u"the nearest is Pod \"p\" with no label tier"))
        << findings[0].message.toStdString();
}

TEST(CrossDoc, NamesTheWorkloadOfAnUnresolvedPort)
{
    std::vector<Finding> findings;
    crossFindings(SVC("[{port: 80, targetPort: http}]") "apiVersion: apps/v1\nkind: StatefulSet\n"
                                                        "metadata: {name: db}\nspec:\n"
                                                        "  template:\n"
                                                        "    metadata: {labels: {app: web}}\n"
                                                        "    spec: {containers: [{name: c}]}\n",
                  &findings);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_TRUE(findings[0].message.contains(u"StatefulSet \"db\""))
        << findings[0].message.toStdString();
    EXPECT_EQ(findings[0].pos.line, 6);
}

QByteArray realworld(const char *file)
{
    QFile f(QString::fromUtf8(SD_REALWORLD_DIR) + u'/' + QString::fromUtf8(file));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct RealworldRow
{
    const char *file;
    std::vector<std::pair<const char *, const char *>> edits; ///< the first `first` becomes `second`
    std::vector<const char *> expected;
};

void PrintTo(const RealworldRow &row, std::ostream *os)
{
    *os << row.file;
}

class CrossDocRealworld : public ::testing::TestWithParam<RealworldRow>
{};

TEST_P(CrossDocRealworld, GivesSensibleFindings)
{
    const RealworldRow &row = GetParam();
    QByteArray bytes = realworld(row.file);
    ASSERT_FALSE(bytes.isEmpty()) << row.file;
    for (const auto &[from, to] : row.edits) {
        const qsizetype at = bytes.indexOf(from);
        ASSERT_GE(at, 0) << from;
        bytes.replace(at, qsizetype(qstrlen(from)), to);
    }
    QStringList expected;
    for (const char *e : row.expected)
        expected << QString::fromUtf8(e);
    expected.sort();
    EXPECT_EQ(crossFindings(bytes), expected);
}

// clang-format off
const RealworldRow kRealworld[] = {
    // Every named targetPort (tohttps, http, webhook) resolves in the controller Deployment.
    {"040-ingress-nginx-aws-nlb-tls-termination-deploy-full.yaml", {}, {}},
    {"040-ingress-nginx-aws-nlb-tls-termination-deploy-full.yaml",
     {{"targetPort: tohttps", "targetPort: to-https"}},
     {"warning target-port-name-unresolved spec.ports[0].targetPort"}},
    {"040-ingress-nginx-aws-nlb-tls-termination-deploy-full.yaml",
     {{"    protocol: TCP\n    targetPort: http\n", "    protocol: UDP\n    targetPort: http\n"}},
     {"warning target-port-protocol-mismatch spec.ports[1].targetPort"}},
    // Six Services, six Deployments, all on 9080.
    {"034-istio-bookinfo-multidoc.yaml", {}, {}},
    {"034-istio-bookinfo-multidoc.yaml",
     {{"        - containerPort: 9080", "        - containerPort: 9081"}},
     {"info target-port-not-declared spec.ports[0].port"}},
    // An SCTP Service to an SCTP container port.
    {"058-gke-samples-sctp-deployment-1space-indent.yaml", {}, {}},
    // The jaeger Deployment declares no ports: nothing to compare with.
    {"074-istio-addons-jaeger-3-services-blockscalar.yaml", {}, {}},
    {"078-cilium-clustermesh-global-service-annotation.yaml", {}, {}},
    {"078-cilium-clustermesh-global-service-annotation.yaml",
     {{"    name: rebel-base\n---", "    name: rebelbase\n---"}},
     {"warning selector-matches-no-pods spec.selector"}},
    // Services without workloads in the file: the pods live elsewhere.
    {"014-k8sweb-backend-service-named-targetport.yaml", {}, {}},
    {"016-k8sexamples-guestbook-service-quoted-named-targetport.yaml", {}, {}},
};
// clang-format on

INSTANTIATE_TEST_SUITE_P(Files,
                         CrossDocRealworld,
                         ::testing::ValuesIn(kRealworld),
                         [](const ::testing::TestParamInfo<RealworldRow> &info) {
                             return "File" + std::to_string(info.index);
                         });

} // namespace
