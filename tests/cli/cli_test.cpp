// SPDX-License-Identifier: GPL-3.0-or-later
// service-designer-cli as a pipeline runs it: real processes, real files, exit codes and output.

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include "support/clirun.h"
#include "support/qtprinters.h"

TEST(Cli, ExportsYamlInKubectlStyle)
{
    const CliRun r = cli({QStringLiteral("export"), data("input/mixed.yaml")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(r.err, QByteArray());
    EXPECT_EQ(r.out, readBytes(data("golden/mixed.export.yaml")));
}

TEST(Cli, ExportsJson)
{
    const CliRun r = cli({QStringLiteral("export"),
                          QStringLiteral("--format"),
                          QStringLiteral("json"),
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
    const CliRun r = cli(
        {QStringLiteral("export"), data("input/mixed.yaml"), data("input/mixed.yaml")});
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

    const CliRun missing = cli(
        {QStringLiteral("export"), dir.filePath(QStringLiteral("none.yaml"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains("cannot open the file")) << missing.err.constData();

    const CliRun binary = cli({QStringLiteral("export"), QStringLiteral("-")},
                              QByteArray("\x7f"
                                         "ELF\x02\x01",
                                         6));
    EXPECT_EQ(binary.exitCode, 2);
    EXPECT_TRUE(binary.err.startsWith("<stdin>:1:1: error: this is not a text file"))
        << binary.err.constData();
}

TEST(Cli, WrongTypesAreWarnedAndKept)
{
    const CliRun r = cli({QStringLiteral("export"), QStringLiteral("-")},
                         "apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n  ports:\n"
                         "  - port: \"eighty\"\n");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.err,
              QByteArray("<stdin>:6:11: warning: spec.ports[0].port: expected an integer, "
                         "found the string \"eighty\"\n"));
    EXPECT_TRUE(r.out.contains("  - port: eighty\n")) << r.out.constData();
}

TEST(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("export")}).exitCode, 2);
    const CliRun fmt = cli({QStringLiteral("export"),
                            QStringLiteral("--format"),
                            QStringLiteral("xml"),
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
    const CliRun r = cli({QStringLiteral("export"),
                          QStringLiteral("--lang"),
                          QStringLiteral("ko"),
                          QStringLiteral("--format"),
                          QStringLiteral("xml"),
                          data("input/mixed.yaml")});
    EXPECT_EQ(r.exitCode, 2);
    // "unknown format 'xml': use yaml or json", in Korean.
    EXPECT_TRUE(QString::fromUtf8(r.err).contains(u"알 수 없는 형식")) << r.err.constData();
}

TEST(Cli, WritesDefaultsOnlyWhenAsked)
{
    const QByteArray in = "apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n  ports:\n"
                          "  - port: 80\n";
    const CliRun plain = cli({QStringLiteral("export"), QStringLiteral("-")}, in);
    EXPECT_EQ(plain.out,
              QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n"
                         "  ports:\n  - port: 80\n"));
    const CliRun defaults
        = cli({QStringLiteral("export"), QStringLiteral("--write-defaults"), QStringLiteral("-")},
              in);
    EXPECT_EQ(defaults.exitCode, 0);
    EXPECT_EQ(defaults.out,
              QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n"
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
    const CliRun r = cli(
        {QStringLiteral("validate"), realworld("010-k8sweb-simple-service-flow.yaml")});
    EXPECT_EQ(r.exitCode, 0) << r.out.constData();
    EXPECT_EQ(r.out, QByteArray("0 error(s), 0 warning(s), 0 info(s)\n"));
}

TEST(CliValidate, ErrorsAreCompilerStyleLinesAndExitOne)
{
    const QString file = realworld("066-kubectl-edit-list-errors-invalid-protocol-VHF.yaml");
    const CliRun r = cli({QStringLiteral("validate"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QByteArray(file.toUtf8()
                                          + ":27:17: error: spec.ports[0].protocol: Unsupported "
                                            "value: \"VHF\": supported values: \"SCTP\", \"TCP\", "
                                            "\"UDP\"\n")))
        << r.out.constData();
}

TEST(CliValidate, JsonReport)
{
    const CliRun r = cli({QStringLiteral("validate"),
                          QStringLiteral("--format"),
                          QStringLiteral("json"),
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

TEST(CliValidate, JsonAndSarifNameTheSourceOfProviderFindings)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("udp.yaml"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("apiVersion: v1\nkind: Service\nmetadata: {name: dns}\n"
              "spec:\n  type: LoadBalancer\n  ports:\n  - port: 53\n    protocol: UDP\n");
    out.close();
    auto findingsOf = [&](const char *format) {
        const CliRun r = cli({QStringLiteral("validate"),
                              QStringLiteral("--provider"),
                              QStringLiteral("aws"),
                              QStringLiteral("--format"),
                              QString::fromLatin1(format),
                              file});
        EXPECT_EQ(r.exitCode, 1) << r.out.constData();
        return QJsonDocument::fromJson(r.out).object();
    };

    // The classic ELB refuses UDP: a profile fact with its source.
    const QJsonArray findings = findingsOf("json")[u"files"]
                                    .toArray()[0]
                                    .toObject()[u"documents"]
                                    .toArray()[0]
                                    .toObject()[u"findings"]
                                    .toArray();
    bool udp = false;
    for (const QJsonValue &f : findings) {
        const QJsonObject o = f.toObject();
        if (o[u"code"].toString() == u"provider-udp-unsupported") {
            udp = true;
            const QJsonObject source = o[u"source"].toObject();
            EXPECT_TRUE(source[u"text"].toString().startsWith(u"kubernetes/cloud-provider-aws@"))
                << source[u"text"].toString().toStdString();
            EXPECT_EQ(source[u"confidence"].toString(), u"high");
        } else if (!o[u"code"].toString().startsWith(u"provider-")) {
            EXPECT_TRUE(o[u"source"].isNull()) << o[u"code"].toString().toStdString();
        }
    }
    EXPECT_TRUE(udp);

    const QJsonArray results
        = findingsOf("sarif")[u"runs"].toArray()[0].toObject()[u"results"].toArray();
    bool sarif = false;
    for (const QJsonValue &r : results) {
        const QJsonObject o = r.toObject();
        if (o[u"ruleId"].toString() != u"provider-udp-unsupported")
            continue;
        sarif = true;
        const QJsonObject properties = o[u"properties"].toObject();
        EXPECT_TRUE(properties[u"source"].toString().startsWith(u"kubernetes/cloud-provider-aws@"));
        EXPECT_EQ(properties[u"confidence"].toString(), u"high");
    }
    EXPECT_TRUE(sarif);
}

TEST(CliValidate, SarifReport)
{
    const QString file = realworld(
        "098-k8sinaction1-kubia-publish-not-ready-typo-unknown-field.yaml");
    const CliRun r = cli(
        {QStringLiteral("validate"), QStringLiteral("-f"), QStringLiteral("sarif"), file});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(root[u"version"].toString(), u"2.1.0");
    const QJsonObject run = root[u"runs"].toArray()[0].toObject();
    EXPECT_EQ(run[u"tool"].toObject()[u"driver"].toObject()[u"name"].toString(),
              u"service-designer-cli");
    const QJsonObject result = run[u"results"].toArray()[0].toObject();
    EXPECT_EQ(result[u"ruleId"].toString(), u"unknown-field");
    EXPECT_EQ(result[u"level"].toString(), u"error");
    const QJsonObject region = result[u"locations"]
                                   .toArray()[0]
                                   .toObject()[u"physicalLocation"]
                                   .toObject()[u"region"]
                                   .toObject();
    EXPECT_EQ(region[u"startLine"].toInt(), 11);
    EXPECT_EQ(region[u"startColumn"].toInt(), 3);
}

TEST(CliValidate, ClusterSettingsTurnWarningsIntoErrors)
{
    const QByteArray svc = "apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n"
                           "  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 40000\n";
    const CliRun unknown = cli({QStringLiteral("validate"), QStringLiteral("-")}, svc);
    EXPECT_EQ(unknown.exitCode, 0) << unknown.out.constData();
    EXPECT_TRUE(unknown.out.contains(": warning: spec.ports[0].nodePort: "))
        << unknown.out.constData();
    const CliRun known = cli({QStringLiteral("validate"),
                              QStringLiteral("--node-port-range"),
                              QStringLiteral("30000-32767"),
                              QStringLiteral("-")},
                             svc);
    EXPECT_EQ(known.exitCode, 1);
    EXPECT_TRUE(known.out.contains(": error: spec.ports[0].nodePort: ")) << known.out.constData();
}

TEST(CliValidate, UnreadableAndUsageErrorsExitTwo)
{
    const CliRun broken = cli({QStringLiteral("validate"), QStringLiteral("-")}, "a: [1\n");
    EXPECT_EQ(broken.exitCode, 2);
    EXPECT_TRUE(broken.out.startsWith("<stdin>:1:")) << broken.out.constData();
    EXPECT_EQ(cli({QStringLiteral("validate"),
                   QStringLiteral("--format"),
                   QStringLiteral("xml"),
                   QStringLiteral("-")},
                  "a: 1\n")
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("validate"),
                   QStringLiteral("--k8s-version"),
                   QStringLiteral("1.20"),
                   QStringLiteral("-")},
                  "a: 1\n")
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("validate"),
                   QStringLiteral("--node-port-range"),
                   QStringLiteral("9-2"),
                   QStringLiteral("-")},
                  "a: 1\n")
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("validate")}).exitCode, 2);
}

// The provider options of validate, the providers command, and profiles from the user's folder
// (XDG_CONFIG_HOME) and --profile.
namespace {

const QByteArray kDnsOnLoadBalancer = "apiVersion: v1\nkind: Service\nmetadata: {name: dns}\n"
                                      "spec:\n  type: LoadBalancer\n  selector: {app: dns}\n"
                                      "  ports:\n  - {name: dns-udp, port: 53, protocol: UDP}\n"
                                      "  - {name: dns-tcp, port: 53, protocol: TCP}\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

} // namespace

// validate and export read a stream as kubectl 1.32 does (see ManifestKubectl in manifest_test).

namespace {

const QByteArray kServiceA = "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n"
                             "  ports:\n  - port: 80\n    name: http\n";
const QByteArray kServiceB = "apiVersion: v1\nkind: Service\nmetadata:\n  name: b\nspec:\n"
                             "  ports:\n  - port: 81\n    name: http\n";

} // namespace

TEST(CliKubectl, ValidateWarnsOfADocumentKubectlIgnores)
{
    const CliRun r = cli({QStringLiteral("validate"), QStringLiteral("-")},
                         kServiceA + "...\n" + kServiceB);
    EXPECT_EQ(r.exitCode, 0) << r.out.constData();
    EXPECT_EQ(r.out,
              QByteArray("<stdin>:10:1: warning: kubectl ignores this document: it follows "
                         "the end marker '...' at line 9, and kubectl reads only the first "
                         "document between two '---' lines; put '---' before this document "
                         "to apply it\n0 error(s), 1 warning(s), 0 info(s)\n"));
    const CliRun json = cli({QStringLiteral("validate"),
                             QStringLiteral("--format"),
                             QStringLiteral("json"),
                             QStringLiteral("-")},
                            kServiceA + "...\n" + kServiceB);
    const QJsonObject file
        = QJsonDocument::fromJson(json.out).object()[u"files"].toArray()[0].toObject();
    EXPECT_EQ(file[u"findings"].toArray()[0].toObject()[u"code"].toString(),
              u"kubectl-ignores-document");
    // Only `a` is checked: kubectl never sends `b`.
    ASSERT_EQ(file[u"documents"].toArray().size(), 1);
    EXPECT_EQ(file[u"documents"].toArray()[0].toObject()[u"name"].toString(), u"a");
}

TEST(CliKubectl, ExportWritesOnlyWhatKubectlApplies)
{
    const CliRun r = cli({QStringLiteral("export"), QStringLiteral("-")},
                         kServiceA + "...\n" + kServiceB);
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(r.out.count("kind: Service"), 1) << r.out.constData();
    EXPECT_TRUE(r.out.contains("name: a")) << r.out.constData();
    EXPECT_TRUE(r.err.startsWith("<stdin>:10:1: warning: kubectl ignores this document"))
        << r.err.constData();
}

TEST(CliKubectl, WhatKubectlRefusesIsAnError)
{
    for (const QByteArray &in :
         QList<QByteArray>{"...\n" + kServiceA, "--- " + kServiceA.left(14) + "\n" + kServiceA}) {
        const CliRun v = cli({QStringLiteral("validate"), QStringLiteral("-")}, in);
        EXPECT_EQ(v.exitCode, 2) << v.out.constData();
        EXPECT_TRUE(v.out.startsWith("<stdin>:1:1: error: kubectl ")) << v.out.constData();
        EXPECT_TRUE(v.out.endsWith("1 error(s), 0 warning(s), 0 info(s)\n")) << v.out.constData();
        const CliRun e = cli({QStringLiteral("export"), QStringLiteral("-")}, in);
        EXPECT_EQ(e.exitCode, 2);
        EXPECT_TRUE(e.out.isEmpty());
    }
}

TEST(CliKubectl, EmptyInputHasNoObjects)
{
    // kubectl apply -f: "error: no objects passed to apply", exit 1.
    for (const QByteArray &in :
         {QByteArray(), QByteArray("# only a comment\n"), QByteArray("---\n")}) {
        const CliRun r = cli({QStringLiteral("validate"), QStringLiteral("-")}, in);
        EXPECT_EQ(r.exitCode, 1) << in.constData();
        EXPECT_EQ(r.out,
                  QByteArray("<stdin>: error: the file holds no objects; kubectl apply -f "
                             "fails with \"no objects passed to apply\" when none of its "
                             "files holds one\n1 error(s), 0 warning(s), 0 info(s)\n"));
    }
    // With another file that holds objects, kubectl applies those: a warning.
    QTemporaryDir dir;
    const QString empty = writeFile(dir, QStringLiteral("empty.yaml"), {});
    const CliRun two = cli({QStringLiteral("validate"), empty, QStringLiteral("-")}, kServiceA);
    EXPECT_EQ(two.exitCode, 0) << two.out.constData();
    EXPECT_TRUE(
        two.out.startsWith(QByteArray(empty.toUtf8() + ": warning: the file holds no objects")))
        << two.out.constData();
}

TEST(CliKubectl, AnUnreadableFileIsCountedInTheSummary)
{
    const CliRun r = cli({QStringLiteral("validate"), QStringLiteral("-")}, "a: [1\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.endsWith("\n1 error(s), 0 warning(s), 0 info(s)\n")) << r.out.constData();
    EXPECT_FALSE(r.out.contains("0 error(s)")) << r.out.constData();
}

TEST(CliKubectl, TemplatesNameTheCommandThatRendersThem)
{
    const CliRun helm
        = cli({QStringLiteral("validate"), QStringLiteral("-")},
              "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n");
    EXPECT_EQ(helm.exitCode, 2);
    EXPECT_TRUE(helm.out.contains("<stdin>:4:9: warning: this looks like a Helm template"))
        << helm.out.constData();
    EXPECT_TRUE(helm.out.contains("helm template NAME CHART | service-designer-cli validate -"));

    QTemporaryDir dir;
    const QString kustomization = writeFile(dir,
                                            QStringLiteral("kustomization.yaml"),
                                            "resources:\n- service.yaml\n");
    const CliRun r = cli({QStringLiteral("validate"), kustomization});
    EXPECT_TRUE(r.out.contains(": warning: this is a kustomization, not a manifest"))
        << r.out.constData();
    EXPECT_TRUE(r.out.contains("kubectl kustomize DIR | service-designer-cli validate -"));
}

TEST(CliProviders, ListsEveryBundledProvider)
{
    QTemporaryDir home;
    const CliRun r = cliIn(home.path(), {QStringLiteral("providers")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    for (const char *id : {"aws",
                           "aws-lbc",
                           "eks-auto",
                           "gke",
                           "azure",
                           "digitalocean",
                           "linode",
                           "hetzner",
                           "oci",
                           "metallb",
                           "generic",
                           "none"}) {
        EXPECT_TRUE(r.out.contains(QByteArray("\n" + QByteArray(id) + ' '))) << id << "\n"
                                                                             << r.out.constData();
    }
    // The AWS classic ELB has no UDP: its row says so.
    const qsizetype row = r.out.indexOf("aws           Classic");
    ASSERT_GE(row, 0) << r.out.constData();
    const QByteArray line = r.out.mid(row, r.out.indexOf('\n', row) - row);
    // TCP, UDP, SCTP, TCP+UDP: the four columns after the name.
    const QList<QByteArray> words = line.simplified().split(' ');
    EXPECT_EQ(words.mid(words.size() - 6, 4), (QList<QByteArray>{"yes", "no", "no", "no"}))
        << line.constData();
}

TEST(CliProviders, TheProviderDecidesTheVerdict)
{
    QTemporaryDir home;
    const QString file = writeFile(home, QStringLiteral("dns.yaml"), kDnsOnLoadBalancer);
    // The classic ELB refuses UDP and mixed protocols: errors, exit 1.
    CliRun r = cliIn(home.path(),
                     {QStringLiteral("validate"),
                      QStringLiteral("--provider"),
                      QStringLiteral("aws"),
                      file});
    EXPECT_EQ(r.exitCode, 1) << r.out.constData();
    EXPECT_TRUE(r.out.contains("error: spec.ports[0].protocol:")) << r.out.constData();
    // MetalLB carries TCP and UDP together.
    r = cliIn(home.path(),
              {QStringLiteral("validate"),
               QStringLiteral("--provider"),
               QStringLiteral("metallb"),
               file});
    EXPECT_EQ(r.exitCode, 0) << r.out.constData();
    EXPECT_TRUE(r.out.contains("0 error(s), 0 warning(s)")) << r.out.constData();
    // JSON names the codes.
    r = cliIn(home.path(),
              {QStringLiteral("validate"),
               QStringLiteral("--format"),
               QStringLiteral("json"),
               QStringLiteral("--provider"),
               QStringLiteral("aws"),
               file});
    EXPECT_TRUE(r.out.contains("\"code\":\"provider-udp-unsupported\"")
                || r.out.contains("\"code\": \"provider-udp-unsupported\""))
        << r.out.constData();
}

TEST(CliProviders, NodeOsAndCniFlagSctp)
{
    QTemporaryDir home;
    const QString file = writeFile(
        home,
        QStringLiteral("sctp.yaml"),
        "apiVersion: v1\nkind: Service\nmetadata: {name: sig}\nspec:\n  selector: {app: sig}\n"
        "  ports:\n  - {port: 3868, protocol: SCTP}\n");
    const QStringList base{QStringLiteral("validate"),
                           QStringLiteral("--format"),
                           QStringLiteral("json"),
                           file};
    CliRun r = cliIn(home.path(), base);
    EXPECT_FALSE(r.out.contains("platform-sctp-windows")) << r.out.constData();
    EXPECT_FALSE(r.out.contains("platform-sctp-cni")) << r.out.constData();
    r = cliIn(home.path(),
              base + QStringList{QStringLiteral("--node-os"), QStringLiteral("windows")});
    EXPECT_TRUE(r.out.contains("platform-sctp-windows")) << r.out.constData();
    r = cliIn(home.path(), base + QStringList{QStringLiteral("--cni-sctp"), QStringLiteral("no")});
    EXPECT_TRUE(r.out.contains("platform-sctp-cni")) << r.out.constData();
}

TEST(CliProviders, BadOptionsAreUsageErrors)
{
    QTemporaryDir home;
    const QString file = writeFile(home, QStringLiteral("dns.yaml"), kDnsOnLoadBalancer);
    for (const QStringList &options :
         {QStringList{QStringLiteral("--provider"), QStringLiteral("nimbus")},
          QStringList{QStringLiteral("--node-os"), QStringLiteral("beos")},
          QStringList{QStringLiteral("--cni-sctp"), QStringLiteral("maybe")},
          QStringList{QStringLiteral("--cni-multihomed"), QStringLiteral("2")}}) {
        const CliRun r = cliIn(home.path(),
                               QStringList{QStringLiteral("validate")} + options << file);
        EXPECT_EQ(r.exitCode, 2) << options.join(u' ').toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_FALSE(r.err.isEmpty());
    }
    const CliRun r = cliIn(home.path(),
                           {QStringLiteral("validate"),
                            QStringLiteral("--provider"),
                            QStringLiteral("nimbus"),
                            file});
    EXPECT_TRUE(r.err.contains("aws-lbc")) << "lists the ids: " << r.err.constData();
}

// A profile of the user's: from the config folder it replaces the bundled one of the same id;
// named with --profile it adds a provider; a broken one is reported with file, line and field.
TEST(CliProviders, UserProfiles)
{
    QTemporaryDir home;
    const QString file = writeFile(home, QStringLiteral("dns.yaml"), kDnsOnLoadBalancer);
    const QByteArray profile
        = "format: 1\nid: %ID%\nname: Tiny LB\nkind: cloud\nvariants:\n  - id: only\n    default: "
          "true\n"
          "    protocols:\n"
          "      TCP: {support: yes, source: test, confidence: H}\n"
          "      UDP: {support: no, outcome: rejected, source: test, confidence: H}\n"
          "      SCTP: {support: no, outcome: rejected, source: test, confidence: H}\n";
    QDir(home.path()).mkpath(QStringLiteral("service-designer/providers"));
    writeFile(home,
              QStringLiteral("service-designer/providers/metallb.yaml"),
              QByteArray(profile).replace("%ID%", "metallb"));
    CliRun r = cliIn(home.path(),
                     {QStringLiteral("validate"),
                      QStringLiteral("--provider"),
                      QStringLiteral("metallb"),
                      file});
    EXPECT_EQ(r.exitCode, 1) << "the user's metallb refuses UDP: " << r.out.constData();

    const QString own = writeFile(home,
                                  QStringLiteral("tiny.yaml"),
                                  QByteArray(profile).replace("%ID%", "tiny"));
    r = cliIn(home.path(),
              {QStringLiteral("validate"),
               QStringLiteral("--profile"),
               own,
               QStringLiteral("--provider"),
               QStringLiteral("tiny"),
               file});
    EXPECT_EQ(r.exitCode, 1) << r.err.constData();
    EXPECT_TRUE(r.out.contains("Tiny LB")) << r.out.constData();

    const QString broken = writeFile(home,
                                     QStringLiteral("broken.yaml"),
                                     QByteArray(profile)
                                         .replace("%ID%", "tiny")
                                         .replace("UDP: {support: no,", "UDP: {support: nope,"));
    r = cliIn(home.path(),
              {QStringLiteral("validate"),
               QStringLiteral("--profile"),
               broken,
               QStringLiteral("--provider"),
               QStringLiteral("tiny"),
               file});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(QByteArray(broken.toUtf8() + ":10:"))) << r.err.constData();
    EXPECT_TRUE(r.err.contains("support")) << r.err.constData();
}

TEST(CliProxyHeader, VersionOnePrintsTheLine)
{
    const CliRun r = cli({QStringLiteral("proxy-header"),
                          QStringLiteral("--version"),
                          QStringLiteral("1"),
                          QStringLiteral("--source"),
                          QStringLiteral("192.0.2.202:12345"),
                          QStringLiteral("--destination"),
                          QStringLiteral("10.0.42.7:7")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(r.out, QByteArray("PROXY TCP4 192.0.2.202 10.0.42.7 12345 7\r\n"));
}

TEST(CliProxyHeader, VersionTwoPrintsHexOrAnAnnotatedDump)
{
    const QStringList args{QStringLiteral("proxy-header"),
                           QStringLiteral("--version"),
                           QStringLiteral("2"),
                           QStringLiteral("--source"),
                           QStringLiteral("[2001:db8::1]:53"),
                           QStringLiteral("--destination"),
                           QStringLiteral("[2001:db8::2]:53"),
                           QStringLiteral("--protocol"),
                           QStringLiteral("udp")};
    CliRun r = cli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(r.out,
              QByteArray("0d 0a 0d 0a 00 0d 0a 51 55 49 54 0a 21 22 00 24 "
                         "20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 01 "
                         "20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 02 00 35 00 35\n"));
    r = cli(args + QStringList{QStringLiteral("--annotate")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.count('\n'), 8) << r.out.constData();
    EXPECT_TRUE(r.out.contains("signature")) << r.out.constData();
}

TEST(CliProxyHeader, WhatTheSpecificationForbidsIsAUsageError)
{
    const QStringList base{QStringLiteral("proxy-header"),
                           QStringLiteral("--source"),
                           QStringLiteral("192.0.2.1:53")};
    for (const QStringList &more : {QStringList{QStringLiteral("--version"),
                                                QStringLiteral("1"),
                                                QStringLiteral("--destination"),
                                                QStringLiteral("10.0.0.1:53"),
                                                QStringLiteral("--protocol"),
                                                QStringLiteral("udp")},
                                    QStringList{QStringLiteral("--version"),
                                                QStringLiteral("2"),
                                                QStringLiteral("--destination"),
                                                QStringLiteral("[2001:db8::1]:53")},
                                    QStringList{QStringLiteral("--version"),
                                                QStringLiteral("3"),
                                                QStringLiteral("--destination"),
                                                QStringLiteral("10.0.0.1:53")},
                                    QStringList{QStringLiteral("--version"), QStringLiteral("2")},
                                    QStringList{QStringLiteral("--version"),
                                                QStringLiteral("2"),
                                                QStringLiteral("--destination"),
                                                QStringLiteral("10.0.0.1")}}) {
        const CliRun r = cli(base + more);
        EXPECT_EQ(r.exitCode, 2) << more.join(u' ').toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_FALSE(r.err.isEmpty());
    }
}

TEST(CliExplain, ListsTopicsAndExplainsOneInEitherLanguage)
{
    CliRun r = cli({QStringLiteral("explain"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    for (const char *topic : {"protocol-tcp", "protocol-sctp", "proxy-protocol", "tls-termination"})
        EXPECT_TRUE(r.out.contains(topic)) << topic;
    r = cli({QStringLiteral("explain"),
             QStringLiteral("protocol-sctp"),
             QStringLiteral("--lang"),
             QStringLiteral("en")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("Windows")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("https://kubernetes.io/")) << r.out.constData();
    EXPECT_FALSE(r.out.contains('`')) << "plain text for the terminal";
    r = cli({QStringLiteral("explain"),
             QStringLiteral("protocol-sctp"),
             QStringLiteral("--lang"),
             QStringLiteral("ko")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(u"파드")) << r.out.constData();
    r = cli({QStringLiteral("explain"), QStringLiteral("no-such-topic")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
}
