// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QString>

#include "model/validation/syntax.h"

namespace sd {

/** The transport a PROXY protocol header describes. */
enum class ProxyTransport { Tcp, Udp };

/** One end of the connection: an IPv4 or IPv6 address and a port. */
struct ProxyEndpoint
{
    syntax::IPAddress address;
    quint16 port = 0;
};

/** Reads `192.0.2.1:443` or `[2001:db8::1]:443`; nullopt when it is neither. */
std::optional<ProxyEndpoint> parseProxyEndpoint(QStringView text);

/** A run of bytes of a header with what it means, for the annotated dump. */
struct ProxyHeaderPart
{
    int offset = 0;
    QByteArray bytes;
    QString meaning; ///< translated: "signature", "source address 192.0.2.1"
};

/** What the workload receives before the client's first byte. */
struct ProxyHeader
{
    int version = 1;
    QByteArray bytes;                   ///< the whole header, exactly as sent
    std::vector<ProxyHeaderPart> parts; ///< `bytes` cut into its fields, in order
};

/** The header, or why the PROXY protocol specification does not allow it. */
struct ProxyHeaderResult
{
    std::optional<ProxyHeader> header;
    QString error; ///< translated; set when `header` is empty
};

/**
 * Builds the header a load balancer sends, following the PROXY protocol specification (haproxy
 * doc/proxy-protocol.txt): version 1 is one text line (`PROXY TCP4 src dst sport dport\r\n`),
 * TCP only; version 2 is the 12-byte signature, version and command (PROXY), family and
 * transport, the length of the address block, then the addresses and ports in network order.
 * Both ends must be of one address family.
 */
ProxyHeaderResult buildProxyHeader(int version,
                                   const ProxyEndpoint &source,
                                   const ProxyEndpoint &destination,
                                   ProxyTransport transport);

/** The bytes as lowercase hex pairs separated by single spaces ("0d 0a 0d 0a ..."). */
QString hexBytes(const QByteArray &bytes);

/** One line per part: offset, hex bytes, meaning, aligned in columns. */
QString annotatedDump(const ProxyHeader &header);

} // namespace sd
