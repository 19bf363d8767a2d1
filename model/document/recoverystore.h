// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace sd {

/** A copy of a document's unsaved state, left behind by a process that ended without closing it. */
struct RecoveryEntry
{
    QString file;          ///< the copy's path in the store
    QString originalPath;  ///< the file the edits belong to; empty for an untitled document
    QDateTime savedAt;     ///< when the copy was written (UTC)
    QByteArray baseSha256; ///< the content on disk the edits started from; empty when unknown
    QByteArray bytes;      ///< the document as it was then
};

/**
 * Where unsaved documents are copied while they are edited, so that a crash (or kill -9, or a
 * power cut) loses at most the last few seconds: a folder in the user's data location, never next
 * to the file. Each process writes its copies under a session of its own, marked by a lock file
 * it holds while it runs; the copies of a session whose process is gone are orphans() and are
 * offered for restoring.
 *
 * A copy is one file: a line naming the format, a line of JSON (the original path, the time, the
 * hash of the content the edits started from), then the document's bytes. It is written with
 * writeFileSafely, so a crash while writing leaves the previous copy.
 */
class RecoveryStore final
{
public:
    /** A store in `folder` (created when the first copy is written). */
    explicit RecoveryStore(QString folder = defaultFolder());

    /** `recovery` in the application's data location (~/.local/share/<organisation>/<app>). */
    static QString defaultFolder();
    const QString &folder() const { return m_folder; }

    /** A key for one open document of this process, for save() and remove(). */
    QString newKey() const;
    /** Writes (replaces) the copy under `key`. Returns why it could not be written. */
    std::optional<QString> save(const QString &key,
                                const QString &originalPath,
                                const QByteArray &baseSha256,
                                QByteArrayView bytes) const;
    /** Where the copy under `key` is (whether or not it exists now). */
    QString pathOf(const QString &key) const;
    /** Removes the copy under `key`, if there is one. */
    void remove(const QString &key) const;

    /** The copies of sessions whose process has ended, oldest first. Never this process's own. */
    std::vector<RecoveryEntry> orphans() const;
    /** The orphans that belong to `path` (compared as absolute, clean paths). */
    std::vector<RecoveryEntry> orphansFor(const QString &path) const;
    /** Deletes an orphan (after it was restored or discarded). */
    static void discard(const RecoveryEntry &entry);

    /** Reads one copy; nothing when it is not one (or is cut short). */
    static std::optional<RecoveryEntry> read(const QString &file);

private:
    QString m_folder;
};

} // namespace sd
