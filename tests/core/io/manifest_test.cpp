// SPDX-License-Identifier: GPL-3.0-or-later
// Whole files: many documents, Lists, other kinds, saving byte for byte, and bad input that gives
// a clear message and loses nothing.

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "model/io/manifest.h"
#include "model/io/manifestio.h"
#include "support/modelprinters.h"
#include "support/multidocument.h"
#include "support/qtprinters.h"

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

const QByteArray &multi = test::multiDocument;

} // namespace

TEST(Manifest, KeepsEveryDocumentInFileOrder)
{
    const Manifest m = Manifest::fromBytes(multi);
    ASSERT_EQ(m.documents.size(), 4u);
    EXPECT_EQ(m.documents[0].form, SourceDocument::Form::Object);
    EXPECT_EQ(m.documents[0].resources[0].kind, u"Deployment");
    EXPECT_FALSE(m.documents[0].resources[0].isService());
    EXPECT_EQ(m.documents[1].resources[0].name, u"web");
    EXPECT_EQ(m.documents[2].form, SourceDocument::Form::Empty);
    const std::vector<ServiceRef> services = m.services();
    ASSERT_EQ(services.size(), 2u);
    EXPECT_EQ(m.service(services[0]).name(), u"web");
    EXPECT_EQ(m.service(services[1]).name(), u"dns");
    EXPECT_EQ(m.service(services[1]).pos, (SourcePos{21, 1}));
}

TEST(Manifest, UneditedSavesByteForByte)
{
    EXPECT_EQ(Manifest::fromBytes(multi).toBytes(), multi);
}

TEST(Manifest, EditingOneServiceChangesOnlyThatDocument)
{
    Manifest m = Manifest::fromBytes(multi);
    const ServiceRef web = m.services()[0];
    EXPECT_EQ(m.service(web).ports().size(), 1u); // reading does not edit
    EXPECT_EQ(m.toBytes(), multi);

    Service &s = m.service(web);
    s.spec.value().ports.value()[0].value().port.set(8080);
    m.markModified(web);
    const QByteArray saved = m.toBytes();
    const QByteArray expected = "# leading comment\n"
                                "---\n"
                                "apiVersion: apps/v1\n"
                                "kind: Deployment\n"
                                "metadata: {name: web}\n"
                                "spec:\n"
                                "  replicas: 2   # keep this comment\n"
                                "---\n"
                                "# the web Service\n"
                                "apiVersion: v1\n"
                                "kind: Service\n"
                                "metadata:\n"
                                "  name: web\n"
                                "spec:\n"
                                "  ports:\n"
                                "  - port: 8080\n"
                                "    targetPort: http\n"
                                "...\n"
                                "---\n"
                                "\n"
                                "---\n"
                                "apiVersion: v1\n"
                                "kind: Service\n"
                                "metadata:\n"
                                "  name: dns\n"
                                "spec:\n"
                                "  ports:\n"
                                "  - port: 53\n"
                                "    protocol: UDP";
    EXPECT_EQ(saved, expected);
}

TEST(Manifest, CrLfFilesStayCrLf)
{
    const QByteArray crlf = "apiVersion: v1\r\nkind: Service\r\nmetadata:\r\n  name: a\r\n";
    Manifest m = Manifest::fromBytes(crlf);
    EXPECT_EQ(m.toBytes(), crlf);
    m.service(m.services()[0]).metadata.value().name.set(QStringLiteral("b"));
    m.markModified(m.services()[0]);
    EXPECT_EQ(m.toBytes(),
              QByteArray("apiVersion: v1\r\nkind: Service\r\nmetadata:\r\n  name: b\r\n"));
}

// Found by tests/fuzz: a byte order mark, then lone CR line ends and a second document.
TEST(Manifest, ByteOrderMarkAndLoneCarriageReturnsSaveByteForByte)
{
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "apiVersion: v1\rkind: Service\rmetadata:\r  name: a\r"
                             "---\rkind: Service\r";
    const Manifest m = Manifest::fromBytes(bytes);
    EXPECT_EQ(m.documents.size(), 2u);
    EXPECT_EQ(m.toBytes(), bytes);
}

