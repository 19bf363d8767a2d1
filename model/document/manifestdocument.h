// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document/manifest.h"
#include "model/io/manifestio.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

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

    /** Reads a file. On failure returns nullptr and fills `error`. */
    static std::unique_ptr<ManifestDocument> load(const QString &path, FileError *error);

    const Manifest &manifest() const { return m_manifest; }
    QString filePath() const { return m_filePath; }
    /** The file's name for titles: the path's file name, or "untitled". */
    QString displayName() const;

    QUndoStack *undoStack() const { return m_undoStack.get(); }
    bool isModified() const;

    /** Saves to `path` (or the current path), and makes that the document's path. */
    std::optional<QString> save(const QString &path = {});

    /** Replaces one Service. For undo commands; `documentModified` is what the "edited" mark of
     *  its document becomes (so undoing the only edit gives back the byte-exact original). */
    void setService(ServiceRef ref, Service service, bool documentModified = true);
    bool isDocumentModified(int document) const;
    /** Counts saves: a document's "edited" mark remembered before a save means nothing after it. */
    int saveGeneration() const { return m_saveGeneration; }

Q_SIGNALS:
    void serviceChanged(sd::ServiceRef ref);
    /** The whole manifest was replaced (after a save, which re-reads what was written). */
    void manifestReset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    Manifest m_manifest;
    QString m_filePath;
    std::unique_ptr<QUndoStack> m_undoStack;
    int m_saveGeneration = 0;
};

} // namespace sd
