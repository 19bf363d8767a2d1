// SPDX-License-Identifier: GPL-3.0-or-later
// The PROXY protocol header, byte by byte, against vectors worked out from the specification
// (haproxy doc/proxy-protocol.txt, sections 2.1 and 2.2).

#include <gtest/gtest.h>

#include "model/teaching/proxyheader.h"
#include "support/qtprinters.h"

namespace {

sd::ProxyEndpoint ep(const char *text)
{
    const std::optional<sd::ProxyEndpoint> e = sd::parseProxyEndpoint(QString::fromLatin1(text));
    EXPECT_TRUE(e.has_value()) << text;
    return e.value_or(sd::ProxyEndpoint{});
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

} // namespace

TEST(ProxyHeader, VersionOneIsOneTextLine)
{
    const sd::ProxyHeaderResult r = sd::buildProxyHeader(1,
                                                         ep("192.0.2.202:12345"),
                                                         ep("10.0.42.7:7"),
                                                         sd::ProxyTransport::Tcp);
    ASSERT_TRUE(r.header) << r.error.toStdString();
    EXPECT_EQ(r.header->bytes, QByteArray("PROXY TCP4 192.0.2.202 10.0.42.7 12345 7\r\n"));
    // The parts cut the line without gaps or overlaps.
    QByteArray joined;
    for (const sd::ProxyHeaderPart &p : r.header->parts) {
        EXPECT_EQ(p.offset, joined.size());
        joined += p.bytes;
    }
    EXPECT_EQ(joined, r.header->bytes);
}

TEST(ProxyHeader, VersionOneIPv6)
{
    const sd::ProxyHeaderResult r = sd::buildProxyHeader(1,
                                                         ep("[2001:DB8:0:0::1]:40000"),
                                                         ep("[2001:db8::2]:443"),
                                                         sd::ProxyTransport::Tcp);
    ASSERT_TRUE(r.header);
    EXPECT_EQ(r.header->bytes, QByteArray("PROXY TCP6 2001:db8::1 2001:db8::2 40000 443\r\n"));
}

TEST(ProxyHeader, VersionTwoTcpOverIPv4)
{
    const sd::ProxyHeaderResult r = sd::buildProxyHeader(2,
                                                         ep("192.0.2.202:12345"),
                                                         ep("10.0.42.7:7"),
                                                         sd::ProxyTransport::Tcp);
    ASSERT_TRUE(r.header);
    EXPECT_EQ(r.header->bytes,
              hex("0d0a0d0a000d0a515549540a" // signature
                  "21"                       // version 2, PROXY
                  "11"                       // AF_INET, STREAM
                  "000c"                     // 12 bytes follow
                  "c00002ca"                 // 192.0.2.202
                  "0a002a07"                 // 10.0.42.7
                  "3039"                     // 12345
                  "0007"));                  // 7
    EXPECT_EQ(sd::hexBytes(r.header->bytes),
              QStringLiteral("0d 0a 0d 0a 00 0d 0a 51 55 49 54 0a 21 11 00 0c c0 00 02 ca 0a 00 "
                             "2a 07 30 39 00 07"));
    ASSERT_EQ(r.header->parts.size(), 8u);
    EXPECT_EQ(r.header->parts[4].offset, 16);
    EXPECT_EQ(r.header->parts[4].bytes, hex("c00002ca"));
}

TEST(ProxyHeader, VersionTwoUdpOverIPv6)
{
    const sd::ProxyHeaderResult r = sd::buildProxyHeader(2,
                                                         ep("[2001:db8::1]:53"),
                                                         ep("[2001:db8::2]:5353"),
                                                         sd::ProxyTransport::Udp);
    ASSERT_TRUE(r.header);
    EXPECT_EQ(r.header->bytes.size(), 16 + 36);
    EXPECT_EQ(r.header->bytes.mid(12, 4), hex("21220024"));
    EXPECT_EQ(r.header->bytes.mid(16, 16), hex("20010db8000000000000000000000001"));
    EXPECT_EQ(r.header->bytes.mid(32, 16), hex("20010db8000000000000000000000002"));
    EXPECT_EQ(r.header->bytes.right(4), hex("003514e9"));
}

TEST(ProxyHeader, WhatTheSpecificationDoesNotAllow)
{
    // Version 1 has no UDP.
    EXPECT_FALSE(
        sd::buildProxyHeader(1, ep("192.0.2.1:53"), ep("10.0.0.1:53"), sd::ProxyTransport::Udp)
            .header);
    // One address family per header.
    const sd::ProxyHeaderResult mixed = sd::buildProxyHeader(2,
                                                             ep("192.0.2.1:80"),
                                                             ep("[2001:db8::1]:80"),
                                                             sd::ProxyTransport::Tcp);
    EXPECT_FALSE(mixed.header);
    EXPECT_FALSE(mixed.error.isEmpty());
    EXPECT_FALSE(
        sd::buildProxyHeader(3, ep("192.0.2.1:80"), ep("10.0.0.1:80"), sd::ProxyTransport::Tcp)
            .header);
}

TEST(ProxyHeader, Endpoints)
{
    for (const char *bad : {"192.0.2.1",
                            "192.0.2.1:",
                            "192.0.2.1:65536",
                            "01.2.3.4:80",
                            "example.com:80",
                            "2001:db8::1:80",
                            "[2001:db8::1]",
                            "[fe80::1%eth0]:80",
                            "192.0.2.1:8o"}) {
        EXPECT_FALSE(sd::parseProxyEndpoint(QString::fromLatin1(bad))) << bad;
    }
    EXPECT_EQ(ep("[::1]:65535").port, 65535);
    EXPECT_FALSE(ep("[::1]:0").address.v4);
    EXPECT_TRUE(ep("0.0.0.0:0").address.v4);
}

TEST(ProxyHeader, AnnotatedDumpNamesEveryField)
{
    const sd::ProxyHeaderResult r = sd::buildProxyHeader(2,
                                                         ep("192.0.2.202:12345"),
                                                         ep("10.0.42.7:7"),
                                                         sd::ProxyTransport::Tcp);
    ASSERT_TRUE(r.header);
    const QStringList lines = sd::annotatedDump(*r.header).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 8);
    EXPECT_TRUE(lines[0].startsWith(u"0000  0d 0a 0d 0a")) << lines[0].toStdString();
    EXPECT_TRUE(lines[4].startsWith(u"0010  c0 00 02 ca")) << lines[4].toStdString();
    EXPECT_TRUE(lines[4].endsWith(u"192.0.2.202")) << lines[4].toStdString();
    // The meanings start in one column.
    const qsizetype column = lines[0].indexOf(u"signature");
    EXPECT_EQ(lines[1].indexOf(u"version 2"), column);
}

