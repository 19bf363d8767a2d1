// SPDX-License-Identifier: GPL-3.0-or-later
// The protocols of the ports against the variant: TCP, UDP, SCTP, mixed and on one port number.

#include <algorithm>
#include <array>

#include "model/providers/conditions.h"
#include "model/providers/profilematch.h"
#include "model/tr.h"
#include "model/validation/providerrules_p.h"

namespace sd::rules::platform {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// Protocols

namespace {

// A protocol the variant can carry at all (so that mixing it with others is a question).
bool carries(const ProfileVariant &v, Protocol p)
{
    const Fact &f = v.protocolFact(p);
    if (p == Protocol::TCP && !isStated(f))
        return true;
    return f.support != Support::No;
}

// The fix that switches to another variant of the provider that carries `protocol`, chosen by
// annotations alone (aws-load-balancer-type: nlb), when there is one: what the finding's note
// names, rather than giving the protocol up.
std::optional<Fix> variantFix(const ProviderCheck &pc, Protocol protocol)
{
    for (const ProfileVariant &other : pc.profile.variants) {
        if (&other == &pc.variant || other.when.empty()
            || other.protocolFact(protocol).support != Support::Yes)
            continue;
        std::vector<std::pair<QString, QString>> annotations;
        for (const Selector &s : other.when) {
            const bool simple = !s.annotation.isEmpty() && !s.equals.isEmpty() && !s.negate
                                && !s.absent && s.item.isEmpty() && s.anyOf.empty()
                                && s.allOf.empty() && s.loadBalancerClass.isEmpty()
                                && s.field.isEmpty() && !s.port;
            if (!simple) {
                annotations.clear();
                break;
            }
            annotations.emplace_back(s.annotation, s.equals.front());
        }
        if (annotations.empty())
            continue;
        const auto apply = [annotations](Service &s) {
            ObjectMeta *meta = s.metadata.get();
            if (!meta)
                return;
            StringMap map = meta->annotations.valueOr(StringMap());
            for (const auto &[key, value] : annotations)
                map.set(key, value);
            meta->annotations.set(std::move(map));
        };
        // Only if the annotations really select it (no other variant's condition wins).
        Service probe = pc.c.service;
        apply(probe);
        if (&selectVariant(pc.profile, probe) != &other)
            continue;
        QStringList set;
        for (const auto &[key, value] : annotations)
            set << key + u": " + value;
        const QString name = other.name.text().isEmpty() ? other.id : other.name.text();
        return Fix{ValidationTr::tr("Use %1 (%2)").arg(name, set.join(u", ")), apply};
    }
    return std::nullopt;
}

// provider-tcp-unsupported, provider-udp-unsupported, provider-sctp-unsupported.
QString unsupportedCode(Protocol protocol)
{
    switch (protocol) {
    case Protocol::UDP:
        return u"provider-udp-unsupported"_s;
    case Protocol::SCTP:
        return u"provider-sctp-unsupported"_s;
    case Protocol::TCP:
        break;
    }
    return u"provider-tcp-unsupported"_s;
}

} // namespace

void checkProtocols(ProviderCheck &pc)
{
    RuleContext &c = pc.c;
    const List<ServicePort> &ports = c.service.ports();
    std::array<bool, 3> carried{}; // by Protocol
    for (size_t i = 0; i < ports.size(); ++i) {
        const ServicePort *p = ports[i].get();
        const std::optional<Protocol> protocol = p ? portProtocol(*p) : std::nullopt;
        if (!protocol)
            continue;
        const Fact &fact = pc.variant.protocolFact(*protocol);
        // Every load balancer carries TCP: a profile that says nothing about it means yes.
        if (*protocol == Protocol::TCP && !isStated(fact)) {
            carried[size_t(*protocol)] = true;
            continue;
        }
        const QStringView name = EnumNames<Protocol>::names()[size_t(*protocol)];
        if (std::optional<Verdict> v = judge(pc, fact, qint64(*protocol), [name] {
                return ValidationTr::tr("%1 ports").arg(name);
            })) {
            // Where no condition can make it work: the provider's load balancer that carries it,
            // else the protocol every load balancer carries.
            if (!v->fix && *protocol != Protocol::TCP)
                v->fix = variantFix(pc, *protocol);
            if (!v->fix && *protocol != Protocol::TCP) {
                v->fix = Fix{c.translated(
                                 QT_TRANSLATE_NOOP("sd::validation", "Set protocol to TCP")),
                             [i](Service &s) {
                                 if (ServicePort *port = portAt(s, i))
                                     port->protocol.set(Protocol::TCP);
                             }};
            }
            report(c,
                   unsupportedCode(*protocol),
                   portFieldPath(i, u"protocol"),
                   portFieldPos(c, i, &ServicePort::protocol),
                   std::move(*v));
        }
        if (carries(pc.variant, *protocol))
            carried[size_t(*protocol)] = true;
    }

    // Mixed protocols, among those the variant carries at all (the others are reported above),
    // named in alphabetical order.
    if (std::count(carried.begin(), carried.end(), true) < 2)
        return;
    qint64 mixed = 0; // the protocols as bits, for judge()
    for (size_t p = 0; p < carried.size(); ++p)
        mixed |= carried[p] ? qint64(1) << p : 0;
    const SourcePos portsPos = c.posOr(c.spec->ports, c.specPos());
    if (std::optional<Verdict> v = judge(pc, pc.variant.mixed, mixed, [&carried] {
            QStringList names;
            for (Protocol p : {Protocol::SCTP, Protocol::TCP, Protocol::UDP}) {
                if (carried[size_t(p)])
                    names << toString(p);
            }
            return ValidationTr::tr("several protocols (%1) in one Service").arg(names.join(u", "));
        })) {
        static const FieldPath portsPath(u"spec.ports"_s);
        report(c, u"provider-mixed-protocols"_s, portsPath, portsPos, std::move(*v));
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
            if (std::optional<Verdict> v = judge(pc, pc.variant.mixedSamePort, b->port.value(), [b] {
                    return ValidationTr::tr("TCP and UDP on the same port (%1)").arg(b->port.value());
                })) {
                report(c,
                       u"provider-mixed-same-port"_s,
                       portFieldPath(j, u"port"),
                       portFieldPos(c, j, &ServicePort::port),
                       std::move(*v));
            }
            break;
        }
    }
}

} // namespace sd::rules::platform
