// SPDX-License-Identifier: GPL-3.0-or-later
// The explanation texts: every topic in English and Korean with the facts it must hold, the
// fallback to English, and the mapping from fields and findings to topics.

#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "model/teaching/explanations.h"
#include "resources/resources.h"
#include "support/qtprinters.h"

namespace {

using namespace Qt::StringLiterals;

std::optional<sd::Explanation> load(const QString &topic, const QString &language)
{
    return sd::explanation(topic, language, sd::explanationsPath());
}

bool hasHangul(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
    });
}

qsizetype wordCount(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.split(space, Qt::SkipEmptyParts).size();
}

// The text without its `See:` / `참고:` line, so that facts are found in the prose.
QString prose(const sd::Explanation &e)
{
    QStringList lines = e.markdown.trimmed().split(u'\n');
    lines.removeLast();
    return lines.join(u'\n').simplified(); // facts may wrap across lines
}

} // namespace

TEST(Explanations, TopicsAreTheIssuesListInOrder)
{
    const QStringList topics = sd::explanationTopics();
    ASSERT_EQ(topics.size(), 22);
    EXPECT_EQ(topics.first(), u"protocol-tcp"_s);
    EXPECT_EQ(topics.indexOf(u"tls-termination"_s), 7);
    EXPECT_EQ(topics.last(), u"annotations"_s);
    QStringList unique = topics;
    EXPECT_EQ(unique.removeDuplicates(), 0);
}

TEST(Explanations, EveryTopicExistsInEnglishAndKorean)
{
    for (const QString &topic : sd::explanationTopics()) {
        for (const QString &language : {u"en"_s, u"ko"_s}) {
            SCOPED_TRACE(QString(topic + u'.' + language).toStdString());
            const std::optional<sd::Explanation> e = load(topic, language);
            ASSERT_TRUE(e.has_value());
            EXPECT_EQ(e->topic, topic);
            EXPECT_EQ(e->language, language) << "no fallback expected";
            EXPECT_FALSE(e->title.isEmpty());
            EXPECT_TRUE(e->markdown.startsWith(u"# " + e->title + u'\n'));
            ASSERT_FALSE(e->links.isEmpty());
            EXPECT_TRUE(std::any_of(e->links.begin(), e->links.end(), [](const QString &l) {
                return l.startsWith(u"https://kubernetes.io/"_s);
            }));
            // The links sit on the last line, after the prose.
            const QString lastLine = e->markdown.trimmed().section(u'\n', -1);
            EXPECT_TRUE(lastLine.startsWith(u"See: <"_s) || lastLine.startsWith(u"참고: <"_s))
                << lastLine.toStdString();
            if (language == u"en") {
                const qsizetype words = wordCount(e->markdown);
                EXPECT_GE(words, 120);
                EXPECT_LE(words, 300);
                EXPECT_FALSE(hasHangul(e->markdown));
            } else {
                EXPECT_TRUE(hasHangul(e->title));
                EXPECT_TRUE(hasHangul(prose(*e)));
                EXPECT_GE(wordCount(e->markdown), 90);
                EXPECT_LE(wordCount(e->markdown), 300);
                // The terms of the Korean Kubernetes documentation, not variants of them.
                EXPECT_FALSE(e->markdown.contains(u"로드 밸런서"_s));
                EXPECT_FALSE(e->markdown.contains(u"포드"_s));
                EXPECT_FALSE(e->markdown.contains(u"주석"_s)) << "annotation is 어노테이션";
                EXPECT_FALSE(e->markdown.contains(u"종단점"_s)) << "endpoint is 엔드포인트";
            }
        }
    }
}

