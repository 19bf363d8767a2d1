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

// validate: compiler-style text, JSON and SARIF reports; exit 0 clean, 1 errors, 2 unreadable.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString realworld(const char *name)
{
    return QString::fromUtf8(SD_REALWORLD_DIR) + u'/' + QString::fromUtf8(name);
}

} // namespace

TEST(CliValidate, CleanFileExitsZero)
{
    const CliRun r = cli({QStringLiteral("validate"), realworld("010-k8sweb-simple-service-flow.yaml")});
    EXPECT_EQ(r.exitCode, 0) << r.out.constData();
    EXPECT_EQ(r.out, QByteArray("0 error(s), 0 warning(s), 0 info(s)\n"));
}

TEST(CliValidate, ErrorsAreCompilerStyleLinesAndExitOne)
{
    const QString file = realworld("066-kubectl-edit-list-errors-invalid-protocol-VHF.yaml");
    const CliRun r = cli({QStringLiteral("validate"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QByteArray(file.toUtf8() + ":27:17: error: spec.ports[0].protocol: Unsupported "
                                               "value: \"VHF\": supported values: \"SCTP\", \"TCP\", "
                                               "\"UDP\"\n")))
        << r.out.constData();
}

TEST(CliValidate, JsonReport)
{
    const CliRun r = cli({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("-")},
                         "apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n  ports:\n"
                         "  - port: 80\n  - port: 80\n    name: b\n");
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonObject file = root[u"files"].toArray()[0].toObject();
    EXPECT_EQ(file[u"path"].toString(), u"<stdin>");
    EXPECT_TRUE(file[u"error"].isNull());
    const QJsonObject doc = file[u"documents"].toArray()[0].toObject();
    EXPECT_EQ(doc[u"index"].toInt(), 0);
    EXPECT_TRUE(doc[u"item"].isNull());
    EXPECT_EQ(doc[u"name"].toString(), u"a");
    const QJsonArray findings = doc[u"findings"].toArray();
    ASSERT_FALSE(findings.isEmpty());
    bool required = false;
    for (const QJsonValue &f : findings) {
        const QJsonObject o = f.toObject();
        if (o[u"path"].toString() == u"spec.ports[0].name") {
            required = true;
            EXPECT_EQ(o[u"severity"].toString(), u"error");
            EXPECT_EQ(o[u"type"].toString(), u"Required");
            EXPECT_EQ(o[u"line"].toInt(), 6);
            EXPECT_FALSE(o[u"fix"].isNull());
        }
    }
    EXPECT_TRUE(required) << r.out.constData();
    EXPECT_GE(root[u"summary"].toObject()[u"errors"].toInt(), 1);
}

TEST(CliValidate, SarifReport)
{
    const QString file = realworld("098-k8sinaction1-kubia-publish-not-ready-typo-unknown-field.yaml");
    const CliRun r = cli({QStringLiteral("validate"), QStringLiteral("-f"), QStringLiteral("sarif"), file});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(root[u"version"].toString(), u"2.1.0");
    const QJsonObject run = root[u"runs"].toArray()[0].toObject();
    EXPECT_EQ(run[u"tool"].toObject()[u"driver"].toObject()[u"name"].toString(),
              u"service-designer-cli");
    const QJsonObject result = run[u"results"].toArray()[0].toObject();
    EXPECT_EQ(result[u"ruleId"].toString(), u"unknown-field");
    EXPECT_EQ(result[u"level"].toString(), u"error");
    const QJsonObject region = result[u"locations"].toArray()[0].toObject()[u"physicalLocation"]
                                   .toObject()[u"region"].toObject();
    EXPECT_EQ(region[u"startLine"].toInt(), 11);
    EXPECT_EQ(region[u"startColumn"].toInt(), 3);
}

TEST(CliValidate, ClusterSettingsTurnWarningsIntoErrors)
{
    const QByteArray svc = "apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n"
                           "  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 40000\n";
    const CliRun unknown = cli({QStringLiteral("validate"), QStringLiteral("-")}, svc);
    EXPECT_EQ(unknown.exitCode, 0) << unknown.out.constData();
    EXPECT_TRUE(unknown.out.contains(": warning: spec.ports[0].nodePort: ")) << unknown.out.constData();
    const CliRun known = cli({QStringLiteral("validate"), QStringLiteral("--node-port-range"),
                              QStringLiteral("30000-32767"), QStringLiteral("-")},
                             svc);
    EXPECT_EQ(known.exitCode, 1);
    EXPECT_TRUE(known.out.contains(": error: spec.ports[0].nodePort: ")) << known.out.constData();
}

TEST(CliValidate, UnreadableAndUsageErrorsExitTwo)
{
    const CliRun broken = cli({QStringLiteral("validate"), QStringLiteral("-")}, "a: [1\n");
    EXPECT_EQ(broken.exitCode, 2);
    EXPECT_TRUE(broken.out.startsWith("<stdin>:1:")) << broken.out.constData();
    EXPECT_EQ(cli({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("xml"),
                   QStringLiteral("-")}, "a: 1\n").exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("validate"), QStringLiteral("--k8s-version"), QStringLiteral("1.20"),
                   QStringLiteral("-")}, "a: 1\n").exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("validate"), QStringLiteral("--node-port-range"),
                   QStringLiteral("9-2"), QStringLiteral("-")}, "a: 1\n").exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("validate")}).exitCode, 2);
}
