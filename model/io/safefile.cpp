// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/safefile.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include "model/tr.h"

namespace sd {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// open(2) and close(2) retried on EINTR, as every caller of them must.
int openRetrying(const FileSystemCalls &calls, const QByteArray &path, int flags, mode_t mode)
{
    int fd;
    do {
        fd = calls.open(path.constData(), flags, mode);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

// Writes everything, going on after short writes and interruptions; false with errno set on
// failure. A write that makes no progress without an error is a full device.
bool writeAll(const FileSystemCalls &calls, int fd, QByteArrayView bytes)
{
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = calls.write(fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = ENOSPC;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

// Makes the rename itself durable. A failure here leaves the new file in place and complete, so
// it is not reported: the old file is gone either way.
void syncFolder(const QByteArray &folder)
{
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// The file a save replaces: the target of a symbolic link, so the link stays a link.
QString resolvedTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink()) {
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty())
            return canonical;
        return QDir(info.absolutePath()).absoluteFilePath(info.symLinkTarget());
    }
    return info.absoluteFilePath();
}

QString folderProblem(const QString &folder, int error)
{
    switch (error) {
    case EACCES:
    case EPERM:
        //: %1 is a folder's path
        return IoTr::tr("Permission denied on the folder %1").arg(shown(folder));
    case ENOENT:
    case ENOTDIR:
        return IoTr::tr("the folder %1 does not exist").arg(shown(folder));
    case EROFS:
        return IoTr::tr("the folder %1 is on a read-only file system").arg(shown(folder));
    default:
        //: %1 is a folder's path, %2 the system's reason ("No space left on device")
        return IoTr::tr("cannot create a file in the folder %1: %2")
            .arg(shown(folder), systemErrorText(error));
    }
}

QString notARegularFile(const QString &path, PathKind kind)
{
    //: %1 is a path, %2 what it is ("a named pipe (FIFO)", "a device")
    return IoTr::tr("%1 is %2, not a regular file; Service Designer only reads and writes regular "
                    "files")
        .arg(shown(path), pathKindText(kind));
}

} // namespace

const FileSystemCalls &FileSystemCalls::system()
{
    static const FileSystemCalls calls{
        [](const char *path, int flags, mode_t mode) { return ::open(path, flags, mode); },
        [](int fd, const void *data, size_t size) { return ::write(fd, data, size); },
        [](int fd) { return ::fsync(fd); },
        [](int fd) { return ::close(fd); },
        [](const char *from, const char *to) { return ::rename(from, to); },
    };
    return calls;
}

bool sameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QFileInfo x(a);
    const QFileInfo y(b);
    if (x.exists() && y.exists())
        return x.canonicalFilePath() == y.canonicalFilePath();
    return QDir::cleanPath(x.absoluteFilePath()) == QDir::cleanPath(y.absoluteFilePath());
}

PathKind pathKind(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return PathKind::Missing;
    if (S_ISREG(st.st_mode))
        return PathKind::RegularFile;
    if (S_ISDIR(st.st_mode))
        return PathKind::Folder;
    if (S_ISFIFO(st.st_mode))
        return PathKind::Fifo;
    if (S_ISSOCK(st.st_mode))
        return PathKind::Socket;
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return PathKind::Device;
    return PathKind::Other;
}

QString pathKindText(PathKind kind)
{
    switch (kind) {
    case PathKind::Missing:
    case PathKind::RegularFile:
        return {};
    case PathKind::Folder:
        return IoTr::tr("a folder");
    case PathKind::Fifo:
        return IoTr::tr("a named pipe (FIFO)");
    case PathKind::Socket:
        return IoTr::tr("a socket");
    case PathKind::Device:
        return IoTr::tr("a device");
    case PathKind::Other:
        return IoTr::tr("a special file");
    }
    return {};
}

QString systemErrorText(int error)
{
    switch (error) {
    case ENOSPC:
        return IoTr::tr("No space left on device");
    case EDQUOT:
        return IoTr::tr("Disk quota exceeded");
    case EACCES:
    case EPERM:
        return IoTr::tr("Permission denied");
    case EROFS:
        return IoTr::tr("Read-only file system");
    case EIO:
        return IoTr::tr("Input/output error");
    case EFBIG:
        return IoTr::tr("File too large");
    case ENOENT:
        return IoTr::tr("No such file or directory");
    case EXDEV:
        return IoTr::tr("the new file and the old one are on different file systems");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

std::optional<QString> checkReadablePath(const QString &path, bool allowPipes)
{
    const PathKind kind = pathKind(path);
    if (kind == PathKind::Folder)
        return IoTr::tr("this is a folder, not a file");
    if (kind == PathKind::Fifo && allowPipes)
        return std::nullopt;
    if (kind != PathKind::Missing && kind != PathKind::RegularFile)
        return notARegularFile(path, kind);
    return std::nullopt;
}

std::optional<QString> checkWritablePath(const QString &path)
{
    const QString target = resolvedTarget(path);
    const PathKind kind = pathKind(target);
    if (kind != PathKind::Missing && kind != PathKind::RegularFile)
        return notARegularFile(target, kind);
    const QByteArray encoded = QFile::encodeName(target);
    if (kind == PathKind::RegularFile && ::access(encoded.constData(), W_OK) != 0) {
        if (errno == EROFS)
            return IoTr::tr("%1 is on a read-only file system").arg(shown(target));
        //: %1 is a path
        return IoTr::tr("%1 is read-only: Permission denied").arg(shown(target));
    }
    const QString folder = QFileInfo(target).absolutePath();
    if (::access(QFile::encodeName(folder).constData(), W_OK | X_OK) != 0)
        return folderProblem(folder, errno);
    return std::nullopt;
}

std::optional<QString> writeFileSafely(const QString &path,
                                       QByteArrayView bytes,
                                       const FileSystemCalls &calls)
{
    const QString target = resolvedTarget(path);
    if (std::optional<QString> refused = checkWritablePath(target))
        return refused;

    const QByteArray encodedTarget = QFile::encodeName(target);
    struct stat old;
    const bool exists = ::stat(encodedTarget.constData(), &old) == 0;

    // The new file goes into the same folder, so the rename is atomic and never crosses file
    // systems. Its name is hidden and unique; O_EXCL makes sure it is ours.
    const QFileInfo info(target);
    const QString folder = info.absolutePath();
    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temporary = QFile::encodeName(folder + u"/." + info.fileName() + u".sd-save-"
                                      + QString::number(QRandomGenerator::global()->generate(), 36));
        // A new file gets the usual permissions (0666 less the umask); an existing file's are
        // copied below, so the new one is private until then.
        fd = openRetrying(calls,
                          temporary,
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                          exists ? 0600 : 0666);
        if (fd < 0 && errno != EEXIST)
            return folderProblem(folder, errno);
    }
    if (fd < 0)
        return folderProblem(folder, EEXIST);

    auto fail = [&](int error, bool open) -> QString {
        if (open)
            calls.close(fd);
        ::unlink(temporary.constData());
        //: %1 is a path, %2 the system's reason ("No space left on device")
        return IoTr::tr("cannot write %1: %2").arg(shown(target), systemErrorText(error));
    };

    if (exists) {
        ::fchmod(fd, old.st_mode & 07777);
        if (::geteuid() == 0) // only root may give a file away; others keep it as theirs
            (void) ::fchown(fd, old.st_uid, old.st_gid);
    }
    if (!writeAll(calls, fd, bytes))
        return fail(errno, true);
    if (calls.fsync(fd) != 0)
        return fail(errno, true);
    if (calls.close(fd) != 0)
        return fail(errno, false);
    if (calls.rename(temporary.constData(), encodedTarget.constData()) != 0)
        return fail(errno, false);
    syncFolder(QFile::encodeName(folder));
    return std::nullopt;
}

FileFingerprint FileFingerprint::of(const QString &path, QByteArrayView bytes)
{
    FileFingerprint f = onDisk(path, FileFingerprint());
    f.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return f;
}

FileFingerprint FileFingerprint::onDisk(const QString &path, const FileFingerprint &previous)
{
    FileFingerprint f;
    struct stat st;
    const QByteArray encoded = QFile::encodeName(path);
    if (::stat(encoded.constData(), &st) != 0)
        return f;
    f.exists = true;
    f.size = st.st_size;
    f.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    f.inode = st.st_ino;
    if (previous.exists && previous.size == f.size && previous.modifiedNs == f.modifiedNs
        && previous.inode == f.inode) {
        f.sha256 = previous.sha256;
        return f;
    }
    if (previous.sha256.isEmpty())
        return f; // nothing to compare with: `of()` hashes the bytes it was given
    QFile file(path);
    if (S_ISREG(st.st_mode) && file.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        f.sha256 = hash.result();
    }
    return f;
}

bool FileFingerprint::sameContent(const FileFingerprint &other) const
{
    if (!exists || !other.exists)
        return exists == other.exists;
    return size == other.size && sha256 == other.sha256;
}

} // namespace sd
