// SPDX-License-Identifier: GPL-3.0-or-later
// service-designer-cli never reports a write it did not make, and never replaces what is not a
// regular file.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <QTemporaryDir>

#include "support/clirun.h"
#include "support/qtprinters.h"
#include "support/scratchmount.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray kService = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                            "  ports:\n  - port: 80\n";

TEST(CliFiles, DashIsStandardOutput)
{
    const CliRun r = cli({u"export"_s, u"-o"_s, u"-"_s, u"-"_s}, kService);
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(r.out, kService);
}

TEST(CliFiles, NeverReplacesADeviceOrAPipe)
{
    const CliRun device = cli({u"export"_s, u"-o"_s, u"/dev/null"_s, u"-"_s}, kService);
    EXPECT_EQ(device.exitCode, 2);
    EXPECT_TRUE(device.err.contains("a device")) << device.err.constData();
    struct stat st;
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));

    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const CliRun pipe = cli({u"export"_s, u"-o"_s, fifo, u"-"_s}, kService);
    EXPECT_EQ(pipe.exitCode, 2);
    EXPECT_TRUE(pipe.err.contains("named pipe")) << pipe.err.constData();
}

// A command run on kService with its standard output on a full disk: its standard error.
QByteArray runToFullOutput(const QString &command)
{
    QProcess p;
    p.setStandardOutputFile(u"/dev/full"_s);
    p.start(QString::fromUtf8(SD_CLI_PATH), {command, u"-"_s});
    EXPECT_TRUE(p.waitForStarted());
    p.write(kService);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 2);
    return p.readAllStandardError();
}

// The export goes out whole, the text report in pieces: for both, the failure is said, once.
TEST(CliFiles, AFullStandardOutputIsAnError)
{
    for (const QString &command : {u"export"_s, u"validate"_s}) {
        SCOPED_TRACE(command.toStdString());
        const QByteArray err = runToFullOutput(command);
        EXPECT_EQ(err.count("cannot write standard output: No space left on device"), 1)
            << err.constData();
    }
}

TEST(CliFiles, ExportToAFullDiskFailsAndKeepsTheOldFile)
{
    sd::ScratchMount mount("size=64k");
    if (!mount.isMounted())
        GTEST_SKIP() << sd::ScratchMount::whyNot();
    const QString out = mount.filePath(u"out.yaml"_s);
    {
        QFile old(out);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("# the old export\n");
        old.close();
        QFile filler(mount.filePath(u"filler"_s));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
    }
    // 7.8 KB of output on a disk with no room left.
    QByteArray big = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n";
    for (int i = 0; big.size() < 7800; ++i)
        big += "    n" + QByteArray::number(i) + ": some text here\n";
    const CliRun r = cli({u"export"_s, u"-o"_s, out, u"-"_s}, big);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("No space left on device")) << r.err.constData();
    EXPECT_EQ(readBytes(out), "# the old export\n");
}

TEST(CliFiles, ReadsNamedPipesButNotDevices)
{
    const CliRun device = cli({u"validate"_s, u"/dev/zero"_s});
    EXPECT_EQ(device.exitCode, 2);
    // validate reports an unreadable file in its report, on standard output.
    EXPECT_TRUE(device.out.contains("/dev/zero is a device")) << device.out.constData();

    // What a shell's `<(command)` gives: a pipe with a name.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"rendered"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess writer;
    writer.start(u"sh"_s, {u"-c"_s, u"cat > \"$1\""_s, u"sh"_s, fifo});
    ASSERT_TRUE(writer.waitForStarted());
    writer.write(kService);
    ASSERT_TRUE(writer.waitForBytesWritten()); // before this test blocks on the reader
    writer.closeWriteChannel();
    const CliRun r = cli({u"export"_s, fifo});
    writer.waitForFinished();
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(r.out, kService);
}

} // namespace
