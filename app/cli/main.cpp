// SPDX-License-Identifier: GPL-3.0-or-later
// service-designer-cli: the headless face of Service Designer, for scripts and CI pipelines.

#include "model/io/manifestio.h"
#include "model/io/safefile.h"
#include "model/providers/profilejson.h"
#include "model/providers/profileloader.h"
#include "model/providers/providerregistry.h"
#include "model/teaching/explanations.h"
#include "model/teaching/proxyheader.h"
#include "model/tr.h"
#include "model/validation/report.h"
#include "resources/resources.h"
#include "translations/i18n.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <optional>

namespace {

enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUnreadable = 2 };

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// A compiler-style diagnostic: `file:line:column: severity: message`.
void diagnose(const QString &file, sd::SourcePos pos, const QString &severity, const QString &message)
{
    QString where = file;
    if (pos.isValid())
        where += u':' + QString::number(pos.line) + u':' + QString::number(pos.column);
    err() << where << QLatin1String(": ") << severity << QLatin1String(": ") << message << Qt::endl;
}

QString usage()
{
    return sd::Tr::tr("Usage: %1 <command> [options] [FILE...]\n"
                      "\n"
                      "Commands:\n"
                      "  export    Print the manifests of the files as kubectl apply -f takes them.\n"
                      "  validate  Check the Services of the files as the Kubernetes API server would,\n"
                      "            and what the chosen provider, nodes and network plugin make of them.\n"
                      "  providers List the provider ids for --provider and what each supports.\n"
                      "  explain   Explain a topic of Kubernetes Service networking (the list of\n"
                      "            topics without one).\n"
                      "  proxy-header\n"
                      "            Print the PROXY protocol header a load balancer sends before the\n"
                      "            client's first byte.\n"
                      "\n"
                      "Options for every command:\n"
                      "  --lang en|ko  The language of messages (default: the system's).\n"
                      "\n"
                      "Run '%1 <command> --help' for the options of a command.")
        .arg(QCoreApplication::applicationName());
}

// Parses a command's options; an exit code when the command is done already (a usage error,
// or --help printed).
std::optional<int> parseOrHelp(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUnreadable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

// Reads one input, from a file or standard input (`-`), for the commands that take FILE...
// A named pipe is read too, so a shell's `<(helm template ...)` works; devices are refused.
sd::ReadResult readNamed(const QString &file)
{
    if (file != u"-")
        return sd::readManifestFile(file, true); // checks the size before reading
    QFile in;
    sd::ReadResult r;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        r.error = sd::FileError{sd::Tr::tr("cannot read standard input"), {}};
        return r;
    }
    // One byte past the limit is enough for readManifest() to refuse an endless stream.
    const QByteArray bytes = in.read(sd::maxManifestFileSize + 1);
    if (in.error() != QFileDevice::NoError) {
        r.error = sd::FileError{
            sd::Tr::tr("cannot read standard input: %1").arg(in.errorString()), {}};
        return r;
    }
    return sd::readManifest(bytes);
}