TEST(Manifest, JsonExportOfSeveralObjectsIsOneListWrittenAnObjectAtATime)
{
    const auto whole = [](const Manifest &m) {
        return Manifest::writeObjects(m.exportObjects(Manifest::Format::Json, {}),
                                      Manifest::Format::Json);
    };
    // Two documents, a List of two, a broken one (not exported) and an empty one.
    const Manifest m = Manifest::fromBytes(
        "apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n  ports: [{port: 80}]\n"
        "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {k: v}\n"
        "---\napiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Service, metadata: "
        "{name: b}}\n- {apiVersion: v1, kind: Service, metadata: {name: d}}\n"
        "---\nkind: [\n---\n# nothing\n");
    const QByteArray json = m.exportAs(Manifest::Format::Json);
    EXPECT_EQ(json, whole(m));
    EXPECT_TRUE(json.startsWith("{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n        {\n"))
        << json.constData();
    EXPECT_EQ(json.count("\"kind\": \"Service\""), 3);
    // Nothing to export: an empty List, as before.
    const Manifest empty = Manifest::fromBytes("# nothing\n");
    EXPECT_EQ(empty.exportAs(Manifest::Format::Json), whole(empty));
    // One object: that object alone.
    const Manifest one = Manifest::fromBytes(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
    EXPECT_EQ(one.exportAs(Manifest::Format::Json), whole(one));
    EXPECT_FALSE(one.exportAs(Manifest::Format::Json).contains("\"items\""));
}

TEST(Manifest, JsonStaysJson)
{
    const QByteArray json
        = "{\"apiVersion\": \"v1\", \"kind\": \"Service\", \"metadata\": {\"name\": "
          "\"a\"}, \"spec\": {\"ports\": [{\"port\": 80}]}}";
    Manifest m = Manifest::fromBytes(json);
    ASSERT_EQ(m.services().size(), 1u);
    EXPECT_TRUE(m.documents[0].json);
    EXPECT_EQ(m.toBytes(), json);
    m.service(m.services()[0]).metadata.value().name.set(QStringLiteral("b"));
    m.markModified(m.services()[0]);
    EXPECT_EQ(m.toBytes(),
              QByteArray("{\n    \"apiVersion\": \"v1\",\n    \"kind\": \"Service\",\n"
                         "    \"metadata\": {\n        \"name\": \"b\"\n    },\n"
                         "    \"spec\": {\n        \"ports\": [\n            {\n"
                         "                \"port\": 80\n            }\n        ]\n"
                         "    }\n}\n"));
}

TEST(Manifest, ListItemsAreResources)
{
    const QByteArray list = "apiVersion: v1\nkind: List\nitems:\n"
                            "- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: c}\n"
                            "- apiVersion: v1\n  kind: Service\n  metadata: {name: s}\n"
                            "  spec: {ports: [{port: 80}]}\n"
                            "metadata:\n  resourceVersion: \"\"\n";
    Manifest m = Manifest::fromBytes(list);
    ASSERT_EQ(m.documents.size(), 1u);
    EXPECT_EQ(m.documents[0].form, SourceDocument::Form::List);
    ASSERT_EQ(m.documents[0].resources.size(), 2u);
    ASSERT_EQ(m.services().size(), 1u);
    EXPECT_EQ(m.services()[0], (ServiceRef{0, 1}));
    EXPECT_EQ(m.toBytes(), list);

    m.service(m.services()[0]).metadata.value().name.set(QStringLiteral("t"));
    m.markModified(m.services()[0]);
    EXPECT_EQ(m.toBytes(),
              QByteArray("apiVersion: v1\nkind: List\nitems:\n"
                         "- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n"
                         "    name: c\n- apiVersion: v1\n  kind: Service\n"
                         "  metadata:\n    name: t\n  spec:\n    ports:\n"
                         "    - port: 80\nmetadata:\n  resourceVersion: \"\"\n"));
}

TEST(Manifest, ServiceListItemsAndKnativeServices)
{
    const Manifest m = Manifest::fromBytes(
        "apiVersion: v1\nkind: ServiceList\nitems:\n- apiVersion: v1\n  kind: Service\n"
        "  metadata: {name: s}\n---\napiVersion: serving.knative.dev/v1\nkind: Service\n"
        "metadata: {name: k}\n");
    ASSERT_EQ(m.services().size(), 1u);
    EXPECT_EQ(m.service(m.services()[0]).name(), u"s");
    EXPECT_EQ(m.documents[1].resources[0].kind, u"Service");
    EXPECT_FALSE(m.documents[1].resources[0].isService());
}

TEST(Manifest, ExportsInKubectlStyle)
{
    const Manifest m = Manifest::fromBytes(multi);
    EXPECT_EQ(m.exportAs(Manifest::Format::Yaml),
              QByteArray("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                         "  replicas: 2\n---\napiVersion: v1\nkind: Service\nmetadata:\n"
                         "  name: web\nspec:\n  ports:\n  - port: 80\n    targetPort: http\n---\n"
                         "apiVersion: v1\nkind: Service\nmetadata:\n  name: dns\nspec:\n"
                         "  ports:\n  - port: 53\n    protocol: UDP\n"));
    // Only the chosen Services.
    EXPECT_EQ(m.exportAs(Manifest::Format::Yaml, {m.services()[1]}),
              QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: dns\nspec:\n"
                         "  ports:\n  - port: 53\n    protocol: UDP\n"));
    // Several objects in JSON are one List, as kubectl prints them.
    const QByteArray json = m.exportAs(Manifest::Format::Json);
    EXPECT_TRUE(json.startsWith("{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n"));
    EXPECT_TRUE(json.endsWith("    \"kind\": \"List\",\n    \"metadata\": {\n"
                              "        \"resourceVersion\": \"\"\n    }\n}\n"));
}

