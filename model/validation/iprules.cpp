// SPDX-License-Identifier: GPL-3.0-or-later
// ValidateServiceClusterIPsRelatedFields (IP2, IP3, IP5, IP7-IP11; IP4 and IP6 are decode-level
// findings), the registry's policy checks (A2, A3) and externalIPs (EIP1-EIP5).

#include <algorithm>

#include "model/tr.h"
#include "model/validation/rulecontext_p.h"
#include "model/validation/syntax.h"

namespace sd::rules {

namespace {

// How Go prints a []string in a field error.
QString goStrings(const QStringList &values)
{
    QStringList items;
    for (const QString &v : values)
        items << quoted(v);
    return u"[]string{" + items.join(u", ") + u'}';
}

// The text of each family as written (raw strings included), for the duplicate check.
QStringList familyTexts(const ServiceSpec &spec)
{
    QStringList out;
    if (const List<IPFamily> *families = spec.ipFamilies.get()) {
        for (const Field<IPFamily> &f : *families) {
            if (f.hasValue())
                out << toString(f.value());
            else if (f.isRaw() && f.raw()->isScalar())
                out << f.raw()->text();
            else
                out << QString();
        }
    }
    return out;
}

// Returns true when the IPs themselves are broken (the API stops there).
bool checkClusterIPList(RuleContext &c, const ServiceSpec &spec, SourcePos pos)
{
    const QString path = QStringLiteral("spec.clusterIPs");
    const QString clusterIP = spec.clusterIP.valueOr({});
    QStringList explicitIPs;
    if (const List<QString> *ips = spec.clusterIPs.get()) {
        for (const Field<QString> &ip : *ips)
            explicitIPs << ip.valueOr({});
    }
    if (!clusterIP.isEmpty() && !explicitIPs.isEmpty() && explicitIPs[0] != clusterIP) {
        c.invalid(QStringLiteral("cluster-ips-mismatch"),
                  path,
                  pos,
                  goStrings(explicitIPs),
                  {ValidationTr::tr("first value must match `clusterIP`")});
    } else if (clusterIP.isEmpty() && !explicitIPs.isEmpty()) {
        c.invalid(QStringLiteral("cluster-ips-without-cluster-ip"),
                  path,
                  pos,
                  goStrings(explicitIPs),
                  {ValidationTr::tr("must be empty when `clusterIP` is not specified")},
                  Fix{ValidationTr::tr("Set clusterIP to the first of clusterIPs"), [](Service &s) {
                          ServiceSpec *sp = s.spec.get();
                          if (sp && sp->clusterIPs.hasValue() && !sp->clusterIPs.value().empty())
                              sp->clusterIP.set(sp->clusterIPs.value()[0].valueOr({}));
                      }});
    }

    const QStringList &ips = c.clusterIPs;
    bool broken = false;
    for (qsizetype i = 0; i < ips.size(); ++i) {
        if (i == 0 && ips[0] == u"None") {
            if (ips.size() > 1) {
                broken = true;
                c.invalid(QStringLiteral("cluster-ips-none-not-alone"),
                          path,
                          pos,
                          goStrings(ips),
                          {ValidationTr::tr("'None' must be the first and only value")});
            }
            continue;
        }
        const QStringList errors = syntax::ipErrors(ips[i]);
        broken = broken || !errors.isEmpty();
        c.invalidQuoted(QStringLiteral("cluster-ip-invalid"),
                        path + u'[' + QString::number(i) + u']',
                        pos,
                        ips[i],
                        errors);
    }
    if (ips.size() > 2) {
        c.invalid(QStringLiteral("cluster-ips-too-many"),
                  path,
                  pos,
                  goStrings(ips),
                  {ValidationTr::tr("may only hold up to 2 values")});
    }
    return broken;
}

void checkFamilies(RuleContext &c, const ServiceSpec &spec, SourcePos pos)
{
    const QStringList families = familyTexts(spec);
    const List<IPFamily> *list = spec.ipFamilies.get();
    for (qsizetype i = 0; i < families.size(); ++i) {
        if (families.mid(0, i).contains(families[i])) {
            const Field<IPFamily> &f = (*list)[size_t(i)];
            c.duplicate(QStringLiteral("ip-family-duplicate"),
                        u"spec.ipFamilies[" + QString::number(i) + u']',
                        c.posOr(f, c.posOr(spec.ipFamilies, pos)),
                        quoted(families[i]));
        }
    }
}

void checkDualStack(RuleContext &c, const ServiceSpec &spec, SourcePos pos)
{
    const QStringList &ips = c.clusterIPs;
    const QString path = QStringLiteral("spec.clusterIPs");
    if (ips.size() > 1) {
        bool v4 = false;
        bool v6 = false;
        for (const QString &ip : ips) {
            const auto parsed = syntax::parseIP(ip);
            (parsed && !syntax::isIPv4(*parsed) ? v6 : v4) = true;
        }
        if (!(v4 && v6)) {
            c.invalid(QStringLiteral("cluster-ips-same-family"),
                      path,
                      pos,
                      goStrings(ips),
                      {ValidationTr::tr("may specify no more than one IP for each IP family")});
        }
    }
    const QStringList families = familyTexts(spec);
    if (c.headless)
        return;
    for (qsizetype i = 0; i < ips.size() && i < families.size(); ++i) {
        const auto parsed = syntax::parseIP(ips[i]);
        const bool ipv6 = parsed && !syntax::isIPv4(*parsed);
        const QString at = path + u'[' + QString::number(i) + u']';
        if (families[i] == u"IPv4" && ipv6) {
            c.invalidQuoted(QStringLiteral("cluster-ip-family-mismatch"),
                            at,
                            pos,
                            ips[i],
                            {ValidationTr::tr(
                                 "expected an IPv4 value as indicated by `ipFamilies[%1]`")
                                 .arg(i)});
        } else if (families[i] == u"IPv6" && !ipv6) {
            c.invalidQuoted(QStringLiteral("cluster-ip-family-mismatch"),
                            at,
                            pos,
                            ips[i],
                            {ValidationTr::tr(
                                 "expected an IPv6 value as indicated by `ipFamilies[%1]`")
                                 .arg(i)});
        }
    }
}

// initIPFamilyFields: an omitted policy is SingleStack, except for headless+selectorless.
void checkPolicy(RuleContext &c, const ServiceSpec &spec)
{
    const bool selectorless = !spec.selector.hasValue() || spec.selector.value().isEmpty();
    IPFamilyPolicy policy = IPFamilyPolicy::SingleStack;
    if (spec.ipFamilyPolicy.hasValue())
        policy = spec.ipFamilyPolicy.value();
    else if (spec.ipFamilyPolicy.isRaw() && !spec.ipFamilyPolicy.isNull())
        return; // unsupported value, reported already
    else if (c.headless && selectorless)
        policy = IPFamilyPolicy::RequireDualStack;
    if (policy != IPFamilyPolicy::SingleStack)
        return;
    if (const List<IPFamily> *families = spec.ipFamilies.get()) {
        if (std::any_of(families->begin(), families->end(), [](const Field<IPFamily> &f) {
                return !f.hasValue();
            }))
            return; // an unsupported family, reported already
    }
    const QString path = QStringLiteral("spec.ipFamilyPolicy");
    const SourcePos pos = c.posOr(spec.ipFamilyPolicy, c.specPos());
    // Made for a finding only: most Services get none here.
    const auto preferDualStack = [] {
        return Fix{ValidationTr::tr("Set ipFamilyPolicy to PreferDualStack"), [](Service &s) {
                       if (ServiceSpec *sp = s.spec.get())
                           sp->ipFamilyPolicy.set(IPFamilyPolicy::PreferDualStack);
                   }};
    };
    if (c.clusterIPs.size() == 2) {
        c.invalidQuoted(QStringLiteral("ip-family-policy-single-stack"),
                        path,
                        pos,
                        QStringLiteral("SingleStack"),
                        {ValidationTr::tr(
                            "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster "
                            "IPs are specified")},
                        preferDualStack());
    }
    if (familyTexts(spec).size() == 2) {
        c.invalidQuoted(QStringLiteral("ip-family-policy-single-stack"),
                        path,
                        pos,
                        QStringLiteral("SingleStack"),
                        {ValidationTr::tr(
                            "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP "
                            "families are specified")},
                        preferDualStack());
    }
}

void checkExternalIPs(RuleContext &c, const ServiceSpec &spec)
{
    const List<QString> *ips = spec.externalIPs.get();
    if (!ips)
        return;
    for (size_t i = 0; i < ips->size(); ++i) {
        const Field<QString> &f = (*ips)[i];
        if (f.isRaw() && !f.isNull())
            continue;
        const QString ip = f.valueOr({});
        const QString path = u"spec.externalIPs[" + QString::number(i) + u']';
        const SourcePos pos = c.posOr(f, c.posOr(spec.externalIPs, c.specPos()));
        const QString code = QStringLiteral("external-ip-invalid");
        const auto parsed = syntax::parseIP(ip);
        if (!parsed) {
            c.invalidQuoted(code, path, pos, ip, syntax::ipErrors(ip));
            continue;
        }
        const auto &b = parsed->bytes;
        const bool v4 = syntax::isIPv4(*parsed);
        QStringList errors;
        const bool zero = std::all_of(v4 ? b.begin() + 12 : b.begin(), b.end(), [](quint8 x) {
            return x == 0;
        });
        if (zero)
            errors << ValidationTr::tr("may not be unspecified (%1)").arg(ip);
        const bool v6Loopback = !v4 && std::all_of(b.begin(), b.end() - 1, [](quint8 x) {
            return x == 0;
        }) && b[15] == 1;
        if (v4 ? b[12] == 127 : v6Loopback)
            errors << ValidationTr::tr("may not be in the loopback range (127.0.0.0/8, ::1/128)");
        if (v4 ? (b[12] == 169 && b[13] == 254) : (b[0] == 0xFE && (b[1] & 0xC0) == 0x80))
            errors << ValidationTr::tr(
                "may not be in the link-local range (169.254.0.0/16, fe80::/10)");
        if (v4 ? (b[12] == 224 && b[13] == 0 && b[14] == 0)
               : (b[0] == 0xFF && (b[1] & 0x0F) == 0x02))
            errors << ValidationTr::tr(
                "may not be in the link-local multicast range (224.0.0.0/24, "
                "ff02::/10)");
        c.invalidQuoted(code, path, pos, ip, errors);
    }
}

// The registry's checks that depend on the cluster (alloc.go: initIPFamilyFields, allocIPs).
// With the Service CIDRs given they are the API server's errors; without them, warnings that
// say what the cluster must have.

bool cidrContains(const syntax::Cidr &cidr, const syntax::IPAddress &ip)
{
    const bool v4 = syntax::isIPv4(cidr.address);
    if (v4 != syntax::isIPv4(ip))
        return false;
    const int offset = v4 ? 12 : 0;
    int bits = cidr.bits;
    for (int i = offset; i < 16 && bits > 0; ++i, bits -= 8) {
        const quint8 mask = bits >= 8 ? 0xFF : quint8(0xFF << (8 - bits));
        if ((cidr.address.bytes[size_t(i)] & mask) != (ip.bytes[size_t(i)] & mask))
            return false;
    }
    return true;
}

// Where an address of a Service CIDR stands for the allocator: its network address (and, for
// IPv4, its broadcast address) is never handed out (ipallocator: "Don't use the network's .0
// address", "Don't use the IPv4 network's broadcast address"), and the first address after the
// network address is the `kubernetes` Service's on every cluster (controlplane ServiceIPRange:
// GetIndexedIP(range, 1)), for the primary, first-given CIDR.
enum class CidrAddress { Other, Unusable, First };

CidrAddress cidrAddress(const syntax::Cidr &cidr, const syntax::IPAddress &ip)
{
    const bool v4 = syntax::isIPv4(cidr.address);
    const int offset = v4 ? 12 : 0;
    bool network = true;   // every host bit 0
    bool broadcast = true; // every host bit 1
    bool first = true;     // only the lowest host bit 1
    for (int i = offset; i < 16; ++i) {
        const int bitsBefore = (i - offset) * 8;
        const int hostBits = std::clamp(bitsBefore + 8 - cidr.bits, 0, 8);
        const quint8 hostMask = hostBits == 0 ? 0 : quint8(0xFF >> (8 - hostBits));
        const quint8 host = ip.bytes[size_t(i)] & hostMask;
        network = network && host == 0;
        broadcast = broadcast && host == hostMask;
        first = first && host == (i == 15 ? (hostMask & 1) : 0);
    }
    // A /32 or /128 has no host bits: nothing to say.
    if (cidr.bits >= (v4 ? 32 : 128))
        return CidrAddress::Other;
    if (network || (v4 && broadcast))
        return CidrAddress::Unusable;
    return first ? CidrAddress::First : CidrAddress::Other;
}

void checkCluster(RuleContext &c, const ServiceSpec &spec)
{
    const bool selectorless = !spec.selector.hasValue() || spec.selector.value().isEmpty();
    const bool headlessSelectorless = c.headless && selectorless;
    const QStringList families = familyTexts(spec);
    const ClusterSettings &cluster = c.environment.cluster;
    const SourcePos specPos = c.specPos();

    if (!cluster.knowsServiceCidrs()) {
        const bool requireDual = spec.ipFamilyPolicy.hasValue()
                                 && spec.ipFamilyPolicy.value() == IPFamilyPolicy::RequireDualStack;
        if (requireDual && !headlessSelectorless) {
            c.warning(QStringLiteral("needs-dual-stack-cluster"),
                      QStringLiteral("spec.ipFamilyPolicy"),
                      c.posOr(spec.ipFamilyPolicy, specPos),
                      ValidationTr::tr(
                          "RequireDualStack needs a dual-stack cluster: a single-stack cluster "
                          "rejects it (give the cluster's Service CIDRs to check)"));
        }
        bool wantsV6 = families.contains(QStringLiteral("IPv6")) && !headlessSelectorless;
        for (const QString &ip : c.clusterIPs) {
            const auto parsed = syntax::parseIP(ip);
            wantsV6 = wantsV6 || (parsed && !syntax::isIPv4(*parsed));
        }
        const bool preferOnly = spec.ipFamilyPolicy.hasValue()
                                && spec.ipFamilyPolicy.value() == IPFamilyPolicy::PreferDualStack
                                && !families.isEmpty() && families.first() == u"IPv4";
        if (wantsV6 && !requireDual && !preferOnly) {
            c.warning(QStringLiteral("needs-ipv6-cluster"),
                      QStringLiteral("spec.ipFamilies"),
                      c.posOr(spec.ipFamilies, c.posOr(spec.clusterIPs, specPos)),
                      ValidationTr::tr(
                          "needs a cluster that serves IPv6: a single-stack IPv4 cluster "
                          "rejects it (give the cluster's Service CIDRs to check)"));
        }
        for (const QString &ip : c.clusterIPs) {
            if (ip == u"None" || ip.isEmpty())
                continue;
            c.warning(QStringLiteral("cluster-ip-needs-range"),
                      QStringLiteral("spec.clusterIPs"),
                      c.posOr(spec.clusterIP, c.posOr(spec.clusterIPs, specPos)),
                      ValidationTr::tr(
                          "%1 must be inside the cluster's Service CIDR (10.96.0.0/12 on a "
                          "default kubeadm cluster) and not used by another Service")
                          .arg(ip));
        }
        return;
    }

    std::vector<syntax::Cidr> cidrs;
    for (const QString &text : cluster.serviceCidrs) {
        if (const auto cidr = syntax::parseCidr(text.trimmed()))
            cidrs.push_back(*cidr);
    }
    const bool servesV4 = std::any_of(cidrs.begin(), cidrs.end(), [](const syntax::Cidr &x) {
        return syntax::isIPv4(x.address);
    });
    const bool servesV6 = std::any_of(cidrs.begin(), cidrs.end(), [](const syntax::Cidr &x) {
        return !syntax::isIPv4(x.address);
    });
    const bool dualStack = servesV4 && servesV6;

    // A4: cluster IPs of a family the cluster does not serve.
    bool familyError = false;
    for (qsizetype i = 0; i < c.clusterIPs.size(); ++i) {
        const auto parsed = syntax::parseIP(c.clusterIPs[i]);
        if (!parsed)
            continue;
        const bool v4 = syntax::isIPv4(*parsed);
        if (v4 ? !servesV4 : !servesV6) {
            familyError = true;
            c.invalidQuoted(QStringLiteral("cluster-ip-family-not-served"),
                            u"spec.clusterIPs[" + QString::number(i) + u']',
                            c.posOr(spec.clusterIPs, c.posOr(spec.clusterIP, specPos)),
                            c.clusterIPs[i],
                            {v4 ? ValidationTr::tr("IPv4 is not configured on this cluster")
                                : ValidationTr::tr("IPv6 is not configured on this cluster")});
        }
    }
    // A5: RequireDualStack on a single-stack cluster.
    if (!dualStack && !headlessSelectorless && spec.ipFamilyPolicy.hasValue()
        && spec.ipFamilyPolicy.value() == IPFamilyPolicy::RequireDualStack) {
        familyError = true;
        c.invalidQuoted(QStringLiteral("dual-stack-not-configured"),
                        QStringLiteral("spec.ipFamilyPolicy"),
                        c.posOr(spec.ipFamilyPolicy, specPos),
                        QStringLiteral("RequireDualStack"),
                        {ValidationTr::tr(
                            "this cluster is not configured for dual-stack services")});
    }
    // A6: families the cluster does not serve.
    if (!headlessSelectorless) {
        const List<IPFamily> *list = spec.ipFamilies.get();
        for (qsizetype i = 0; i < families.size(); ++i) {
            const bool v4 = families[i] == u"IPv4";
            if (v4 ? servesV4 : servesV6)
                continue;
            familyError = true;
            const SourcePos pos = list ? c.posOr((*list)[size_t(i)],
                                                 c.posOr(spec.ipFamilies, specPos))
                                       : specPos;
            c.invalidQuoted(QStringLiteral("ip-family-not-configured"),
                            u"spec.ipFamilies[" + QString::number(i) + u']',
                            pos,
                            families[i],
                            {ValidationTr::tr("not configured on this cluster")});
        }
    }
    if (familyError)
        return;
    // A7: a requested cluster IP must be inside one of the Service CIDRs.
    for (const QString &ip : c.clusterIPs) {
        const auto parsed = syntax::parseIP(ip);
        if (!parsed)
            continue;
        const bool inside = std::any_of(cidrs.begin(), cidrs.end(), [&](const syntax::Cidr &x) {
            return cidrContains(x, *parsed);
        });
        // Inside a CIDR, but an address the allocator never gives (the network and IPv4
        // broadcast addresses are "not in the valid range"), or the kubernetes Service's.
        CidrAddress place = CidrAddress::Other;
        for (size_t k = 0; k < cidrs.size() && inside; ++k) {
            if (!cidrContains(cidrs[k], *parsed))
                continue;
            place = cidrAddress(cidrs[k], *parsed);
            if (place == CidrAddress::First && k != 0)
                place = CidrAddress::Other;
            break;
        }
        if (place == CidrAddress::First) {
            c.invalid(QStringLiteral("cluster-ip-allocated"),
                      QStringLiteral("spec.clusterIPs"),
                      c.posOr(spec.clusterIP, c.posOr(spec.clusterIPs, specPos)),
                      goStrings(c.clusterIPs),
                      {ValidationTr::tr(
                           "failed to allocate IP %1: provided IP is already allocated")
                           .arg(ip)});
            continue;
        }
        if (inside && place == CidrAddress::Other)
            continue;
        QStringList ranges;
        for (const syntax::Cidr &x : cidrs) {
            if (syntax::isIPv4(x.address) == syntax::isIPv4(*parsed))
                ranges << syntax::formatNetIP(x.address) + u'/' + QString::number(x.bits);
        }
        c.invalid(QStringLiteral("cluster-ip-out-of-range"),
                  QStringLiteral("spec.clusterIPs"),
                  c.posOr(spec.clusterIP, c.posOr(spec.clusterIPs, specPos)),
                  goStrings(c.clusterIPs),
                  {ValidationTr::tr(
                       "failed to allocate IP %1: provided IP is not in the valid range. The "
                       "range of valid IPs is %2")
                       .arg(ip, ranges.join(QStringLiteral(", ")))});
    }
}

} // namespace

void checkAddresses(RuleContext &c)
{
    const ServiceSpec &spec = *c.spec;
    checkExternalIPs(c, spec);
    if (c.isType(ServiceType::ExternalName))
        return;
    const SourcePos pos = spec.clusterIPs.pos().isValid() ? spec.clusterIPs.pos()
                                                          : c.posOr(spec.clusterIP, c.specPos());
    const std::size_t before = c.findingCount();
    checkFamilies(c, spec, c.specPos());
    if (checkClusterIPList(c, spec, pos))
        return;
    checkDualStack(c, spec, pos);
    // The registry's checks run only when the fields passed ValidateServiceClusterIPsRelatedFields.
    if (c.findingCount() == before)
        checkPolicy(c, spec);
    if (c.findingCount() == before)
        checkCluster(c, spec);
}

} // namespace sd::rules
