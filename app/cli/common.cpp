// SPDX-License-Identifier: GPL-3.0-or-later
#include <cerrno>
#include <cstdio>

#include <QFile>

#include "app/cli/cli.h"
#include "model/io/safefile.h"

namespace sd::cli {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// A compiler-style diagnostic: `file:line:column: severity: message`.
void diagnose(const QString &file, SourcePos pos, const QString &severity, const QString &message)
{
    QString where = file;
    if (pos.isValid())
        where += u':' + QString::number(pos.line) + u':' + QString::number(pos.column);
    err() << where << QLatin1String(": ") << severity << QLatin1String(": ") << message << Qt::endl;
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
ReadResult readNamed(const QString &file)
{
    if (file != u"-")
        return readManifestFile(file, true); // checks the size before reading
    QFile in;
    ReadResult r;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        r.error = FileError{Tr::tr("cannot read standard input"), {}};
        return r;
    }
    // One byte past the limit is enough for readManifest() to refuse an endless stream.
    const QByteArray bytes = in.read(maxManifestFileSize + 1);
    if (in.error() != QFileDevice::NoError) {
        r.error = FileError{Tr::tr("cannot read standard input: %1").arg(in.errorString()), {}};
        return r;
    }
    return readManifest(bytes);
}

StandardOutput::~StandardOutput()
{
    finish();
}

bool StandardOutput::put(QByteArrayView bytes)
{
    if (m_error != 0)
        return false;
    if (bytes.isEmpty())
        return true; // an empty view may have no data pointer, which fwrite() must not get
    errno = 0;
    const size_t written = std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
    if (written == size_t(bytes.size()) && !std::ferror(stdout))
        return true;
    m_error = errno ? errno : -1;
    return false;
}

bool StandardOutput::finish()
{
    if (m_finished)
        return m_error == 0;
    m_finished = true;
    if (m_error == 0) {
        errno = 0;
        if (std::fflush(stdout) == 0 && !std::ferror(stdout))
            return true;
        m_error = errno ? errno : -1;
    }
    err() << Tr::tr("cannot write standard output: %1")
                 .arg(m_error > 0 ? systemErrorText(m_error) : Tr::tr("write error"))
          << Qt::endl;
    return false;
}

// Writes a command's output to standard output, and says so when it did not all get there (a
// full disk behind a redirection, a closed pipe): a script must not take a cut file for a whole.
bool writeStandardOutput(const QByteArray &bytes)
{
    StandardOutput out;
    out.put(bytes);
    return out.finish();
}

std::optional<ServiceRef> chooseService(const Manifest &manifest,
                                        const QString &name,
                                        bool indexOption)
{
    const std::vector<ServiceRef> refs = manifest.services();
    if (name.isEmpty()) {
        if (refs.size() == 1)
            return refs.front();
        if (refs.empty())
            err() << Tr::tr("the file holds no Service") << Qt::endl;
        else if (indexOption)
            err() << Tr::tr("the file holds %1 Services: choose one with --service or --index")
                         .arg(refs.size())
                  << Qt::endl;
        else
            err() << Tr::tr("the file holds %1 Services: choose one with --service").arg(refs.size())
                  << Qt::endl;
        return std::nullopt;
    }
    const QString wantedNamespace = name.contains(u'/') ? name.section(u'/', 0, 0) : QString();
    const QString wantedName = name.section(u'/', -1);
    std::vector<ServiceRef> found;
    for (const ServiceRef ref : refs) {
        const Resource &r = manifest.resource(ref);
        const QString ns = r.namespaceName.isEmpty() ? QStringLiteral("default") : r.namespaceName;
        if (r.name == wantedName && (wantedNamespace.isEmpty() || ns == wantedNamespace))
            found.push_back(ref);
    }
    if (found.size() == 1)
        return found.front();
    if (found.empty())
        err() << Tr::tr("no Service named '%1' in the file").arg(name) << Qt::endl;
    else if (indexOption)
        err() << Tr::tr("%1 Services are named '%2': add the namespace (NAMESPACE/NAME) or "
                        "use --index")
                     .arg(found.size())
                     .arg(name)
              << Qt::endl;
    else
        err() << Tr::tr("%1 Services are named '%2': add the namespace (NAMESPACE/NAME)")
                     .arg(found.size())
                     .arg(name)
              << Qt::endl;
    return std::nullopt;
}

bool diagnoseReadErrors(const QString &shown, const ReadResult &read)
{
    const std::vector<FileError> errors = read.errors();
    for (const FileError &e : errors)
        diagnose(shown, e.pos, Tr::tr("error"), e.message);
    return !errors.empty();
}

} // namespace sd::cli