TEST(Manifest, ExportThenImportGivesTheSameModel)
{
    const Manifest m = Manifest::fromBytes(multi);
    const Manifest again = Manifest::fromBytes(m.exportAs(Manifest::Format::Yaml));
    ASSERT_EQ(again.services().size(), 2u);
    for (size_t i = 0; i < 2; ++i)
        EXPECT_EQ(again.service(again.services()[i]), m.service(m.services()[i]));
    const Manifest fromJson = Manifest::fromBytes(m.exportAs(Manifest::Format::Json));
    ASSERT_EQ(fromJson.documents.size(), 1u);
    EXPECT_EQ(fromJson.services().size(), 2u);
    EXPECT_EQ(fromJson.service(fromJson.services()[1]), m.service(m.services()[1]));
}

// Bad input: a clear message with the place, never a crash, nothing lost.

TEST(ManifestBadInput, SyntaxErrorInOneDocumentKeepsTheOthers)
{
    const QByteArray bytes = "apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\n"
                             "apiVersion: v1\nkind: Service\nmetadata: {name: b\n---\n"
                             "apiVersion: v1\nkind: Service\nmetadata: {name: c}\n";
    const ReadResult r = readManifest(bytes);
    EXPECT_FALSE(r.error);
    ASSERT_EQ(r.manifest.documents.size(), 3u);
    EXPECT_EQ(r.manifest.documents[1].form, SourceDocument::Form::Broken);
    const std::vector<FileError> errors = r.errors();
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].pos.line, 7);
    EXPECT_FALSE(errors[0].message.isEmpty());
    EXPECT_EQ(r.manifest.services().size(), 2u);
    EXPECT_EQ(r.manifest.toBytes(), bytes);
}

