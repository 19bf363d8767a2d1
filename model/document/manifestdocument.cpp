// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/manifestdocument.h"

#include <algorithm>

#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

#include "model/tr.h"

namespace sd {

ManifestDocument::ManifestDocument(Manifest manifest, QString filePath, QObject *parent)
    : QObject(parent)
    , m_manifest(std::move(manifest))
    , m_filePath(std::move(filePath))
    , m_undoStack(std::make_unique<QUndoStack>())
{
    connect(m_undoStack.get(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        Q_EMIT modifiedChanged(!clean);
    });
}

ManifestDocument::~ManifestDocument() = default;

std::unique_ptr<ManifestDocument> ManifestDocument::createEmpty()
{
    return std::make_unique<ManifestDocument>(Manifest());
}

std::unique_ptr<ManifestDocument> ManifestDocument::load(const QString &path, FileError *error)
{
    QByteArray bytes;
    ReadResult r = readManifestFile(path, false, &bytes);
    if (r.error) {
        if (error)
            *error = *r.error;
        return nullptr;
    }
    auto document = std::make_unique<ManifestDocument>(std::move(r.manifest), path);
    document->m_disk = FileFingerprint::of(path, bytes);
    document->m_readWarnings = std::move(r.warnings);
    return document;
}

std::unique_ptr<ManifestDocument> ManifestDocument::fromBytes(const QByteArray &bytes,
                                                              FileError *error)
{
    ReadResult r = readManifest(bytes);
    if (r.error) {
        if (error)
            *error = *r.error;
        return nullptr;
    }
    auto document = std::make_unique<ManifestDocument>(std::move(r.manifest));
    document->m_readWarnings = std::move(r.warnings);
    return document;
}

bool ManifestDocument::isFile(const QString &path) const
{
    return sameFile(path, m_filePath);
}

std::optional<QString> ManifestDocument::exportTo(const QString &path,
                                                  Manifest::Format format,
                                                  const std::vector<ServiceRef> &only) const
{
    return writeFileSafely(path, m_manifest.exportAs(format, only));
}

QString ManifestDocument::displayName() const
{
    return m_filePath.isEmpty() ? EditorTr::tr("untitled") : QFileInfo(m_filePath).fileName();
}

bool ManifestDocument::isModified() const
{
    return !m_undoStack->isClean();
}

std::optional<QString> ManifestDocument::save(const QString &path)
{
    const QString target = path.isEmpty() ? m_filePath : path;
    if (target.isEmpty())
        return EditorTr::tr("the document has no file name yet; choose where to save it");
    const QByteArray bytes = this->bytes();
    if (std::optional<QString> error = writeFileSafely(target, bytes))
        return error;
    m_disk = FileFingerprint::of(target, bytes);
    // What was written is now the original: re-read it so that the next save again writes
    // untouched documents byte for byte. The documents keep their order, so ServiceRefs held by
    // undo commands stay valid.
    m_manifest = Manifest::fromBytes(bytes);
    m_index.reset();
    if (target != m_filePath) {
        m_filePath = target;
        Q_EMIT filePathChanged(m_filePath);
    }
    ++m_saveGeneration;
    m_undoStack->setClean();
    Q_EMIT manifestReset();
    return std::nullopt;
}

const Service *ManifestDocument::serviceAt(ServiceRef ref) const
{
    if (!ref.isValid() || size_t(ref.document) >= m_manifest.documents.size())
        return nullptr;
    const SourceDocument &doc = m_manifest.documents[size_t(ref.document)];
    if (ref.resource < 0 || size_t(ref.resource) >= doc.resources.size()
        || !doc.resources[size_t(ref.resource)].isService())
        return nullptr;
    return &*doc.resources[size_t(ref.resource)].service;
}

const ManifestIndex &ManifestDocument::manifestIndex() const
{
    if (!m_index)
        m_index = ManifestIndex(m_manifest);
    return *m_index;
}

bool ManifestDocument::changedOnDisk() const
{
    if (m_filePath.isEmpty() || !m_disk.exists)
        return false;
    const FileFingerprint now = FileFingerprint::onDisk(m_filePath, m_disk);
    return now.exists && !now.sameContent(m_disk);
}

void ManifestDocument::acknowledgeDiskChange()
{
    if (m_filePath.isEmpty())
        return;
    FileFingerprint now = FileFingerprint::onDisk(m_filePath, m_disk);
    // A file that is gone keeps its last known content: saving recreates it without asking.
    if (now.exists)
        m_disk = std::move(now);
}

QString ManifestDocument::readOnlyReason() const
{
    if (m_filePath.isEmpty())
        return {};
    return checkWritablePath(m_filePath).value_or(QString());
}

std::optional<FileError> ManifestDocument::reload()
{
    QByteArray bytes;
    ReadResult r = readManifestFile(m_filePath, false, &bytes);
    if (r.error)
        return r.error;
    m_manifest = std::move(r.manifest);
    m_pendingText.clear();
    m_index.reset();
    m_disk = FileFingerprint::of(m_filePath, bytes);
    m_readWarnings = std::move(r.warnings);
    m_undoStack->clear();
    ++m_saveGeneration;
    Q_EMIT manifestReset();
    return std::nullopt;
}

void ManifestDocument::changeService(ServiceRef ref,
                                     const std::vector<ServiceChange> &changes,
                                     const std::function<void(Service &)> &apply,
                                     bool documentModified,
                                     const DocumentText *text)
{
    for (const ServiceChange &c : changes)
        Q_EMIT serviceAboutToChange(c);
    if (text) {
        syncText(); // what is pending for this document is replaced, not merged
        apply(m_manifest.service(ref));
        text->applyTo(m_manifest.documents.at(ref.document));
    } else {
        // The text follows from the Service as its text says it: the first of several edits
        // before the text catches up.
        const bool pending = std::any_of(m_pendingText.begin(),
                                         m_pendingText.end(),
                                         [&](const PendingText &p) { return p.ref == ref; });
        if (!pending)
            m_pendingText.push_back({ref, m_manifest.service(ref)});
        apply(m_manifest.service(ref));
        if (!m_syncScheduled) {
            m_syncScheduled = true;
            QTimer::singleShot(0, this, &ManifestDocument::syncText);
        }
    }
    m_manifest.documents.at(ref.document).modified = documentModified;
    for (const ServiceChange &c : changes)
        Q_EMIT serviceChanged(c);
}

void ManifestDocument::syncText()
{
    m_syncScheduled = false;
    std::vector<PendingText> pending = std::move(m_pendingText);
    m_pendingText.clear();
    for (const PendingText &p : pending) {
        if (const Manifest::TextEdit how = m_manifest.updateText(p.ref, p.before);
            how != Manifest::TextEdit::InPlace)
            Q_EMIT textRewritten(p.ref, how == Manifest::TextEdit::Rewritten);
    }
}

QByteArray ManifestDocument::bytes()
{
    syncText();
    return m_manifest.toBytes();
}

bool ManifestDocument::isDocumentModified(int document) const
{
    return m_manifest.documents.at(document).modified;
}

std::vector<SourceDocument> ManifestDocument::replaceDocuments(
    int first, int count, std::vector<SourceDocument> documents, const QList<int> &newOffsets)
{
    syncText(); // the pending refs name documents by index
    Q_EMIT documentsAboutToChange();
    std::vector<SourceDocument> &all = m_manifest.documents;
    Q_ASSERT(first >= 0 && count >= 0 && size_t(first + count) <= all.size());
    const int oldSize = int(all.size());
    const auto begin = all.begin() + first;
    std::vector<SourceDocument> replaced(std::make_move_iterator(begin),
                                         std::make_move_iterator(begin + count));
    all.erase(begin, begin + count);
    const int inserted = int(documents.size());
    all.insert(all.begin() + first,
               std::make_move_iterator(documents.begin()),
               std::make_move_iterator(documents.end()));

    QList<int> newIndexOf;
    newIndexOf.reserve(oldSize);
    for (int i = 0; i < oldSize; ++i) {
        if (i < first)
            newIndexOf << i;
        else if (i >= first + count)
            newIndexOf << i - count + inserted;
        else
            newIndexOf << (i - first < newOffsets.size() && newOffsets[i - first] >= 0
                               ? first + newOffsets[i - first]
                               : -1);
    }
    m_index.reset();
    Q_EMIT documentsChanged(newIndexOf);
    return replaced;
}

ServiceRef ManifestDocument::remapped(ServiceRef ref, const QList<int> &newIndexOf)
{
    if (!ref.isValid() || ref.document >= newIndexOf.size() || newIndexOf[ref.document] < 0)
        return {};
    return ServiceRef{newIndexOf[ref.document], ref.resource};
}

QList<QMetaObject::Connection> onAnyChange(ManifestDocument *document,
                                           QObject *receiver,
                                           const std::function<void()> &onChange)
{
    if (!document)
        return {};
    return {QObject::connect(document, &ManifestDocument::manifestReset, receiver, onChange),
            QObject::connect(document, &ManifestDocument::documentsChanged, receiver, onChange),
            QObject::connect(document, &ManifestDocument::serviceChanged, receiver, onChange),
            QObject::connect(document, &QObject::destroyed, receiver, onChange)};
}

} // namespace sd
