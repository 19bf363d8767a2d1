// SPDX-License-Identifier: GPL-3.0-or-later
// The provider-* findings of the table in providerrules_p.h, except the annotation catalogue
// (annotationrules.cpp), and checkPlatform(), which runs every platform rule.

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include "model/providers/profilematch.h"
#include "model/tr.h"
#include "model/validation/providerrules_p.h"

namespace sd::rules {

namespace platform {
namespace {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// Whether the provider acts on the Service

bool checkHandled(ProviderCheck &pc)
{
    RuleContext &c = pc.c;
    const ProviderProfile &profile = pc.profile;
    const QString path = u"spec.loadBalancerClass"_s;
    const SourcePos pos = c.posOr(c.spec->loadBalancerClass, c.specPos());
    const QString *cls = c.spec->loadBalancerClass.get();
    // The profile states whom it acts on (handlesClasses, ignoredWhen) without sources of
    // their own: its main source is the basis.
    const std::optional<Provenance> basis = sourceOf({}, profile);
    if (!handlesClass(profile, c.service)) {
        const QString name = providerName(profile);
        if (!cls) {
            const QString wanted = profile.handlesClasses.value(0);
            report(c,
                   Severity::Warning,
                   u"provider-class-required"_s,
                   path,
                   pos,
                   Tr::tr("%1 acts only on Services of class %2: without "
                          "spec.loadBalancerClass no load balancer is made for this Service.")
                       .arg(name, quotedList(profile.handlesClasses)),
                   basis,
                   wanted.isEmpty() ? std::optional<Fix>()
                                    : Fix{Tr::tr("Set loadBalancerClass to %1").arg(wanted),
                                          [wanted](Service &s) {
                                              if (ServiceSpec *sp = s.spec.get())
                                                  sp->loadBalancerClass.set(wanted);
                                          }});
        } else {
            std::optional<Fix> fix;
            if (profile.handlesUnclassed) {
                fix = Fix{Tr::tr("Remove loadBalancerClass"), [](Service &s) {
                              if (ServiceSpec *sp = s.spec.get())
                                  sp->loadBalancerClass.clear();
                          }};
            }
            if (profile.handlesClasses.isEmpty()) {
                report(c,
                       Severity::Warning,
                       u"provider-class-ignored"_s,
                       path,
                       pos,
                       Tr::tr("%1 ignores Services that set spec.loadBalancerClass: no load "
                              "balancer is made for this Service unless a controller for "
                              "class %2 runs in the cluster.")
                           .arg(name, quoted(*cls)),
                       basis,
                       std::move(fix));
            } else {
                report(c,
                       Severity::Warning,
                       u"provider-class-unknown"_s,
                       path,
                       pos,
                       Tr::tr("%1 acts only on the classes %2; class %3 is left to another "
                              "controller.")
                           .arg(name, quotedList(profile.handlesClasses), quoted(*cls)),
                       basis,
                       std::move(fix));
            }
        }
        return false;
    }
    if (const Selector *s = ignoringSelector(profile, c.service)) {
        const bool byClass = !s->loadBalancerClass.isEmpty() || s->annotation.isEmpty();
        const QString what
            = byClass ? quoted(cls ? *cls : QString())
                      : s->annotation + u": "
                            + quoted(annotationValue(c.service, s->annotation).value_or(QString()));
        report(c,
               Severity::Warning,
               u"provider-handed-off"_s,
               byClass ? path : annotationPath(s->annotation),
               byClass ? pos : annotationPos(c, s->annotation),
               Tr::tr("%1 leaves this Service to another load-balancer controller because of "
                      "%2; choose that controller as the provider to check it.")
                   .arg(providerName(profile), what),
               basis);
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Hard rejections of the controller

template<typename T>
std::optional<QString> fieldText(const Field<T> &f);

QString valueText(const QString &v)
{
    return v;
}
QString valueText(int v)
{
    return QString::number(v);
}
QString valueText(bool v)
{
    return v ? u"true"_s : u"false"_s;
}
template<typename E>
requires std::is_enum_v<E> QString valueText(E v)
{
    return toString(v);
}
template<typename T>
QString valueText(const List<T> &items)
{
    QStringList out;
    for (const Field<T> &item : items) {
        if (std::optional<QString> text = fieldText(item))
            out << *text;
    }
    return out.join(u',');
}

template<typename T>
std::optional<QString> fieldText(const Field<T> &f)
{
    if (f.hasValue())
        return valueText(f.value());
    if (f.isRaw() && !f.isNull() && f.raw()->isScalar())
        return f.raw()->text();
    return std::nullopt;
}

/** Calls `visit(&ServiceSpec::member)` for the spec field a profile names; false when the name
 *  is not one of them. */
template<typename Visitor>
bool visitSpecField(QStringView name, Visitor &&visit)
{
    if (name == u"spec.sessionAffinity")
        visit(&ServiceSpec::sessionAffinity);
    else if (name == u"spec.loadBalancerIP")
        visit(&ServiceSpec::loadBalancerIP);
    else if (name == u"spec.loadBalancerClass")
        visit(&ServiceSpec::loadBalancerClass);
    else if (name == u"spec.loadBalancerSourceRanges")
        visit(&ServiceSpec::loadBalancerSourceRanges);
    else if (name == u"spec.externalTrafficPolicy")
        visit(&ServiceSpec::externalTrafficPolicy);
    else if (name == u"spec.internalTrafficPolicy")
        visit(&ServiceSpec::internalTrafficPolicy);
    else if (name == u"spec.externalIPs")
        visit(&ServiceSpec::externalIPs);
    else if (name == u"spec.ipFamilies")
        visit(&ServiceSpec::ipFamilies);
    else if (name == u"spec.ipFamilyPolicy")
        visit(&ServiceSpec::ipFamilyPolicy);
    else if (name == u"spec.allocateLoadBalancerNodePorts")
        visit(&ServiceSpec::allocateLoadBalancerNodePorts);
    else if (name == u"spec.healthCheckNodePort")
        visit(&ServiceSpec::healthCheckNodePort);
    else if (name == u"spec.publishNotReadyAddresses")
        visit(&ServiceSpec::publishNotReadyAddresses);
    else if (name == u"spec.trafficDistribution")
        visit(&ServiceSpec::trafficDistribution);
    else
        return false;
    return true;
}

void checkRejections(ProviderCheck &pc)
{
    RuleContext &c = pc.c;
    const QString annotationPrefix = u"metadata.annotations["_s;
    for (const Rejection &r : pc.variant.rejections) {
        std::optional<QString> value;
        SourcePos pos = c.specPos();
        std::optional<Fix> fix;
        const QString field = r.field;
        const QString shortName = field.mid(field.lastIndexOf(u'.') + 1);
        if (field.startsWith(annotationPrefix) && field.endsWith(u']')) {
            const QString key = field.mid(annotationPrefix.size(),
                                          field.size() - annotationPrefix.size() - 1);
            value = annotationValue(c.service, key);
            pos = annotationPos(c, key);
            fix = removeAnnotation(key);
        } else {
            const bool known = visitSpecField(field, [&](auto member) {
                value = fieldText(c.spec->*member);
                pos = c.posOr(c.spec->*member, c.specPos());
                fix = Fix{Tr::tr("Remove %1").arg(shortName), [member](Service &s) {
                              if (ServiceSpec *sp = s.spec.get())
                                  (sp->*member).clear();
                          }};
            });
            if (!known)
                continue;
        }
        if (!value)
            continue;
        const bool fires = (r.whenPresent && !value->isEmpty()) || r.equals.contains(*value);
        if (!fires)
            continue;
        const QString message
            = r.message.isEmpty()
                  ? Tr::tr("%1 refuses a Service with %2 %3: the load "
                           "balancer is never created.")
                        .arg(pc.who, field, quoted(*value))
                  : Tr::tr("%1 refuses this Service: %2").arg(pc.who, r.message.text());
        report(c,
               Severity::Error,
               u"provider-"_s + r.code,
               field,
               pos,
               message,
               sourceOf(r.provenance, pc.profile),
               std::move(fix));
    }
}

// ---------------------------------------------------------------------------------------------
// Protocols

const Fact &protocolFact(const ProfileVariant &v, Protocol p)
{
    switch (p) {
    case Protocol::UDP:
        return v.udp;
    case Protocol::SCTP:
        return v.sctp;
    case Protocol::TCP:
        break;
    }
    return v.tcp;
}

// A protocol the variant can carry at all (so that mixing it with others is a question).
bool carries(const ProfileVariant &v, Protocol p)
{
    const Fact &f = protocolFact(v, p);
    if (p == Protocol::TCP && !isStated(f))
        return true;
    return f.support != Support::No;
}

void checkProtocols(ProviderCheck &pc)
{
    RuleContext &c = pc.c;
    const List<ServicePort> &ports = c.service.ports();
    std::vector<Protocol> carried;
    for (size_t i = 0; i < ports.size(); ++i) {
        const ServicePort *p = ports[i].get();
        const std::optional<Protocol> protocol = p ? portProtocol(*p) : std::nullopt;
        if (!protocol)
            continue;
        const Fact &fact = protocolFact(pc.variant, *protocol);
        // Every load balancer carries TCP: a profile that says nothing about it means yes.
        if (*protocol == Protocol::TCP && !isStated(fact)) {
            carried.push_back(*protocol);
            continue;
        }
        const QString name = toString(*protocol);
        if (std::optional<Verdict> v = judge(pc, fact, Tr::tr("%1 ports").arg(name))) {
            // Where no condition can make it work, the way out is the protocol every load
            // balancer carries.
            if (!v->fix && *protocol != Protocol::TCP) {
                v->fix = Fix{Tr::tr("Set protocol to TCP"), [i](Service &s) {
                                 if (ServicePort *port = portAt(s, i))
                                     port->protocol.set(Protocol::TCP);
                             }};
            }
            report(c,
                   u"provider-"_s + name.toLower() + u"-unsupported",
                   portPath(i) + u".protocol",
                   portFieldPos(c, i, &ServicePort::protocol),
                   std::move(*v));
        }
        if (carries(pc.variant, *protocol))
            carried.push_back(*protocol);
    }

    // Mixed protocols, among those the variant carries at all (the others are reported above).
    QStringList names;
    for (Protocol p : carried) {
        if (!names.contains(toString(p)))
            names << toString(p);
    }
    if (names.size() < 2)
        return;
    names.sort();
    const SourcePos portsPos = c.posOr(c.spec->ports, c.specPos());
    if (std::optional<Verdict> v
        = judge(pc,
                pc.variant.mixed,
                Tr::tr("several protocols (%1) in one Service").arg(names.join(u", ")))) {
        report(c, u"provider-mixed-protocols"_s, u"spec.ports"_s, portsPos, std::move(*v));
        return;
    }
    if (!isStated(pc.variant.mixedSamePort))
        return;
    // TCP and UDP on the same port number.
    for (size_t j = 0; j < ports.size(); ++j) {
        const ServicePort *b = ports[j].get();
        const std::optional<Protocol> pb = b ? portProtocol(*b) : std::nullopt;
        if (!pb || *pb == Protocol::SCTP || !b->port.hasValue())
            continue;
        for (size_t i = 0; i < j; ++i) {
            const ServicePort *a = ports[i].get();
            const std::optional<Protocol> pa = a ? portProtocol(*a) : std::nullopt;
            if (!pa || *pa == Protocol::SCTP || *pa == *pb || !a->port.hasValue()
                || a->port.value() != b->port.value())
                continue;
            if (std::optional<Verdict> v
                = judge(pc,
                        pc.variant.mixedSamePort,
                        Tr::tr("TCP and UDP on the same port (%1)").arg(b->port.value()))) {
                report(c,
                       u"provider-mixed-same-port"_s,
                       portPath(j) + u".port",
                       portFieldPos(c, j, &ServicePort::port),
                       std::move(*v));
            }
            break;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// PROXY protocol

// A verdict on the annotation `key`, which then counts as reported (no other-provider finding).
void reportOnAnnotation(ProviderCheck &pc,
                        const QString &code,
                        const QString &key,
                        Verdict &verdict)
{
    pc.placed.insert(key);
    report(pc.c, code, annotationPath(key), annotationPos(pc.c, key), std::move(verdict));
}

// PROXY protocol on the UDP ports the annotation applies to (`port` = one port, else all).
void checkProxyOnUdp(ProviderCheck &pc, const ProxyProtocolAnnotation &a, std::optional<int> port)
{
    if (a.onUdp == Outcome::Unknown)
        return;
    RuleContext &c = pc.c;
    const List<ServicePort> &ports = c.service.ports();
    for (size_t i = 0; i < ports.size(); ++i) {
        const ServicePort *p = ports[i].get();
        if (!p || portProtocol(*p) != Protocol::UDP)
            continue;
        if (port && p->port.valueOr(0) != *port)
            continue;
        const int number = p->port.valueOr(0);
        const QString path = portPath(i) + u".protocol";
        const SourcePos pos = portFieldPos(c, i, &ServicePort::protocol);
        if (a.onUdp == Outcome::Rejected) {
            report(c,
                   Severity::Error,
                   u"provider-proxy-protocol-udp"_s,
                   path,
                   pos,
                   Tr::tr("%1 refuses PROXY protocol (%2) on UDP port %3: the load balancer "
                          "is never created.")
                       .arg(pc.who, a.key)
                       .arg(number),
                   sourceOf(a.provenance, pc.profile));
        } else {
            report(c,
                   Severity::Warning,
                   u"provider-proxy-protocol-udp"_s,
                   path,
                   pos,
                   Tr::tr("%1 does not apply PROXY protocol (%2) to UDP port %3.")
                       .arg(pc.who, a.key)
                       .arg(number),
                   sourceOf(a.provenance, pc.profile));
        }
    }
}

void checkProxyProtocol(ProviderCheck &pc)
{
    RuleContext &c = pc.c;
    const StringMap *annotations = c.meta ? c.meta->annotations.get() : nullptr;
    if (!annotations || annotations->isEmpty())
        return;
    const auto entries = annotations->effectiveEntries();
    const ProxyProtocol &proxy = pc.variant.proxyProtocol;

    // The selected variant's own annotations.
    QString enabledKey;
    const ProxyProtocolAnnotation *enabledBy = nullptr;
    int version = 0;
    for (const ProxyProtocolAnnotation &a : proxy.annotations) {
        for (const StringMapEntry &e : entries) {
            int number = -1;
            if (!keyMatches(a.key, e.key, &number))
                continue;
            QString value = e.value.valueOr({});
            std::optional<int> port;
            if (a.key.contains(u'{'))
                port = number;
            if (!a.perPortJsonField.isEmpty()) {
                const QJsonValue field
                    = QJsonDocument::fromJson(value.toUtf8()).object().value(a.perPortJsonField);
                if (field.isUndefined() || field.isNull())
                    continue;
                value = field.isString() ? field.toString() : QString::number(field.toInteger());
            }
            const ProxyValue read = readProxyValue(a, value);
            if (!read.valid) {
                pc.valued.insert(e.key);
                std::optional<Fix> fix;
                if (a.enabling.size() == 1 && a.perPortJsonField.isEmpty() && !isAttributeList(a)) {
                    fix = setAnnotation(Tr::tr("Set it to %1").arg(quoted(a.enabling.front())),
                                        e.key,
                                        a.enabling.front());
                }
                report(c,
                       Severity::Warning,
                       u"provider-proxy-protocol-invalid"_s,
                       annotationPath(e.key),
                       annotationPos(c, e.key),
                       Tr::tr("%1 does not accept %2 for PROXY protocol; it accepts %3.")
                           .arg(pc.who, quoted(value), quotedList(a.values)),
                       sourceOf(a.provenance, pc.profile),
                       std::move(fix));
                continue;
            }
            if (!read.enabling)
                continue;
            if (enabledKey.isEmpty()) {
                enabledKey = e.key;
                enabledBy = &a;
                version = read.version;
            }
            checkProxyOnUdp(pc, a, port);
        }
    }
    if (!enabledKey.isEmpty()) {
        if (std::optional<Verdict> v = judge(pc, proxy.support, Tr::tr("PROXY protocol"))) {
            reportOnAnnotation(pc, u"provider-proxy-protocol-unsupported"_s, enabledKey, *v);
        } else {
            const QString message
                = version > 0
                      ? Tr::tr("%1 now sends a PROXY protocol v%2 header at the start of every "
                               "connection: the workload behind this Service must expect it "
                               "(for example proxy_protocol on an nginx listener), or every "
                               "connection fails.")
                            .arg(pc.who)
                            .arg(version)
                      : Tr::tr("%1 now sends a PROXY protocol header (its version is not "
                               "documented) at the start of every connection: the workload "
                               "behind this Service must expect it, or every connection fails.")
                            .arg(pc.who);
            report(c,
                   Severity::Info,
                   u"provider-proxy-protocol-enabled"_s,
                   annotationPath(enabledKey),
                   annotationPos(c, enabledKey),
                   message,
                   sourceOf(enabledBy->provenance, pc.profile));
        }
    }

    // PROXY annotations of other variants and other providers, on a variant without PROXY.
    if (proxy.support.support != Support::No)
        return;
    std::vector<const ProviderProfile *> profiles{&pc.profile};
    for (const auto &p : c.environment.platform.knownProviders) {
        if (p && p->id != pc.profile.id)
            profiles.push_back(p.get());
    }
    for (const StringMapEntry &e : entries) {
        if (pc.placed.contains(e.key) || readsProxyAnnotation(pc.variant, e.key)
            || otherVariantReading(pc.profile, pc.variant, e.key))
            continue;
        bool isProxyKey = false;
        for (const ProviderProfile *p : profiles) {
            for (const ProfileVariant &w : p->variants) {
                for (const ProxyProtocolAnnotation &a : w.proxyProtocol.annotations) {
                    if (a.perPortJsonField.isEmpty() && keyMatches(a.key, e.key))
                        isProxyKey = true;
                }
            }
        }
        if (!isProxyKey)
            continue;
        if (std::optional<Verdict> v = judge(pc, proxy.support, Tr::tr("PROXY protocol"))) {
            if (!v->fix)
                v->fix = removeAnnotation(e.key);
            reportOnAnnotation(pc, u"provider-proxy-protocol-unsupported"_s, e.key, *v);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// TLS at the load balancer

void checkTls(ProviderCheck &pc)
{
    RuleContext &c = pc.c;
    const Tls &tls = pc.variant.tls;
    QString certKey;
    for (const QString &key : tls.certificateAnnotations) {
        if (!annotationValue(c.service, key).value_or(QString()).isEmpty()) {
            certKey = key;
            break;
        }
    }
    const std::optional<QString> portsValue = tls.portsAnnotation.isEmpty()
                                                  ? std::nullopt
                                                  : annotationValue(c.service, tls.portsAnnotation);
    if (certKey.isEmpty() && !portsValue)
        return;
    if (!certKey.isEmpty() && isStated(tls.support)) {
        if (std::optional<Verdict> v = judge(pc, tls.support, Tr::tr("TLS termination"))) {
            reportOnAnnotation(pc, u"provider-tls-unsupported"_s, certKey, *v);
            return;
        }
    }

    const List<ServicePort> &ports = c.service.ports();
    std::vector<bool> selected(ports.size(), false);
    auto matchPort = [&](QStringView entry) {
        // A number only when it is nothing but digits: the controllers parse with strconv.Atoi,
        // which refuses the blanks that QStringView::toInt() would skip.
        const bool digits = !entry.isEmpty()
                            && std::all_of(entry.begin(), entry.end(), [](QChar ch) {
                                   return ch >= u'0' && ch <= u'9';
                               });
        bool ok = false;
        const int number = digits ? entry.toInt(&ok) : 0;
        bool found = false;
        for (size_t i = 0; i < ports.size(); ++i) {
            const ServicePort *p = ports[i].get();
            if (!p)
                continue;
            if ((ok && p->port.valueOr(-1) == number) || (!ok && p->name.valueOr({}) == entry)) {
                selected[i] = true;
                found = true;
            }
        }
        return found;
    };
    const std::optional<Provenance> tlsBasis = sourceOf(tls.provenance, pc.profile);
    const QString portsPath = annotationPath(tls.portsAnnotation);
    const SourcePos portsPos = annotationPos(c, tls.portsAnnotation);
    bool explained = false; // a finding on the ports list already says why no port is selected
    const QString separator = tls.portsSeparator.isEmpty() ? u","_s : tls.portsSeparator;
    if (portsValue && !portsValue->trimmed().isEmpty()) {
        const QStringList entries = portsValue->split(separator);
        bool spaces = false;
        for (const QString &raw : entries) {
            if (!tls.portsTrimmed && raw != raw.trimmed())
                spaces = true;
        }
        if (spaces) {
            explained = true;
            QStringList trimmed;
            for (const QString &raw : entries)
                trimmed << raw.trimmed();
            const QString fixed = trimmed.join(separator);
            report(c,
                   Severity::Warning,
                   u"provider-tls-ports-spaces"_s,
                   portsPath,
                   portsPos,
                   Tr::tr("%1 does not trim the entries of %2: %3 names ports that do not "
                          "exist, so those ports silently get no TLS. Write the list without "
                          "spaces.")
                       .arg(pc.who, tls.portsAnnotation, quoted(*portsValue)),
                   tlsBasis,
                   setAnnotation(Tr::tr("Remove the spaces"), tls.portsAnnotation, fixed));
        }
        for (const QString &raw : entries) {
            const QString entry = tls.portsTrimmed ? raw.trimmed() : raw;
            if (entry.trimmed().isEmpty())
                continue;
            if (entry == u"*") {
                if (tls.starMeansAll) {
                    std::fill(selected.begin(), selected.end(), true);
                    continue;
                }
                explained = true;
                report(c,
                       Severity::Warning,
                       u"provider-tls-ports-star"_s,
                       portsPath,
                       portsPos,
                       tls.absentMeansAll
                           ? Tr::tr("On %1, \"*\" in %2 matches no port: no port gets TLS. "
                                    "Leave the annotation out to use TLS on every port, or list "
                                    "the ports.")
                                 .arg(pc.who, tls.portsAnnotation)
                           : Tr::tr("On %1, \"*\" in %2 matches no port: no port gets TLS. "
                                    "List the ports.")
                                 .arg(pc.who, tls.portsAnnotation),
                       tlsBasis,
                       tls.absentMeansAll
                           ? std::optional<Fix>(removeAnnotation(tls.portsAnnotation))
                           : std::nullopt);
                continue;
            }
            if (matchPort(entry))
                continue;
            // An entry broken only by the spaces is reported with them.
            if (spaces && entry != entry.trimmed() && matchPort(entry.trimmed()))
                continue;
            report(c,
                   Severity::Warning,
                   u"provider-tls-port-unknown"_s,
                   portsPath,
                   portsPos,
                   Tr::tr("%1 in %2 is neither the number nor the name of a port of this "
                          "Service.")
                       .arg(quoted(entry), tls.portsAnnotation),
                   tlsBasis);
        }
    } else if (tls.absentMeansAll) {
        std::fill(selected.begin(), selected.end(), true);
    }
    if (certKey.isEmpty() || explained)
        return;
    if (std::find(selected.begin(), selected.end(), true) != selected.end())
        return;
    report(c,
           Severity::Warning,
           u"provider-tls-no-ports"_s,
           annotationPath(certKey),
           annotationPos(c, certKey),
           tls.portsAnnotation.isEmpty()
               ? Tr::tr("A certificate is set, but %1 terminates TLS on no port of this "
                        "Service.")
                     .arg(pc.who)
               : Tr::tr("A certificate is set, but %1 selects no port of this Service: %2 "
                        "terminates TLS on none.")
                     .arg(tls.portsAnnotation, pc.who),
           tlsBasis);
}

// ---------------------------------------------------------------------------------------------
// Backend protocol and appProtocol

enum class PodProtocol { None, Cleartext, Tls };

PodProtocol podProtocolOf(QStringView appProtocol)
{
    if (appProtocol.compare(u"http", Qt::CaseInsensitive) == 0
        || appProtocol == u"kubernetes.io/h2c" || appProtocol == u"kubernetes.io/ws")
        return PodProtocol::Cleartext;
    if (appProtocol.compare(u"https", Qt::CaseInsensitive) == 0
        || appProtocol == u"kubernetes.io/wss")
        return PodProtocol::Tls;
    return PodProtocol::None;
}

void checkBackendProtocol(ProviderCheck &pc)
{
    RuleContext &c = pc.c;
    const ProfileVariant &v = pc.variant;
    const List<ServicePort> &ports = c.service.ports();
    const BackendProtocol *backend = v.backendProtocol ? &*v.backendProtocol : nullptr;
    const std::optional<QString> value = backend ? annotationValue(c.service, backend->key)
                                                 : std::nullopt;
    if (value) {
        const QString path = annotationPath(backend->key);
        const SourcePos pos = annotationPos(c, backend->key);
        if (!backend->values.isEmpty()
            && !containsText(backend->values, *value, backend->caseInsensitive)) {
            pc.valued.insert(backend->key);
            report(c,
                   Severity::Warning,
                   u"provider-backend-protocol-invalid"_s,
                   path,
                   pos,
                   Tr::tr("%1 does not accept %2 for %3; it accepts %4.")
                       .arg(pc.who, quoted(*value), backend->key, quotedList(backend->values)),
                   sourceOf(backend->provenance, pc.profile));
            return;
        }
        const bool http = containsText(backend->httpValues, *value, backend->caseInsensitive);
        const bool tls = containsText(backend->tlsValues, *value, backend->caseInsensitive);
        for (size_t i = 0; i < ports.size(); ++i) {
            const ServicePort *p = ports[i].get();
            const QString appProtocol = p ? p->appProtocol.valueOr({}) : QString();
            const PodProtocol expected = podProtocolOf(appProtocol);
            QString message;
            if (http && expected == PodProtocol::Tls) {
                message = Tr::tr("%1: %2 makes the load balancer speak plain HTTP to the pods, "
                                 "but appProtocol %3 says they expect TLS.")
                              .arg(pc.who,
                                   backend->key + u": " + quoted(*value),
                                   quoted(appProtocol));
            } else if (tls && expected == PodProtocol::Cleartext) {
                message = Tr::tr("%1: %2 makes the load balancer speak TLS to the pods, but "
                                 "appProtocol %3 says they expect cleartext.")
                              .arg(pc.who,
                                   backend->key + u": " + quoted(*value),
                                   quoted(appProtocol));
            } else {
                continue;
            }
            report(c,
                   Severity::Warning,
                   u"provider-backend-protocol-conflict"_s,
                   portPath(i) + u".appProtocol",
                   portFieldPos(c, i, &ServicePort::appProtocol),
                   message,
                   sourceOf(backend->provenance, pc.profile));
        }
        return;
    }

    // appProtocol on a variant that does not read it.
    if (v.appProtocol.support != Support::No)
        return;
    for (size_t i = 0; i < ports.size(); ++i) {
        const ServicePort *p = ports[i].get();
        const QString appProtocol = p ? p->appProtocol.valueOr({}) : QString();
        const PodProtocol expected = podProtocolOf(appProtocol);
        if (expected == PodProtocol::None)
            continue;
        const QString path = portPath(i) + u".appProtocol";
        const SourcePos pos = portFieldPos(c, i, &ServicePort::appProtocol);
        const QStringList &candidates = !backend                       ? QStringList()
                                        : expected == PodProtocol::Tls ? backend->tlsValues
                                                                       : backend->httpValues;
        if (backend && !candidates.isEmpty()) {
            const QString wanted = candidates.front();
            report(c,
                   Severity::Info,
                   u"provider-app-protocol-not-read"_s,
                   path,
                   pos,
                   Tr::tr("%1 does not read appProtocol: to make the load balancer speak %2 to "
                          "the pods, set the annotation %3: %4 instead.")
                       .arg(pc.who, quoted(appProtocol), backend->key, quoted(wanted)),
                   sourceOf(v.appProtocol.provenance, pc.profile),
                   setAnnotation(Tr::tr("Set the annotation %1 to %2")
                                     .arg(backend->key, quoted(wanted)),
                                 backend->key,
                                 wanted));
        } else {
            report(c,
                   Severity::Info,
                   u"provider-app-protocol-not-read"_s,
                   path,
                   pos,
                   Tr::tr("%1 does not read appProtocol, and has no annotation that makes the "
                          "load balancer speak %2 to the pods: appProtocol is only a hint for "
                          "Gateway API and service-mesh implementations here.")
                       .arg(pc.who, quoted(appProtocol)),
                   sourceOf(v.appProtocol.provenance, pc.profile));
        }
        return;
    }
}

// ---------------------------------------------------------------------------------------------

void checkNoImplementation(RuleContext &c, const ProviderProfile &profile)
{
    report(c,
           Severity::Warning,
           u"provider-no-load-balancer"_s,
           u"spec.type"_s,
           c.posOr(c.spec->type, c.specPos()),
           Tr::tr("The cluster has no load-balancer implementation (%1): a LoadBalancer "
                  "Service stays pending forever (its node ports still work).")
               .arg(providerName(profile)),
           sourceOf({}, profile),
           Fix{Tr::tr("Make it a NodePort Service"), [](Service &s) {
                   ServiceSpec *sp = s.spec.get();
                   if (!sp)
                       return;
                   sp->type.set(ServiceType::NodePort);
                   // Fields only a LoadBalancer Service may have.
                   sp->loadBalancerClass.clear();
                   sp->loadBalancerIP.clear();
                   sp->loadBalancerSourceRanges.clear();
                   sp->allocateLoadBalancerNodePorts.clear();
                   sp->healthCheckNodePort.clear();
               }});
}

} // namespace

} // namespace platform

void checkPlatform(RuleContext &c)
{
    using namespace platform;
    checkNodesAndCni(c);
    const ProviderProfile *profile = c.environment.platform.provider.get();
    if (!profile || !c.spec)
        return;
    checkAppProtocolNames(c);
    if (!c.isType(ServiceType::LoadBalancer))
        return;
    if (profile->kind == u"none") {
        checkNoImplementation(c, *profile);
        return;
    }
    const ProfileVariant &variant = selectVariant(*profile, c.service);
    ProviderCheck pc{c, *profile, variant, describeProvider(*profile, variant), {}, {}};
    if (!checkHandled(pc))
        return;
    checkRejections(pc);
    checkProtocols(pc);
    checkProxyProtocol(pc);
    checkTls(pc);
    checkBackendProtocol(pc);
    checkAnnotations(pc);
}

} // namespace sd::rules