TEST(ManifestBadInput, EmptyFiles)
{
    for (const QByteArray &bytes : {QByteArray(),
                                    QByteArray("\n\n"),
                                    QByteArray("# nothing\n"),
                                    QByteArray("---\n"),
                                    QByteArray("---\n...\n")}) {
        const ReadResult r = readManifest(bytes);
        EXPECT_FALSE(r.error);
        EXPECT_TRUE(r.manifest.services().empty());
        ASSERT_EQ(r.warnings.size(), 1u) << bytes.constData();
        EXPECT_EQ(r.warnings[0].code, u"no-objects");
        EXPECT_EQ(r.warnings[0].message,
                  u"the file holds no objects; kubectl apply -f fails with \"no objects passed "
                  u"to apply\" when none of its files holds one");
        EXPECT_EQ(r.manifest.toBytes(), bytes);
    }
}

TEST(ManifestBadInput, EmptyListsAndNullsAreNoObjects)
{
    for (const QByteArray &bytes :
         {QByteArray("apiVersion: v1\nkind: List\nitems: []\n"), QByteArray("null\n---\n~\n")}) {
        const ReadResult r = readManifest(bytes);
        ASSERT_EQ(r.warnings.size(), 1u) << bytes.constData();
        EXPECT_EQ(r.warnings[0].code, u"no-objects");
    }
}

// How kubectl splits a stream (k8s.io/apimachinery pkg/util/yaml YAMLReader: at lines that start
// with `---`) and reads each part (go-yaml: its first document only), checked against kubectl 1.32
// (`kubectl label --local -f FILE x=y -o name`, which reads files as `apply -f` does).

namespace {

QByteArray service(const char *name)
{
    return QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: ") + name
           + "\nspec:\n  ports:\n  - port: 80\n";
}

// The names of the Services an export holds, in order.
QStringList exportedNames(const Manifest &m)
{
    QStringList names;
    for (const Node &object : m.exportObjects(Manifest::Format::Yaml))
        names << object.find(u"metadata")->find(u"name")->text();
    return names;
}

std::vector<KubectlUse> uses(const Manifest &m)
{
    std::vector<KubectlUse> out;
    for (const SourceDocument &d : m.documents) {
        if (d.form != SourceDocument::Form::Empty)
            out.push_back(d.kubectl.use);
    }
    return out;
}

} // namespace

TEST(ManifestKubectl, ADocumentAfterAnEndMarkerWithoutSeparatorIsIgnored)
{
    // kubectl applies only `a`: the part between two `---` lines is one document to it.
    const QByteArray bytes = service("a") + "...\n" + service("b");
    const ReadResult r = readManifest(bytes);
    EXPECT_TRUE(r.errors().empty());
    EXPECT_EQ(uses(r.manifest), (std::vector{KubectlUse::Applied, KubectlUse::Ignored}));
    EXPECT_EQ(exportedNames(r.manifest), QStringList{u"a"_s});
    EXPECT_EQ(r.manifest.exportAs(Manifest::Format::Json).count("\"kind\": \"Service\""), 1);
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].code, u"kubectl-ignores-document");
    EXPECT_EQ(r.warnings[0].pos, (SourcePos{9, 1}));
    EXPECT_EQ(r.warnings[0].message,
              u"kubectl ignores this document: it follows the end marker '...' at line 8, and "
              u"kubectl reads only the first document between two '---' lines; put '---' before "
              u"this document to apply it");
    // The file itself is kept as it was.
    EXPECT_EQ(r.manifest.toBytes(), bytes);

    // Another `...`, and even a broken document, after the first are ignored alike.
    const ReadResult more = readManifest(service("a") + "...\n...\n" + service("b") + "...\nc: [\n");
    EXPECT_TRUE(more.errors().empty());
    EXPECT_EQ(exportedNames(more.manifest), QStringList{u"a"_s});
    EXPECT_EQ(more.warnings.size(), 2u);
}

