// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/manifestio.h"

#include "model/tr.h"

#include "model/io/safefile.h"

#include <QFile>

namespace sd {

namespace {

// The first byte that makes the input not UTF-8 text, with its place, or nothing.
std::optional<FileError> checkText(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return FileError{Tr::tr("this is not a text file: control byte 0x%1 at line %2, "
                                        "column %3")
                                     .arg(uint(c), 2, 16, QLatin1Char('0'))
                                     .arg(line)
                                     .arg(column),
                                 SourcePos{line, column}};
            }
            if (c == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            ++i;
            continue;
        }
        int len = 0;
        unsigned min = 0;
        if ((c & 0xe0) == 0xc0) {
            len = 2;
            min = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            len = 3;
            min = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            len = 4;
            min = 0x10000;
        }
        unsigned cp = len ? (c & (0xff >> (len + 1))) : 0;
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            ok = (p[i + k] & 0xc0) == 0x80;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        ok = ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
        if (!ok) {
            return FileError{Tr::tr("the file is not UTF-8 text: invalid byte 0x%1 at line %2, "
                                    "column %3; save it as UTF-8")
                                 .arg(uint(c), 2, 16, QLatin1Char('0'))
                                 .arg(line)
                                 .arg(column),
                             SourcePos{line, column}};
        }
        i += len;
        ++column;
    }
    return std::nullopt;
}

} // namespace

std::vector<FileError> ReadResult::errors() const
{
    if (error)
        return {*error};
    std::vector<FileError> out;
    for (const SourceDocument *d : manifest.brokenDocuments())
        out.push_back(FileError{d->error->message, d->error->pos});
    return out;
}

ReadResult readManifest(const QByteArray &bytes)
{
    ReadResult result;
    if (bytes.size() > maxManifestFileSize) {
        result.error = FileError{Tr::tr("the file is too large (%1 MB); Service Designer reads "
                                        "manifests of up to %2 MB")
                                     .arg(bytes.size() / (1024 * 1024))
                                     .arg(maxManifestFileSize / (1024 * 1024)),
                                 {}};
        return result;
    }
    if (std::optional<FileError> e = checkText(bytes)) {
        result.error = std::move(e);
        return result;
    }
    result.manifest = Manifest::fromBytes(bytes);
    const bool anyContent = std::any_of(
        result.manifest.documents.begin(), result.manifest.documents.end(),
        [](const SourceDocument &d) { return d.form != SourceDocument::Form::Empty; });
    if (!anyContent)
        result.warnings << Tr::tr("the file is empty: it holds no documents");
    return result;
}

ReadResult readManifestFile(const QString &path, bool allowPipes, QByteArray *bytes)
{
    auto failed = [](const QString &message) {
        ReadResult r;
        r.error = FileError{message, {}};
        return r;
    };
    if (std::optional<QString> refused = checkReadablePath(path, allowPipes))
        return failed(*refused);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Tr::tr("cannot open the file: %1").arg(file.errorString()));
    // A regular file's size is known: a huge one is refused without being loaded. A pipe's is
    // not, so it is read up to one byte past the limit, which readManifest() then refuses.
    if (file.size() > maxManifestFileSize) {
        return failed(Tr::tr("the file is too large (%1 MB); Service Designer reads "
                             "manifests of up to %2 MB")
                          .arg(file.size() / (1024 * 1024))
                          .arg(maxManifestFileSize / (1024 * 1024)));
    }
    QByteArray read = file.isSequential() ? file.read(maxManifestFileSize + 1) : file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failed(Tr::tr("cannot read the file: %1").arg(file.errorString()));
    if (bytes)
        *bytes = read;
    return readManifest(read);
}

} // namespace sd
