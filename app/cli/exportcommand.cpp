// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "model/io/safefile.h"

namespace sd::cli {

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Prints the manifests of the files, written anew in kubectl's style, ready for "
               "'kubectl apply -f'. FILE '-' reads standard input."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringList{QStringLiteral("format"), QStringLiteral("f")},
                                          Tr::tr("Output format: yaml (default) or json."),
                                          QStringLiteral("format"),
                                          QStringLiteral("yaml"));
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("output"), QStringLiteral("o")},
        Tr::tr("Write to the file OUT instead of standard output ('-' is standard output). "
               "OUT is replaced only once everything is written; devices, pipes and "
               "sockets are refused."),
        QStringLiteral("OUT"));
    const QCommandLineOption defaultsOption(
        QStringLiteral("write-defaults"),
        Tr::tr("Write the values the API server fills in for fields left out (protocol: TCP, "
               "type: ClusterIP, targetPort = port, ...)."));
    parser.addOption(formatOption);
    parser.addOption(outputOption);
    parser.addOption(defaultsOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("Manifest files (YAML or JSON)."),
                                 QStringLiteral("FILE..."));
    if (const std::optional<int> done = parseOrHelp(parser, arguments))
        return *done;
    const QString format = parser.value(formatOption);
    if (format != u"yaml" && format != u"json") {
        err() << Tr::tr("unknown format '%1': use yaml or json").arg(format) << Qt::endl;
        return ExitUnreadable;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << Tr::tr("no input files: name one or more files, or '-' for standard input")
              << Qt::endl;
        return ExitUnreadable;
    }

    const auto fmt = format == u"json" ? Manifest::Format::Json : Manifest::Format::Yaml;
    std::vector<Node> objects;
    bool unreadable = false;
    for (const QString &file : files) {
        const QString shown = file == u"-" ? Tr::tr("<stdin>") : file;
        const ReadResult result = readNamed(file);
        const bool failed = diagnoseReadErrors(shown, result);
        for (const FileWarning &w : result.warnings)
            diagnose(shown, w.pos, Tr::tr("warning"), w.message);
        if (failed) {
            unreadable = true;
            continue;
        }
        for (const SourceDocument &doc : result.manifest.documents) {
            for (const Resource &r : doc.resources) {
                for (const ReadIssue &issue : r.issues)
                    diagnose(shown,
                             issue.pos,
                             Tr::tr("warning"),
                             issue.path + QLatin1String(": ") + issue.message);
            }
        }
        std::vector<Node> more = result.manifest.exportObjects(fmt,
                                                               {},
                                                               parser.isSet(defaultsOption));
        std::move(more.begin(), more.end(), std::back_inserter(objects));
    }
    // Half a manifest is worse than none for `kubectl apply`: write nothing when any input failed.
    if (unreadable)
        return ExitUnreadable;

    const QByteArray out = Manifest::writeObjects(std::move(objects), fmt);
    const QString target = parser.value(outputOption);
    if (target.isEmpty() || target == u"-")
        return writeStandardOutput(out) ? ExitOk : ExitUnreadable;
    if (std::optional<QString> e = writeFileSafely(target, out)) {
        err() << *e << Qt::endl;
        return ExitUnreadable;
    }
    return ExitOk;
}

} // namespace sd::cli
