// SPDX-License-Identifier: GPL-3.0-or-later
#include <thread>
#include <utility>

#include "app/cli/cli.h"
#include "model/providers/providerregistry.h"
#include "model/validation/report.h"
#include "resources/resources.h"

namespace sd::cli {

// A yes/no option value; nullopt (after a message) for anything else.
std::optional<bool> yesNo(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString value = parser.value(option).toLower();
    if (value == u"yes" || value == u"true")
        return true;
    if (value == u"no" || value == u"false")
        return false;
    err() << Tr::tr("invalid value '%1' for --%2: use yes or no")
                 .arg(parser.value(option), option.names().constFirst())
          << Qt::endl;
    return std::nullopt;
}

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Checks the Services of the files as the Kubernetes API server would on create, "
               "and warns where the result depends on the cluster. Exit status: 0 without "
               "errors, 1 with errors, 2 when a file cannot be read or the command line is "
               "wrong."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringList{QStringLiteral("format"), QStringLiteral("f")},
                                          Tr::tr("Report format: text (default), json or sarif."),
                                          QStringLiteral("format"),
                                          QStringLiteral("text"));
    const QCommandLineOption versionOption(QStringLiteral("k8s-version"),
                                           Tr::tr("Kubernetes version: 1.31, 1.32 or 1.33 "
                                                  "(default)."),
                                           QStringLiteral("V"),
                                           QStringLiteral("1.33"));
    const QCommandLineOption cidrOption(QStringLiteral("service-cidr"),
                                        Tr::tr("A Service CIDR of the cluster (repeat for "
                                               "dual-stack)."),
                                        QStringLiteral("CIDR"));
    const QCommandLineOption rangeOption(QStringLiteral("node-port-range"),
                                         Tr::tr("The cluster's node-port range, e.g. "
                                                "30000-32767."),
                                         QStringLiteral("A-B"));
    const QCommandLineOption providerOption(QStringLiteral("provider"),
                                            Tr::tr("Where LoadBalancer Services are made: a "
                                                   "provider id (see the 'providers' command; "
                                                   "default: generic)."),
                                            QStringLiteral("ID"),
                                            QStringLiteral("generic"));
    const QCommandLineOption nodeOsOption(QStringLiteral("node-os"),
                                          Tr::tr("The nodes' operating system: linux "
                                                 "(default), windows or mixed."),
                                          QStringLiteral("OS"),
                                          QStringLiteral("linux"));
    const QCommandLineOption sctpOption(QStringLiteral("cni-sctp"),
                                        Tr::tr("Whether the network plugin supports SCTP: yes "
                                               "(default) or no."),
                                        QStringLiteral("yes|no"),
                                        QStringLiteral("yes"));
    const QCommandLineOption multihomedOption(QStringLiteral("cni-multihomed"),
                                              Tr::tr("Whether pods can have several network "
                                                     "interfaces (e.g. Multus): yes or no "
                                                     "(default)."),
                                              QStringLiteral("yes|no"),
                                              QStringLiteral("no"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Tr::tr("Load this provider profile too "
                                                  "(repeatable); its id can be given to "
                                                  "--provider."),
                                           QStringLiteral("FILE"));
    parser.addOptions({formatOption,
                       versionOption,
                       cidrOption,
                       rangeOption,
                       providerOption,
                       nodeOsOption,
                       sctpOption,
                       multihomedOption,
                       profileOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("Manifest files (YAML or JSON)."),
                                 QStringLiteral("FILE..."));
    if (const std::optional<int> done = parseOrHelp(parser, arguments))
        return *done;
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json" && format != u"sarif") {
        err() << Tr::tr("unknown format '%1': use text, json or sarif").arg(format) << Qt::endl;
        return ExitUnreadable;
    }
    Environment environment;
    const QString version = parser.value(versionOption);
    if (version == u"1.31")
        environment.version = KubernetesVersion::V1_31;
    else if (version == u"1.32")
        environment.version = KubernetesVersion::V1_32;
    else if (version == u"1.33")
        environment.version = KubernetesVersion::V1_33;
    else {
        err() << Tr::tr("unknown Kubernetes version '%1': use 1.31, 1.32 or 1.33").arg(version)
              << Qt::endl;
        return ExitUnreadable;
    }
    environment.cluster.serviceCidrs = parser.values(cidrOption);
    if (parser.isSet(rangeOption)) {
        const QStringList parts = parser.value(rangeOption).split(u'-');
        bool okMin = false;
        bool okMax = false;
        const int min = parts.size() == 2 ? parts[0].toInt(&okMin) : 0;
        const int max = parts.size() == 2 ? parts[1].toInt(&okMax) : 0;
        if (!okMin || !okMax || min < 1 || max > 65535 || min > max) {
            err() << Tr::tr("invalid node-port range '%1': write it as A-B, e.g. 30000-32767")
                         .arg(parser.value(rangeOption))
                  << Qt::endl;
            return ExitUnreadable;
        }
        environment.cluster.nodePortMin = min;
        environment.cluster.nodePortMax = max;
    }
    const QString nodeOs = parser.value(nodeOsOption).toLower();
    if (nodeOs == u"linux")
        environment.platform.nodeOs = NodeOs::Linux;
    else if (nodeOs == u"windows")
        environment.platform.nodeOs = NodeOs::Windows;
    else if (nodeOs == u"mixed")
        environment.platform.nodeOs = NodeOs::Mixed;
    else {
        err() << Tr::tr("unknown node OS '%1': use linux, windows or mixed")
                     .arg(parser.value(nodeOsOption))
              << Qt::endl;
        return ExitUnreadable;
    }
    const std::optional<bool> cniSctp = yesNo(parser, sctpOption);
    const std::optional<bool> cniMultihomed = yesNo(parser, multihomedOption);
    if (!cniSctp || !cniMultihomed)
        return ExitUnreadable;
    environment.platform.cniSctp = *cniSctp;
    environment.platform.cniMultihomed = *cniMultihomed;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << Tr::tr("no input files: name one or more files, or '-' for standard input")
              << Qt::endl;
        return ExitUnreadable;
    }
    // The profiles load on a thread of their own while the first file is read: neither writes
    // anything but the profiles' messages, and reading is one core's work until the file is
    // split into its documents. Standard input is read only once the command line holds.
    std::optional<ProviderRegistry> registry;
    std::thread loading([&] { registry = loadProviders(parser.values(profileOption)); });
    std::optional<ReadResult> firstRead;
    if (files.front() != u"-")
        firstRead = readNamed(files.front());
    loading.join();
    if (!registry)
        return ExitUnreadable;
    const QString providerId = parser.value(providerOption);
    environment.platform.provider = registry->find(providerId);
    if (!environment.platform.provider) {
        err() << Tr::tr("unknown provider '%1': use one of %2")
                     .arg(providerId, registry->ids().join(QLatin1String(", ")))
              << Qt::endl;
        return ExitUnreadable;
    }
    environment.platform.knownProviders = registry->profiles();

    std::vector<FileReport> reports;
    bool unreadable = false;
    for (const QString &file : files) {
        const QString shown = file == u"-" ? Tr::tr("<stdin>") : file;
        ReadResult read = firstRead ? *std::exchange(firstRead, std::nullopt) : readNamed(file);
        reports.push_back(validateFile(shown, read, environment));
        keepUntilExit(std::move(read));
        unreadable = unreadable || reports.back().error.has_value();
    }
    checkRunHasObjects(reports);
    bool written = false;
    if (format == u"json") {
        written = writeStandardOutput(reportJson(reports));
    } else if (format == u"sarif") {
        written = writeStandardOutput(reportSarif(reports, QCoreApplication::applicationVersion()));
    } else {
        StandardOutput out;
        writeReportText(reports, [&](QByteArrayView piece) { return out.put(piece); });
        written = out.finish();
    }
    const int errors = summarize(reports).errors;
    keepUntilExit(std::move(reports));
    if (!written || unreadable)
        return ExitUnreadable;
    return errors > 0 ? ExitFindings : ExitOk;
}

} // namespace sd::cli
