// SPDX-License-Identifier: GPL-3.0-or-later
// service-designer-cli as a pipeline runs it: real processes, real files, exit codes and output.

#include "support/qtprinters.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QString::fromUtf8(SD_CLI_PATH), args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
               p.readAllStandardError()};
}

QString data(const char *name)
{
    return QString::fromUtf8(SD_TEST_DATA_DIR) + u'/' + QString::fromUtf8(name);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(Cli, ExportsYamlInKubectlStyle)
{
    const CliRun r = cli({QStringLiteral("export"), data("input/mixed.yaml")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(r.err, QByteArray());
    EXPECT_EQ(r.out, readBytes(data("golden/mixed.export.yaml")));
}

TEST(Cli, ExportsJson)
{
    const CliRun r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                       data("input/mixed.yaml")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(r.out, readBytes(data("golden/mixed.export.json")));
}

TEST(Cli, ReadsStandardInputAndWritesAFile)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.yaml"));
    const CliRun r = cli({QStringLiteral("export"), QStringLiteral("-o"), out, QStringLiteral("-")},
                      readBytes(data("input/mixed.yaml")));
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(readBytes(out), readBytes(data("golden/mixed.export.yaml")));
}

TEST(Cli, SeveralFilesMakeOneStream)
{
    const CliRun r = cli({QStringLiteral("export"), data("input/mixed.yaml"), data("input/mixed.yaml")});
    EXPECT_EQ(r.exitCode, 0);
    const QByteArray one = readBytes(data("golden/mixed.export.yaml"));
    EXPECT_EQ(r.out, one + "---\n" + one);
}

TEST(Cli, UnreadableInputExitsTwoWithThePlace)
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("apiVersion: v1\nkind: Service\nmetadata:\n  name: [oops\n");
    f.close();
    const CliRun r = cli({QStringLiteral("export"), bad});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.startsWith(QByteArray(bad.toUtf8() + ":4:"))) << r.err.constData();
    EXPECT_TRUE(r.err.contains(": error: ")) << r.err.constData();

    const CliRun missing = cli({QStringLiteral("export"), dir.filePath(QStringLiteral("none.yaml"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains("cannot open the file")) << missing.err.constData();

    const CliRun binary = cli({QStringLiteral("export"), QStringLiteral("-")}, QByteArray("\x7f" "ELF\x02\x01", 6));
    EXPECT_EQ(binary.exitCode, 2);
    EXPECT_TRUE(binary.err.startsWith("<stdin>:1:1: error: this is not a text file")) << binary.err.constData();
}

TEST(Cli, WrongTypesAreWarnedAndKept)
{
    const CliRun r = cli({QStringLiteral("export"), QStringLiteral("-")},
                      "apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n  ports:\n"
                      "  - port: \"eighty\"\n");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.err, QByteArray("<stdin>:6:11: warning: spec.ports[0].port: expected an integer, "
                                "found the string \"eighty\"\n"));
    EXPECT_TRUE(r.out.contains("  - port: eighty\n")) << r.out.constData();
}

TEST(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("export")}).exitCode, 2);
    const CliRun fmt = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml"),
                         data("input/mixed.yaml")});
    EXPECT_EQ(fmt.exitCode, 2);
    EXPECT_TRUE(fmt.err.contains("unknown format 'xml'"));
}

TEST(Cli, HelpAndVersion)
{
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("export"));
    const CliRun exportHelp = cli({QStringLiteral("export"), QStringLiteral("--help")});
    EXPECT_EQ(exportHelp.exitCode, 0);
    EXPECT_TRUE(exportHelp.out.contains("--format"));
    const CliRun version = cli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("service-designer-cli " SD_VERSION));
}

TEST(Cli, SpeaksKorean)
{
    const CliRun r = cli({QStringLiteral("export"), QStringLiteral("--lang"), QStringLiteral("ko"),
                          QStringLiteral("--format"), QStringLiteral("xml"), data("input/mixed.yaml")});
    EXPECT_EQ(r.exitCode, 2);
    // "unknown format 'xml': use yaml or json", in Korean.
    EXPECT_TRUE(QString::fromUtf8(r.err).contains(u"알 수 없는 형식")) << r.err.constData();
}

TEST(Cli, WritesDefaultsOnlyWhenAsked)
{
    const QByteArray in = "apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n  ports:\n"
                          "  - port: 80\n";
    const CliRun plain = cli({QStringLiteral("export"), QStringLiteral("-")}, in);
    EXPECT_EQ(plain.out, QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n"
                                    "  ports:\n  - port: 80\n"));
    const CliRun defaults = cli({QStringLiteral("export"), QStringLiteral("--write-defaults"),
                                 QStringLiteral("-")},
                                in);
    EXPECT_EQ(defaults.exitCode, 0);
    EXPECT_EQ(defaults.out, QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n"
                                       "  internalTrafficPolicy: Cluster\n  ipFamilyPolicy: SingleStack\n"
                                       "  ports:\n  - port: 80\n    protocol: TCP\n    targetPort: 80\n"
                                       "  sessionAffinity: None\n  type: ClusterIP\n"));
}
