// SPDX-License-Identifier: GPL-3.0-or-later
// PROXY protocol: the variant's annotations, their values, UDP ports, and PROXY annotations
// the variant does not read.

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include "model/providers/conditions.h"
#include "model/providers/profilematch.h"
#include "model/tr.h"
#include "model/validation/providerrules_p.h"

namespace sd::rules::platform {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// PROXY protocol

namespace {

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
                   ValidationTr::tr(
                       "%1 refuses PROXY protocol (%2) on UDP port %3: the load balancer "
                       "is never created.")
                       .arg(pc.who(), a.key)
                       .arg(number),
                   sourceOf(a.provenance, pc.profile));
        } else {
            report(c,
                   Severity::Warning,
                   u"provider-proxy-protocol-udp"_s,
                   path,
                   pos,
                   ValidationTr::tr("%1 does not apply PROXY protocol (%2) to UDP port %3.")
                       .arg(pc.who(), a.key)
                       .arg(number),
                   sourceOf(a.provenance, pc.profile));
        }
    }
}

} // namespace

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
                    fix = setAnnotation(ValidationTr::tr("Set it to %1")
                                            .arg(quoted(a.enabling.front())),
                                        e.key,
                                        a.enabling.front());
                }
                const AnnotationSpec *spec = findAnnotationSpec(pc.profile, e.key);
                const bool rejected = spec && spec->onInvalid == Outcome::Rejected;
                report(c,
                       rejected ? Severity::Error : Severity::Warning,
                       u"provider-proxy-protocol-invalid"_s,
                       annotationPath(e.key),
                       annotationPos(c, e.key),
                       ValidationTr::tr("%1 does not accept %2 for PROXY protocol; it accepts %3.")
                           .arg(pc.who(), quoted(value), quotedList(a.values)),
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
        if (std::optional<Verdict> v = judge(pc, proxy.support, 0, [] {
                return ValidationTr::tr("PROXY protocol");
            })) {
            reportOnAnnotation(pc, u"provider-proxy-protocol-unsupported"_s, enabledKey, *v);
        } else {
            const QString message
                = version > 0
                      ? ValidationTr::tr(
                            "%1 now sends a PROXY protocol v%2 header at the start of every "
                            "connection: the workload behind this Service must expect it "
                            "(for example proxy_protocol on an nginx listener), or every "
                            "connection fails.")
                            .arg(pc.who())
                            .arg(version)
                      : ValidationTr::tr(
                            "%1 now sends a PROXY protocol header (its version is not "
                            "documented) at the start of every connection: the workload "
                            "behind this Service must expect it, or every connection fails.")
                            .arg(pc.who());
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
        if (std::optional<Verdict> v = judge(pc, proxy.support, 0, [] {
                return ValidationTr::tr("PROXY protocol");
            })) {
            if (!v->fix)
                v->fix = removeAnnotation(e.key);
            reportOnAnnotation(pc, u"provider-proxy-protocol-unsupported"_s, e.key, *v);
        }
    }
}

} // namespace sd::rules::platform
