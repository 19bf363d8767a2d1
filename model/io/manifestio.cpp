// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/manifestio.h"

#include <algorithm>
#include <cerrno>
#include <thread>

#include <QFile>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

#include "model/domain/parallelruns.h"
#include "model/io/safefile.h"
#include "model/io/yamlcppparser.h"
#include "model/tr.h"

namespace sd {

using namespace Qt::StringLiterals;

namespace {

// The first byte that makes the input not UTF-8 text, with its place, or nothing. ASCII text is
// skipped in blocks and the place worked out only for an error: a valid file is one quick pass.
std::optional<FileError> checkText(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    // Line and column (in characters) of byte `at`; the bytes before it are valid UTF-8.
    const auto place = [&](qsizetype at) {
        SourcePos pos{1, 1};
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < at; ++i) {
            if (p[i] == '\n') {
                ++pos.line;
                lineStart = i + 1;
            }
        }
        for (qsizetype i = lineStart; i < at; ++i)
            pos.column += (p[i] & 0xc0) != 0x80 ? 1 : 0;
        return pos;
    };
    // The message (its %1 the byte in hexadecimal, %2 and %3 line and column) for byte `at`.
    const auto errorAt = [&](qsizetype at, const QString &message) {
        const SourcePos pos = place(at);
        return FileError{message.arg(uint(p[at]), 2, 16, QLatin1Char('0'))
                             .arg(pos.line)
                             .arg(pos.column),
                         pos};
    };
    for (qsizetype i = 0; (i = yamlstream::skipAsciiText(bytes.constData(), i, n)) < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) { // a control byte: the scan stops at no other ASCII
            return errorAt(i,
                           IoTr::tr("this is not a text file: control byte 0x%1 at line %2, "
                                    "column %3"));
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
            return errorAt(i,
                           IoTr::tr("the file is not UTF-8 text: invalid byte 0x%1 at line %2, "
                                    "column %3; save it as UTF-8"));
        }
        i += len;
    }
    return std::nullopt;
}

} // namespace

std::vector<FileError> ReadResult::errors() const
{
    if (error)
        return {*error};
    std::vector<FileError> out;
    if (manifest.kubectlStop)
        out.push_back(FileError{manifest.kubectlStop->message, manifest.kubectlStop->pos});
    for (const SourceDocument &d : manifest.documents) {
        if (d.form == SourceDocument::Form::Broken && d.kubectl.use != KubectlUse::Ignored)
            out.push_back(FileError{d.error->message, d.error->pos});
    }
    std::stable_sort(out.begin(), out.end(), [](const FileError &a, const FileError &b) {
        return a.pos.line < b.pos.line;
    });
    return out;
}