TEST(ManifestKubectl, AnEndMarkerThenASeparatorAppliesBoth)
{
    for (const QByteArray &bytes :
         QList<QByteArray>{service("a") + "...\n---\n" + service("b"),
                           service("a") + "--- # next\n" + service("b"),
                           service("a") + "---\t\n" + service("b"),
                           // kubectl never reads what follows the `...`: a directive there is no error.
                           service("a") + "...\n%YAML 1.1\n---\n" + service("b")}) {
        const ReadResult r = readManifest(bytes);
        EXPECT_TRUE(r.errors().empty()) << bytes.constData();
        EXPECT_TRUE(r.warnings.empty()) << bytes.constData();
        EXPECT_EQ(exportedNames(r.manifest), (QStringList{u"a"_s, u"b"_s})) << bytes.constData();
    }
    // CRLF line ends are line ends to kubectl too.
    QByteArray crlf = service("a") + "---\n" + service("b");
    crlf.replace("\n", "\r\n");
    EXPECT_EQ(exportedNames(readManifest(crlf).manifest), (QStringList{u"a"_s, u"b"_s}));
}

TEST(ManifestKubectl, ALeadingEndMarkerStopsKubectl)
{
    // "did not find expected node content": nothing from there on is applied.
    for (const QByteArray &bytes :
         QList<QByteArray>{"...\n" + service("a"),
                           "# head\n...\n" + service("a"),
                           "---\n---\n...\n" + service("a"),
                           service("b") + "---\n...\n" + service("a"),
                           service("b") + "...\n---\n...\n" + service("a")}) {
        const ReadResult r = readManifest(bytes);
        const std::vector<FileError> errors = r.errors();
        ASSERT_EQ(errors.size(), 1u) << bytes.constData();
        EXPECT_TRUE(errors[0].message.startsWith(
            u"kubectl cannot read a document that starts with the end marker '...'"))
            << errors[0].message.toStdString();
        EXPECT_FALSE(exportedNames(r.manifest).contains(u"a"_s));
    }
    const ReadResult r = readManifest(service("b") + "---\n...\n" + service("a"));
    EXPECT_EQ(r.errors()[0].pos, (SourcePos{9, 1}));
    EXPECT_EQ(exportedNames(r.manifest), QStringList{u"b"_s});
}

TEST(ManifestKubectl, ASeparatorThatStartsAPartStartsADocument)
{
    // kubectl keeps the `---` that comes first in a part: `--- ...` is an empty document to
    // go-yaml, and what follows it in that part is ignored.
    for (const QByteArray &bytes :
         QList<QByteArray>{"---\n...\n" + service("a"),
                           service("b") + "---\n---\n...\n" + service("a")}) {
        const ReadResult r = readManifest(bytes);
        EXPECT_TRUE(r.errors().empty()) << bytes.constData();
        EXPECT_FALSE(exportedNames(r.manifest).contains(u"a"_s)) << bytes.constData();
        ASSERT_FALSE(r.warnings.empty()) << bytes.constData();
        EXPECT_EQ(r.warnings.back().code, u"kubectl-ignores-document");
    }
    EXPECT_EQ(exportedNames(readManifest("---\n" + service("a") + "...\n" + service("b")).manifest),
              QStringList{u"a"_s});
}

