// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/cli.h"
#include "model/providers/profilejson.h"
#include "model/providers/profileloader.h"
#include "model/providers/providerregistry.h"
#include "resources/resources.h"

namespace sd::cli {

// The bundled profiles, the user's own (which override them) and the --profile files. A broken
// profile named on the command line stops the command; a broken one in the user's folder is
// reported and skipped, so that one bad file there does not break every run.
std::optional<ProviderRegistry> loadProviders(const QStringList &profileFiles)
{
    std::vector<ProfileError> errors;
    ProviderRegistry registry = ProviderRegistry::withBuiltIns(providerProfilesPath(),
                                                               true,
                                                               &errors);
    for (const ProfileError &e : errors)
        diagnose(e.file,
                 {e.line, e.column},
                 Tr::tr("warning"),
                 (e.field.isEmpty() ? QString() : e.field + QLatin1String(": ")) + e.message
                     + QLatin1Char(' ') + Tr::tr("(profile skipped)"));
    bool ok = true;
    for (const QString &file : profileFiles) {
        for (const ProfileError &e : registry.addFile(file)) {
            diagnose(e.file,
                     {e.line, e.column},
                     Tr::tr("error"),
                     (e.field.isEmpty() ? QString() : e.field + QLatin1String(": ")) + e.message);
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return registry;
}

// "yes", "no", "conditional", "unknown" as one short word for the providers table.
QString supportWord(Support support)
{
    switch (support) {
    case Support::Yes:
        return Tr::tr("yes");
    case Support::No:
        return Tr::tr("no");
    case Support::Conditional:
        return Tr::tr("cond.");
    case Support::Unknown:
        break;
    }
    return Tr::tr("?");
}

int runProviders(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Lists the provider ids that 'validate --provider' takes, with what each "
               "load-balancer implementation supports on a Service of type LoadBalancer "
               "(cond.: under a condition; ?: not documented)."));
    parser.addHelpOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Tr::tr("Also load this provider profile (repeatable)."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption formatOption(
        QStringList{QStringLiteral("format"), QStringLiteral("f")},
        Tr::tr("Output format: text (default), or json for each profile in full: its facts, "
               "rules and annotation catalogue, each with its source."),
        QStringLiteral("format"),
        QStringLiteral("text"));
    parser.addOption(profileOption);
    parser.addOption(formatOption);
    if (const std::optional<int> done = parseOrHelp(parser, arguments))
        return *done;
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json") {
        err() << Tr::tr("unknown format '%1': use text or json").arg(format) << Qt::endl;
        return ExitUnreadable;
    }
    const std::optional<ProviderRegistry> registry = loadProviders(parser.values(profileOption));
    if (!registry)
        return ExitUnreadable;
    if (format == u"json") {
        QJsonArray profiles;
        for (const auto &profile : registry->profiles())
            profiles.append(profileToJson(*profile));
        QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("profiles"), profiles}})
                                   .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    // One row per load-balancer implementation (variant), so that AWS shows its classic ELB and
    // its NLB apart.
    QList<QStringList> rows;
    rows << QStringList{Tr::tr("ID"),
                        Tr::tr("LOAD BALANCER"),
                        Tr::tr("TCP"),
                        Tr::tr("UDP"),
                        Tr::tr("SCTP"),
                        Tr::tr("TCP+UDP"),
                        Tr::tr("PROXY"),
                        Tr::tr("TLS")};
    for (const auto &profile : registry->profiles()) {
        for (const ProfileVariant &v : profile->variants) {
            QString name = profile->name.text();
            if (profile->variants.size() > 1 && !v.name.isEmpty())
                name = v.name.text();
            rows << QStringList{profile->id,
                                name,
                                supportWord(v.tcp.support),
                                supportWord(v.udp.support),
                                supportWord(v.sctp.support),
                                supportWord(v.mixed.support),
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

} // namespace sd::cli