// Writes a command's output to standard output, and says so when it did not all get there (a
// full disk behind a redirection, a closed pipe): a script must not take a cut file for a whole.
bool writeStandardOutput(const QByteArray &bytes)
{
    errno = 0;
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (std::fflush(stdout) == 0 && written == size_t(bytes.size()) && !std::ferror(stdout))
        return true;
    const int error = errno;
    err() << sd::Tr::tr("cannot write standard output: %1")
                 .arg(error ? sd::systemErrorText(error) : sd::Tr::tr("write error"))
          << Qt::endl;
    return false;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        sd::Tr::tr("Prints the manifests of the files, written anew in kubectl's style, ready for "
                   "'kubectl apply -f'. FILE '-' reads standard input."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(
        QStringList{QStringLiteral("format"), QStringLiteral("f")},
        sd::Tr::tr("Output format: yaml (default) or json."), QStringLiteral("format"),
        QStringLiteral("yaml"));
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("output"), QStringLiteral("o")},
        sd::Tr::tr("Write to the file OUT instead of standard output ('-' is standard output). "
                   "OUT is replaced only once everything is written; devices, pipes and "
                   "sockets are refused."),
        QStringLiteral("OUT"));
    const QCommandLineOption defaultsOption(
        QStringLiteral("write-defaults"),
        sd::Tr::tr("Write the values the API server fills in for fields left out (protocol: TCP, "
                   "type: ClusterIP, targetPort = port, ...)."));
    parser.addOption(formatOption);
    parser.addOption(outputOption);
    parser.addOption(defaultsOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), sd::Tr::tr("Manifest files (YAML or JSON)."),
                                 QStringLiteral("FILE..."));
    if (const std::optional<int> done = parseOrHelp(parser, arguments))
        return *done;
    const QString format = parser.value(formatOption);
    if (format != u"yaml" && format != u"json") {
        err() << sd::Tr::tr("unknown format '%1': use yaml or json").arg(format) << Qt::endl;
        return ExitUnreadable;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << sd::Tr::tr("no input files: name one or more files, or '-' for standard input")
              << Qt::endl;
        return ExitUnreadable;
    }

    const auto fmt = format == u"json" ? sd::Manifest::Format::Json : sd::Manifest::Format::Yaml;
    std::vector<sd::Node> objects;
    bool unreadable = false;
    for (const QString &file : files) {
        const QString shown = file == u"-" ? sd::Tr::tr("<stdin>") : file;
        const sd::ReadResult result = readNamed(file);
        const std::vector<sd::FileError> errors = result.errors();
        for (const sd::FileError &e : errors)
            diagnose(shown, e.pos, sd::Tr::tr("error"), e.message);
        for (const sd::FileWarning &w : result.warnings)
            diagnose(shown, w.pos, sd::Tr::tr("warning"), w.message);
        if (!errors.empty()) {
            unreadable = true;
            continue;
        }
        for (const sd::SourceDocument &doc : result.manifest.documents) {
            for (const sd::Resource &r : doc.resources) {
                for (const sd::ReadIssue &issue : r.issues)
                    diagnose(shown, issue.pos, sd::Tr::tr("warning"),
                             issue.path + QLatin1String(": ") + issue.message);
            }
        }
        std::vector<sd::Node> more =
            result.manifest.exportObjects(fmt, {}, parser.isSet(defaultsOption));
        std::move(more.begin(), more.end(), std::back_inserter(objects));
    }
    // Half a manifest is worse than none for `kubectl apply`: write nothing when any input failed.
    if (unreadable)
        return ExitUnreadable;

    const QByteArray out = sd::Manifest::writeObjects(std::move(objects), fmt);
    const QString target = parser.value(outputOption);
    if (target.isEmpty() || target == u"-")
        return writeStandardOutput(out) ? ExitOk : ExitUnreadable;
    if (std::optional<QString> e = sd::writeFileSafely(target, out)) {
        err() << *e << Qt::endl;
        return ExitUnreadable;
    }
    return ExitOk;
}

