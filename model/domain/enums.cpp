// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/domain/enums.h"

namespace sd {

namespace {
constexpr QStringView protocolNames[] = {u"TCP", u"UDP", u"SCTP"};
constexpr QStringView serviceTypeNames[]
    = {u"ClusterIP", u"NodePort", u"LoadBalancer", u"ExternalName"};
constexpr QStringView sessionAffinityNames[] = {u"None", u"ClientIP"};
constexpr QStringView trafficPolicyNames[] = {u"Cluster", u"Local"};
constexpr QStringView ipFamilyNames[] = {u"IPv4", u"IPv6"};
constexpr QStringView ipFamilyPolicyNames[] = {u"SingleStack",
                                               u"PreferDualStack",
                                               u"RequireDualStack"};
} // namespace

std::span<const QStringView> EnumNames<Protocol>::names()
{
    return protocolNames;
}
std::span<const QStringView> EnumNames<ServiceType>::names()
{
    return serviceTypeNames;
}
std::span<const QStringView> EnumNames<SessionAffinity>::names()
{
    return sessionAffinityNames;
}
std::span<const QStringView> EnumNames<TrafficPolicy>::names()
{
    return trafficPolicyNames;
}
std::span<const QStringView> EnumNames<IPFamily>::names()
{
    return ipFamilyNames;
}
std::span<const QStringView> EnumNames<IPFamilyPolicy>::names()
{
    return ipFamilyPolicyNames;
}

} // namespace sd
