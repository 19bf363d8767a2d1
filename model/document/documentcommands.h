// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QUndoCommand>

#include "model/io/manifest.h"

namespace sd {

class ManifestDocument;

/**
 * A copy of the Service at `ref` for "Duplicate": named `<name>-copy` (then `-copy-2`, `-copy-3`,
 * ... until no Service of the manifest has the name; shortened to the 63 characters a name may
 * have), without what the cluster allocates once and refuses twice: `spec.clusterIP` and
 * `spec.clusterIPs` (a headless `None` stays), every `nodePort`, `spec.healthCheckNodePort`, and
 * `status`. A Service without a name keeps its generateName.
 */
Service duplicateService(const Manifest &manifest, ServiceRef ref);

/**
 * The base of the commands that change which documents a manifest has (insert, remove, move).
 * redo() replaces a range of documents and keeps what it replaced; undo() puts exactly that back,
 * so undoing gives the prior bytes. A document that ends up after another one gets a `---` line
 * when it had none (the first document of a file usually has none), so the documents stay apart
 * when saved.
 */
class DocumentStructureCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

protected:
    DocumentStructureCommand(ManifestDocument *document,
                             int first,
                             int count,
                             const QString &text,
                             QUndoCommand *parent);
    /** The documents that take the place of `current` (the range of the constructor), and in
     *  `newOffsets`, for each of `current`, its index in the result or -1 when it goes. */
    virtual std::vector<SourceDocument> replacement(std::vector<SourceDocument> current,
                                                    QList<int> *newOffsets) const = 0;
    /** Takes `later` (done right after this one) into this command, when both replaced one
     *  document by one at the same place: undo then goes back to before this one. */
    bool absorb(const DocumentStructureCommand &later);

    ManifestDocument *m_document;

private:
    int m_first;
    int m_count;
    // Set by redo() for undo().
    std::vector<SourceDocument> m_replaced;
    QList<int> m_newOffsets;
    int m_inserted = 0;
};

/** Inserts a new document holding `service` at `index` (0 to the number of documents). */
class InsertServiceCommand : public DocumentStructureCommand
{
public:
    /** `text` defaults to "Add Service". */
    InsertServiceCommand(ManifestDocument *document,
                         int index,
                         Service service,
                         const QString &text = {},
                         QUndoCommand *parent = nullptr);

    /** Where the new Service is once the command is done. */
    ServiceRef insertedService() const { return ServiceRef{m_index, 0}; }

protected:
    std::vector<SourceDocument> replacement(std::vector<SourceDocument> current,
                                            QList<int> *newOffsets) const override;

private:
    int m_index;
    Service m_service;
};

/** Inserts duplicateService() of `ref` in a new document right after the one holding `ref`. */
class DuplicateServiceCommand final : public InsertServiceCommand
{
public:
    DuplicateServiceCommand(ManifestDocument *document,
                            ServiceRef ref,
                            QUndoCommand *parent = nullptr);
};

/** Removes the document at `index` (a Service, a List, a broken or any other document). */
class RemoveDocumentCommand final : public DocumentStructureCommand
{
public:
    RemoveDocumentCommand(ManifestDocument *document, int index, QUndoCommand *parent = nullptr);

protected:
    std::vector<SourceDocument> replacement(std::vector<SourceDocument> current,
                                            QList<int> *newOffsets) const override;
};

/** Moves the document at `from` to index `to` (the documents between shift by one). "Move up"
 *  is `to = from - 1`; a view that hides some documents passes the index of the neighbour it
 *  shows. */
class MoveDocumentCommand final : public DocumentStructureCommand
{
public:
    MoveDocumentCommand(ManifestDocument *document,
                        int from,
                        int to,
                        QUndoCommand *parent = nullptr);

protected:
    std::vector<SourceDocument> replacement(std::vector<SourceDocument> current,
                                            QList<int> *newOffsets) const override;

private:
    bool m_down;
};

/**
 * Replaces the document at `index` with what `text` reads as (one document, or several where the
 * text has `---` lines): what the user typed in the source view. Consecutive edits of one
 * document's text are one undo step.
 */
class EditDocumentTextCommand final : public DocumentStructureCommand
{
public:
    EditDocumentTextCommand(ManifestDocument *document,
                            int index,
                            QByteArray text,
                            QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    std::vector<SourceDocument> replacement(std::vector<SourceDocument> current,
                                            QList<int> *newOffsets) const override;

private:
    int m_index;
    QByteArray m_text;
};

/**
 * Replaces every document with `documents` (text read elsewhere: a recovered copy, another
 * version of the file), as one step; undo puts the previous documents back, byte for byte.
 */
class ReplaceAllDocumentsCommand final : public QUndoCommand
{
public:
    ReplaceAllDocumentsCommand(ManifestDocument *document,
                               std::vector<SourceDocument> documents,
                               const QString &text,
                               QUndoCommand *parent = nullptr);

    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap();

    ManifestDocument *m_document;
    std::vector<SourceDocument> m_other; ///< the documents that are not in the manifest now
};

} // namespace sd