TEST(ManifestKubectl, ContentAfterASeparatorStopsKubectl)
{
    // "invalid Yaml document separator": kubectl drops the part it was reading, too.
    const QByteArray bytes = service("a") + "---\n" + service("b")
                             + "--- {\"apiVersion\": \"v1\", \"kind\": \"Service\"}\n";
    const ReadResult r = readManifest(bytes);
    ASSERT_EQ(r.errors().size(), 1u);
    EXPECT_EQ(r.errors()[0].pos, (SourcePos{16, 1}));
    EXPECT_TRUE(r.errors()[0].message.startsWith(
        u"kubectl refuses this document separator: it takes every line that starts with '---' "
        u"for one, and allows only a comment after it, not '{\"apiVersion\": \"v1\", \"kind\": "
        u"\"Service\"}'"))
        << r.errors()[0].message.toStdString();
    EXPECT_EQ(uses(r.manifest),
              (std::vector{KubectlUse::Applied, KubectlUse::NotReached, KubectlUse::NotReached}));
    for (const QByteArray &junk :
         {QByteArray("---x\n"), QByteArray("----\n"), QByteArray("--- |\n")}) {
        const ReadResult j = readManifest(service("a") + junk + service("b"));
        ASSERT_FALSE(j.errors().empty()) << junk.constData();
        EXPECT_TRUE(j.errors()[0].message.startsWith(u"kubectl refuses this document separator"));
        EXPECT_TRUE(exportedNames(j.manifest).isEmpty()) << junk.constData();
    }
}

TEST(ManifestKubectl, ADirectiveStopsKubectl)
{
    // The directive's part ends at its own `---`: "did not find expected <document start>".
    // (After a `---`, `%TAG` is no directive to YAML either: that document is broken.)
    EXPECT_FALSE(readManifest(service("b") + "---\n%TAG !e! tag:e.com,2000:\n---\n" + service("a"))
                     .errors()
                     .empty());
    const ReadResult r = readManifest("%YAML 1.1\n---\n" + service("a"));
    ASSERT_EQ(r.errors().size(), 1u);
    EXPECT_EQ(r.errors()[0].pos, (SourcePos{1, 1}));
    EXPECT_TRUE(r.errors()[0].message.startsWith(u"kubectl cannot read a directive"));
    EXPECT_TRUE(exportedNames(r.manifest).isEmpty());
}

TEST(ManifestKubectl, AStreamThatStartsWithABraceIsJsonToKubectl)
{
    // kubectl decodes a stream whose first character is `{` with encoding/json: YAML in it (a
    // key without quotes, a trailing comma, a comment, a `---`) stops it there.
    const QByteArray a = R"({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "a"}})";
    struct Case
    {
        QByteArray bytes;
        SourcePos at;
        QStringList applied;
    };
    const Case cases[] = {
        {"{apiVersion: v1, kind: Service, metadata: {name: a}}\n", {1, 2}, {}},
        {R"({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "a",}})", {1, 66}, {}},
        {a + "\n# c\n", {2, 1}, {u"a"_s}},
        {a + "\n---\n" + a, {2, 2}, {u"a"_s}},
    };
    for (const Case &c : cases) {
        const ReadResult r = readManifest(c.bytes);
        ASSERT_FALSE(r.errors().empty()) << c.bytes.constData();
        EXPECT_EQ(r.errors()[0].pos, c.at) << c.bytes.constData();
        EXPECT_TRUE(r.errors()[0].message.startsWith(u"kubectl reads a file whose first character "
                                                     u"is '{' as JSON, and this is not JSON"))
            << r.errors()[0].message.toStdString();
        EXPECT_EQ(exportedNames(r.manifest), c.applied) << c.bytes.constData();
    }
    // JSON is fine, and so is YAML after a first line that is not `{`.
    EXPECT_TRUE(readManifest(a + "\n").errors().empty());
    EXPECT_TRUE(
        readManifest("# c\n{apiVersion: v1, kind: Service, metadata: {name: a}}\n").errors().empty());
}

// Found by tests/fuzz: an export that starts with `{` is JSON to kubectl, so a YAML stream of
// several documents must not.
TEST(ManifestKubectl, AYamlExportNeverStartsWithABraceBeforeMoreDocuments)
{
    const Manifest m = Manifest::fromBytes("---\n{}\n---\na: 1\n");
    const QByteArray exported = m.exportAs(Manifest::Format::Yaml);
    EXPECT_EQ(exported, "---\n{}\n---\na: 1\n");
    EXPECT_TRUE(readManifest(exported).errors().empty());
    EXPECT_EQ(Manifest::writeObjects(m.exportObjects(Manifest::Format::Yaml),
                                     Manifest::Format::Yaml),
              exported);
    // One document alone is fine as it is: `{}` is JSON too.
    EXPECT_EQ(Manifest::fromBytes("{}\n").exportAs(Manifest::Format::Yaml), "{}\n");
}

