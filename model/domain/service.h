// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <variant>

#include <QString>

#include "model/domain/enums.h"
#include "model/domain/field.h"

namespace sd {

/** `targetPort`: a port number or the name of a container port (`IntOrString` in the API). */
class IntOrString
{
public:
    IntOrString() = default;
    IntOrString(int number)
        : m_value(number)
    {} // NOLINT: implicit by design
    IntOrString(QString name)
        : m_value(std::move(name))
    {} // NOLINT: implicit by design

    bool isInt() const { return std::holds_alternative<int>(m_value); }
    bool isString() const { return !isInt(); }
    int toInt() const { return isInt() ? std::get<int>(m_value) : 0; }
    QString toString() const
    {
        return isInt() ? QString::number(std::get<int>(m_value)) : std::get<QString>(m_value);
    }

    friend bool operator==(const IntOrString &, const IntOrString &) = default;

private:
    std::variant<int, QString> m_value = 0;
};

/** `metadata`. Everything but the fields named here (uid, resourceVersion, ownerReferences, ...)
 *  is kept in `extras` as written. */
struct ObjectMeta
{
    Field<QString> name;
    Field<QString> generateName;
    Field<QString> namespaceName; ///< `namespace`
    Field<StringMap> labels;
    Field<StringMap> annotations;
    Extras extras;

    friend bool operator==(const ObjectMeta &, const ObjectMeta &) = default;
};

/** One item of `spec.ports`. */
struct ServicePort
{
    Field<QString> name;
    Field<Protocol> protocol;
    Field<QString> appProtocol;
    Field<int> port;
    Field<IntOrString> targetPort;
    Field<int> nodePort;
    Extras extras;

    friend bool operator==(const ServicePort &, const ServicePort &) = default;
};

/** `spec.sessionAffinityConfig.clientIP`. */
struct ClientIPConfig
{
    Field<int> timeoutSeconds;
    Extras extras;

    friend bool operator==(const ClientIPConfig &, const ClientIPConfig &) = default;
};

/** `spec.sessionAffinityConfig`. */
struct SessionAffinityConfig
{
    Field<ClientIPConfig> clientIP;
    Extras extras;

    friend bool operator==(const SessionAffinityConfig &, const SessionAffinityConfig &) = default;
};

/** `spec` of a v1 Service, every field as of Kubernetes 1.33. */
struct ServiceSpec
{
    Field<ServiceType> type;
    Field<StringMap> selector;
    Field<List<ServicePort>> ports;
    Field<QString> clusterIP;
    Field<List<QString>> clusterIPs;
    Field<List<QString>> externalIPs;
    Field<QString> externalName;
    Field<SessionAffinity> sessionAffinity;
    Field<SessionAffinityConfig> sessionAffinityConfig;
    Field<QString> loadBalancerIP;
    Field<List<QString>> loadBalancerSourceRanges;
    Field<QString> loadBalancerClass;
    Field<TrafficPolicy> externalTrafficPolicy;
    Field<TrafficPolicy> internalTrafficPolicy;
    Field<int> healthCheckNodePort;
    Field<bool> publishNotReadyAddresses;
    Field<List<IPFamily>> ipFamilies;
    Field<IPFamilyPolicy> ipFamilyPolicy;
    Field<bool> allocateLoadBalancerNodePorts;
    Field<QString> trafficDistribution;
    Extras extras;

    friend bool operator==(const ServiceSpec &, const ServiceSpec &) = default;
};

/** A v1 Service as its author wrote it: nothing defaulted, nothing dropped. */
struct Service
{
    Field<QString> apiVersion;
    Field<QString> kind;
    Field<ObjectMeta> metadata;
    Field<ServiceSpec> spec;
    Field<Node> status; ///< kept as is
    Extras extras;      ///< unknown top-level fields
    SourcePos pos;      ///< where the object starts in its file

    /** metadata.name, or an empty string. */
    QString name() const;
    /** metadata.namespace, or an empty string. */
    QString namespaceName() const;
    /** The ports, or an empty list when there are none (or they are not a list). */
    const List<ServicePort> &ports() const;
    /** The effective type: spec.type, or ClusterIP when it is not set (the API's default). */
    ServiceType effectiveType() const;
    /** `spec`, made empty first when it is absent (or not an object), for an edit. */
    ServiceSpec &editSpec();
    /** `metadata`, made empty first when it is absent (or not an object), for an edit. */
    ObjectMeta &editMetadata();
    /** `spec`, or an empty one when it is absent. */
    const ServiceSpec &specOrEmpty() const;
    /** `metadata`, or an empty one when it is absent. */
    const ObjectMeta &metadataOrEmpty() const;

    /** Equal in content; positions do not count. */
    friend bool operator==(const Service &a, const Service &b)
    {
        return a.apiVersion == b.apiVersion && a.kind == b.kind && a.metadata == b.metadata
               && a.spec == b.spec && a.status == b.status && a.extras == b.extras;
    }
};

/** A Service's spec and metadata for reading (empty when absent) and for an edit (made when
 *  absent): one name for both, so that code reads the same either way. */
inline const ServiceSpec &specOf(const Service &s)
{
    return s.specOrEmpty();
}
inline ServiceSpec &specOf(Service &s)
{
    return s.editSpec();
}
inline const ObjectMeta &metaOf(const Service &s)
{
    return s.metadataOrEmpty();
}
inline ObjectMeta &metaOf(Service &s)
{
    return s.editMetadata();
}

} // namespace sd
