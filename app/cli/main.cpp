// SPDX-License-Identifier: GPL-3.0-or-later
// service-designer-cli: the headless face of Service Designer, for scripts and CI pipelines.

#include "model/io/manifestio.h"
#include "model/tr.h"
#include "model/validation/report.h"
#include "translations/i18n.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

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
                      "  validate  Check the Services of the files as the Kubernetes API server would.\n"
                      "\n"
                      "Options for every command:\n"
                      "  --lang en|ko  The language of messages (default: the system's).\n"
                      "\n"
                      "Run '%1 <command> --help' for the options of a command.")
        .arg(QCoreApplication::applicationName());
}

// Reads one input, from a file or standard input (`-`), for the commands that take FILE...
sd::ReadResult readNamed(const QString &file)
{
    if (file != u"-")
        return sd::readManifestFile(file); // checks the size before reading
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        sd::ReadResult r;
        r.error = sd::FileError{sd::Tr::tr("cannot read standard input"), {}};
        return r;
    }
    return sd::readManifest(in.readAll());
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
        sd::Tr::tr("Write to OUT instead of standard output."), QStringLiteral("OUT"));
    const QCommandLineOption defaultsOption(
        QStringLiteral("write-defaults"),
        sd::Tr::tr("Write the values the API server fills in for fields left out (protocol: TCP, "
                   "type: ClusterIP, targetPort = port, ...)."));
    parser.addOption(formatOption);
    parser.addOption(outputOption);
    parser.addOption(defaultsOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), sd::Tr::tr("Manifest files (YAML or JSON)."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUnreadable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
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
        for (const QString &w : result.warnings)
            diagnose(shown, {}, sd::Tr::tr("warning"), w);
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
    if (parser.isSet(outputOption)) {
        if (std::optional<QString> e = sd::writeFileAtomically(parser.value(outputOption), out)) {
            err() << *e << Qt::endl;
            return ExitUnreadable;
        }
    } else {
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
    }
    return ExitOk;
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
    parser.addOptions({formatOption, versionOption, cidrOption, rangeOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), sd::Tr::tr("Manifest files (YAML or JSON)."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUnreadable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
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
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << sd::Tr::tr("no input files: name one or more files, or '-' for standard input")
              << Qt::endl;
        return ExitUnreadable;
    }

    std::vector<sd::FileReport> reports;
    bool unreadable = false;
    for (const QString &file : files) {
        const QString shown = file == u"-" ? sd::Tr::tr("<stdin>") : file;
        reports.push_back(sd::validateFile(shown, readNamed(file), environment));
        unreadable = unreadable || reports.back().error.has_value();
    }
    const QByteArray out = format == u"json"    ? sd::reportJson(reports)
                           : format == u"sarif" ? sd::reportSarif(reports, QCoreApplication::applicationVersion())
                                                : sd::reportText(reports);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    if (unreadable)
        return ExitUnreadable;
    return sd::summarize(reports).errors > 0 ? ExitFindings : ExitOk;
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
    err() << sd::Tr::tr("unknown command '%1'").arg(command) << Qt::endl << usage() << Qt::endl;
    return ExitUnreadable;
}
