// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/teaching/proxyheader.h"

#include <algorithm>

#include <QtEndian>

#include "model/tr.h"

namespace sd {

namespace {

// The v2 signature: "\r\n\r\n\0\r\nQUIT\n".
constexpr char kSignature[] = {
    '\x0D', '\x0A', '\x0D', '\x0A', '\x00', '\x0D', '\x0A', '\x51', '\x55', '\x49', '\x54', '\x0A'};

QByteArray bigEndian16(quint16 value)
{
    QByteArray out(2, '\0');
    qToBigEndian(value, out.data());
    return out;
}

// A written dotted quad is IPv4 (its last 4 of the 16 bytes); anything else is IPv6.
QByteArray addressBytes(const syntax::IPAddress &address)
{
    const char *data = reinterpret_cast<const char *>(address.bytes.data());
    return address.v4 ? QByteArray(data + 12, 4) : QByteArray(data, 16);
}

QString addressText(const syntax::IPAddress &address)
{
    return syntax::formatNetipAddr(address);
}

ProxyHeaderResult failure(const QString &error)
{
    return {std::nullopt, error};
}

ProxyHeader versionOne(const ProxyEndpoint &source, const ProxyEndpoint &destination)
{
    const QByteArray family = source.address.v4 ? "TCP4" : "TCP6";
    const QByteArray src = addressText(source.address).toLatin1();
    const QByteArray dst = addressText(destination.address).toLatin1();
    const QByteArray sport = QByteArray::number(source.port);
    const QByteArray dport = QByteArray::number(destination.port);
    ProxyHeader h;
    h.version = 1;
    // Each field with the space before it, so that the parts add up to the line.
    const std::vector<std::pair<QByteArray, QString>> fields = {
        {"PROXY", TeachingTr::tr("the word PROXY")},
        {' ' + family,
         TeachingTr::tr("the protocol and address family (%1)").arg(QLatin1String(family))},
        {' ' + src, TeachingTr::tr("source address %1").arg(QLatin1String(src))},
        {' ' + dst, TeachingTr::tr("destination address %1").arg(QLatin1String(dst))},
        {' ' + sport, TeachingTr::tr("source port %1").arg(source.port)},
        {' ' + dport, TeachingTr::tr("destination port %1").arg(destination.port)},
        {"\r\n", TeachingTr::tr("the end of the line (CR LF)")},
    };
    for (const auto &[bytes, meaning] : fields) {
        h.parts.push_back({int(h.bytes.size()), bytes, meaning});
        h.bytes += bytes;
    }
    return h;
}

ProxyHeader versionTwo(const ProxyEndpoint &source,
                       const ProxyEndpoint &destination,
                       ProxyTransport transport)
{
    const bool v4 = source.address.v4;
    const bool udp = transport == ProxyTransport::Udp;
    // High nibble: AF_INET 1 or AF_INET6 2; low nibble: STREAM 1 or DGRAM 2.
    const char family = char((v4 ? 0x10 : 0x20) | (udp ? 0x02 : 0x01));
    const quint16 length = v4 ? 12 : 36;
    const QString familyText = v4 ? (udp ? TeachingTr::tr("UDP over IPv4")
                                         : TeachingTr::tr("TCP over IPv4"))
                                  : (udp ? TeachingTr::tr("UDP over IPv6")
                                         : TeachingTr::tr("TCP over IPv6"));
    ProxyHeader h;
    h.version = 2;
    const std::vector<std::pair<QByteArray, QString>> fields = {
        {QByteArray(kSignature, sizeof kSignature), TeachingTr::tr("signature")},
        {QByteArray(1, '\x21'), TeachingTr::tr("version 2, command PROXY")},
        {QByteArray(1, family), TeachingTr::tr("address family and transport: %1").arg(familyText)},
        {bigEndian16(length),
         TeachingTr::tr("length of the addresses that follow: %1 bytes").arg(length)},
        {addressBytes(source.address),
         TeachingTr::tr("source address %1").arg(addressText(source.address))},
        {addressBytes(destination.address),
         TeachingTr::tr("destination address %1").arg(addressText(destination.address))},
        {bigEndian16(source.port), TeachingTr::tr("source port %1").arg(source.port)},
        {bigEndian16(destination.port), TeachingTr::tr("destination port %1").arg(destination.port)},
    };
    for (const auto &[bytes, meaning] : fields) {
        h.parts.push_back({int(h.bytes.size()), bytes, meaning});
        h.bytes += bytes;
    }
    return h;
}

} // namespace

std::optional<ProxyEndpoint> parseProxyEndpoint(QStringView text)
{
    QStringView host;
    QStringView port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u"]:");
        if (close < 0)
            return std::nullopt;
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon < 0 || text.count(u':') != 1)
            return std::nullopt;
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    // Plain addresses only, as strict as Go's netip (no leading zeros, no zone).
    const std::optional<syntax::IPAddress> address = syntax::parseIP(host);
    if (!address || !syntax::isStrictIP(host))
        return std::nullopt;
    if (port.isEmpty() || port.size() > 5)
        return std::nullopt;
    for (QChar ch : port) {
        if (!ch.isDigit())
            return std::nullopt;
    }
    const int number = port.toInt();
    if (number > 65535)
        return std::nullopt;
    return ProxyEndpoint{*address, quint16(number)};
}

ProxyHeaderResult buildProxyHeader(int version,
                                   const ProxyEndpoint &source,
                                   const ProxyEndpoint &destination,
                                   ProxyTransport transport)
{
    if (version != 1 && version != 2)
        return failure(TeachingTr::tr("PROXY protocol has versions 1 and 2, not %1").arg(version));
    if (source.address.v4 != destination.address.v4) {
        return failure(
            TeachingTr::tr("the source and the destination must both be IPv4 or both IPv6: "
                           "a PROXY header has one address family"));
    }
    if (version == 1 && transport == ProxyTransport::Udp) {
        return failure(
            TeachingTr::tr("PROXY protocol version 1 describes TCP connections only; use "
                           "version 2 for UDP"));
    }
    if (version == 1)
        return {versionOne(source, destination), {}};
    return {versionTwo(source, destination, transport), {}};
}

QString hexBytes(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

QString annotatedDump(const ProxyHeader &header)
{
    // Version 1 is text: show it as text, with CR LF spelled out.
    auto shown = [&header](const QByteArray &bytes) -> QString {
        if (header.version == 2)
            return hexBytes(bytes);
        QString text = QString::fromLatin1(bytes);
        text.replace(QStringLiteral("\r"), QStringLiteral("\\r"))
            .replace(QStringLiteral("\n"), QStringLiteral("\\n"));
        return u'"' + text + u'"';
    };
    qsizetype width = 0;
    for (const ProxyHeaderPart &p : header.parts)
        width = std::max(width, shown(p.bytes).size());
    QString out;
    for (const ProxyHeaderPart &p : header.parts) {
        out += QStringLiteral("%1  ").arg(p.offset, 4, 16, QLatin1Char('0'));
        out += shown(p.bytes).leftJustified(width + 2) + p.meaning + u'\n';
    }
    return out;
}

} // namespace sd
