// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The selectors of a profile against one Service: annotations, class, spec fields after
// defaulting, ports and the per-port settings a controller resolves, and their combinations.
// Pure functions; profilematch.h builds the variant and hand-off decisions on them.

#include <optional>
#include <type_traits>
#include <vector>

#include <QString>
#include <QStringList>
#include <QStringView>

#include "model/domain/service.h"
#include "model/providers/profile.h"

namespace sd {

/** Where selectors are evaluated: the Service, the profile (for its port settings; may be
 *  nullptr) and, inside a rule with `forEachPort`, the index of the port the rule looks at. */
struct ConditionContext
{
    explicit ConditionContext(const Service &s,
                              const ProviderProfile *p = nullptr,
                              std::optional<size_t> i = std::nullopt)
        : service(s)
        , profile(p)
        , port(i)
    {}

    const Service &service;
    const ProviderProfile *profile = nullptr;
    std::optional<size_t> port;
};

/** Whether the selector holds (its `not` applied). A selector that tests nothing holds. */
bool holds(const Selector &selector, const ConditionContext &context);
/** Whether every selector holds (true for none). */
bool allHold(const std::vector<Selector> &selectors, const ConditionContext &context);

/** The items of a list value split at @p separator, trimmed when @p trim; empty items kept. */
QStringList listItems(const QString &value, const QString &separator, bool trim);

/** The value of the per-port setting @p name for the port at @p index as the profile's
 *  controller resolves it (PortSettings), or nullopt when nothing sets it. */
std::optional<QString> portSetting(const ProviderProfile &profile,
                                   const Service &service,
                                   size_t index,
                                   QStringView name);

/** Whether @p entry (an item of a port list annotation) names the port: its number (digits only,
 *  as strconv.Atoi reads it) or its name. */
bool namesPort(QStringView entry, const ServicePort &port);

/** spec.ports[i].protocol after defaulting; nullopt for a value the API server refuses. */
std::optional<Protocol> portProtocol(const ServicePort &p);

/** The text of a field's value: its value, or the scalar as written when it did not decode. */
template<typename T>
std::optional<QString> fieldText(const Field<T> &f);

namespace detail {
inline QString valueText(const QString &v)
{
    return v;
}
inline QString valueText(int v)
{
    return QString::number(v);
}
inline QString valueText(bool v)
{
    return v ? QStringLiteral("true") : QStringLiteral("false");
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
} // namespace detail

template<typename T>
std::optional<QString> fieldText(const Field<T> &f)
{
    if (f.hasValue())
        return detail::valueText(f.value());
    if (f.isRaw() && !f.isNull() && f.raw()->isScalar())
        return f.raw()->text();
    return std::nullopt;
}

/** Calls `visit(&ServiceSpec::member)` for the spec field a profile names (`spec.sessionAffinity`,
 *  ...); false when the name is not one of them. */
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

/** Whether visitSpecField() knows the field. */
bool isKnownSpecField(QStringView name);

/** The value of a spec field as the controller sees it, after the API server's defaulting
 *  (sessionAffinity None, externalTrafficPolicy Cluster on NodePort and LoadBalancer Services,
 *  internalTrafficPolicy Cluster, allocateLoadBalancerNodePorts true on LoadBalancer ones);
 *  nullopt when it is not set and has no default. */
std::optional<QString> defaultedSpecField(const Service &service, QStringView field);

} // namespace sd
