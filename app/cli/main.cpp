// SPDX-License-Identifier: GPL-3.0-or-later
// service-designer-cli: the headless face of Service Designer, for scripts and CI pipelines.

#include <QLocale>

#include "app/cli/cli.h"
#include "model/io/heapsetup.h"
#include "translations/i18n.h"

using namespace sd;
using namespace sd::cli;

namespace sd::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> all = {
        {u"export",
         QT_TRANSLATE_NOOP("sd::cli",
                           "Print the manifests of the files as kubectl apply -f takes them."),
         runExport},
        {u"edit",
         QT_TRANSLATE_NOOP("sd::cli",
                           "Change fields of a Service in its file, keeping comments and style."),
         runEdit},
        {u"validate",
         QT_TRANSLATE_NOOP(
             "sd::cli",
             "Check the Services of the files as the Kubernetes API server would, and "
             "what the chosen provider, nodes and network plugin make of them."),
         runValidate},
        {u"providers",
         QT_TRANSLATE_NOOP("sd::cli",
                           "List the provider ids for --provider and what each supports."),
         runProviders},
        {u"explain",
         QT_TRANSLATE_NOOP("sd::cli",
                           "Explain a topic of Kubernetes Service networking (the list of topics "
                           "without one)."),
         runExplain},
        {u"proxy-header",
         QT_TRANSLATE_NOOP("sd::cli",
                           "Print the PROXY protocol header a load balancer sends before the "
                           "client's first byte."),
         runProxyHeader},
        {u"trace",
         QT_TRANSLATE_NOOP("sd::cli",
                           "Follow a connection to a port of a Service through an example "
                           "cluster and show every address translation."),
         runTrace},
    };
    return all;
}

} // namespace sd::cli

namespace {

// The commands, each with its line, from the table.
QString usage()
{
    QString list;
    for (const Command &c : commands()) {
        list += QStringLiteral("  %1\n      %2\n").arg(QString::fromUtf16(c.name), Tr::tr(c.summary));
    }
    return Tr::tr("Usage: %1 <command> [options] [FILE...]\n"
                  "\n"
                  "Commands:\n"
                  "%2"
                  "\n"
                  "Options for every command:\n"
                  "  --lang en|ko  The language of messages (default: the system's).\n"
                  "\n"
                  "Run '%1 <command> --help' for the options of a command.")
        .arg(QCoreApplication::applicationName(), list);
}

} // namespace

int main(int argc, char **argv)
{
    sd::growHeapInLargeSteps();
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
    installTranslators(app, locale);
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
    for (const Command &c : commands()) {
        if (command == QStringView(c.name))
            return c.run(args);
    }
    err() << Tr::tr("unknown command '%1'").arg(command) << Qt::endl << usage() << Qt::endl;
    return ExitUnreadable;
}