TEST(ManifestKubectl, LoneCarriageReturnsAreNoLineEndsToKubectl)
{
    QByteArray bytes = service("a") + "---\n" + service("b");
    bytes.replace('\n', '\r');
    const ReadResult r = readManifest(bytes);
    EXPECT_TRUE(r.errors().empty());
    EXPECT_EQ(exportedNames(r.manifest), QStringList{u"a"_s});
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].message,
              u"kubectl ignores this document: its '---' at line 8 follows a lone carriage return, "
              u"and kubectl splits a file only at '---' lines that follow a line feed; save the "
              u"file with LF or CRLF line ends");
}

TEST(ManifestKubectl, TemplatesAndKustomizationsAreNamedWithTheCommandThatRendersThem)
{
    const ReadResult helm = readManifest("apiVersion: v1\nkind: Service\nmetadata:\n"
                                         "  name: {{ .Release.Name }}\n");
    ASSERT_EQ(helm.warnings.size(), 1u);
    EXPECT_EQ(helm.warnings[0].code, u"helm-template");
    EXPECT_EQ(helm.warnings[0].pos, (SourcePos{4, 9}));
    EXPECT_TRUE(helm.warnings[0].message.contains(u"helm template NAME CHART | "
                                                  u"service-designer-cli validate -"));
    // Template text in a valid manifest (an alerting template in a ConfigMap) is no hint.
    EXPECT_TRUE(readManifest("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: t}\ndata:\n"
                             "  t: '{{ .CommonLabels }}'\n")
                    .warnings.empty());

    for (const QByteArray &bytes :
         {QByteArray("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                     "resources:\n- service.yaml\n"),
          QByteArray("resources:\n- service.yaml\nnamePrefix: dev-\n")}) {
        const ReadResult k = readManifest(bytes);
        ASSERT_EQ(k.warnings.size(), 1u) << bytes.constData();
        EXPECT_EQ(k.warnings[0].code, u"kustomization");
        EXPECT_TRUE(k.warnings[0].message.contains(u"kubectl kustomize DIR | "
                                                   u"service-designer-cli validate -"));
    }
}

TEST(ManifestBadInput, BinaryData)
{
    const ReadResult r = readManifest(QByteArray("apiVersion: v1\nkind: \x01\x02\x00\xff", 25));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->message, u"this is not a text file: control byte 0x01 at line 2, column 7");
    EXPECT_EQ(r.error->pos, (SourcePos{2, 7}));
    // The column counts characters, not bytes: two Hangul syllables are six bytes.
    const ReadResult afterHangul = readManifest("a: b\nc: \xed\x95\x9c\xea\xb5\xad\x01\n");
    ASSERT_TRUE(afterHangul.error);
    EXPECT_EQ(afterHangul.error->pos, (SourcePos{2, 6}));
}

// Text is checked in blocks of bytes: a bad byte is found, and placed, at any offset in a block
// and after any mix of ASCII and other characters before it.
TEST(ManifestBadInput, BadByteAtAnyOffset)
{
    for (const QByteArray &lead : {QByteArray("a: "), QByteArray("a: \xed\x95\x9c ")}) {
        for (int offset = 0; offset < 40; ++offset) {
            for (const QByteArray &bad :
                 {QByteArray("\x01"), QByteArray("\x7f"), QByteArray("\xff")}) {
                SCOPED_TRACE(QByteArray(lead + " " + QByteArray::number(offset) + " " + bad.toHex())
                                 .constData());
                const QByteArray line = lead + QByteArray(offset, 'x');
                const ReadResult r = readManifest("k: v\n" + line + bad + "yz\nb: 1\n");
                ASSERT_TRUE(r.error);
                const int column = int(QString::fromUtf8(line).size()) + 1;
                EXPECT_EQ(r.error->pos, (SourcePos{2, column}));
                EXPECT_TRUE(r.error->message.contains(u"0x" + QString::fromLatin1(bad.toHex())));
            }
            EXPECT_FALSE(readManifest("k: v\n" + lead + QByteArray(offset, 'x') + "\t\r\n").error);
        }
    }
}