namespace {

// What kubectl sends of a read document: a List's items, one object, or nothing for a null.
qsizetype objectCount(const SourceDocument &doc)
{
    if (doc.kubectl.use != KubectlUse::Applied)
        return 0;
    if (doc.form == SourceDocument::Form::List)
        return qsizetype(doc.resources.size());
    if (doc.form != SourceDocument::Form::Object)
        return 0;
    const Resource &r = doc.resources.front();
    const bool null = !r.isService() && r.node().isScalar() && !r.node().isQuoted()
                      && (r.node().text().isEmpty() || r.node().text() == u"null"
                          || r.node().text() == u"~" || r.node().text() == u"Null"
                          || r.node().text() == u"NULL");
    return null ? 0 : 1;
}

void warnAboutKubectl(ReadResult &result)
{
    for (const SourceDocument &doc : result.manifest.documents) {
        if (doc.kubectl.use != KubectlUse::Ignored)
            continue;
        const SourcePos pos = doc.form == SourceDocument::Form::Broken ? doc.error->pos
                              : doc.resources.empty()                  ? SourcePos{}
                                                                       : doc.resources.front().pos;
        QString message;
        if (doc.kubectl.because == IgnoredBecause::EndMarker) {
            //: %1 is a line number
            message = IoTr::tr("kubectl ignores this document: it follows the end marker '...' at "
                               "line %1, and kubectl reads only the first document between two "
                               "'---' lines; put '---' before this document to apply it")
                          .arg(doc.kubectl.afterLine);
        } else {
            //: %1 is a line number
            message = IoTr::tr(
                          "kubectl ignores this document: its '---' at line %1 follows a lone "
                          "carriage return, and kubectl splits a file only at '---' lines that "
                          "follow a line feed; save the file with LF or CRLF line ends")
                          .arg(doc.kubectl.afterLine);
        }
        result.warnings.push_back(FileWarning{u"kubectl-ignores-document"_s, message, pos});
    }
}

// Go templates (`{{ .Values.x }}`) in a file that does not read as YAML: a Helm chart's template.
std::optional<SourcePos> helmTemplateAction(const QByteArray &bytes)
{
    for (qsizetype open = bytes.indexOf("{{"); open >= 0; open = bytes.indexOf("{{", open + 2)) {
        const qsizetype close = bytes.indexOf("}}", open + 2);
        const qsizetype lineEnd = bytes.indexOf('\n', open);
        if (close < 0)
            break;
        if (lineEnd < 0 || close < lineEnd)
            return yamlstream::positionOf(bytes, open, 0, 1);
    }
    return std::nullopt;
}

// A kustomization.yaml: `kind: Kustomization` (or Component), or the fields of one without a kind.
const Resource *kustomization(const Manifest &manifest)
{
    static const QStringList fields = {u"resources"_s,
                                       u"bases"_s,
                                       u"components"_s,
                                       u"patches"_s,
                                       u"patchesStrategicMerge"_s,
                                       u"patchesJson6902"_s,
                                       u"configMapGenerator"_s,
                                       u"secretGenerator"_s,
                                       u"helmCharts"_s,
                                       u"namePrefix"_s,
                                       u"nameSuffix"_s,
                                       u"commonLabels"_s,
                                       u"images"_s};
    for (const SourceDocument &doc : manifest.documents) {
        for (const Resource &r : doc.resources) {
            if (r.apiVersion.startsWith(u"kustomize.config.k8s.io/")
                && (r.kind == u"Kustomization" || r.kind == u"Component")) {
                return &r;
            }
            if (r.kind.isEmpty() && r.apiVersion.isEmpty() && r.node().isMapping()) {
                for (const Node::Entry &e : r.node().entries()) {
                    if (fields.contains(e.key))
                        return &r;
                }
            }
        }
    }
    return nullptr;
}

void hintAtRendering(const QByteArray &bytes, ReadResult &result)
{
    if (result.manifest.hasErrors()) {
        if (const std::optional<SourcePos> pos = helmTemplateAction(bytes)) {
            result.warnings.push_back(FileWarning{
                u"helm-template"_s,
                IoTr::tr("this looks like a Helm template ('{{ }}'): kubectl cannot apply it as it "
                         "is; render it with 'helm template' and read the result from standard "
                         "input, e.g. helm template NAME CHART | service-designer-cli validate -"),
                *pos});
        }
    }
    if (const Resource *k = kustomization(result.manifest)) {
        result.warnings.push_back(FileWarning{
            u"kustomization"_s,
            IoTr::tr("this is a kustomization, not a manifest: kubectl apply -f does not build it; "
                     "render it with 'kubectl kustomize' and read the result from standard input, "
                     "e.g. kubectl kustomize DIR | service-designer-cli validate -"),
            k->pos});
    }
}

#if defined(Q_OS_UNIX)
// Reads `size` bytes at `offset` of an open file into `into`: how many it got before the end of
// the file, or -1 on an error.
qint64 readAt(int fd, char *into, qint64 size, qint64 offset)
{
    qint64 got = 0;
    while (got < size) {
        const ssize_t n = ::pread(fd, into + got, size_t(size - got), off_t(offset + got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += n;
    }
    return got;
}
#endif

// A regular file's bytes in a buffer of just their size (readAll() leaves spare capacity, which
// the documents' text, sharing the buffer, would keep for as long as the file is open). A file
// that grew since size() was asked keeps what follows too.
QByteArray readExactly(QFile &file)
{
    const qint64 size = file.size();
    QByteArray bytes(size, Qt::Uninitialized);
    qint64 got = -1;
#if defined(Q_OS_UNIX)
    // A large file is read in two halves at once: most of a read's time is the system's, taking
    // the buffer's fresh pages one by one, which two cores do in half the time. Anything short
    // of both halves whole, and the file is read again in one piece.
    if (threadsForHalves(size_t(size)) > 1 && file.handle() >= 0) {
        const qint64 half = size / 2;
        qint64 secondGot = -1;
        std::thread second(
            [&] { secondGot = readAt(file.handle(), bytes.data() + half, size - half, half); });
        const qint64 firstGot = readAt(file.handle(), bytes.data(), half, 0);
        second.join();
        if (firstGot == half && secondGot == size - half && file.seek(size))
            got = size;
    }
#endif
    if (got < 0)
        got = file.read(bytes.data(), size);
    bytes.truncate(std::max<qint64>(got, 0));
    if (got == size && !file.atEnd())
        bytes += file.readAll();
    return bytes;
}

} // namespace

ReadResult readManifest(const QByteArray &bytes)
{
    ReadResult result;
    if (bytes.size() > maxManifestFileSize) {
        result.error = FileError{IoTr::tr("the file is too large (%1 MB); Service Designer reads "
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
    warnAboutKubectl(result);
    hintAtRendering(bytes, result);
    qsizetype objects = 0;
    for (const SourceDocument &doc : result.manifest.documents)
        objects += objectCount(doc);
    if (objects == 0 && !result.manifest.hasErrors() && !result.manifest.kubectlStop) {
        result.warnings.push_back(
            FileWarning{u"no-objects"_s,
                        IoTr::tr("the file holds no objects; kubectl apply -f fails with \"no "
                                 "objects passed to apply\" when none of its files holds one"),
                        {}});
    }
    std::stable_sort(result.warnings.begin(),
                     result.warnings.end(),
                     [](const FileWarning &a, const FileWarning &b) {
                         return a.pos.line < b.pos.line;
                     });
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
        return failed(IoTr::tr("cannot open the file: %1").arg(file.errorString()));
    // A regular file's size is known: a huge one is refused without being loaded. A pipe's is
    // not, so it is read up to one byte past the limit, which readManifest() then refuses.
    if (file.size() > maxManifestFileSize) {
        return failed(IoTr::tr("the file is too large (%1 MB); Service Designer reads "
                               "manifests of up to %2 MB")
                          .arg(file.size() / (1024 * 1024))
                          .arg(maxManifestFileSize / (1024 * 1024)));
    }
    QByteArray read = file.isSequential() ? file.read(maxManifestFileSize + 1) : readExactly(file);
    if (file.error() != QFileDevice::NoError)
        return failed(IoTr::tr("cannot read the file: %1").arg(file.errorString()));
    if (bytes)
        *bytes = read;
    return readManifest(read);
}

} // namespace sd