TEST(Explanations, EnglishTextsCarryTheRequiredFacts)
{
    const struct
    {
        const char *topic;
        std::vector<const char *> facts;
    } rows[] = {
        {"protocol-tcp", {"default", "TCP", "every Service type"}},
        {"protocol-udp", {"UDP", "LoadBalancer", "Hetzner", "Classic Load Balancer"}},
        {"protocol-sctp",
         {"network plugin", "Windows", "multihomed", "Azure", "internal", "most do not"}},
        {"sctp-multihoming", {"CNI", "interfaces", "NAT", "kernel", "Multus"}},
        {"app-protocol",
         {"IANA",
          "kubernetes.io/h2c",
          "kubernetes.io/ws",
          "kubernetes.io/wss",
          "mycompany.com/",
          "Azure",
          "EndpointSlices"}},
        {"http-through-load-balancer",
         {"protocol: TCP", "annotations", "`http`", "`https`", "plain HTTP", "TLS"}},
        {"proxy-protocol",
         {"v1",
          "v2",
          "aws-load-balancer-proxy-protocol",
          "proxy_protocol_v2.enabled=true",
          "do-loadbalancer-enable-proxy-protocol",
          "linode-loadbalancer-default-proxy-protocol",
          "uses-proxyprotocol",
          "is-ppv2-enabled",
          "azure-pls-proxy-protocol"}},
        {"tls-termination",
         {"certificate",
          "TLS server",
          "plain text",
          "ACM",
          "IAM",
          "aws-load-balancer-ssl-cert",
          "do-loadbalancer-certificate-id",
          "do-loadbalancer-certificate-name",
          "passthrough",
          "kubernetes.io/tls",
          "Hetzner",
          "uploaded",
          "managed",
          "oci-load-balancer-tls-secret",
          "Azure",
          "Google Cloud",
          "Ingress",
          "Gateway"}},
        {"service-type", {"ClusterIP", "NodePort", "LoadBalancer", "ExternalName", "<pending>"}},
        {"cluster-ip", {"clusterIP: None", "headless", "Service IP range"}},
        {"selector", {"EndpointSlice", "label", "no endpoints"}},
        {"port", {"65535", "name", "protocol"}},
        {"target-port", {"value of `port`", "containerPort", "15 characters"}},
        {"node-port", {"30000-32767", "allocateLoadBalancerNodePorts", "`true`"}},
        {"session-affinity", {"None", "ClientIP", "10800", "86400", "AWS"}},
        {"external-traffic-policy",
         {"`Cluster`", "`Local`", "healthCheckNodePort", "NodePort", "LoadBalancer"}},
        {"internal-traffic-policy", {"`Cluster`", "`Local`", "dropped"}},
        {"ip-families", {"SingleStack", "PreferDualStack", "RequireDualStack", "IPv6"}},
        {"load-balancer-class",
         {"service.k8s.aws/nlb",
          "networking.gke.io/l4-regional-external",
          "--lb-class",
          "cannot be changed",
          "<pending>"}},
        {"load-balancer-source-ranges",
         {"CIDR",
          "LoadBalancerSourceRanges",
          "service.beta.kubernetes.io/load-balancer-source-ranges"}},
        {"external-name", {"CNAME", "externalName", "Host"}},
        {"annotations", {"256 KiB", "load-balancer.hetzner.cloud/", "metallb.io/"}},
    };
    for (const auto &row : rows) {
        const std::optional<sd::Explanation> e = load(QString::fromLatin1(row.topic), u"en"_s);
        ASSERT_TRUE(e.has_value()) << row.topic;
        for (const char *fact : row.facts) {
            EXPECT_TRUE(prose(*e).contains(QString::fromUtf8(fact)))
                << row.topic << " lacks \"" << fact << '"';
        }
    }
}

