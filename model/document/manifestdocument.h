// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QObject>
#include <QString>

#include "model/document/servicechange.h"
#include "model/io/manifest.h"
#include "model/io/manifestio.h"
#include "model/io/safefile.h"
#include "model/validation/validator.h"

class QUndoStack;

namespace sd {

/**
 * An open manifest file: owns the Manifest and its undo stack. Every change goes through an undo
 * command, which calls the setters here; the setters announce each change with one typed signal.
 * Views read; they never change the Manifest themselves.
 */
class ManifestDocument final : public QObject
{
    Q_OBJECT

public:
    explicit ManifestDocument(Manifest manifest, QString filePath = {}, QObject *parent = nullptr);
    ~ManifestDocument() override;

    /** A new, empty, untitled document: no documents and no path (save() needs one). */
    static std::unique_ptr<ManifestDocument> createEmpty();
    /** Reads a file. On failure returns nullptr and fills `error`. */
    static std::unique_ptr<ManifestDocument> load(const QString &path, FileError *error);
    /** A new untitled document read from bytes (pasted, bundled). On failure returns nullptr
     *  and fills `error`. */
    static std::unique_ptr<ManifestDocument> fromBytes(const QByteArray &bytes, FileError *error);

    /** Whether `path` names this document's file (through links too). */
    bool isFile(const QString &path) const;
    /** Writes the whole file, or only `only`, as YAML or JSON for `kubectl apply -f` to `path`
     *  (writeFileSafely: the bytes are on disk or the old file is untouched); why not, or
     *  nothing. */
    std::optional<QString> exportTo(const QString &path,
                                    Manifest::Format format,
                                    const std::vector<ServiceRef> &only = {}) const;

    /** What reading the file found worth saying (what kubectl apply will skip or where it
     *  stops, no objects), as readManifest() gave it; empty after a save or a reload. */
    const std::vector<FileWarning> &readWarnings() const { return m_readWarnings; }

    const Manifest &manifest() const { return m_manifest; }
    /** The Service at `ref`, or nullptr when `ref` names none (any more). */
    const Service *serviceAt(ServiceRef ref) const;
    /** The pod templates of the file (for the checks against other documents and the
     *  targetPort suggestions), read once and again only when documents are added, removed or
     *  moved or the whole manifest is replaced: editing a Service does not change them. */
    const ManifestIndex &manifestIndex() const;
    QString filePath() const { return m_filePath; }
    /** The file's name for titles: the path's file name, or "untitled". */
    QString displayName() const;

    QUndoStack *undoStack() const { return m_undoStack.get(); }
    bool isModified() const;

    /** Saves to `path` (or the current path), and makes that the document's path. Fails with a
     *  message when neither is given (a new document) or when the bytes are not on disk (see
     *  writeFileSafely: the old file is then untouched and the document stays modified). */
    std::optional<QString> save(const QString &path = {});

    /** The file as it was when this document last read or wrote it (not set for a document
     *  that has no file yet). */
    const FileFingerprint &diskFingerprint() const { return m_disk; }
    /** Whether another program changed the file's content since this document read or wrote
     *  it. False when the file is gone: a save then writes over nothing. */
    bool changedOnDisk() const;
    /** Takes the file as it is on disk now as the one this document knows, without reading it:
     *  for "keep my version", so the next save writes over the other program's change. */
    void acknowledgeDiskChange();
    /** Why the file cannot be saved in place (read-only, not a regular file, a folder that
     *  cannot be written), or an empty string; empty for a document without a file. */
    QString readOnlyReason() const;
    /**
     * Reads the file again and replaces the whole manifest with it, as if it had just been
     * opened: the undo history is cleared and manifestReset() is emitted. On failure nothing
     * changes and the error says why.
     */
    std::optional<FileError> reload();