// The bundled profiles, the user's own (which override them) and the --profile files. A broken
// profile named on the command line stops the command; a broken one in the user's folder is
// reported and skipped, so that one bad file there does not break every run.
std::optional<sd::ProviderRegistry> loadProviders(const QStringList &profileFiles)
{
    std::vector<sd::ProfileError> errors;
    sd::ProviderRegistry registry =
        sd::ProviderRegistry::withBuiltIns(sd::providerProfilesPath(), true, &errors);
    for (const sd::ProfileError &e : errors)
        diagnose(e.file, {e.line, e.column}, sd::Tr::tr("warning"),
                 (e.field.isEmpty() ? QString() : e.field + QLatin1String(": ")) + e.message
                     + QLatin1Char(' ') + sd::Tr::tr("(profile skipped)"));
    bool ok = true;
    for (const QString &file : profileFiles) {
        for (const sd::ProfileError &e : registry.addFile(file)) {
            diagnose(e.file, {e.line, e.column}, sd::Tr::tr("error"),
                     (e.field.isEmpty() ? QString() : e.field + QLatin1String(": ")) + e.message);
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return registry;
}

// "yes", "no", "conditional", "unknown" as one short word for the providers table.
QString supportWord(sd::Support support)
{
    switch (support) {
    case sd::Support::Yes:
        return sd::Tr::tr("yes");
    case sd::Support::No:
        return sd::Tr::tr("no");
    case sd::Support::Conditional:
        return sd::Tr::tr("cond.");
    case sd::Support::Unknown:
        break;
    }
    return sd::Tr::tr("?");
}

int runProviders(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        sd::Tr::tr("Lists the provider ids that 'validate --provider' takes, with what each "
                   "load-balancer implementation supports on a Service of type LoadBalancer "
                   "(cond.: under a condition; ?: not documented)."));
    parser.addHelpOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           sd::Tr::tr("Also load this provider profile (repeatable)."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption formatOption(
        QStringList{QStringLiteral("format"), QStringLiteral("f")},
        sd::Tr::tr("Output format: text (default), or json for each profile in full: its facts, "
                   "rules and annotation catalogue, each with its source."),
        QStringLiteral("format"),
        QStringLiteral("text"));
    parser.addOption(profileOption);
    parser.addOption(formatOption);
    if (const std::optional<int> done = parseOrHelp(parser, arguments))
        return *done;
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json") {
        err() << sd::Tr::tr("unknown format '%1': use text or json").arg(format) << Qt::endl;
        return ExitUnreadable;
    }
    const std::optional<sd::ProviderRegistry> registry = loadProviders(parser.values(profileOption));
    if (!registry)
        return ExitUnreadable;
    if (format == u"json") {
        QJsonArray profiles;
        for (const auto &profile : registry->profiles())
            profiles.append(sd::profileToJson(*profile));
        QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("profiles"), profiles}})
                                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    // One row per load-balancer implementation (variant), so that AWS shows its classic ELB and
    // its NLB apart.
    QList<QStringList> rows;
    rows << QStringList{sd::Tr::tr("ID"), sd::Tr::tr("LOAD BALANCER"), sd::Tr::tr("TCP"),
                        sd::Tr::tr("UDP"), sd::Tr::tr("SCTP"), sd::Tr::tr("TCP+UDP"),
                        sd::Tr::tr("PROXY"), sd::Tr::tr("TLS")};
    for (const auto &profile : registry->profiles()) {
        for (const sd::ProfileVariant &v : profile->variants) {
            QString name = profile->name.text();
            if (profile->variants.size() > 1 && !v.name.isEmpty())
                name = v.name.text();
            rows << QStringList{profile->id, name,
                                supportWord(v.tcp.support), supportWord(v.udp.support),
                                supportWord(v.sctp.support), supportWord(v.mixed.support),
                                supportWord(v.proxyProtocol.support.support),
                                supportWord(v.tls.support.support)};
        }
    }
    QList<qsizetype> widths(rows.front().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    QTextStream out(stdout);
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line.trimmed() << Qt::endl;
    }
    return ExitOk;
}

