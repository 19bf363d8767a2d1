// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>

#include <QString>
#include <QStringView>

namespace sd {

enum class Protocol { TCP, UDP, SCTP };
enum class ServiceType { ClusterIP, NodePort, LoadBalancer, ExternalName };
enum class SessionAffinity { None, ClientIP };
/** spec.externalTrafficPolicy and spec.internalTrafficPolicy share their values. */
enum class TrafficPolicy { Cluster, Local };
enum class IPFamily { IPv4, IPv6 };
enum class IPFamilyPolicy { SingleStack, PreferDualStack, RequireDualStack };

/** The spelling of each value of an enum, as the API writes it. One table per enum, used only
 *  at the boundaries (YAML, combo boxes, the CLI). */
template<typename E>
struct EnumNames;

#define SD_ENUM_NAMES(E) \
    template<> \
    struct EnumNames<E> \
    { \
        static std::span<const QStringView> names(); \
    };
SD_ENUM_NAMES(Protocol)
SD_ENUM_NAMES(ServiceType)
SD_ENUM_NAMES(SessionAffinity)
SD_ENUM_NAMES(TrafficPolicy)
SD_ENUM_NAMES(IPFamily)
SD_ENUM_NAMES(IPFamilyPolicy)
#undef SD_ENUM_NAMES

/** The API spelling of a value (`Protocol::SCTP` → "SCTP"). */
template<typename E>
QString toString(E value)
{
    return EnumNames<E>::names()[size_t(value)].toString();
}

/** The value for an API spelling; case-sensitive, as the API server is. */
template<typename E>
std::optional<E> parseEnum(QStringView text)
{
    const auto names = EnumNames<E>::names();
    for (size_t i = 0; i < names.size(); ++i) {
        if (names[i] == text)
            return E(i);
    }
    return std::nullopt;
}

/** Every value of an enum, in declaration order. */
template<typename E>
size_t enumCount()
{
    return EnumNames<E>::names().size();
}

} // namespace sd