TEST(Explanations, KoreanTextsUseTheKoreanDocumentationTerms)
{
    const struct
    {
        const char *topic;
        std::vector<const char *> facts;
    } rows[] = {
        {"protocol-tcp", {"기본값", "TCP", "서비스", "프로토콜"}},
        {"protocol-udp", {"UDP", "로드밸런서", "Hetzner"}},
        {"protocol-sctp", {"파드", "네트워크 플러그인", "CNI", "윈도우", "멀티홈", "로드밸런서"}},
        {"sctp-multihoming", {"파드", "CNI", "인터페이스", "NAT", "커널", "Multus"}},
        {"app-protocol",
         {"IANA", "kubernetes.io/h2c", "kubernetes.io/wss", "엔드포인트슬라이스", "Azure"}},
        {"http-through-load-balancer",
         {"로드밸런서", "어노테이션", "프로토콜", "`http`", "`https`", "TLS"}},
        {"proxy-protocol", {"v1", "v2", "어노테이션", "로드밸런서", "is-ppv2-enabled"}},
        {"tls-termination",
         {"인증서",
          "로드밸런서",
          "TLS 서버",
          "ACM",
          "kubernetes.io/tls",
          "Hetzner",
          "oci-load-balancer-tls-secret",
          "인그레스",
          "게이트웨이"}},
        {"service-type", {"ClusterIP", "NodePort", "LoadBalancer", "ExternalName", "서비스"}},
        {"cluster-ip", {"clusterIP: None", "헤드리스", "클러스터"}},
        {"selector", {"셀렉터", "파드", "엔드포인트", "레이블"}},
        {"port", {"65535", "포트", "프로토콜"}},
        {"target-port", {"파드", "containerPort", "15자"}},
        {"node-port", {"30000-32767", "노드", "allocateLoadBalancerNodePorts"}},
        {"session-affinity", {"10800", "86400", "ClientIP", "파드"}},
        {"external-traffic-policy", {"`Cluster`", "`Local`", "노드", "헬스 체크"}},
        {"internal-traffic-policy", {"`Cluster`", "`Local`", "노드"}},
        {"ip-families", {"SingleStack", "PreferDualStack", "듀얼 스택"}},
        {"load-balancer-class", {"service.k8s.aws/nlb", "컨트롤러", "로드밸런서"}},
        {"load-balancer-source-ranges", {"CIDR", "로드밸런서", "LoadBalancerSourceRanges"}},
        {"external-name", {"CNAME", "DNS", "서비스"}},
        {"annotations", {"어노테이션", "256KiB", "컨트롤러"}},
    };
    for (const auto &row : rows) {
        const std::optional<sd::Explanation> e = load(QString::fromLatin1(row.topic), u"ko"_s);
        ASSERT_TRUE(e.has_value()) << row.topic;
        for (const char *fact : row.facts) {
            EXPECT_TRUE(prose(*e).contains(QString::fromUtf8(fact)))
                << row.topic << " (ko) lacks \"" << fact << '"';
        }
    }
}

TEST(Explanations, LanguageFallsBackToEnglish)
{
    const std::optional<sd::Explanation> fr = load(u"protocol-tcp"_s, u"fr"_s);
    ASSERT_TRUE(fr.has_value());
    EXPECT_EQ(fr->language, u"en"_s);
    EXPECT_EQ(fr->markdown, load(u"protocol-tcp"_s, u"en"_s)->markdown);

    EXPECT_EQ(load(u"protocol-tcp"_s, u"ko_KR"_s)->language, u"ko"_s);
    EXPECT_EQ(load(u"protocol-tcp"_s, u"ko-KR"_s)->language, u"ko"_s);
    EXPECT_EQ(load(u"protocol-tcp"_s, QString())->language, u"en"_s);
    EXPECT_EQ(sd::explanationLanguage(u"ko_KR.UTF-8"_s), u"ko"_s);
    EXPECT_EQ(sd::explanationLanguage(u"kok"_s), u"en"_s); // Konkani is not Korean

    // A text that exists only in English is shown in English to a Korean user.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(u"port.en.md"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# Port\n\nText.\n\nSee: <https://kubernetes.io/docs/x/> "
               "<https://kubernetes.io/docs/x/>\n");
    file.close();
    const std::optional<sd::Explanation> e = sd::explanation(u"port"_s, u"ko"_s, dir.path());
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->language, u"en"_s);
    EXPECT_EQ(e->title, u"Port"_s);
    EXPECT_EQ(e->links, QStringList{u"https://kubernetes.io/docs/x/"_s}); // without duplicates
    EXPECT_FALSE(sd::explanation(u"selector"_s, u"en"_s, dir.path()).has_value());
}

