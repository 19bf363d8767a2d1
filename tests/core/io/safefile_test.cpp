// SPDX-License-Identifier: GPL-3.0-or-later
// Saving never loses the old file: every failure a disk can produce, for real on a small tmpfs
// (as root) and through the system-call seam (everywhere).
#include <cerrno>

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "model/io/manifestio.h"
#include "model/io/safefile.h"
#include "support/qtprinters.h"
#include "support/scratchmount.h"
#include "support/testfiles.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

// The folder holds only these names: no temporary file was left behind.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QByteArray manifestOfSize(qsizetype size)
{
    QByteArray out = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n";
    for (int i = 0; out.size() < size; ++i)
        out += "    note-" + QByteArray::number(i) + ": \"some text to make the file longer\"\n";
    return out;
}

// Calls that fail the way `error` says at `step` (write: after `after` bytes went through).
FileSystemCalls failing(const char *step, int error, qsizetype after = 0)
{
    FileSystemCalls calls = FileSystemCalls::system();
    const QByteArray which(step);
    if (which == "open") {
        calls.open = [error](const char *, int, mode_t) {
            errno = error;
            return -1;
        };
    } else if (which == "write") {
        auto written = std::make_shared<qsizetype>(0);
        calls.write = [error, after, written](int fd, const void *data, size_t size) -> ssize_t {
            if (*written >= after) {
                errno = error;
                return -1;
            }
            const size_t n = std::min(size, size_t(after - *written));
            const ssize_t done = ::write(fd, data, n);
            if (done > 0)
                *written += done;
            return done;
        };
    } else if (which == "fsync") {
        calls.fsync = [error](int) {
            errno = error;
            return -1;
        };
    } else if (which == "close") {
        calls.close = [error](int fd) {
            ::close(fd);
            errno = error;
            return -1;
        };
    } else if (which == "rename") {
        calls.rename = [error](const char *, const char *) {
            errno = error;
            return -1;
        };
    }
    return calls;
}

class SafeFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(u"service.yaml"_s);
        ASSERT_TRUE(writeFile(m_path, m_old));
    }

    // The old file is exactly as it was and nothing else is in the folder.
    void expectUntouched()
    {
        EXPECT_EQ(readFile(m_path), m_old);
        EXPECT_EQ(entries(m_dir.path()), QStringList{u"service.yaml"_s});
    }

    QTemporaryDir m_dir;
    QString m_path;
    const QByteArray m_old = "apiVersion: v1\nkind: Service\nmetadata:\n  name: old\n";
    const QByteArray m_new = manifestOfSize(20000);
};

TEST_F(SafeFileTest, ReplacesTheFileWhole)
{
    ASSERT_FALSE(writeFileSafely(m_path, m_new));
    EXPECT_EQ(readFile(m_path), m_new);
    EXPECT_EQ(entries(m_dir.path()), QStringList{u"service.yaml"_s});
}

TEST_F(SafeFileTest, CreatesANewFileWithTheUsualPermissions)
{
    const QString path = m_dir.filePath(u"new.yaml"_s);
    const mode_t mask = ::umask(022);
    const auto result = writeFileSafely(path, m_new);
    ::umask(mask);
    ASSERT_FALSE(result) << result->toStdString();
    struct stat st;
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0644u);
    EXPECT_EQ(readFile(path), m_new);
}

TEST_F(SafeFileTest, KeepsTheOldFilesPermissions)
{
    ASSERT_EQ(::chmod(QFile::encodeName(m_path).constData(), 0640), 0);
    ASSERT_FALSE(writeFileSafely(m_path, m_new));
    struct stat st;
    ASSERT_EQ(::stat(QFile::encodeName(m_path).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0640u);
}

TEST_F(SafeFileTest, ReplacesTheTargetOfASymbolicLinkAndKeepsTheLink)
{
    const QString link = m_dir.filePath(u"link.yaml"_s);
    ASSERT_TRUE(QFile::link(m_path, link));
    ASSERT_FALSE(writeFileSafely(link, m_new));
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(readFile(m_path), m_new);
}

TEST_F(SafeFileTest, WritesThroughShortWrites)
{
    FileSystemCalls calls = FileSystemCalls::system();
    calls.write = [](int fd, const void *data, size_t size) {
        return ::write(fd, data, std::min<size_t>(size, 7));
    };
    ASSERT_FALSE(writeFileSafely(m_path, m_new, calls));
    EXPECT_EQ(readFile(m_path), m_new);
}

// Each way a disk can refuse, at each step: the message names the cause, the old file stays.
struct Fault
{
    const char *step;
    int error;
    const char16_t *says;
};

class SafeFileFaultTest : public SafeFileTest, public ::testing::WithParamInterface<Fault>
{};

TEST_P(SafeFileFaultTest, LeavesTheOldFileAndSaysWhy)
{
    const Fault fault = GetParam();
    const std::optional<QString> error = writeFileSafely(m_path,
                                                         m_new,
                                                         failing(fault.step, fault.error, 4096));
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(QStringView(fault.says))) << error->toStdString();
    expectUntouched();
}