// A yes/no option value; nullopt (after a message) for anything else.
std::optional<bool> yesNo(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString value = parser.value(option).toLower();
    if (value == u"yes" || value == u"true")
        return true;
    if (value == u"no" || value == u"false")
        return false;
    err() << sd::Tr::tr("invalid value '%1' for --%2: use yes or no")
                 .arg(parser.value(option), option.names().constFirst())
          << Qt::endl;
    return std::nullopt;
}

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        sd::Tr::tr("Checks the Services of the files as the Kubernetes API server would on create, "
                   "and warns where the result depends on the cluster. Exit status: 0 without "
                   "errors, 1 with errors, 2 when a file cannot be read or the command line is "
                   "wrong."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringList{QStringLiteral("format"), QStringLiteral("f")},
                                          sd::Tr::tr("Report format: text (default), json or sarif."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption versionOption(QStringLiteral("k8s-version"),
                                           sd::Tr::tr("Kubernetes version: 1.31, 1.32 or 1.33 "
                                                      "(default)."),
                                           QStringLiteral("V"), QStringLiteral("1.33"));
    const QCommandLineOption cidrOption(QStringLiteral("service-cidr"),
                                        sd::Tr::tr("A Service CIDR of the cluster (repeat for "
                                                   "dual-stack)."),
                                        QStringLiteral("CIDR"));
    const QCommandLineOption rangeOption(QStringLiteral("node-port-range"),
                                         sd::Tr::tr("The cluster's node-port range, e.g. "
                                                    "30000-32767."),
                                         QStringLiteral("A-B"));
    const QCommandLineOption providerOption(QStringLiteral("provider"),
                                            sd::Tr::tr("Where LoadBalancer Services are made: a "
                                                       "provider id (see the 'providers' command; "
                                                       "default: generic)."),
                                            QStringLiteral("ID"), QStringLiteral("generic"));
    const QCommandLineOption nodeOsOption(QStringLiteral("node-os"),
                                          sd::Tr::tr("The nodes' operating system: linux "
                                                     "(default), windows or mixed."),
                                          QStringLiteral("OS"), QStringLiteral("linux"));
    const QCommandLineOption sctpOption(QStringLiteral("cni-sctp"),
                                        sd::Tr::tr("Whether the network plugin supports SCTP: yes "
                                                   "(default) or no."),
                                        QStringLiteral("yes|no"), QStringLiteral("yes"));
    const QCommandLineOption multihomedOption(QStringLiteral("cni-multihomed"),
                                              sd::Tr::tr("Whether pods can have several network "
                                                         "interfaces (e.g. Multus): yes or no "
                                                         "(default)."),
                                              QStringLiteral("yes|no"), QStringLiteral("no"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           sd::Tr::tr("Load this provider profile too "
                                                      "(repeatable); its id can be given to "
                                                      "--provider."),
                                           QStringLiteral("FILE"));
    parser.addOptions({formatOption, versionOption, cidrOption, rangeOption, providerOption,
                       nodeOsOption, sctpOption, multihomedOption, profileOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), sd::Tr::tr("Manifest files (YAML or JSON)."),
                                 QStringLiteral("FILE..."));
    if (const std::optional<int> done = parseOrHelp(parser, arguments))
        return *done;
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json" && format != u"sarif") {
        err() << sd::Tr::tr("unknown format '%1': use text, json or sarif").arg(format) << Qt::endl;
        return ExitUnreadable;
    }
    sd::Environment environment;
    const QString version = parser.value(versionOption);
    if (version == u"1.31")
        environment.version = sd::KubernetesVersion::V1_31;
    else if (version == u"1.32")
        environment.version = sd::KubernetesVersion::V1_32;
    else if (version == u"1.33")
        environment.version = sd::KubernetesVersion::V1_33;
    else {
        err() << sd::Tr::tr("unknown Kubernetes version '%1': use 1.31, 1.32 or 1.33").arg(version)
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
            err() << sd::Tr::tr("invalid node-port range '%1': write it as A-B, e.g. 30000-32767")
                         .arg(parser.value(rangeOption))
                  << Qt::endl;
            return ExitUnreadable;
        }
        environment.cluster.nodePortMin = min;
        environment.cluster.nodePortMax = max;
    }
    const QString nodeOs = parser.value(nodeOsOption).toLower();
    if (nodeOs == u"linux")
        environment.platform.nodeOs = sd::NodeOs::Linux;
    else if (nodeOs == u"windows")
        environment.platform.nodeOs = sd::NodeOs::Windows;
    else if (nodeOs == u"mixed")
        environment.platform.nodeOs = sd::NodeOs::Mixed;
    else {
        err() << sd::Tr::tr("unknown node OS '%1': use linux, windows or mixed")
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
        err() << sd::Tr::tr("no input files: name one or more files, or '-' for standard input")
              << Qt::endl;
        return ExitUnreadable;
    }
    const std::optional<sd::ProviderRegistry> registry = loadProviders(parser.values(profileOption));
    if (!registry)
        return ExitUnreadable;
    const QString providerId = parser.value(providerOption);
    environment.platform.provider = registry->find(providerId);
    if (!environment.platform.provider) {
        err() << sd::Tr::tr("unknown provider '%1': use one of %2")
                     .arg(providerId, registry->ids().join(QLatin1String(", ")))
              << Qt::endl;
        return ExitUnreadable;
    }
    environment.platform.knownProviders = registry->profiles();

    std::vector<sd::FileReport> reports;
    bool unreadable = false;
    for (const QString &file : files) {
        const QString shown = file == u"-" ? sd::Tr::tr("<stdin>") : file;
        reports.push_back(sd::validateFile(shown, readNamed(file), environment));
        unreadable = unreadable || reports.back().error.has_value();
    }
    sd::checkRunHasObjects(reports);
    const QByteArray out = format == u"json"    ? sd::reportJson(reports)
                           : format == u"sarif" ? sd::reportSarif(reports, QCoreApplication::applicationVersion())
                                                : sd::reportText(reports);
    if (!writeStandardOutput(out) || unreadable)
        return ExitUnreadable;
    return sd::summarize(reports).errors > 0 ? ExitFindings : ExitOk;
}

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        sd::Tr::tr("Explains a topic of Kubernetes Service networking, as the designer's "
                   "explanation panel does, in the language of --lang or the system. Without a "
                   "topic, lists the topics."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TOPIC"), sd::Tr::tr("The topic to explain."),
                                 QStringLiteral("[TOPIC]"));
    if (const std::optional<int> done = parseOrHelp(parser, arguments))
        return *done;
    const QString language = sd::explanationLanguage(sd::currentLanguage());
    QTextStream out(stdout);
    const QStringList topics = sd::explanationTopics();
    if (parser.positionalArguments().isEmpty()) {
        qsizetype width = 0;
        for (const QString &topic : topics)
            width = std::max(width, topic.size());
        for (const QString &topic : topics) {
            const std::optional<sd::Explanation> e =
                sd::explanation(topic, language, sd::explanationsPath());
            out << topic.leftJustified(width + 2) << (e ? e->title : QString()) << Qt::endl;
        }
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1) {
        err() << sd::Tr::tr("explain takes one topic") << Qt::endl;
        return ExitUnreadable;
    }
    const QString topic = parser.positionalArguments().constFirst();
    const std::optional<sd::Explanation> e = sd::explanation(topic, language, sd::explanationsPath());
    if (!e) {
        err() << sd::Tr::tr("unknown topic '%1': run 'explain' without a topic for the list")
                     .arg(topic)
              << Qt::endl;
        return ExitUnreadable;
    }
    out << sd::markdownToPlainText(e->markdown);
    if (!e->markdown.endsWith(u'\n'))
        out << Qt::endl;
    return ExitOk;
}

