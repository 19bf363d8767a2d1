// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "model/teaching/proxyheader.h"

namespace sd::cli {

int runProxyHeader(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Prints the PROXY protocol header that a load balancer sends to the workload "
               "before the client's first byte. Version 1 is printed as its text line (ending "
               "in \\r\\n); version 2 as lowercase hex bytes separated by spaces, or with "
               "--annotate as a dump that names every field."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           Tr::tr("PROXY protocol version: 1 or 2."),
                                           QStringLiteral("1|2"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          Tr::tr("The client's address and port: 192.0.2.1:5678 "
                                                 "or [2001:db8::1]:5678."),
                                          QStringLiteral("IP:PORT"));
    const QCommandLineOption destinationOption(QStringLiteral("destination"),
                                               Tr::tr("The address and port the client "
                                                      "connected to."),
                                               QStringLiteral("IP:PORT"));
    const QCommandLineOption protocolOption(QStringLiteral("protocol"),
                                            Tr::tr("tcp (default) or udp."),
                                            QStringLiteral("tcp|udp"),
                                            QStringLiteral("tcp"));
    const QCommandLineOption annotateOption(QStringLiteral("annotate"),
                                            Tr::tr("Name every field of the header."));
    parser.addOptions(
        {versionOption, sourceOption, destinationOption, protocolOption, annotateOption});
    if (const std::optional<int> done = parseOrHelp(parser, arguments))
        return *done;
    auto usageError = [](const QString &message) {
        err() << message << Qt::endl;
        return int(ExitUnreadable);
    };
    for (const QCommandLineOption *required : {&versionOption, &sourceOption, &destinationOption}) {
        if (!parser.isSet(*required))
            return usageError(Tr::tr("--%1 is required").arg(required->names().constFirst()));
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }
    const QString versionText = parser.value(versionOption);
    if (versionText != u"1" && versionText != u"2")
        return usageError(Tr::tr("unknown version '%1': use 1 or 2").arg(versionText));
    const QString protocol = parser.value(protocolOption).toLower();
    if (protocol != u"tcp" && protocol != u"udp") {
        return usageError(
            Tr::tr("unknown protocol '%1': use tcp or udp").arg(parser.value(protocolOption)));
    }
    std::optional<ProxyEndpoint> ends[2];
    const QCommandLineOption *endOptions[2] = {&sourceOption, &destinationOption};
    for (int i = 0; i < 2; ++i) {
        ends[i] = parseProxyEndpoint(parser.value(*endOptions[i]));
        if (!ends[i]) {
            return usageError(
                Tr::tr("invalid --%1 '%2': write IP:PORT, e.g. 192.0.2.1:443 "
                       "or [2001:db8::1]:443")
                    .arg(endOptions[i]->names().constFirst(), parser.value(*endOptions[i])));
        }
    }
    const ProxyHeaderResult result = buildProxyHeader(versionText.toInt(),
                                                      *ends[0],
                                                      *ends[1],
                                                      protocol == u"udp" ? ProxyTransport::Udp
                                                                         : ProxyTransport::Tcp);
    if (!result.header)
        return usageError(result.error);
    QByteArray out;
    if (parser.isSet(annotateOption))
        out = annotatedDump(*result.header).toUtf8();
    else if (result.header->version == 1)
        out = result.header->bytes; // the line itself, \r\n included
    else
        out = hexBytes(result.header->bytes).toLatin1() + '\n';
    return writeStandardOutput(out) ? ExitOk : ExitUnreadable;
}

} // namespace sd::cli
