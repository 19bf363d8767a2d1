// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QPointer>

#include "model/document/recoverystore.h"

namespace sd {

class DiskWatcher;
class ManifestDocument;
class RecoveryWriter;
class UserPrompts;

/**
 * What a window does so that nothing the user wrote is lost: it keeps a recovery copy of the
 * open document while it has unsaved changes (RecoveryWriter), offers the copies a crashed
 * session left behind, watches the file for other programs' changes (DiskWatcher) and asks what
 * to do about them, and asks before a save writes over bytes the document never read.
 *
 * The window passes in where to ask (a UserPrompts) and reacts to the signals; this class never
 * opens or saves files itself, except to reload the document when the user says so.
 */
class DocumentSafety final : public QObject
{
    Q_OBJECT

public:
    DocumentSafety(QWidget *window, UserPrompts *prompts, QObject *parent = nullptr);
    ~DocumentSafety() override;

    /** Follows `document` (or nothing). The previous document's recovery copy is removed: it
     *  was closed cleanly. */
    void setDocument(ManifestDocument *document);
    void setRecoveryStore(RecoveryStore store);
    const RecoveryStore &recoveryStore() const { return m_store; }
    /** The writer of the current document's copy, or nullptr. */
    RecoveryWriter *recoveryWriter() const { return m_writer.get(); }
    DiskWatcher *diskWatcher() const { return m_watcher.get(); }

    /**
     * Before saving the document to its own file: when another program changed the file since
     * the document read it, asks whether to overwrite it (offering to compare first). Returns
     * whether to go on.
     */
    bool confirmOverwrite();
    /** Whether the file was deleted or renamed away by another program. */
    bool isRemovedOnDisk() const;

    /** Offers the copies a crashed session left for the current document's file. */
    void offerRecoveryForDocument();
    /** Offers every copy a crashed session left, except for the current document's file,
     *  oldest first (at start-up). */
    void offerOrphans();

    /** Whether a change on disk is reloaded without asking when there are no unsaved edits. */
    static bool alwaysReload();
    static void setAlwaysReload(bool always);

Q_SIGNALS:
    /** Something to say in the status bar. */
    void message(const QString &text);
    /** The document's relation to its file changed (removed, back, read-only): titles follow. */
    void fileStateChanged();
    /** The user chose to restore `entry`: the window opens it (in itself or in a new window)
     *  and applies it with restoreInto(). */
    void restoreRequested(const sd::RecoveryEntry &entry);

public:
    /** Replaces `document`'s content with the entry's bytes as one undoable edit, writes its
     *  own recovery copy at once and deletes the entry. */
    void restoreInto(ManifestDocument *document, const RecoveryEntry &entry);

private:
    void offer(const RecoveryEntry &entry);
    void onChangedOnDisk();
    void askAboutDiskChange();
    void reload();
    void showDiffWithDisk();

    QWidget *m_window;
    UserPrompts *m_prompts;
    RecoveryStore m_store;
    QPointer<ManifestDocument> m_document;
    std::unique_ptr<RecoveryWriter> m_writer;
    std::unique_ptr<DiskWatcher> m_watcher;
    bool m_asking = false;
    bool m_pending = false;
};

} // namespace sd