INSTANTIATE_TEST_SUITE_P(EveryStep,
                         SafeFileFaultTest,
                         ::testing::Values(Fault{"open", EACCES, u"Permission denied on the folder"},
                                           Fault{"open", ENOSPC, u"No space left on device"},
                                           Fault{"write", ENOSPC, u"No space left on device"},
                                           Fault{"write", EDQUOT, u"Disk quota exceeded"},
                                           Fault{"write", EIO, u"Input/output error"},
                                           Fault{"fsync", EIO, u"Input/output error"},
                                           Fault{"fsync", ENOSPC, u"No space left on device"},
                                           Fault{"close", EDQUOT, u"Disk quota exceeded"},
                                           Fault{"rename", EXDEV, u"different file systems"},
                                           Fault{"rename", EACCES, u"Permission denied"}));

TEST_F(SafeFileTest, RefusesWhatIsNotARegularFile)
{
    const std::optional<QString> device = writeFileSafely(u"/dev/null"_s, m_new);
    ASSERT_TRUE(device);
    EXPECT_TRUE(device->contains(u"a device"_s)) << device->toStdString();
    struct stat st;
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));

    const QString fifo = m_dir.filePath(u"pipe"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const std::optional<QString> pipe = writeFileSafely(fifo, m_new);
    ASSERT_TRUE(pipe);
    EXPECT_TRUE(pipe->contains(u"named pipe"_s)) << pipe->toStdString();
    EXPECT_EQ(pathKind(fifo), PathKind::Fifo);

    const QString socketPath = m_dir.filePath(u"sock"_s);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(socketPath);
    ASSERT_LT(size_t(encoded.size()), sizeof(address.sun_path));
    std::copy(encoded.begin(), encoded.end(), address.sun_path);
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    const std::optional<QString> socket = writeFileSafely(socketPath, m_new);
    ::close(fd);
    ASSERT_TRUE(socket);
    EXPECT_TRUE(socket->contains(u"a socket"_s)) << socket->toStdString();

    const std::optional<QString> folder = writeFileSafely(m_dir.path(), m_new);
    ASSERT_TRUE(folder);
    EXPECT_TRUE(folder->contains(u"a folder"_s)) << folder->toStdString();
}

TEST_F(SafeFileTest, ReadingRefusesDevicesAndPipesUnlessAsked)
{
    const ReadResult device = readManifestFile(u"/dev/zero"_s);
    ASSERT_TRUE(device.error);
    EXPECT_TRUE(device.error->message.contains(u"a device"_s));

    const QString fifo = m_dir.filePath(u"pipe"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const ReadResult pipe = readManifestFile(fifo);
    ASSERT_TRUE(pipe.error);
    EXPECT_TRUE(pipe.error->message.contains(u"named pipe"_s));
}

TEST_F(SafeFileTest, AMissingFolderIsNamed)
{
    const QString folder = m_dir.filePath(u"no/such"_s);
    const std::optional<QString> error = writeFileSafely(folder + u"/x.yaml"_s, m_new);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(u"does not exist"_s)) << error->toStdString();
    EXPECT_TRUE(error->contains(QDir::toNativeSeparators(folder))) << error->toStdString();
}

TEST_F(SafeFileTest, AReadOnlyFileIsNotReplaced)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root may write any file; the read-only file system case covers root";
    ASSERT_EQ(::chmod(QFile::encodeName(m_path).constData(), 0444), 0);
    const std::optional<QString> error = writeFileSafely(m_path, m_new);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(u"read-only"_s)) << error->toStdString();
    EXPECT_TRUE(checkWritablePath(m_path));
    EXPECT_EQ(readFile(m_path), m_old);
}

TEST_F(SafeFileTest, AFolderThatCannotBeWrittenIsNamed)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root may write any folder; the system-call seam covers EACCES for root";
    const QString folder = m_dir.filePath(u"locked"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_EQ(::chmod(QFile::encodeName(folder).constData(), 0555), 0);
    const std::optional<QString> error = writeFileSafely(folder + u"/x.yaml"_s, m_new);
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(u"Permission denied on the folder"_s)) << error->toStdString();
}

