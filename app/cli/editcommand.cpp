// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "model/io/safefile.h"
#include "model/io/serviceedit.h"
#include "model/validation/validator.h"

namespace sd::cli {

namespace {

// The --set and --remove options in the order given: later ones see what earlier ones did.
std::vector<ServiceEdit> editsInOrder(const QStringList &arguments, bool *ok)
{
    std::vector<ServiceEdit> edits;
    *ok = true;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        for (const auto &[option, kind] :
             {std::pair{QStringLiteral("--set"), ServiceEdit::Kind::Set},
              std::pair{QStringLiteral("--remove"), ServiceEdit::Kind::Remove}}) {
            QString text;
            if (a == option && i + 1 < arguments.size())
                text = arguments.at(++i);
            else if (a.startsWith(option + u'='))
                text = a.mid(option.size() + 1);
            else
                continue;
            ServiceEdit edit{kind, text, {}};
            if (kind == ServiceEdit::Kind::Set) {
                // The first `=` outside the path's brackets (`[name=http]`) ends the path.
                qsizetype eq = -1;
                int depth = 0;
                for (qsizetype c = 0; c < text.size() && eq < 0; ++c) {
                    if (text[c] == u'[')
                        ++depth;
                    else if (text[c] == u']')
                        --depth;
                    else if (text[c] == u'=' && depth == 0)
                        eq = c;
                }
                if (eq <= 0) {
                    err() << Tr::tr("--set needs PATH=VALUE, not '%1'").arg(text) << Qt::endl;
                    *ok = false;
                    return {};
                }
                edit.path = text.left(eq);
                edit.value = text.mid(eq + 1);
            }
            edits.push_back(std::move(edit));
            break;
        }
    }
    return edits;
}

// The Service that --service or --index names, or the file's only one.
std::optional<ServiceRef> chosenService(const Manifest &manifest,
                                        const QString &name,
                                        const QString &index)
{
    const std::vector<ServiceRef> refs = manifest.services();
    if (!index.isEmpty()) {
        bool ok = false;
        const int n = index.toInt(&ok);
        if (ok && n >= 0 && size_t(n) < refs.size())
            return refs[size_t(n)];
        err() << Tr::tr("there is no Service %1: the file holds %2 (counted from 0)")
                     .arg(index)
                     .arg(refs.size())
              << Qt::endl;
        return std::nullopt;
    }
    return chooseService(manifest, name, true);
}

} // namespace

