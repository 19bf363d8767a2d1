// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/teaching/explanations.h"

#include <utility>

#include <QFile>
#include <QRegularExpression>

#include "model/domain/fieldtable.h"

namespace sd {

using namespace Qt::StringLiterals;

namespace {

const QString kEnglish = u"en"_s;

bool isTopic(const QString &topic)
{
    return explanationTopics().contains(topic);
}

std::optional<QString> readText(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString text = QString::fromUtf8(file.readAll());
    text.replace(u"\r\n"_s, u"\n"_s);
    return text;
}

QStringList linksOf(const QString &markdown)
{
    // `<https://...>` autolinks, and `[text](https://...)` should a text ever use one.
    static const QRegularExpression link(uR"(<(https?://[^>\s]+)>|\]\((https?://[^)\s]+)\))"_s);
    QStringList links;
    for (auto it = link.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString url = m.hasCaptured(1) ? m.captured(1) : m.captured(2);
        if (!links.contains(url))
            links << url;
    }
    return links;
}

QString topicForAnnotation(const QString &key, const QString &value)
{
    const QString k = key.toLower();
    const QString v = value.toLower();
    if (k == u"service.beta.kubernetes.io/load-balancer-source-ranges")
        return u"load-balancer-source-ranges"_s;
    // Linode's per-port JSON: {"protocol": "https", "tls-secret-name": ..., "proxy-protocol": ...}
    static const QRegularExpression linodePort(u"linode-loadbalancer-port-[0-9]+$"_s);
    if (linodePort.match(k).hasMatch()) {
        if (v.contains(u"tls-secret-name"))
            return u"tls-termination"_s;
        if (v.contains(u"proxy-protocol"))
            return u"proxy-protocol"_s;
        if (v.contains(u"protocol"))
            return u"http-through-load-balancer"_s;
        return u"annotations"_s;
    }
    if (k.contains(u"proxy-protocol") || k.contains(u"proxyprotocol") || k.contains(u"ppv2"))
        return u"proxy-protocol"_s;
    if (k.contains(u"target-group-attributes") && v.contains(u"proxy_protocol_v2"))
        return u"proxy-protocol"_s;
    if (k.contains(u"health")) // health-check protocols and paths are not about L7 routing
        return u"annotations"_s;
    if (k.contains(u"ssl") || k.contains(u"certificate") || k.contains(u"tls")
        || k.contains(u"alpn"))
        return u"tls-termination"_s;
    if (k.contains(u"backend-protocol") || k.endsWith(u"protocol") || k.endsWith(u"-protocols")
        || k.contains(u"http-ports") || k.contains(u"http2-ports") || k.contains(u"http3-port")
        || k.contains(u"redirect-http"))
        return u"http-through-load-balancer"_s;
    return u"annotations"_s;
}

} // namespace

QStringList explanationTopics()
{
    static const QStringList topics = {
        u"protocol-tcp"_s,
        u"protocol-udp"_s,
        u"protocol-sctp"_s,
        u"sctp-multihoming"_s,
        u"app-protocol"_s,
        u"http-through-load-balancer"_s,
        u"proxy-protocol"_s,
        u"tls-termination"_s,
        u"service-type"_s,
        u"cluster-ip"_s,
        u"selector"_s,
        u"port"_s,
        u"target-port"_s,
        u"node-port"_s,
        u"session-affinity"_s,
        u"external-traffic-policy"_s,
        u"internal-traffic-policy"_s,
        u"ip-families"_s,
        u"load-balancer-class"_s,
        u"load-balancer-source-ranges"_s,
        u"external-name"_s,
        u"annotations"_s,
    };
    return topics;
}

QString explanationLanguage(const QString &languageOrLocale)
{
    const QString language = languageOrLocale.trimmed().toLower();
    if (language == u"ko" || language.startsWith(u"ko_") || language.startsWith(u"ko-")
        || language.startsWith(u"ko."))
        return u"ko"_s;
    return kEnglish;
}

std::optional<Explanation> explanation(const QString &topic,
                                       const QString &language,
                                       const QString &directory)
{
    // Only known ids: a topic is also part of a file name, so no `../` can reach other files.
    if (!isTopic(topic))
        return std::nullopt;
    const QString wanted = explanationLanguage(language);
    QString loaded = wanted;
    std::optional<QString> text = readText(directory + u'/' + topic + u'.' + wanted + u".md");
    if (!text && wanted != kEnglish) {
        loaded = kEnglish;
        text = readText(directory + u'/' + topic + u'.' + kEnglish + u".md");
    }
    if (!text)
        return std::nullopt;
    const QString markdown = text->trimmed() + u'\n';
    const QString firstLine = markdown.section(u'\n', 0, 0);
    if (!firstLine.startsWith(u"# "))
        return std::nullopt;
    const QString title = firstLine.mid(2).trimmed();
    if (title.isEmpty())
        return std::nullopt;
    return Explanation{topic, title, markdown, linksOf(markdown), loaded};
}

QString topicForField(const FieldPath &path, const QString &value)
{
    if (path.startsWith({u"metadata", u"annotations"})) {
        if (const std::optional<QString> key = path.mapKey())
            return topicForAnnotation(*key, value);
        return u"annotations"_s;
    }
    if (!path.startsWith({u"spec"}) || path.size() < 2)
        return QString();
    if (path.startsWith({u"spec", u"ports"})) {
        const QString field = path.portField();
        if (field == u"protocol") {
            const QString protocol = value.trimmed().toUpper();
            if (protocol == u"UDP")
                return u"protocol-udp"_s;
            if (protocol == u"SCTP")
                return u"protocol-sctp"_s;
            return u"protocol-tcp"_s; // TCP, the default when the field is empty
        }
        const int column = portFieldIndex(field);
        return column >= 0 ? portFields()[size_t(column)].topic : u"port"_s;
    }
    // The validator writes the source ranges with a capital L, as the API server does
    // (spec.LoadBalancerSourceRanges[0]).
    FieldPath spelled = path;
    if (path.at(1).name == u"LoadBalancerSourceRanges")
        spelled = FieldPath(u"spec.loadBalancerSourceRanges"_s);
    if (path.at(1).name == u"sessionAffinityConfig")
        spelled = FieldPath(u"spec.sessionAffinity"_s);
    const ServiceField *field = serviceField(spelled);
    return field ? field->topic : QString();
}

QString topicForFindingCode(const QString &code)
{
    // First match wins: the specific codes come before the prefixes that would also match them.
    static constexpr std::pair<QStringView, QStringView> prefixes[] = {
        {u"platform-sctp-multihoming", u"sctp-multihoming"},
        {u"platform-sctp-", u"protocol-sctp"},
        {u"provider-sctp-", u"protocol-sctp"},
        {u"provider-udp-", u"protocol-udp"},
        {u"provider-tcp-", u"protocol-tcp"},
        {u"provider-mixed-", u"protocol-udp"}, // mixing TCP and UDP is explained there
        {u"provider-proxy-protocol-", u"proxy-protocol"},
        {u"provider-tls-", u"tls-termination"},
        {u"provider-backend-protocol-", u"http-through-load-balancer"},
        {u"provider-app-protocol-", u"app-protocol"},
        {u"platform-app-protocol-", u"app-protocol"},
        {u"app-protocol-", u"app-protocol"},
        {u"provider-class-", u"load-balancer-class"},
        {u"provider-handed-off", u"load-balancer-class"},
        {u"provider-no-load-balancer", u"service-type"},
        {u"provider-session-affinity", u"session-affinity"},
        {u"provider-annotation-", u"annotations"},
        {u"annotation-key-", u"annotations"},
        {u"annotations-", u"annotations"},
        {u"protocol-", u"protocol-tcp"}, // protocol-unsupported: not TCP, UDP or SCTP
        {u"type-", u"service-type"},
        {u"headless-", u"cluster-ip"},
        {u"cluster-ip-external-name", u"external-name"},
        {u"ip-families-external-name", u"external-name"},
        {u"ip-family-policy-external-name", u"external-name"},
        {u"external-ips-ignored", u"external-name"},
        {u"external-name-", u"external-name"},
        {u"cluster-ip", u"cluster-ip"},
        {u"ip-famil", u"ip-families"},
        {u"dual-stack-", u"ip-families"},
        {u"needs-", u"ip-families"}, // needs-dual-stack-cluster, needs-ipv6-cluster
        {u"target-port-", u"target-port"},
        {u"node-port-", u"node-port"},
        {u"allocate-node-ports-", u"node-port"},
        {u"port", u"port"}, // port-*, ports-required
        {u"selector-", u"selector"},
        {u"session-affinity-", u"session-affinity"},
        {u"external-traffic-policy-", u"external-traffic-policy"},
        {u"health-check-node-port-", u"external-traffic-policy"},
        {u"internal-traffic-policy-", u"internal-traffic-policy"},
        {u"load-balancer-class-", u"load-balancer-class"},
        {u"source-range", u"load-balancer-source-ranges"},
    };
    for (const auto &[prefix, topic] : prefixes) {
        if (code.startsWith(prefix))
            return topic.toString();
    }
    // CIDR format warnings concern spec.loadBalancerSourceRanges, the only CIDR list of a Service.
    if (code.startsWith(u"cidr-"))
        return u"load-balancer-source-ranges"_s;
    return QString();
}

QString markdownToPlainText(const QString &markdown)
{
    static const QRegularExpression heading(u"^#{1,6}\\s+"_s);
    static const QRegularExpression autolink(u"<(https?://[^>\\s]+)>"_s);
    static const QRegularExpression inlineLink(u"\\[([^\\]]*)\\]\\((https?://[^)\\s]+)\\)"_s);
    QStringList out;
    QString text = markdown;
    text.replace(u"\r\n"_s, u"\n"_s);
    for (QString line : text.trimmed().split(u'\n')) {
        line.remove(heading);
        line.replace(inlineLink, u"\\1 (\\2)"_s);
        line.replace(autolink, u"\\1"_s);
        line.remove(u'`');
        // Trailing spaces (a Markdown hard break) mean nothing on a terminal.
        while (line.endsWith(u' '))
            line.chop(1);
        out << line;
    }
    return out.join(u'\n') + u'\n';
}

} // namespace sd