TEST(Explanations, UnknownTopicsAreNotRead)
{
    EXPECT_FALSE(load(u"no-such-topic"_s, u"en"_s).has_value());
    EXPECT_FALSE(load(QString(), u"en"_s).has_value());
    EXPECT_FALSE(load(u"../explanations/port"_s, u"en"_s).has_value());
}

TEST(Explanations, TopicForField)
{
    const struct
    {
        const char *path;
        const char *value;
        const char *topic;
    } rows[] = {
        {"spec.ports[1].protocol", "UDP", "protocol-udp"},
        {"spec.ports[0].protocol", "SCTP", "protocol-sctp"},
        {"spec.ports[0].protocol", "TCP", "protocol-tcp"},
        {"spec.ports[0].protocol", "", "protocol-tcp"},
        {"spec.ports[2].appProtocol", "http", "app-protocol"},
        {"spec.ports[0].targetPort", "8080", "target-port"},
        {"spec.ports[0].nodePort", "", "node-port"},
        {"spec.ports[0].port", "", "port"},
        {"spec.ports[0].name", "", "port"},
        {"spec.ports[0]", "", "port"},
        {"spec.ports", "", "port"},
        {"spec.type", "LoadBalancer", "service-type"},
        {"spec.clusterIP", "None", "cluster-ip"},
        {"spec.clusterIPs[0]", "", "cluster-ip"},
        {"spec.selector", "", "selector"},
        {"spec.selector[app]", "", "selector"},
        {"spec.sessionAffinity", "ClientIP", "session-affinity"},
        {"spec.sessionAffinityConfig.clientIP.timeoutSeconds", "0", "session-affinity"},
        {"spec.externalTrafficPolicy", "", "external-traffic-policy"},
        {"spec.healthCheckNodePort", "", "external-traffic-policy"},
        {"spec.internalTrafficPolicy", "", "internal-traffic-policy"},
        {"spec.ipFamilies[1]", "", "ip-families"},
        {"spec.ipFamilyPolicy", "", "ip-families"},
        {"spec.loadBalancerClass", "", "load-balancer-class"},
        {"spec.loadBalancerSourceRanges[0]", "", "load-balancer-source-ranges"},
        {"spec.LoadBalancerSourceRanges[0]", "", "load-balancer-source-ranges"},
        {"spec.externalName", "", "external-name"},
        {"spec.allocateLoadBalancerNodePorts", "", "node-port"},
        {"spec.publishNotReadyAddresses", "", ""},
        {"spec.typo", "", ""},
        {"metadata.name", "", ""},
        {"metadata.annotations", "", "annotations"},
        {"metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-proxy-protocol]",
         "*",
         "proxy-protocol"},
        {"metadata.annotations[load-balancer.hetzner.cloud/uses-proxyprotocol]",
         "true",
         "proxy-protocol"},
        {"metadata.annotations[oci-network-load-balancer.oraclecloud.com/is-ppv2-enabled]",
         "true",
         "proxy-protocol"},
        {"metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-target-group-"
         "attributes]",
         "proxy_protocol_v2.enabled=true",
         "proxy-protocol"},
        {"metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-target-group-"
         "attributes]",
         "preserve_client_ip.enabled=true",
         "annotations"},
        {"metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-ssl-cert]",
         "arn:...",
         "tls-termination"},
        {"metadata.annotations[service.beta.kubernetes.io/do-loadbalancer-certificate-id]",
         "x",
         "tls-termination"},
        {"metadata.annotations[load-balancer.hetzner.cloud/http-certificates]",
         "x",
         "tls-termination"},
        {"metadata.annotations[service.beta.kubernetes.io/oci-load-balancer-tls-secret]",
         "ns/s",
         "tls-termination"},
        {"metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-backend-protocol]",
         "http",
         "http-through-load-balancer"},
        {"metadata.annotations[service.beta.kubernetes.io/do-loadbalancer-protocol]",
         "http",
         "http-through-load-balancer"},
        {"metadata.annotations[load-balancer.hetzner.cloud/protocol]",
         "https",
         "http-through-load-balancer"},
        {"metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-healthcheck-"
         "protocol]",
         "http",
         "annotations"},
        {"metadata.annotations[service.beta.kubernetes.io/linode-loadbalancer-port-443]",
         R"({"protocol":"https","tls-secret-name":"web"})",
         "tls-termination"},
        {"metadata.annotations[service.beta.kubernetes.io/linode-loadbalancer-port-80]",
         R"({"proxy-protocol":"v2"})",
         "proxy-protocol"},
        {"metadata.annotations[service.beta.kubernetes.io/linode-loadbalancer-port-80]",
         R"({"protocol":"http"})",
         "http-through-load-balancer"},
        {"metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]",
         "",
         "load-balancer-source-ranges"},
        {"metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-internal]",
         "true",
         "annotations"},
    };
    for (const auto &row : rows) {
        EXPECT_EQ(sd::topicForField(QString::fromLatin1(row.path), QString::fromLatin1(row.value)),
                  QString::fromLatin1(row.topic))
            << row.path << " = " << row.value;
    }
}

