// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <sys/types.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace sd {

/**
 * The system calls a safe write makes, behind one seam: tests replace one of them with a call
 * that fails (a full disk at fsync, a rename across devices) and check that nothing was lost.
 * Each has the signature and errno contract of the POSIX call it is named after.
 */
struct FileSystemCalls
{
    std::function<int(const char *path, int flags, mode_t mode)> open;
    std::function<ssize_t(int fd, const void *data, size_t size)> write;
    std::function<int(int fd)> fsync;
    std::function<int(int fd)> close;
    std::function<int(const char *from, const char *to)> rename;

    /** The real calls. */
    static const FileSystemCalls &system();
};

/** Whether two paths name one file: through symbolic links once it exists, else as clean
 *  absolute paths. False when either is empty. */
bool sameFile(const QString &a, const QString &b);

/** What kind of thing a path names, as far as reading and writing manifests is concerned. */
enum class PathKind {
    Missing,
    RegularFile,
    Folder,
    Fifo,
    Socket,
    Device,
    Other,
};

/** What `path` names (symbolic links followed). */
PathKind pathKind(const QString &path);
/** "a named pipe (FIFO)", "a device", ... for messages; empty for Missing and RegularFile. */
QString pathKindText(PathKind kind);

/** The text of an errno value, translated for the ones a user meets when saving ("No space left
 *  on device", "Permission denied"); the system's text for the rest. */
QString systemErrorText(int error);

/**
 * Writes `bytes` to `path` so that either all of them are on disk under that name or the old file
 * is untouched: a new file is written next to it, flushed and synced, then renamed over it. Every
 * step is checked; on any failure the new file is removed and the message (translated) says what
 * failed and why, naming the folder when the folder is the problem.
 *
 * Never writes over something that is not a regular file (a device, a FIFO, a socket, a folder),
 * nor over a file the user may not write (a read-only file in a writable folder would otherwise
 * be replaced). A symbolic link is kept: the file it points to is replaced. An existing file's
 * permissions (and, for root, its owner) carry over to the new one.
 */
std::optional<QString> writeFileSafely(const QString &path,
                                       QByteArrayView bytes,
                                       const FileSystemCalls &calls = FileSystemCalls::system());

/** Why `path` cannot be opened for reading as a manifest (it is a folder, a device, ...), or
 *  nothing. With `allowPipes`, a FIFO is fine (a shell's `<(command)`). */
std::optional<QString> checkReadablePath(const QString &path, bool allowPipes = false);

/** Why saving to `path` would be refused before anything is written (not a regular file, a
 *  read-only file, a folder that does not exist or cannot be written), or nothing. The save
 *  itself checks again; this lets a window say "read-only" when the file is opened. */
std::optional<QString> checkWritablePath(const QString &path);

/**
 * What a file on disk looked like when it was read or written, to tell later whether another
 * program changed it. Two fingerprints are the same file content when their hashes are equal;
 * the size and time let a caller skip hashing when nothing moved.
 */
struct FileFingerprint
{
    bool exists = false;
    qint64 size = -1;
    qint64 modifiedNs = 0;
    quint64 inode = 0;
    QByteArray sha256; ///< of the content; empty when not read

    /** The fingerprint of `bytes` just read from or written to `path`. */
    static FileFingerprint of(const QString &path, QByteArrayView bytes);
    /** The file as it is on disk now; hashes it only when size, time or inode moved since
     *  `previous` (else copies previous's hash), and not at all when `previous` has no hash. */
    static FileFingerprint onDisk(const QString &path, const FileFingerprint &previous);

    /** Same content (or both missing). */
    bool sameContent(const FileFingerprint &other) const;
};

} // namespace sd