int runProxyHeader(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        sd::Tr::tr("Prints the PROXY protocol header that a load balancer sends to the workload "
                   "before the client's first byte. Version 1 is printed as its text line (ending "
                   "in \\r\\n); version 2 as lowercase hex bytes separated by spaces, or with "
                   "--annotate as a dump that names every field."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           sd::Tr::tr("PROXY protocol version: 1 or 2."),
                                           QStringLiteral("1|2"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          sd::Tr::tr("The client's address and port: 192.0.2.1:5678 "
                                                     "or [2001:db8::1]:5678."),
                                          QStringLiteral("IP:PORT"));
    const QCommandLineOption destinationOption(QStringLiteral("destination"),
                                               sd::Tr::tr("The address and port the client "
                                                          "connected to."),
                                               QStringLiteral("IP:PORT"));
    const QCommandLineOption protocolOption(QStringLiteral("protocol"),
                                            sd::Tr::tr("tcp (default) or udp."),
                                            QStringLiteral("tcp|udp"), QStringLiteral("tcp"));
    const QCommandLineOption annotateOption(QStringLiteral("annotate"),
                                            sd::Tr::tr("Name every field of the header."));
    parser.addOptions({versionOption, sourceOption, destinationOption, protocolOption,
                       annotateOption});
    if (const std::optional<int> done = parseOrHelp(parser, arguments))
        return *done;
    auto usageError = [](const QString &message) {
        err() << message << Qt::endl;
        return int(ExitUnreadable);
    };
    for (const QCommandLineOption *required : {&versionOption, &sourceOption, &destinationOption}) {
        if (!parser.isSet(*required))
            return usageError(sd::Tr::tr("--%1 is required").arg(required->names().constFirst()));
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(sd::Tr::tr("unexpected argument '%1'")
                              .arg(parser.positionalArguments().constFirst()));
    }
    const QString versionText = parser.value(versionOption);
    if (versionText != u"1" && versionText != u"2")
        return usageError(sd::Tr::tr("unknown version '%1': use 1 or 2").arg(versionText));
    const QString protocol = parser.value(protocolOption).toLower();
    if (protocol != u"tcp" && protocol != u"udp") {
        return usageError(sd::Tr::tr("unknown protocol '%1': use tcp or udp")
                              .arg(parser.value(protocolOption)));
    }
    std::optional<sd::ProxyEndpoint> ends[2];
    const QCommandLineOption *endOptions[2] = {&sourceOption, &destinationOption};
    for (int i = 0; i < 2; ++i) {
        ends[i] = sd::parseProxyEndpoint(parser.value(*endOptions[i]));
        if (!ends[i]) {
            return usageError(sd::Tr::tr("invalid --%1 '%2': write IP:PORT, e.g. 192.0.2.1:443 "
                                         "or [2001:db8::1]:443")
                                  .arg(endOptions[i]->names().constFirst(),
                                       parser.value(*endOptions[i])));
        }
    }
    const sd::ProxyHeaderResult result =
        sd::buildProxyHeader(versionText.toInt(), *ends[0], *ends[1],
                             protocol == u"udp" ? sd::ProxyTransport::Udp
                                                : sd::ProxyTransport::Tcp);
    if (!result.header)
        return usageError(result.error);
    QByteArray out;
    if (parser.isSet(annotateOption))
        out = sd::annotatedDump(*result.header).toUtf8();
    else if (result.header->version == 1)
        out = result.header->bytes; // the line itself, \r\n included
    else
        out = sd::hexBytes(result.header->bytes).toLatin1() + '\n';
    return writeStandardOutput(out) ? ExitOk : ExitUnreadable;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("service-designer-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SD_VERSION));

    QStringList args = QCoreApplication::arguments();
    // The language of messages: `--lang en|ko` anywhere on the command line, else the locale.
    QLocale locale;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(u"--lang=")) {
            locale = QLocale(a.mid(7));
            args.removeAt(i);
            break;
        }
        if (a == u"--lang" && i + 1 < args.size()) {
            locale = QLocale(args.at(i + 1));
            args.remove(i, 2);
            break;
        }
    }
    sd::installTranslators(app, locale);
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        QTextStream(command.isEmpty() ? stderr : stdout) << usage() << Qt::endl;
        return command.isEmpty() ? ExitUnreadable : ExitOk;
    }
    if (command == u"--version" || command == u"-v") {
        QTextStream(stdout) << QCoreApplication::applicationName() << QLatin1Char(' ')
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    args.removeAt(1); // the parser of each command sees `program [options] FILE...`
    if (command == u"export")
        return runExport(args);
    if (command == u"validate")
        return runValidate(args);
    if (command == u"providers")
        return runProviders(args);
    if (command == u"proxy-header")
        return runProxyHeader(args);
    if (command == u"explain")
        return runExplain(args);
    err() << sd::Tr::tr("unknown command '%1'").arg(command) << Qt::endl << usage() << Qt::endl;
    return ExitUnreadable;
}