TEST(Explanations, TopicForFindingCode)
{
    const struct
    {
        const char *code;
        const char *topic;
    } rows[] = {
        // The table of model/validation/providerrules_p.h.
        {"platform-sctp-windows", "protocol-sctp"},
        {"platform-sctp-windows-mixed", "protocol-sctp"},
        {"platform-sctp-cni", "protocol-sctp"},
        {"platform-sctp-multihoming", "sctp-multihoming"},
        {"platform-app-protocol-unprefixed", "app-protocol"},
        {"platform-app-protocol-kubernetes-unknown", "app-protocol"},
        {"platform-app-protocol-unregistered", "app-protocol"},
        {"provider-no-load-balancer", "service-type"},
        {"provider-class-ignored", "load-balancer-class"},
        {"provider-class-unknown", "load-balancer-class"},
        {"provider-class-required", "load-balancer-class"},
        {"provider-handed-off", "load-balancer-class"},
        {"provider-session-affinity", "session-affinity"},
        {"provider-tcp-unsupported", "protocol-tcp"},
        {"provider-udp-unsupported", "protocol-udp"},
        {"provider-sctp-unsupported", "protocol-sctp"},
        {"provider-mixed-protocols", "protocol-udp"},
        {"provider-mixed-same-port", "protocol-udp"},
        {"provider-proxy-protocol-invalid", "proxy-protocol"},
        {"provider-proxy-protocol-unsupported", "proxy-protocol"},
        {"provider-proxy-protocol-udp", "proxy-protocol"},
        {"provider-proxy-protocol-enabled", "proxy-protocol"},
        {"provider-tls-unsupported", "tls-termination"},
        {"provider-tls-ports-spaces", "tls-termination"},
        {"provider-tls-ports-star", "tls-termination"},
        {"provider-tls-port-unknown", "tls-termination"},
        {"provider-tls-no-ports", "tls-termination"},
        {"provider-backend-protocol-invalid", "http-through-load-balancer"},
        {"provider-backend-protocol-conflict", "http-through-load-balancer"},
        {"provider-app-protocol-not-read", "app-protocol"},
        {"provider-annotation-other-variant", "annotations"},
        {"provider-annotation-other-provider", "annotations"},
        {"provider-annotation-unknown", "annotations"},
        {"provider-annotation-value-invalid", "annotations"},
        {"provider-annotation-deprecated", "annotations"},
        // The API server's rules.
        {"protocol-unsupported", "protocol-tcp"},
        {"type-unsupported", "service-type"},
        {"app-protocol-invalid", "app-protocol"},
        {"ports-required", "port"},
        {"port-invalid", "port"},
        {"port-duplicate", "port"},
        {"port-name-required", "port"},
        {"target-port-invalid", "target-port"},
        {"target-port-name-unresolved", "target-port"},
        {"node-port-out-of-range", "node-port"},
        {"node-port-cluster-ip", "node-port"},
        {"allocate-node-ports-not-load-balancer", "node-port"},
        {"headless-load-balancer", "cluster-ip"},
        {"cluster-ip-invalid", "cluster-ip"},
        {"cluster-ips-mismatch", "cluster-ip"},
        {"cluster-ip-external-name", "external-name"},
        {"external-name-required", "external-name"},
        {"external-ips-ignored", "external-name"},
        {"ip-family-policy-single-stack", "ip-families"},
        {"ip-families-unsupported", "ip-families"},
        {"dual-stack-not-configured", "ip-families"},
        {"needs-ipv6-cluster", "ip-families"},
        {"selector-matches-no-pods", "selector"},
        {"session-affinity-timeout-invalid", "session-affinity"},
        {"external-traffic-policy-not-external", "external-traffic-policy"},
        {"health-check-node-port-not-allowed", "external-traffic-policy"},
        {"internal-traffic-policy-unsupported", "internal-traffic-policy"},
        {"load-balancer-class-not-load-balancer", "load-balancer-class"},
        {"source-range-invalid", "load-balancer-source-ranges"},
        {"source-ranges-not-load-balancer", "load-balancer-source-ranges"},
        {"cidr-ambiguous", "load-balancer-source-ranges"},
        {"annotation-key-invalid", "annotations"},
        {"annotations-too-long", "annotations"},
        {"name-invalid", ""},
        {"unknown-field", ""},
        {"provider-load-balancer-ip", ""},
    };
    for (const auto &row : rows) {
        EXPECT_EQ(sd::topicForFindingCode(QString::fromLatin1(row.code)),
                  QString::fromLatin1(row.topic))
            << row.code;
    }
    // Every topic a mapping returns exists.
    for (const auto &row : rows) {
        const QString topic = QString::fromLatin1(row.topic);
        if (!topic.isEmpty()) {
            EXPECT_TRUE(sd::explanationTopics().contains(topic)) << row.topic;
        }
    }
}