    /**
     * Brings the documents' text up to the Services' edits now. An edit changes the Service at
     * once and its document's text (Manifest::updateText()) at the next turn of the event loop,
     * like the views that follow it, so that typing stays quick; whatever reads the text calls
     * this first (bytes(), save(), the undo commands, the source view).
     */
    void syncText();
    /** The whole file as saving writes it, edits included (syncText() first). */
    QByteArray bytes();

    /**
     * Changes one Service with `apply`, announcing each of `changes` before
     * (serviceAboutToChange) and after (serviceChanged). For undo commands (servicecommands.h);
     * `documentModified` is what the "edited" mark of its document becomes (so undoing the only
     * edit gives back the byte-exact original). The document's text follows the change soon
     * (syncText()), or is set to `text` at once when given (an undo puts back the bytes it had).
     */
    void changeService(ServiceRef ref,
                       const std::vector<ServiceChange> &changes,
                       const std::function<void(Service &)> &apply,
                       bool documentModified,
                       const DocumentText *text = nullptr);
    bool isDocumentModified(int document) const;
    /**
     * Replaces the `count` documents from `first` with `documents` and returns the ones replaced.
     * For undo commands (documentcommands.h), which keep what they replaced to put it back.
     * `newOffsets` says, for each replaced document, its index within `documents` when it stays
     * (moved), or -1 when it goes; empty means all go. Emits documentsChanged().
     */
    std::vector<SourceDocument> replaceDocuments(int first,
                                                 int count,
                                                 std::vector<SourceDocument> documents,
                                                 const QList<int> &newOffsets = {});

    /** The ServiceRef that `ref` became after documentsChanged(`newIndexOf`); invalid when its
     *  document was removed. */
    static ServiceRef remapped(ServiceRef ref, const QList<int> &newIndexOf);
    /** Counts saves: a document's "edited" mark remembered before a save means nothing after it. */
    int saveGeneration() const { return m_saveGeneration; }

Q_SIGNALS:
    /** A Service is about to change as `change` says (item models begin row changes here). */
    void serviceAboutToChange(const sd::ServiceChange &change);
    /** A Service changed as `change` says. */
    void serviceChanged(const sd::ServiceChange &change);
    /** The whole manifest was replaced (after a save, which re-reads what was written). */
    void manifestReset();
    /**
     * Documents were inserted, removed or moved (Manifest::documents changed its structure), so
     * ServiceRefs may name other Services now. `newIndexOf[i]` is the new index of the document
     * that was at index `i`, or -1 when it was removed; documents not named in it are new. Every
     * holder of a ServiceRef maps it with remapped(). The Services themselves did not change.
     */
    void documentsChanged(const QList<int> &newIndexOf);
    /** Documents are about to be inserted, removed or moved: holders of a ServiceRef note the
     *  one they have, to map that one (and not one set meanwhile) on documentsChanged. */
    void documentsAboutToChange();
    /** An edit of `ref` could not change the text in place only (Manifest::TextEdit): part of
     *  it, or all of the object, is written anew in kubectl's style. */
    void textRewritten(const sd::ServiceRef &ref, bool wholeObject);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    // An edit whose text is still to follow: the Service as its text says it.
    struct PendingText
    {
        ServiceRef ref;
        Service before;
    };

    Manifest m_manifest;
    std::vector<PendingText> m_pendingText;
    bool m_syncScheduled = false;
    QString m_filePath;
    std::unique_ptr<QUndoStack> m_undoStack;
    FileFingerprint m_disk;
    std::vector<FileWarning> m_readWarnings;
    mutable std::optional<ManifestIndex> m_index;
    int m_saveGeneration = 0;
};

/** Calls `onChange` (in `receiver`'s context) on every change of `document`'s content: an edit
 *  of a Service, a structural change, a reset, and its destruction. For models that simply
 *  recount; returns the connections, to disconnect when the model moves to another document. */
QList<QMetaObject::Connection> onAnyChange(ManifestDocument *document,
                                           QObject *receiver,
                                           const std::function<void()> &onChange);

} // namespace sd
