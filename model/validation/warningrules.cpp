// SPDX-License-Identifier: GPL-3.0-or-later
// The address warnings of GetWarningsForService, in the wording of the target version:
// 1.31 and 1.32 use pkg/api/service/warnings.go (netip), 1.33 apimachinery's GetWarningsForIP
// and GetWarningsForCIDR. The object is still created.

#include "model/tr.h"
#include "model/validation/rulecontext_p.h"
#include "model/validation/syntax.h"

namespace sd::rules {

namespace {

bool is133(const RuleContext &c)
{
    return c.environment.version >= KubernetesVersion::V1_33;
}

void ipWarning(
    RuleContext &c, const QString &path, SourcePos pos, const QString &value, bool warnUnparsable)
{
    const auto ip = syntax::parseIP(value);
    const bool strict = syntax::isStrictIP(value);
    if (is133(c)) {
        if (!ip)
            return; // only logged
        if (!strict || (!ip->v4 && syntax::isIPv4(*ip))) {
            c.warning(QStringLiteral("ip-non-standard"),
                      path,
                      pos,
                      ValidationTr::tr(
                          "%1: non-standard IP address %2 will be considered invalid in a "
                          "future Kubernetes release: use %3")
                          .arg(path, quoted(value), quoted(syntax::formatNetIP(*ip))));
        } else if (!ip->v4 && syntax::formatNetipAddr(*ip) != value) {
            c.warning(QStringLiteral("ipv6-non-canonical"),
                      path,
                      pos,
                      ValidationTr::tr(
                          "%1: IPv6 address %2 should be in RFC 5952 canonical format (%3)")
                          .arg(path, quoted(value), quoted(syntax::formatNetipAddr(*ip))));
        }
        return;
    }
    if (!ip && !warnUnparsable)
        return;
    if (!ip || !strict) {
        c.warning(QStringLiteral("ip-non-standard"),
                  path,
                  pos,
                  ValidationTr::tr(
                      "%1: IP address was accepted, but will be invalid in a future Kubernetes "
                      "release: ParseAddr(%2): %3")
                      .arg(path,
                           quoted(value),
                           ip ? ValidationTr::tr("IPv4 field has octet with leading zero")
                              : ValidationTr::tr("unable to parse IP")));
    } else if (!ip->v4 && syntax::formatNetipAddr(*ip) != value) {
        c.warning(QStringLiteral("ipv6-non-canonical"),
                  path,
                  pos,
                  ValidationTr::tr(
                      "%1: IPv6 address %2 is not in RFC 5952 canonical format (%3), which may "
                      "cause controller apply-loops")
                      .arg(path, quoted(value), quoted(syntax::formatNetipAddr(*ip))));
    }
}

// netip.ParsePrefix: a strict address and bits without leading zeros.
bool isStrictCidr(QStringView value)
{
    const qsizetype slash = value.indexOf(u'/');
    if (slash < 0 || !syntax::isStrictIP(value.left(slash)))
        return false;
    const QStringView bits = value.mid(slash + 1);
    return !(bits.size() > 1 && bits.front() == u'0');
}

QString prefixText(const syntax::Cidr &cidr)
{
    return syntax::formatNetipAddr(cidr.address) + u'/' + QString::number(cidr.bits);
}

void cidrWarning(RuleContext &c, const QString &path, SourcePos pos, const QString &value)
{
    const auto cidr = syntax::parseCidr(value);
    const bool strict = isStrictCidr(value);
    if (!is133(c)) {
        if (!strict) {
            c.warning(QStringLiteral("cidr-non-standard"),
                      path,
                      pos,
                      ValidationTr::tr(
                          "%1: IP prefix was accepted, but will be invalid in a future "
                          "Kubernetes release: netip.ParsePrefix(%2)")
                          .arg(path, quoted(value)));
        } else if (cidr && !cidr->address.v4 && prefixText(*cidr) != value) {
            c.warning(QStringLiteral("cidr-non-canonical"),
                      path,
                      pos,
                      ValidationTr::tr(
                          "%1: IPv6 prefix %2 is not in RFC 5952 canonical format (%3), which "
                          "may cause controller apply-loops")
                          .arg(path, quoted(value), quoted(prefixText(*cidr))));
        }
        return;
    }
    if (!cidr)
        return; // only logged
    // The network: the address with its host bits cleared.
    syntax::IPAddress network = cidr->address;
    const bool v4 = syntax::isIPv4(cidr->address);
    const int totalBits = v4 ? 32 : 128;
    const int bits = v4 && !cidr->address.v4 ? std::max(0, cidr->bits - 96) : cidr->bits;
    const size_t first = v4 ? 12 : 0;
    for (int bit = bits; bit < totalBits; ++bit)
        network.bytes[first + size_t(bit / 8)] &= quint8(~(0x80 >> (bit % 8)));
    const QString networkText = syntax::formatNetIP(network) + u'/' + QString::number(bits);
    if (network.bytes != cidr->address.bytes) {
        c.warning(QStringLiteral("cidr-ambiguous"),
                  path,
                  pos,
                  ValidationTr::tr(
                      "%1: CIDR value %2 is ambiguous in this context (should be %3 or %4?)")
                      .arg(path,
                           quoted(value),
                           quoted(networkText),
                           quoted(syntax::formatNetIP(cidr->address) + u'/'
                                  + QString::number(totalBits))));
    }
    if (!strict || (!cidr->address.v4 && v4)) {
        c.warning(QStringLiteral("cidr-non-standard"),
                  path,
                  pos,
                  ValidationTr::tr(
                      "%1: non-standard CIDR value %2 will be considered invalid in a future "
                      "Kubernetes release: use %3")
                      .arg(path, quoted(value), quoted(networkText)));
    } else if (!cidr->address.v4 && prefixText(*cidr) != value) {
        c.warning(QStringLiteral("cidr-non-canonical"),
                  path,
                  pos,
                  ValidationTr::tr(
                      "%1: IPv6 CIDR value %2 should be in RFC 5952 canonical format (%3)")
                      .arg(path, quoted(value), quoted(prefixText(*cidr))));
    }
}

template<typename F>
void eachString(const Field<List<QString>> &list, const QString &path, SourcePos pos, F &&f)
{
    if (const List<QString> *items = list.get()) {
        for (size_t i = 0; i < items->size(); ++i) {
            const Field<QString> &item = (*items)[i];
            if (item.hasValue())
                f(path + u'[' + QString::number(i) + u']',
                  item.pos().isValid() ? item.pos() : pos,
                  item.value());
        }
    }
}

} // namespace

void checkAddressWarnings(RuleContext &c)
{
    const ServiceSpec &spec = *c.spec;
    const QString clusterIP = spec.clusterIP.valueOr({});
    if (!clusterIP.isEmpty() && clusterIP != u"None") {
        const SourcePos pos = c.posOr(spec.clusterIP, c.specPos());
        for (qsizetype i = 0; i < c.clusterIPs.size(); ++i) {
            ipWarning(c,
                      u"spec.clusterIPs[" + QString::number(i) + u']',
                      pos,
                      c.clusterIPs[i],
                      false);
        }
    }
    eachString(spec.externalIPs,
               QStringLiteral("spec.externalIPs"),
               c.posOr(spec.externalIPs, c.specPos()),
               [&](const QString &path, SourcePos pos, const QString &value) {
                   ipWarning(c, path, pos, value, false);
               });
    if (const QString *ip = spec.loadBalancerIP.get(); ip && !ip->isEmpty()) {
        ipWarning(c,
                  QStringLiteral("spec.loadBalancerIP"),
                  c.posOr(spec.loadBalancerIP, c.specPos()),
                  *ip,
                  true);
    }
    eachString(spec.loadBalancerSourceRanges,
               QStringLiteral("spec.loadBalancerSourceRanges"),
               c.posOr(spec.loadBalancerSourceRanges, c.specPos()),
               [&](const QString &path, SourcePos pos, const QString &value) {
                   cidrWarning(c, path, pos, value);
               });
}

} // namespace sd::rules
