// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The syntax checks of k8s.io/apimachinery/pkg/util/validation, as pure functions. Each returns
// the API server's messages for a value (translated; empty when the value is valid), one message
// per error the server would report.

#include <array>
#include <optional>

#include <QStringList>
#include <QStringView>

namespace sd::syntax {

/** A string as Go's %q prints it in field errors: "value". */
QString quoted(const QString &value);

/** The length in UTF-8 bytes, as Go's len() counts a string. */
qsizetype byteLength(QStringView value);

QStringList dns1035LabelErrors(QStringView value);
QStringList dns1123LabelErrors(QStringView value);
QStringList dns1123SubdomainErrors(QStringView value);
/** `[prefix/]name`: label and annotation keys, appProtocol, loadBalancerClass. */
QStringList qualifiedNameErrors(QStringView value);
QStringList labelValueErrors(QStringView value);
/** IANA_SVC_NAME (a string targetPort). */
QStringList portNameErrors(QStringView value);
/** "must be between 1 and 65535, inclusive" for anything outside 1..65535. */
QStringList portNumberErrors(int value);
/** Go 1.16 net.ParseIP: leading zeros allowed, no zone, no suffix, no blanks. */
QStringList ipErrors(QStringView value);
/** Go 1.16 net.ParseCIDR: host bits allowed; blanks are not trimmed here. */
QStringList cidrErrors(QStringView value);

/** `metadata.generateName` is checked as the API does: a trailing '-' is masked first. */
QString maskTrailingDash(QStringView value);

/** An address as Go's net.ParseIP reads it, in 16-byte form. */
struct IPAddress
{
    std::array<quint8, 16> bytes{};
    bool v4 = false; ///< written as a dotted quad (embedded IPv4 in IPv6 notation is IPv6)
};

std::optional<IPAddress> parseIP(QStringView value);
/** Go's ip.To4() != nil: a dotted quad, or an IPv4-mapped IPv6 address. */
bool isIPv4(const IPAddress &ip);
/** As Go's net.IP.String() prints it: dotted for IPv4 (mapped ones too), RFC 5952 for IPv6. */
QString formatNetIP(const IPAddress &ip);
/** As Go's netip.Addr.String() prints it: like formatNetIP, but a written-as-IPv6 mapped
 *  address stays "::ffff:a.b.c.d". */
QString formatNetipAddr(const IPAddress &ip);
/** Whether Go's strict netip.ParseAddr accepts an address ParseIP accepted: no leading zeros
 *  in IPv4 octets, at most 4 hex digits per IPv6 group. */
bool isStrictIP(QStringView value);

/** A CIDR as Go's net.ParseCIDR reads it. */
struct Cidr
{
    IPAddress address;
    int bits = 0;
};
std::optional<Cidr> parseCidr(QStringView value);

} // namespace sd::syntax
