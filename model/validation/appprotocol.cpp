// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation/appprotocol.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

namespace sd::appprotocol {

namespace {

using namespace std::string_view_literals;

// IANA service names, from the "Service Name and Transport Protocol Port Number Registry"
// (https://www.iana.org/assignments/service-names-port-numbers). The full registry (about 6,000
// names) is not available offline; this is every primary name that Debian netbase 6.4
// /etc/services lists as allocated by IANA (the lines above its "not as allocated by IANA"
// marker), plus seven registry names common in clusters that netbase leaves out (coap, coaps,
// etcd-client, etcd-server, memcache, mqtt, secure-mqtt; taken from the registry from memory,
// confidence L). `grpc`, `http2`, `h2`, `tls`, `tcp` and `udp` are not service names.
// Sorted, lower case: looked up by binary search.
// clang-format off
constexpr std::u16string_view kIanaServiceNames[] = {
    u"acr-nema"sv, u"afpovertcp"sv, u"afs3-bos"sv, u"afs3-callback"sv, u"afs3-fileserver"sv,
    u"afs3-kaserver"sv, u"afs3-prserver"sv, u"afs3-rmtsys"sv, u"afs3-update"sv, u"afs3-vlserver"sv,
    u"afs3-volser"sv, u"amanda"sv, u"amqp"sv, u"amqps"sv, u"asf-rmcp"sv, u"auth"sv, u"babel"sv,
    u"bacula-dir"sv, u"bacula-fd"sv, u"bacula-sd"sv, u"bbs"sv, u"bgp"sv, u"biff"sv, u"bootpc"sv,
    u"bootps"sv, u"cfengine"sv, u"chargen"sv, u"cisco-sccp"sv, u"clearcase"sv, u"cmip-agent"sv,
    u"cmip-man"sv, u"coap"sv, u"coaps"sv, u"codaauth2"sv, u"codasrv"sv, u"codasrv-se"sv,
    u"cvspserver"sv, u"daap"sv, u"datametrics"sv, u"daytime"sv, u"db-lsp"sv, u"dcap"sv,
    u"dhcpv6-client"sv, u"dhcpv6-server"sv, u"dicom"sv, u"dict"sv, u"discard"sv, u"distcc"sv,
    u"domain"sv, u"domain-s"sv, u"echo"sv, u"epmap"sv, u"epmd"sv, u"etcd-client"sv,
    u"etcd-server"sv, u"exec"sv, u"f5-globalsite"sv, u"f5-iquery"sv, u"finger"sv, u"font-service"sv,
    u"freeciv"sv, u"fsp"sv, u"ftp"sv, u"ftp-data"sv, u"ftps"sv, u"ftps-data"sv, u"gdomap"sv,
    u"gds-db"sv, u"gnunet"sv, u"gnutella-rtr"sv, u"gnutella-svc"sv, u"gopher"sv, u"gpsd"sv,
    u"gris"sv, u"groupwise"sv, u"gsidcap"sv, u"gsiftp"sv, u"gsigatekeeper"sv, u"hkp"sv, u"http"sv,
    u"http-alt"sv, u"https"sv, u"iax"sv, u"icpv2"sv, u"imap2"sv, u"imaps"sv, u"ingreslock"sv,
    u"ipp"sv, u"ipsec-nat-t"sv, u"ipx"sv, u"ircs-u"sv, u"isakmp"sv, u"iscsi-target"sv, u"isns"sv,
    u"iso-tsap"sv, u"kerberos"sv, u"kerberos-adm"sv, u"kermit"sv, u"klogin"sv, u"kpasswd"sv,
    u"kshell"sv, u"l2f"sv, u"ldap"sv, u"ldaps"sv, u"ldp"sv, u"login"sv, u"lotusnote"sv, u"mailq"sv,
    u"mdns"sv, u"memcache"sv, u"microsoft-ds"sv, u"mon"sv, u"mqtt"sv, u"ms-sql-m"sv, u"ms-sql-s"sv,
    u"ms-wbt-server"sv, u"mtn"sv, u"mysql"sv, u"mysql-proxy"sv, u"nbd"sv, u"nbp"sv,
    u"netbios-dgm"sv, u"netbios-ns"sv, u"netbios-ssn"sv, u"netstat"sv, u"nfs"sv, u"nntp"sv,
    u"nntps"sv, u"nqs"sv, u"ntalk"sv, u"ntp"sv, u"ntske"sv, u"nut"sv, u"openvpn"sv, u"pawserv"sv,
    u"pop3"sv, u"pop3s"sv, u"postgresql"sv, u"printer"sv, u"proofd"sv, u"ptp-event"sv,
    u"ptp-general"sv, u"puppet"sv, u"qmqp"sv, u"qmtp"sv, u"qotd"sv, u"radius"sv, u"radius-acct"sv,
    u"radmin-port"sv, u"redis"sv, u"remctl"sv, u"rmiregistry"sv, u"rootd"sv, u"route"sv,
    u"rpc2portmap"sv, u"rsync"sv, u"rtcm-sc104"sv, u"rtmp"sv, u"rtsp"sv, u"sa-msg-port"sv,
    u"saft"sv, u"secure-mqtt"sv, u"sge-execd"sv, u"sge-qmaster"sv, u"shell"sv, u"sieve"sv,
    u"silc"sv, u"sip"sv, u"sip-tls"sv, u"smtp"sv, u"smux"sv, u"snmp"sv, u"snmp-trap"sv, u"snpp"sv,
    u"socks"sv, u"ssh"sv, u"submission"sv, u"submissions"sv, u"sunrpc"sv, u"suucp"sv, u"svn"sv,
    u"svrloc"sv, u"syslog"sv, u"sysrqd"sv, u"systat"sv, u"tacacs"sv, u"talk"sv, u"tcpmux"sv,
    u"telnet"sv, u"telnets"sv, u"tftp"sv, u"time"sv, u"tinc"sv, u"uucp"sv, u"venus"sv,
    u"venus-se"sv, u"who"sv, u"whois"sv, u"wnn6"sv, u"x11"sv, u"x11-1"sv, u"x11-2"sv, u"x11-3"sv,
    u"x11-4"sv, u"x11-5"sv, u"x11-6"sv, u"x11-7"sv, u"xdmcp"sv, u"xmms2"sv, u"xmpp-client"sv,
    u"xmpp-server"sv, u"z3950"sv, u"zabbix-agent"sv, u"zabbix-trapper"sv, u"zip"sv, u"zserv"sv,
};
// clang-format on
static_assert(std::is_sorted(std::begin(kIanaServiceNames), std::end(kIanaServiceNames)));

constexpr QStringView kKubernetesPrefix = u"kubernetes.io/";
constexpr std::array<QStringView, 3> kKubernetesNames = {u"h2c", u"ws", u"wss"};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool hasServiceNameSyntax(QStringView name)
{
    if (name.isEmpty() || name.size() > 15 || name.front() == u'-' || name.back() == u'-')
        return false;
    bool letter = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c == u'-') {
            if (name[i - 1] == u'-')
                return false;
        } else if (isAsciiLetter(c)) {
            letter = true;
        } else if (!isAsciiDigit(c)) {
            return false;
        }
    }
    return letter;
}

bool isKnownIanaServiceName(QStringView name)
{
    if (!hasServiceNameSyntax(name))
        return false;
    char16_t lower[15];
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        lower[i] = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
    }
    return std::binary_search(std::begin(kIanaServiceNames),
                              std::end(kIanaServiceNames),
                              std::u16string_view(lower, size_t(name.size())));
}

Kind classify(QStringView value)
{
    const qsizetype slash = value.indexOf(u'/');
    if (slash >= 0) {
        if (!value.startsWith(kKubernetesPrefix))
            return Kind::DomainPrefixed;
        const QStringView name = value.mid(kKubernetesPrefix.size());
        return std::find(kKubernetesNames.begin(), kKubernetesNames.end(), name)
                       != kKubernetesNames.end()
                   ? Kind::KubernetesName
                   : Kind::KubernetesUnknown;
    }
    if (std::find(kKubernetesNames.begin(), kKubernetesNames.end(), value) != kKubernetesNames.end())
        return Kind::MissingPrefix;
    if (isKnownIanaServiceName(value))
        return Kind::IanaServiceName;
    return hasServiceNameSyntax(value) ? Kind::Unregistered : Kind::NotAName;
}

} // namespace sd::appprotocol