TEST(Explanations, MarkdownToPlainText)
{
    const QString markdown
        = u"# SCTP\r\n\r\nUse `protocol: SCTP`\r\nwith care.  \r\n\r\n"
          "- Windows: no\r\n  really\r\n- [Multus](https://example.com/m)\r\n\r\n"
          "See: <https://kubernetes.io/docs/a/> <https://kubernetes.io/docs/b/>\r\n"_s;
    EXPECT_EQ(sd::markdownToPlainText(markdown),
              u"SCTP\n\nUse protocol: SCTP\nwith care.\n\n- Windows: no\n  really\n"
              "- Multus (https://example.com/m)\n\n"
              "See: https://kubernetes.io/docs/a/ https://kubernetes.io/docs/b/\n"_s);

    // Every bundled text survives the conversion with its links and without Markdown marks.
    for (const QString &topic : sd::explanationTopics()) {
        for (const QString &language : {u"en"_s, u"ko"_s}) {
            const std::optional<sd::Explanation> e = load(topic, language);
            ASSERT_TRUE(e.has_value());
            const QString plain = sd::markdownToPlainText(e->markdown);
            EXPECT_TRUE(plain.startsWith(e->title + u'\n')) << topic.toStdString();
            EXPECT_FALSE(plain.contains(u'`')) << topic.toStdString();
            for (const QString &link : e->links) {
                EXPECT_TRUE(plain.contains(link)) << topic.toStdString();
            }
        }
    }
}