int runEdit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr(
            "Changes fields of one Service of FILE and writes the file with only those bytes "
            "changed: comments, order and style are kept, as when editing in the designer.\n"
            "\n"
            "PATH is a field path as 'validate' prints it:\n"
            "  spec.ports[0].port                 the first port's number\n"
            "  spec.ports[name=http].targetPort   the port named http\n"
            "  spec.selector[app]                 one key of a map\n"
            "  metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-type]\n"
            "  spec.ipFamilies                    a whole list\n"
            "VALUE is a YAML scalar or flow value: 8081, UDP, \"8080\" (a string), [IPv4, IPv6], "
            "{app: web}. It must have the field's type. A list item one past the end is added.\n"
            "\n"
            "Examples:\n"
            "  %1 edit --set spec.ports[0].port=8081 -i web.yaml\n"
            "  %1 edit --service shop/web --set spec.type=NodePort --remove spec.loadBalancerIP "
            "web.yaml > out.yaml\n"
            "\n"
            "Exit status: 0 when the edits are applied (errors the validator finds in the result "
            "are "
            "printed on standard error, and the file is still written); 2 for a bad path, a value "
            "of "
            "the wrong type, no such Service or an unreadable file, and then nothing is written.")
            .arg(QCoreApplication::applicationName()));
    parser.addHelpOption();
    const QCommandLineOption serviceOption(QStringLiteral("service"),
                                           Tr::tr("The Service to edit: NAME or NAMESPACE/NAME."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption indexOption(QStringLiteral("index"),
                                         Tr::tr("The Service to edit: the N-th of the file, "
                                                "counted from 0."),
                                         QStringLiteral("N"));
    const QCommandLineOption setOption(QStringLiteral("set"),
                                       Tr::tr("Set the field at PATH to VALUE (repeatable)."),
                                       QStringLiteral("PATH=VALUE"));
    const QCommandLineOption removeOption(QStringLiteral("remove"),
                                          Tr::tr("Remove the field at PATH (repeatable)."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption inPlaceOption(QStringList{QStringLiteral("in-place"),
                                                       QStringLiteral("i")},
                                           Tr::tr("Write the edited file over FILE."));
    const QCommandLineOption
        outputOption(QStringList{QStringLiteral("output"), QStringLiteral("o")},
                     Tr::tr(
                         "Write the edited file to OUT instead of standard output ('-' is standard "
                         "output)."),
                     QStringLiteral("OUT"));
    for (const QCommandLineOption *o :
         {&serviceOption, &indexOption, &setOption, &removeOption, &inPlaceOption, &outputOption})
        parser.addOption(*o);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("The manifest file (YAML or JSON); '-' reads standard "
                                        "input."));
    if (const std::optional<int> done = parseOrHelp(parser, arguments))
        return *done;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err() << Tr::tr("name one file to edit") << Qt::endl;
        return ExitUnreadable;
    }
    const QString file = files.front();
    const bool inPlace = parser.isSet(inPlaceOption);
    if (inPlace && (parser.isSet(outputOption) || file == u"-")) {
        err() << Tr::tr("--in-place needs a file, and no --output") << Qt::endl;
        return ExitUnreadable;
    }
    if (parser.isSet(serviceOption) && parser.isSet(indexOption)) {
        err() << Tr::tr("use --service or --index, not both") << Qt::endl;
        return ExitUnreadable;
    }
    bool ok = false;
    const std::vector<ServiceEdit> edits = editsInOrder(arguments, &ok);
    if (!ok)
        return ExitUnreadable;
    if (edits.empty()) {
        err() << Tr::tr("nothing to do: give --set PATH=VALUE or --remove PATH") << Qt::endl;
        return ExitUnreadable;
    }

    const QString shown = file == u"-" ? Tr::tr("<stdin>") : file;
    ReadResult read = readNamed(file);
    if (diagnoseReadErrors(shown, read))
        return ExitUnreadable;
    Manifest &manifest = read.manifest;
    const std::optional<ServiceRef> ref = chosenService(manifest,
                                                        parser.value(serviceOption),
                                                        parser.value(indexOption));
    if (!ref)
        return ExitUnreadable;

    std::variant<Service, ServiceEditError> edited = applyServiceEdits(manifest.service(*ref),
                                                                       edits);
    if (const auto *e = std::get_if<ServiceEditError>(&edited)) {
        diagnose(shown, {}, Tr::tr("error"), e->message);
        return ExitUnreadable;
    }
    const Service before = manifest.service(*ref);
    manifest.service(*ref) = std::get<Service>(std::move(edited));
    manifest.documents.at(size_t(ref->document)).modified = true;
    const Manifest::TextEdit how = manifest.updateText(*ref, before);
    if (how != Manifest::TextEdit::InPlace) {
        diagnose(shown,
                 manifest.resource(*ref).pos,
                 Tr::tr("note"),
                 how == Manifest::TextEdit::Rewritten
                     ? Tr::tr("the Service is written anew in kubectl's style: its text could not "
                              "be changed in place")
                     : Tr::tr("part of the Service is written anew in kubectl's style: it could "
                              "not be changed in place"));
    }
    const QByteArray out = manifest.toBytes();

    const QString target = inPlace ? file : parser.value(outputOption);
    if (target.isEmpty() || target == u"-") {
        if (!writeStandardOutput(out))
            return ExitUnreadable;
    } else if (std::optional<QString> e = writeFileSafely(target, out)) {
        err() << *e << Qt::endl;
        return ExitUnreadable;
    }

    // What the API server would refuse in the result, where it stands in what was written.
    const Manifest written = Manifest::fromBytes(out);
    const std::vector<ServiceRef> refs = written.services();
    if (std::find(refs.begin(), refs.end(), *ref) != refs.end()) {
        for (const Finding &f : validateService(written.service(*ref), Environment{})) {
            if (f.severity == Severity::Error)
                diagnose(target.isEmpty() || target == u"-" ? shown : target,
                         f.pos,
                         Tr::tr("error"),
                         f.path.toString() + QStringLiteral(": ") + f.message);
        }
    }
    return ExitOk;
}

} // namespace sd::cli
