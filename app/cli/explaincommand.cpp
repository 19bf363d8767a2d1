// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLocale>

#include "app/cli/cli.h"
#include "model/providers/profileloader.h"
#include "model/teaching/explanations.h"
#include "resources/resources.h"

namespace sd::cli {

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Explains a topic of Kubernetes Service networking, as the designer's "
               "explanation panel does, in the language of --lang or the system. Without a "
               "topic, lists the topics."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TOPIC"),
                                 Tr::tr("The topic to explain."),
                                 QStringLiteral("[TOPIC]"));
    if (const std::optional<int> done = parseOrHelp(parser, arguments))
        return *done;
    const QString language = explanationLanguage(currentLanguage());
    QTextStream out(stdout);
    const QStringList topics = explanationTopics();
    if (parser.positionalArguments().isEmpty()) {
        qsizetype width = 0;
        for (const QString &topic : topics)
            width = std::max(width, topic.size());
        for (const QString &topic : topics) {
            const std::optional<Explanation> e = explanation(topic, language, explanationsPath());
            out << topic.leftJustified(width + 2) << (e ? e->title : QString()) << Qt::endl;
        }
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1) {
        err() << Tr::tr("explain takes one topic") << Qt::endl;
        return ExitUnreadable;
    }
    const QString topic = parser.positionalArguments().constFirst();
    const std::optional<Explanation> e = explanation(topic, language, explanationsPath());
    if (!e) {
        err() << Tr::tr("unknown topic '%1': run 'explain' without a topic for the list").arg(topic)
              << Qt::endl;
        return ExitUnreadable;
    }
    out << markdownToPlainText(e->markdown);
    if (!e->markdown.endsWith(u'\n'))
        out << Qt::endl;
    return ExitOk;
}

} // namespace sd::cli