// A real full disk: a 64 KiB tmpfs filled to the last page.
class FullDiskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_mount.isMounted())
            GTEST_SKIP() << ScratchMount::whyNot();
        m_path = m_mount.filePath(u"service.yaml"_s);
        ASSERT_TRUE(writeFile(m_path, m_old));
        // Fill what is left, then give back `free` bytes.
        QFile filler(m_mount.filePath(u"filler"_s));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
        filler.close();
    }

    void leaveFree(qint64 bytes)
    {
        QFile filler(m_mount.filePath(u"filler"_s));
        ASSERT_TRUE(filler.resize(std::max<qint64>(0, filler.size() - bytes)));
    }

    ScratchMount m_mount{"size=64k"};
    QString m_path;
    const QByteArray m_old = manifestOfSize(2000);
};

TEST_F(FullDiskTest, ASaveOnAFullDiskFailsAndKeepsTheOldFile)
{
    for (const qint64 free : {qint64(0), qint64(8192)}) {
        leaveFree(free);
        const QByteArray bigger = manifestOfSize(20000);
        const std::optional<QString> error = writeFileSafely(m_path, bigger);
        ASSERT_TRUE(error) << "with " << free << " bytes free";
        EXPECT_TRUE(error->contains(u"No space left on device"_s)) << error->toStdString();
        EXPECT_EQ(readFile(m_path), m_old);
        EXPECT_EQ(entries(m_mount.path()), (QStringList{u"filler"_s, u"service.yaml"_s}));
    }
}

TEST_F(FullDiskTest, ASmallFileStillFitsWhenThereIsRoom)
{
    leaveFree(8192);
    const QByteArray small = manifestOfSize(3000);
    const std::optional<QString> error = writeFileSafely(m_path, small);
    ASSERT_FALSE(error) << error->toStdString();
    EXPECT_EQ(readFile(m_path), small);
}

TEST(ReadOnlyFileSystem, IsSaidBeforeWritingAndRefused)
{
    ScratchMount mount("size=64k");
    if (!mount.isMounted())
        GTEST_SKIP() << ScratchMount::whyNot();
    const QString path = mount.filePath(u"service.yaml"_s);
    ASSERT_TRUE(writeFile(path, "kind: Service\n"));
    ASSERT_TRUE(mount.remountReadOnly());
    const std::optional<QString> why = checkWritablePath(path);
    ASSERT_TRUE(why);
    EXPECT_TRUE(why->contains(u"read-only file system"_s)) << why->toStdString();
    const std::optional<QString> error = writeFileSafely(path, "kind: Other\n");
    ASSERT_TRUE(error);
    EXPECT_EQ(readFile(path), "kind: Service\n");
}

TEST(FileFingerprint, TellsContentChangesFromTouches)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"f.yaml"_s);
    ASSERT_TRUE(writeFile(path, "a: 1\n"));
    const FileFingerprint read = FileFingerprint::of(path, "a: 1\n");
    EXPECT_TRUE(FileFingerprint::onDisk(path, read).sameContent(read));
    // Same bytes written again (a touch): a new time, the same content.
    ASSERT_TRUE(writeFile(path, "a: 1\n"));
    EXPECT_TRUE(FileFingerprint::onDisk(path, read).sameContent(read));
    ASSERT_TRUE(writeFile(path, "a: 2\n"));
    EXPECT_FALSE(FileFingerprint::onDisk(path, read).sameContent(read));
    QFile::remove(path);
    const FileFingerprint gone = FileFingerprint::onDisk(path, read);
    EXPECT_FALSE(gone.exists);
    EXPECT_FALSE(gone.sameContent(read));
}

TEST(SameFile, FollowsLinksAndCleansPaths)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"f.yaml"_s);
    ASSERT_TRUE(writeFile(path, "a: 1\n"));
    const QString link = dir.filePath(u"l.yaml"_s);
    ASSERT_TRUE(QFile::link(path, link));
    EXPECT_TRUE(sameFile(path, link));
    EXPECT_TRUE(sameFile(path, dir.path() + u"/./sub/../f.yaml"_s));
    EXPECT_FALSE(sameFile(path, dir.filePath(u"g.yaml"_s)));
    EXPECT_FALSE(sameFile(path, QString()));
}

} // namespace
} // namespace sd