// The examples of the specification itself (section 2.1): a TCP/IPv4 line, and the worst case
// of a TCP/IPv6 line, which the specification counts at 104 characters.
TEST(ProxyHeader, TheSpecificationsOwnExamples)
{
    sd::ProxyHeaderResult r = sd::buildProxyHeader(1,
                                                   ep("192.168.0.1:56324"),
                                                   ep("192.168.0.11:443"),
                                                   sd::ProxyTransport::Tcp);
    ASSERT_TRUE(r.header);
    EXPECT_EQ(r.header->bytes, QByteArray("PROXY TCP4 192.168.0.1 192.168.0.11 56324 443\r\n"));
    r = sd::buildProxyHeader(1,
                             ep("[ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff]:65535"),
                             ep("[ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff]:65535"),
                             sd::ProxyTransport::Tcp);
    ASSERT_TRUE(r.header);
    EXPECT_EQ(r.header->bytes,
              QByteArray("PROXY TCP6 ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff "
                         "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff 65535 65535\r\n"));
    EXPECT_EQ(r.header->bytes.size(), 104);
    // Version 2 starts with the specification's 12-byte signature, then 0x21 for PROXY.
    r = sd::buildProxyHeader(2,
                             ep("192.168.0.1:56324"),
                             ep("192.168.0.11:443"),
                             sd::ProxyTransport::Tcp);
    ASSERT_TRUE(r.header);
    EXPECT_EQ(r.header->bytes.left(13),
              QByteArray("\x0D\x0A\x0D\x0A\x00\x0D\x0A\x51\x55\x49\x54\x0A\x21", 13));
}