TEST(ManifestBadInput, InvalidUtf8)
{
    const ReadResult r = readManifest(
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: caf\xe9\n");
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->message,
              u"the file is not UTF-8 text: invalid byte 0xe9 at line 4, column 12; "
              u"save it as UTF-8");
    // Overlong and surrogate encodings are not UTF-8 either.
    EXPECT_TRUE(readManifest("a: \xc0\xaf\n").error);
    EXPECT_TRUE(readManifest("a: \xed\xa0\x80\n").error);
    // Valid multi-byte text is fine, and columns count characters.
    EXPECT_FALSE(readManifest("a: 한국어 \xf0\x9f\x98\x80\n").error);
}

TEST(ManifestBadInput, DeepNestingIsAnErrorNotACrash)
{
    const QByteArray cases[] = {QByteArray(100000, '['),
                                QByteArray("a: ") + QByteArray(50000, '{'),
                                QByteArray("- ").repeated(20000) + QByteArray("x\n")};
    for (const QByteArray &deep : cases) {
        const ReadResult r = readManifest(deep);
        EXPECT_FALSE(r.errors().empty());
        EXPECT_EQ(r.manifest.toBytes(), deep);
    }
}

TEST(ManifestBadInput, HugeFilesAreRefusedBeforeReading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.yaml"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(maxManifestFileSize + 1)); // sparse: costs no disk
    f.close();
    const ReadResult r = readManifestFile(path);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->message,
              u"the file is too large (128 MB); Service Designer reads manifests "
              u"of up to 128 MB");
}

// A large file is read in two halves at once: every byte lands where it belongs.
TEST(ManifestFile, ALargeFileIsReadWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.yaml"));
    QByteArray written;
    for (int i = 0; written.size() < 3 * 1024 * 1024 + 7; ++i) {
        written += "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc-"
                   + QByteArray::number(i)
                   + "\nspec:\n  ports:\n  - port: " + QByteArray::number(1 + i % 65535) + "\n";
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(written), written.size());
    f.close();
    QByteArray bytes;
    const ReadResult r = readManifestFile(path, false, &bytes);
    ASSERT_FALSE(r.error);
    EXPECT_EQ(bytes, written);
    EXPECT_EQ(r.manifest.toBytes(), written);
    EXPECT_EQ(r.manifest.services().size(), size_t(written.count("kind: Service")));
}

TEST(ManifestBadInput, MissingFilesAndFolders)
{
    QTemporaryDir dir;
    EXPECT_TRUE(readManifestFile(dir.filePath(QStringLiteral("nope.yaml"))).error);
    EXPECT_EQ(readManifestFile(dir.path()).error->message, u"this is a folder, not a file");
}

TEST(ManifestBadInput, WrongTypesAreReportedAndTheServiceLoaded)
{
    const ReadResult r = readManifest("apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n"
                                      "  ports:\n  - port: \"eighty\"\n");
    ASSERT_EQ(r.manifest.services().size(), 1u);
    const Resource &res = r.manifest.resource(r.manifest.services()[0]);
    ASSERT_EQ(res.issues.size(), 1u);
    EXPECT_EQ(res.issues[0].path, u"spec.ports[0].port");
    EXPECT_EQ(res.issues[0].pos, (SourcePos{6, 11}));
}
